import SalesFloorKit

extension CockpitData {
  /// Above this many touched handoffs one rebuild of the queue beats patching row by row.
  static let handoffPatchLimit = 64

  /// Patches the Handoffs view's rows: each changed handoff, and the handoff of each changed deal
  /// (its name or owner shows in the row), is re-derived alone; the other rows stay as they are.
  mutating func applyHandoffChanges(_ sets: [ChangeSet], workspace ws: Workspace, asOf: Day) {
    var ids: Set<String> = []
    for set in sets {
      for c in set.changes {
        switch c.collection {
        case .handoffs: ids.insert(c.id)
        case .deals:
          let id = HandoffLifecycle.id(forDeal: c.id)
          if ws.handoffs[id: id] != nil { ids.insert(id) }
        default: continue
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
