import SalesFloorKit

/// Where the cockpit's workspace lives and its edits go: the store is the only owner of the
/// workspace (the cockpit keeps no copy of its own), so an edit is applied once, by the store,
/// and reaches the cockpit as a change set like every other change.
///
/// The real one is the durable `WorkspaceStore`; tests use an in-memory double from the test
/// support target. An edit is shown as done only after `commit` returns.
public protocol CockpitStore: AnyObject, Sendable {
  /// The current workspace (a value: a consistent snapshot for the caller). Read it where it is
  /// needed rather than keeping it: a kept copy makes the store's next edit copy every record.
  var workspace: Workspace { get }
  /// True when commits are refused (opened read-only, a file from a newer version).
  var isReadOnly: Bool { get }
  /// Makes the transaction durable (or throws, and nothing changed); returns what changed,
  /// other writers' transactions caught up with first.
  @discardableResult
  func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64]) throws -> CommitResult
  /// Picks up edits made by other processes; their change sets in order (empty: nothing new).
  func changes() throws -> [ChangeSet]
  /// The revision of a record as last seen (0 when never changed); passed back in `expecting` so an
  /// edit to a record someone else changed meanwhile is refused.
  func revision(of collection: CollectionName, id: String) -> UInt64
  /// What the user should know that no edit reported: opening found a torn line or a newer file,
  /// a background compaction failed. Append-only; the top bar shows the latest (`StoreNotices`).
  var notices: [String] { get }
}

extension WorkspaceStore: CockpitStore {}
