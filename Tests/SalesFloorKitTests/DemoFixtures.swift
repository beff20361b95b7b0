@testable import SalesFloorKit

/// Shared fixtures: one pinned "today" (mid Q2 of FY2026 with a January fiscal year).
enum DemoFixture {
  static let today = Day(year: 2026, month: 5, day: 14) ?? Day(ordinal: 0)
  static let workspace = DemoGenerator(seed: 42, today: today).makeWorkspace()

  /// Every collection as sorted arrays, so two workspaces can be compared for equality.
  static func snapshot(_ ws: Workspace) -> [[AnyHashable]] {
    func rows<T: Hashable>(_ items: [T]) -> [AnyHashable] { items.map { AnyHashable($0) } }
    return [
      rows(ws.people.sortedById), rows(ws.accounts.sortedById), rows(ws.deals.sortedById),
      rows(ws.activities.sortedById), rows(ws.quotas.sortedById), rows(ws.coaching.sortedById),
      rows(ws.playbooks.sortedById), rows(ws.content.sortedById), rows(ws.training.sortedById),
      rows(ws.assignments.sortedById), rows(ws.compPlans.sortedById), rows(ws.territories.sortedById),
      [AnyHashable(ws.settings)],
    ]
  }

  /// The demo as today's floor: without the former reps (`addFormerReps`), their deals and their
  /// quotas, which sit before the two quarters the floor's own records cover.
  static func currentFloor(_ ws: Workspace) -> Workspace {
    var out = ws
    let gone = Set(ws.people.items.filter { !$0.active }.map(\.id))
    out.people = RecordTable(ws.people.items.filter { !gone.contains($0.id) })
    out.deals = RecordTable(ws.deals.items.filter { !gone.contains($0.ownerId) })
    out.quotas = RecordTable(ws.quotas.items.filter { !($0.personId.map(gone.contains) ?? false) })
    return out
  }
}
