import Testing

@testable import SalesFloorKit

@Suite("Judging methods")
struct MethodsReportTests {
  func close(_ x: Double?, _ y: Double) -> Bool { x.map { abs($0 - y) < 0.0005 } ?? false }

  @Test func wilsonMatchesKnownValues() throws {
    // 8/10: centre (0.8 + 1.9208/10) ÷ 1.38415 = 0.7167, half-width 0.2266 → [0.490, 0.943].
    let i = try #require(WilsonInterval(successes: 8, trials: 10))
    #expect(close(i.lower, 0.490) && close(i.upper, 0.943))
    // 0/5 → [0, 3.8415 ÷ 8.8415 = 0.4345]; 5/5 mirrors it → [0.5655, 1].
    let zero = try #require(WilsonInterval(successes: 0, trials: 5))
    #expect(close(zero.lower, 0) && close(zero.upper, 0.4345))
    let all = try #require(WilsonInterval(successes: 5, trials: 5))
    #expect(close(all.lower, 0.5655) && close(all.upper, 1))
    // 50/100 → [0.404, 0.596].
    let half = try #require(WilsonInterval(successes: 50, trials: 100))
    #expect(close(half.lower, 0.404) && close(half.upper, 0.596))
    #expect(WilsonInterval(successes: 0, trials: 0) == nil)
  }

  @Test func usedMeansHalfTheStepsTicked() {
    let play = Playbook(id: "p", name: "P", summary: "s", steps: ["1", "2", "3", "4", "5"])
    var d = CoachingFixture.openDeal("d", owner: "a", 1, stage: "demo")
    d.playProgress["p"] = [0, 1]
    #expect(!MethodsRule.wasUsed(play, on: d), "2 of 5 is under half")
    d.playProgress["p"] = [0, 1, 2]
    #expect(MethodsRule.wasUsed(play, on: d))
    d.playProgress["p"] = [0, 1, 9, 9]
    #expect(!MethodsRule.wasUsed(play, on: d), "out-of-range and repeated indexes do not count")
  }

  @Test func playsAndFrameworksUsedVersusNot() throws {
    var ws = Workspace()
    ws.people = RecordTable([Person(id: "a", name: "A", role: .rep)])
    ws.playbooks = RecordTable([
      Playbook(id: "spin", name: "SPIN discovery", framework: "SPIN", summary: "s", steps: ["1", "2"]),
      Playbook(id: "house", name: "House demo", summary: "s", steps: ["1", "2", "3", "4"]),
    ])
    func closed(
      _ id: String, won: Bool, _ dollars: Int64, created: String, close: String, spin: [Int]
    ) -> Deal {
      var d = CoachingFixture.openDeal(
        id, owner: "a", dollars, stage: won ? "won" : "lost", created: created, close: close)
      if !spin.isEmpty { d.playProgress["spin"] = spin }
      return d
    }
    // SPIN has 2 steps, so one ticked step is "used". w1 used, 30 days; w2 used, 60 days;
    // l1 used, lost; w3 not used, 10 days; l2 not used, lost; the open deal is ignored.
    ws.deals = RecordTable([
      closed("w1", won: true, 10_000, created: "2026-01-01", close: "2026-01-31", spin: [0]),
      closed("w2", won: true, 30_000, created: "2026-01-01", close: "2026-03-02", spin: [0, 1]),
      closed("l1", won: false, 50_000, created: "2026-01-01", close: "2026-02-01", spin: [0]),
      closed("w3", won: true, 20_000, created: "2026-01-01", close: "2026-01-11", spin: []),
      closed("l2", won: false, 5_000, created: "2026-01-01", close: "2026-01-20", spin: []),
      CoachingFixture.openDeal("open", owner: "a", 99_000, stage: "demo"),
    ])
    let r = Reports.methods(ws, scope: .everyone)
    #expect(r.rows.map(\.id) == ["house", "spin", "SPIN"])
    let spin = try #require(r.rows.first { $0.id == "spin" })
    #expect(spin.used.won == 2 && spin.used.lost == 1 && spin.notUsed.won == 1 && spin.notUsed.lost == 1)
    #expect(close(spin.used.winRateByCount, 2.0 / 3))
    // Won deals only: cycle (30 + 60) ÷ 2 = 45 days; size (10,000 + 30,000) ÷ 2 = 20,000.
    #expect(spin.used.averageCycleDays == 45 && spin.used.averageDealSize == usd(20_000))
    #expect(spin.notUsed.averageCycleDays == 10 && spin.notUsed.averageDealSize == usd(20_000))
    // 2/3 → Wilson [0.2077, 0.9385].
    #expect(close(spin.used.interval?.lower, 0.2077) && close(spin.used.interval?.upper, 0.9385))
    let framework = try #require(r.rows.first { $0.kind == .framework })
    #expect(framework.used == spin.used && framework.notUsed == spin.notUsed)
    let house = try #require(r.rows.first { $0.id == "house" })
    #expect(house.used.closed == 0 && house.used.interval == nil && house.notUsed.closed == 5)
    // With a period, only deals closing in it: January has w1, w3, l2.
    let jan = Reports.methods(ws, scope: .everyone, period: Period(kind: .month, year: 2026, index: 1))
    #expect(jan.rows.first { $0.id == "spin" }?.used.closed == 1)
  }
}
