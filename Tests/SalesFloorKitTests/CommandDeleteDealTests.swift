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

  @Test func coachingThatNamesADeletedDealKeepsItsPromiseWithoutTheLink() throws {
    var ws = CommandFixture.workspace
    let dealName = try #require(ws.deals[id: "d-1"]?.name)
    var item = CoachingItem(
      id: "c-1", personId: "p-bo", title: "Pipeline hygiene", reason: "stalled deals",
      createdAt: CommandFixture.now)
    item.dealIds = ["d-1", "d-2"]
    item.commitments = [
      .init(text: "Set a dated next step", check: .nextStepSet, dealId: "d-1"),
      .init(text: "Call the champion", check: .manual),
    ]
    ws.coaching = RecordTable([item])
    let edit = try DeleteDeal(dealId: "d-1").edit(in: CommandFixture.context(ws))
    let after = CommandFixture.applying(edit, to: ws)
    let c = try #require(after.coaching[id: "c-1"])
    #expect(c.dealIds == ["d-2"])
    #expect(c.commitments[0].dealId == nil)
    #expect(c.commitments[0].check == .manual)
    #expect(c.commitments[0].text == "Set a dated next step (\(dealName), deleted)")
    #expect(c.commitments[1] == item.commitments[1])
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }
}
