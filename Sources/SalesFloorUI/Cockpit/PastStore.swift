import SalesFloorKit

/// The cockpit opened at a past day: the workspace as it stood at the end of that day
/// (`Workspace.asOf`), read-only.
///
/// Read-only because an edit made on a rebuilt past deal would write that old deal back over
/// today's, history and all. Frozen because nothing done today changes what was true then: the
/// other writers' journal lines are still read (so the store's cursor keeps up) but change nothing
/// on screen; coaching items and quotas, which have no history, show as they were when it opened.
public final class PastStore: CockpitStore {
  let base: any CockpitStore
  /// The day shown.
  public let day: Day
  public let workspace: Workspace

  public init(_ base: any CockpitStore, day: Day) {
    self.base = base
    self.day = day
    self.workspace = base.workspace.asOf(day)
  }

  /// The past view of `store` when `day` is past (`Workspace.isPast`: before today, with something
  /// recorded after it), else `store` itself: a day nothing happened since opens as it always did.
  public static func seen(_ store: any CockpitStore, from day: Day, today: Day) -> any CockpitStore {
    store.workspace.isPast(day, today: today) ? PastStore(store, day: day) : store
  }

  public var isReadOnly: Bool { true }

  public func commit(_ transaction: Transaction, expecting: [RecordKey: UInt64]) throws -> CommitResult {
    throw WorkspaceError.readOnly(reason: notice)
  }

  public func changes() throws -> [ChangeSet] {
    _ = try base.changes()
    return []
  }

  public func revision(of collection: CollectionName, id: String) -> UInt64 {
    base.revision(of: collection, id: id)
  }

  public var notices: [String] { [notice] + base.notices }

  var notice: String { "as of \(day.iso): the past is read-only" }
}
