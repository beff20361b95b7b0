import SalesFloorKit

extension CockpitData {
  /// Above this many touched handoffs one rebuild of the queue beats patching row by row.
  static let handoffPatchLimit = 64

  /// Patches the Handoffs view's rows: each changed handoff, the handoff of each changed deal (its
  /// name and owner show in the row), and the rows naming a changed account or step owner are
  /// re-derived alone; the other rows stay as they are.
  mutating func applyHandoffChanges(_ sets: [ChangeSet], workspace ws: Workspace, asOf: Day) {
    var ids: Set<String> = []
    var accounts: Set<String> = []
    var people: Set<String> = []
    for set in sets {
      for c in set.changes {
        switch c.collection {
        case .handoffs: ids.insert(c.id)
        case .deals:
          let id = HandoffLifecycle.id(forDeal: c.id)
          if ws.handoffs[id: id] != nil { ids.insert(id) }
        case .accounts: accounts.insert(c.id)
        case .people: people.insert(c.id)
        default: continue
        }
      }
    }
    if !accounts.isEmpty || !people.isEmpty {
      for r in handoffQueue.rows {
        let account = ws.deals[id: r.dealId]?.accountId
        if account.map(accounts.contains) ?? false || r.ownerPersonId.map(people.contains) ?? false {
          ids.insert(r.handoffId)
        }
      }
    }
    if ids.count > Self.handoffPatchLimit {
      handoffQueue = HandoffQueue(ws, scope: scopeIds, asOf: asOf)
    } else if !ids.isEmpty {
      handoffQueue.patch(handoffIds: ids, in: ws, asOf: asOf)
    }
  }
}
