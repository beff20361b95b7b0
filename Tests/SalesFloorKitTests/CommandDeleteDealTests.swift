import SalesFloorKit
import Testing

/// Deleting a deal must leave a workspace `salesfloor check` accepts: its activities stay in their
/// owners' logs, no longer linked to the deal (found by the cockpit's key fuzz).
@Suite("Commands: deleting a deal")
struct CommandDeleteDealTests {
  @Test func activitiesOfADeletedDealStayUnlinked() throws {
    var ws = CommandFixture.workspace
    ws.activities = RecordTable([
      Activity(
        id: "act-1", kind: .call, subject: "Discovery call", ownerId: "p-bo", dealId: "d-1",
        createdAt: CommandFixture.now),
      Activity(
        id: "act-2", kind: .email, subject: "Unrelated", ownerId: "p-bea", createdAt: CommandFixture.now),
    ])
    #expect(WorkspaceCheck.run(ws).filter { $0.severity == .error }.isEmpty)
    let edit = try DeleteDeal(dealId: "d-1").edit(in: CommandFixture.context(ws))
    let after = CommandFixture.applying(edit, to: ws)
    #expect(after.deals[id: "d-1"] == nil)
    #expect(after.activities[id: "act-1"]?.dealId == nil)
    #expect(after.activities[id: "act-1"]?.subject == "Discovery call")
    #expect(after.activities.count == 2)
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }
}
