import Testing

@testable import SalesFloorKit

/// Team quotas in roll-ups (#15 item 1), against a floor computed by hand (docs/salesops.md,
/// "Team quotas"): team East (Mia, Rob, Ria) has a team quota of 690k for 2026-Q4 while its reps'
/// quotas add up to 765k (400k + 365k); Tom reports to Mia but is on no team (100k).
@Suite("Team quotas in roll-ups")
struct TeamQuotaTests {
  static let asOf = day("2026-11-15")
  static let q4 = Period(kind: .quarter, year: 2026, index: 4, fiscalStartMonth: 1)

  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "mia", name: "Mia", role: .manager, team: "East"),
      Person(id: "rob", name: "Rob", role: .rep, managerId: "mia", team: "East"),
      Person(id: "ria", name: "Ria", role: .rep, managerId: "mia", team: "East"),
      Person(id: "tom", name: "Tom", role: .rep, managerId: "mia"),
    ])
    ws.quotas = RecordTable([
      Quota(id: "q1", personId: "rob", period: "2026-Q4", amount: usd(400_000), currency: "USD", ramp: false),
      Quota(id: "q2", personId: "ria", period: "2026-Q4", amount: usd(365_000), currency: "USD", ramp: false),
      Quota(id: "q3", personId: "tom", period: "2026-Q4", amount: usd(100_000), currency: "USD", ramp: false),
      Quota(id: "q4", team: "East", period: "2026-Q4", amount: usd(690_000), currency: "USD", ramp: false),
    ])
    ws.deals = RecordTable([
      deal("w1", owner: "rob", 345_000, stage: "won", close: "2026-10-20"),
      deal("w2", owner: "ria", 100_000, stage: "won", close: "2026-11-02"),
      deal("w3", owner: "tom", 50_000, stage: "won", close: "2026-11-03"),
    ])
    return ws
  }

  func report(_ scope: Scope) -> AttainmentReport {
    Reports.attainment(Self.workspace, period: Self.q4, scope: scope, asOf: Self.asOf)
  }

  @Test("the team's own scope: its quota is the target, the reps' sum is beside it")
  func teamScope() {
    let t = report(.team("East")).team
    #expect(t.quota == usd(690_000) && t.teamQuota == usd(690_000) && t.repsQuota == usd(765_000))
    // Won 345k + 100k = 445k of 690k.
    #expect(t.won == usd(445_000))
    #expect(t.attainment == 445.0 / 690.0)
    #expect(t.quotaComparison(currency: "USD") == "team quota 690k · reps' quotas 765k")
  }

  @Test("the manager's roll-up: East's team quota plus Tom's own, not the sum of the reps'")
  func managerRollUp() {
    let t = report(.personAndReports("mia")).team
    // Target = 690k (East, wholly in scope) + 100k (Tom, on no team) = 790k; reps' 400 + 365 + 100.
    #expect(t.quota == usd(790_000) && t.teamQuota == usd(690_000) && t.repsQuota == usd(865_000))
    #expect(t.won == usd(495_000))
    #expect(t.attainment == 495.0 / 790.0)
    // Coverage and pace divide by the same target: on track = 790k × 46 ÷ 92 = 395k.
    #expect(t.pace.onTrack == usd(395_000))
    #expect(t.repCount == 3 && t.repsAtOrAbove100Count == 0)
  }

  @Test("one person's numbers and a team only partly in scope keep the person quotas")
  func personAndPartialScopes() {
    let rob = report(.person("rob")).team
    #expect(rob.quota == usd(400_000) && rob.teamQuota == nil)
    #expect(rob.quotaComparison(currency: "USD") == nil)
    var ws = Self.workspace
    ws.people.upsert(Person(id: "eve", name: "Eve", role: .rep, team: "East"))  // East, not under Mia
    let partial = Reports.attainment(ws, period: Self.q4, scope: .personAndReports("mia"), asOf: Self.asOf)
    #expect(partial.team.quota == usd(865_000) && partial.team.teamQuota == nil)
  }

  @Test("a team quota given by month adds up to the quarter")
  func monthlyTeamQuota() {
    var ws = Self.workspace
    _ = ws.quotas.remove(id: "q4")
    for (i, m) in ["2026-10", "2026-11", "2026-12"].enumerated() {
      ws.quotas.upsert(
        Quota(id: "m\(i)", team: "East", period: m, amount: usd(230_000), currency: "USD", ramp: true))
    }
    let t = Reports.attainment(ws, period: Self.q4, scope: .team("East"), asOf: Self.asOf).team
    #expect(t.quota == usd(690_000), "a team has no hire date: its quota is never ramped")
  }
}
