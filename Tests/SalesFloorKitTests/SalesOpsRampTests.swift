import Testing

@testable import SalesFloorKit

@Suite struct SalesOpsRampTests {
  @Test("a new hire's milestones, training, ramp percent and ramped quota")
  func progress() throws {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "n", name: "Nina New", role: .rep, hireDate: day("2026-09-01"), rampPlanId: "rp"),
      Person(id: "v", name: "Vic Veteran", role: .rep, hireDate: day("2020-01-01")),
    ])
    ws.rampPlans = RecordTable([RampPlan(id: "rp", name: "AE", trainingModuleIds: ["tm1", "tm2"])])
    ws.assignments = RecordTable([
      TrainingAssignment(
        id: "as1", personId: "n", moduleId: "tm1", assignedOn: day("2026-09-01"),
        completedOn: day("2026-09-05"))
    ])
    ws.activities = RecordTable([
      // Logged before the hire (an import from a previous role): not a milestone.
      Activity(
        id: "ac0", kind: .meeting, subject: "Old", ownerId: "n",
        doneAt: Timestamp(day: day("2026-08-10"), hour: 10),
        createdAt: Timestamp(day: day("2026-08-09"))),
      Activity(
        id: "ac1", kind: .meeting, subject: "Intro", ownerId: "n",
        doneAt: Timestamp(day: day("2026-09-10"), hour: 10),
        createdAt: Timestamp(day: day("2026-09-09"))),
    ])
    ws.deals = RecordTable([
      deal("d1", owner: "n", 20_000, stage: "won", close: "2026-10-15", created: "2026-10-05")
    ])
    ws.quotas = RecordTable([
      Quota(id: "q", personId: "n", period: "2026-Q4", amount: usd(120_000), currency: "USD")
    ])
    let r = Onboarding.report(ws, period: try #require(Period(parsing: "2026-Q4")), asOf: day("2026-10-20"))
    #expect(r.people.map(\.id) == ["n"])  // the veteran is long past the ramp
    let n = try #require(r.people.first)
    #expect(n.month == 2 && n.rampPercent == 25)  // Sep = month 1, Oct = month 2 → 25 %
    // Meeting on day 9 (due day 14) reached; first opportunity on day 34 (due 30) late;
    // first win on 10-15 = day 44, due day 90 → reached.
    #expect(n.milestones.map(\.status) == ["reached", "late", "reached"])
    #expect(n.milestones.map(\.daysTaken) == [9, 34, 44])
    #expect(n.trainingCompleted == ["tm1"] && n.trainingShare == 0.5)
    // Oct 25 %, Nov 50 %, Dec 75 %: 120,000 × 150 ÷ 300 = 60,000; won 20,000 → 1/3.
    #expect(n.quota == usd(60_000) && n.fullQuota == usd(120_000))
    #expect(n.won == usd(20_000))
    #expect(abs((n.attainment ?? 0) - 1.0 / 3.0) < 1e-9)
  }

  @Test("an unreached milestone past its due day is overdue")
  func overdue() throws {
    var ws = Workspace()
    ws.people = RecordTable([Person(id: "n", name: "Nina", role: .rep, hireDate: day("2026-09-01"))])
    let r = Onboarding.report(ws, period: try #require(Period(parsing: "2026-Q4")), asOf: day("2026-10-20"))
    let n = try #require(r.people.first)
    #expect(n.planName == "Default ramp")
    // Meeting due 09-15 and opportunity due 10-01 passed; win due 11-30 still pending.
    #expect(n.milestones.map(\.status) == ["overdue", "overdue", "pending"])
  }
}
