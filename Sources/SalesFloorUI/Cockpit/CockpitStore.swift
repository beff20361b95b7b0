import SalesFloorKit

/// Where the cockpit's edits go. The real one is the durable `WorkspaceStore`; tests and
/// `salesfloor screen` may use `MemoryStore`. An edit is shown as done only after `commit` returns.
public protocol CockpitStore: AnyObject {
  var workspace: Workspace { get }
  /// Makes the transaction durable (or throws, and nothing changed); returns the undo mutations.
  @discardableResult
  func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64]) throws -> [Mutation]
  /// Picks up edits made by other processes; true when something changed.
  func refresh() throws -> Bool
  /// The revision of a record as last seen (0 when never changed); passed back in `expecting` so an
  /// edit to a record someone else changed meanwhile is refused.
  func revision(of collection: CollectionName, id: String) -> UInt64
  /// Transactions applied so far (own and other processes'): when a commit moves it by exactly one,
  /// only that commit landed and the cockpit can mirror it instead of copying the whole workspace.
  var changeCount: UInt64 { get }
  /// What the user should know that no edit reported: opening found a torn line or a newer file,
  /// a background compaction failed. Append-only; the top bar shows the latest (`StoreNotices`).
  var notices: [String] { get }
}

/// An in-memory store: edits apply to the workspace and vanish with the process.
public final class MemoryStore: CockpitStore {
  public private(set) var workspace: Workspace
  /// Every committed transaction, in order (tests read it).
  public private(set) var committed: [Transaction] = []
  /// When set, the next commit fails with this message (tests of the failure path).
  public var failNextCommit: String?
  /// Set by tests to stand for a store's notices.
  public var notices: [String] = []

  /// Revision per record: the sequence number of the last commit that touched it.
  private var revisions: [RecordKey: UInt64] = [:]
  private var sequence: UInt64 = 0

  public init(_ workspace: Workspace) { self.workspace = workspace }

  public var changeCount: UInt64 { sequence }

  public func revision(of collection: CollectionName, id: String) -> UInt64 {
    revisions[RecordKey(collection, id)] ?? 0
  }

  @discardableResult
  public func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64] = [:]) throws -> [Mutation] {
    if let message = failNextCommit {
      failNextCommit = nil
      throw MemoryStoreError(message: message)
    }
    for (key, expected) in expecting where (revisions[key] ?? 0) != expected {
      throw WorkspaceError.conflict(
        collection: key.collection, id: key.id, expected: expected, found: revisions[key] ?? 0)
    }
    sequence += 1
    for m in transaction.mutations { revisions[RecordKey(m.collection, m.recordId)] = sequence }
    committed.append(transaction)
    return workspace.apply(transaction)
  }

  public func refresh() throws -> Bool { false }
}

/// The failure `MemoryStore` reports when told to fail.
public struct MemoryStoreError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}

extension WorkspaceStore: CockpitStore {}
