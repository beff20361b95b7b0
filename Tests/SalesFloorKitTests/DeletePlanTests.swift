import SalesFloorKit
import Testing

/// Every delete either cascades with a list of what else changes or is refused with the reason,
/// and `check` has no error afterwards (issue #15, referential integrity).
@Suite("Commands: delete plans")
struct DeletePlanTests {
  typealias F = CommandFixture

  static func errors(_ ws: Workspace) -> [CheckFinding] {
    WorkspaceCheck.run(ws).filter { $0.severity == .error }
  }

  /// The fixture plus what refers to Bea, d-1 and a play: activities, a coaching item with a
  /// commitment on d-1, a quota and a training assignment for Bea, content serving the play.
  static var linked: Workspace {
    var ws = F.workspace
    ws.activities = RecordTable([
      Activity(
        id: "act-1", kind: .call, subject: "Discovery call", ownerId: "p-bo", dealId: "d-1",
        accountId: "a-acme", createdAt: F.now),
      Activity(id: "act-2", kind: .email, subject: "Recap", ownerId: "p-bo", dealId: "d-1", createdAt: F.now),
    ])
    var item = CoachingItem(
      id: "c-1", personId: "p-bea", title: "Pipeline hygiene", reason: "r", createdAt: F.now)
    item.coachId = "p-ana"
    item.dealIds = ["d-1"]
    item.commitments = [.init(text: "Set a dated next step", check: .nextStepSet, dealId: "d-1")]
    ws.coaching = RecordTable([item])
    ws.quotas = RecordTable([
      Quota(id: "q-bea", personId: "p-bea", period: "2026-Q4", amount: 100, currency: "USD", ramp: false)
    ])
    ws.training = RecordTable([TrainingModule(id: "m-1", title: "Discovery basics", kind: .salesSkills)])
    ws.assignments = RecordTable([
      TrainingAssignment(
        id: "ta-1", personId: "p-bea", moduleId: "m-1", assignedOn: F.today, coachingItemId: "c-1")
    ])
    ws.playbooks = RecordTable([Playbook(id: "pl-1", name: "Paper process", summary: "s", steps: ["1"])])
    ws.content = RecordTable([
      ContentItem(
        id: "ct-1", title: "MSA template", kind: "template", link: "https://example.com/msa",
        playIds: ["pl-1"])
    ])
    var d = ws.deals.items[0]
    d.playProgress["pl-1"] = [0]
    _ = ws.deals.upsert(d)
    return ws
  }

  @Test("deleting a deal lists the activities and the commitment it unlinks")
  func dealPlan() throws {
    let ws = Self.linked
    #expect(Self.errors(ws).isEmpty)
    let plan = try DeleteDeal(dealId: "d-1").plan(in: F.context(ws))
    #expect(plan.record == "deal Acme renewal")
    #expect(
      plan.effects == [
        "unlinks 2 activities: Discovery call, Recap", "unlinks 1 coaching item: Pipeline hygiene",
        "unlinks (ticked by hand from now) 1 coaching commitment: Set a dated next step",
      ])
    #expect(!plan.deletesOtherRecords, "unlinking keeps every other record")
    #expect(Self.errors(F.applying(plan.edit, to: ws)).isEmpty)
  }

  @Test("deleting a person who owns deals is refused with what they own and how to hand it over")
  func personWithDealsIsRefused() {
    let message = F.error(DeletePerson(personId: "p-bo"), F.context(Self.linked))?.description ?? ""
    #expect(message.contains("Bo Seller still owns or manages 3 records (1 deals (1 open), 2 activities)"))
    #expect(message.contains("deal update ID --owner"))
    // A manager with reports is refused too.
    #expect(
      F.error(DeletePerson(personId: "p-ana"), F.context(Self.linked))?.description.contains("direct reports")
        == true)
  }

  @Test("deleting a person who owns nothing takes their quotas, coaching and training with them")
  func personCascade() throws {
    let ws = Self.linked
    let plan = try DeletePerson(personId: "p-bea").plan(in: F.context(ws))
    #expect(
      plan.effects == [
        "deletes 1 quota: 2026-Q4", "deletes 1 coaching item about them: Pipeline hygiene",
        "deletes 1 training assignment: Discovery basics",
      ])
    #expect(plan.deletesOtherRecords)
    let after = F.applying(plan.edit, to: ws)
    #expect(after.people[id: "p-bea"] == nil && after.quotas.isEmpty && after.coaching.isEmpty)
    #expect(Self.errors(after).isEmpty)
  }

  @Test("deleting an account with deals is refused; without, its activities are unlinked")
  func accountPlan() throws {
    var ws = Self.linked
    #expect(
      F.error(DeleteAccount(accountId: "a-acme"), F.context(ws))?.description.contains("has 1 deals") == true)
    ws.deals = RecordTable([])
    ws.coaching = RecordTable([])
    ws.activities = RecordTable(
      ws.activities.items.map {
        var a = $0; a.dealId = nil; return a
      })
    let plan = try DeleteAccount(accountId: "a-acme").plan(in: F.context(ws))
    #expect(plan.effects == ["unlinks 1 activity: Discovery call"])
    let after = F.applying(plan.edit, to: ws)
    #expect(after.activities[id: "act-1"]?.accountId == nil)
    #expect(Self.errors(after).isEmpty)
  }

  @Test("deleting a play unlinks its content and clears its checklist ticks")
  func playPlan() throws {
    let ws = Self.linked
    let plan = try DeletePlay(playId: "pl-1").plan(in: F.context(ws))
    #expect(
      plan.effects == [
        "unlinks 1 content item: MSA template", "clears checklist ticks on 1 deal: Acme renewal",
      ])
    let after = F.applying(plan.edit, to: ws)
    #expect(after.content[id: "ct-1"]?.playIds == [])
    #expect(after.deals[id: "d-1"]?.playProgress["pl-1"] == nil)
    #expect(Self.errors(after).isEmpty)
  }

  @Test("deleting a coaching item lists its commitments and unlinks training assigned from it")
  func coachingPlan() throws {
    let ws = Self.linked
    let plan = try DeleteCoachingItem(itemId: "c-1").plan(in: F.context(ws))
    #expect(
      plan.effects == [
        "deletes 1 commitment: Set a dated next step", "unlinks 1 training assignment: Discovery basics",
      ])
    let after = F.applying(plan.edit, to: ws)
    #expect(after.assignments[id: "ta-1"]?.coachingItemId == nil)
    #expect(WorkspaceCheck.run(after).filter { $0.collection == .assignments }.isEmpty)
  }

  @Test("deleting an activity or a quota changes nothing else")
  func plainDeletes() throws {
    let ws = Self.linked
    #expect(try DeleteActivity(activityId: "act-1").plan(in: F.context(ws)).effects.isEmpty)
    let q = try DeleteQuota(quotaId: "q-bea").plan(in: F.context(ws))
    #expect(q.effects.isEmpty && q.record == "quota of Bea Seller for 2026-Q4")
  }
}
