import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The cockpit's delete confirmation lists what else the delete changes: the same `DeletePlan`
/// lines `salesfloor deal delete` prints.
@Suite("Cockpit: delete confirmation lists the cascade")
struct CockpitDeleteConfirmTests {
  @Test("d on a deal with activities shows which activities it unlinks; y deletes and check is clean")
  func deleteListsUnlinkedActivities() throws {
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    var ws = CockpitFixture.demo
    // Only the two activities below point at the deal, so the list is known.
    ws.activities = RecordTable(ws.activities.items.filter { $0.dealId != deal.id })
    for (id, subject) in [("act-x1", "Pricing call"), ("act-x2", "Security review")] {
      _ = ws.activities.upsert(
        Activity(
          id: id, kind: .call, subject: subject, ownerId: deal.ownerId, dealId: deal.id,
          createdAt: deal.createdAt))
    }
    var run = try CockpitRun("d", workspace: ws)
    #expect(run.screen.contains("delete deal \(deal.name)? y/n"))
    #expect(run.screen.contains("also unlinks 2 activities: Pricing call, Security review"))
    try run.press("y")
    let after = run.store.workspace
    #expect(after.deals[id: deal.id] == nil)
    #expect(after.activities[id: "act-x1"]?.dealId == nil)
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }
}
