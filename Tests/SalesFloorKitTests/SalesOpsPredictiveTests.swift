import Testing

@testable import SalesFloorKit

/// Predictive forecast and backtest for 2026-Q4 on a small history.
///
/// Closed before 2026-10-01 (the training set):
/// - w1 20k created 07-01 won 07-31 (30 days; w1–w3 went Prospect → Proposal → won), w2 30k 07-10 → 08-19 (40), w3 40k 07-15 → 09-13 (60);
///   median cycle 40 days.
/// - l1 lost on 08-01 after reaching Proposal; l2 lost on 08-15 after reaching Qualify.
/// Conversion: Qualify = 3 won ÷ (3 won + l1 + l2) = 0.6; Proposal = 3 ÷ (3 + l1) = 0.75.
/// Then: o1 100k in Proposal (created 09-11, close 11-20) later won on 11-05 at 120k;
/// o2 50k in Qualify (created 06-23, close 12-10) later lost on 12-01; w4 10k created 09-20 won
/// 10-01; n1 30k created 10-10 won 10-30.
@Suite struct SalesOpsPredictiveTests {
  /// w1–w3's history: Prospect → Proposal → won. Conversion credits a won deal only with the stages
  /// its history shows (a won deal without history is left out), so the fixture records them.
  static func throughProposal(on iso: String, won: String) -> [DealChange] {
    [moved("prospect", "proposal", on: iso), moved("proposal", "won", on: won)]
  }

  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people = RecordTable([Person(id: "r1", name: "Rita", role: .rep)])
    let o1Change = Timestamp(day: day("2026-11-05"), hour: 12)
    ws.deals = RecordTable([
      deal(
        "w1", owner: "r1", 20_000, stage: "won", close: "2026-07-31", created: "2026-07-01",
        history: Self.throughProposal(on: "2026-07-10", won: "2026-07-31")),
      deal(
        "w2", owner: "r1", 30_000, stage: "won", close: "2026-08-19", created: "2026-07-10",
        history: Self.throughProposal(on: "2026-07-20", won: "2026-08-19")),
      deal(
        "w3", owner: "r1", 40_000, stage: "won", close: "2026-09-13", created: "2026-07-15",
        history: Self.throughProposal(on: "2026-08-01", won: "2026-09-13")),
      deal(
        "l1", owner: "r1", 8_000, stage: "lost", close: "2026-08-01", created: "2026-07-01",
        history: [
          moved("prospect", "proposal", on: "2026-07-20"), moved("proposal", "lost", on: "2026-08-01"),
        ]),
      deal(
        "l2", owner: "r1", 9_000, stage: "lost", close: "2026-08-15", created: "2026-07-01",
        history: [moved("prospect", "qualify", on: "2026-07-20"), moved("qualify", "lost", on: "2026-08-15")]),
      deal(
        "o1", owner: "r1", 120_000, stage: "won", close: "2026-11-05", created: "2026-09-11",
        history: [
          DealChange(at: o1Change, field: .amount, from: String(usd(100_000)), to: String(usd(120_000))),
          DealChange(at: o1Change, field: .stage, from: "proposal", to: "won"),
          DealChange(at: o1Change, field: .closeDate, from: "2026-11-20", to: "2026-11-05"),
        ]),
      deal(
        "o2", owner: "r1", 50_000, stage: "lost", close: "2026-12-10", created: "2026-06-23",
        history: [
          moved("prospect", "qualify", on: "2026-06-25"), moved("qualify", "lost", on: "2026-12-01"),
        ]),
      deal("w4", owner: "r1", 10_000, stage: "won", close: "2026-10-01", created: "2026-09-20"),
      deal("n1", owner: "r1", 30_000, stage: "won", close: "2026-10-30", created: "2026-10-10"),
    ])
    return ws
  }

  @Test("a deal rebuilt from its history as of a cutoff")
  func rebuild() throws {
    let ws = Self.workspace()
    let o1 = try #require(ws.deals[id: "o1"])
    let then = try #require(DealHistory.asOf(o1, cutoff: Timestamp(day: day("2026-10-01"))))
    #expect(then.stage == "proposal" && then.amount == usd(100_000) && then.closeDate == day("2026-11-20"))
    #expect(then.history.count == 1)
    let n1 = try #require(ws.deals[id: "n1"])
    #expect(DealHistory.asOf(n1, cutoff: Timestamp(day: day("2026-10-01"))) == nil)
  }

  @Test("expected = won to date + open × conversion × age factor + not yet created")
  func predictive() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let asOf = day("2026-10-01")
    let then = DealHistory.workspace(Self.workspace(), asOf: Timestamp(day: asOf))
    let f = Reports.predictiveForecast(then, period: period, scope: .everyone, asOf: asOf)
    #expect(f.typicalCycleDays == 40)
    #expect(f.stages.first { $0.stage == "qualify" }?.teamRate == 0.6)
    #expect(f.stages.first { $0.stage == "proposal" }?.teamRate == 0.75)
    let o1 = try #require(f.deals.first { $0.id == "o1" })
    // 20 days old (≤ 40): factor 1; 100k × 0.75 = 75k; team rate (1 rep deal sample < 20).
    #expect(o1.ageDays == 20 && o1.ageFactor == 1 && o1.expected == usd(75_000))
    #expect(o1.conversionSource == .team)
    let o2 = try #require(f.deals.first { $0.id == "o2" })
    // 100 days old (06-23 → 10-01): factor 40 ÷ 100 = 0.4; 50k × 0.6 × 0.4 = 12k.
    #expect(o2.ageDays == 100 && o2.expected == usd(12_000))
    #expect(f.wonToDate == usd(10_000))  // w4 closed on asOf
    // Lookback: Q3 and Q2 2026 (Q1 ended before the first deal existed). Created-and-won inside
    // Q3: w1 + w2 + w3 = 90k; Q2: 0 → average 45k; 92 of 92 days remain → 45k.
    #expect(f.lookbackPeriods == ["2026-Q3", "2026-Q2"])
    #expect(f.notYetCreated == usd(45_000))
    #expect(f.expected == usd(142_000))  // 10k + 75k + 12k + 45k
    // Weighted: 100k × 60 % + 50k × 10 % = 65k; + 10k won = 75k.
    #expect(f.weightedForecast == usd(75_000))
  }

  @Test("backtest: accuracy = 1 − |F − A| ÷ A for both methods")
  func backtest() throws {
    let r = Reports.forecastBacktest(
      Self.workspace(), kind: .quarter, count: 1, scope: .everyone, asOf: day("2027-01-15"))
    let row = try #require(r.periods.first)
    #expect(row.period == "2026-Q4")
    // Actual Q4: o1 120k + w4 10k + n1 30k = 160k.
    #expect(row.actual == usd(160_000))
    #expect(row.predictive == usd(142_000))
    #expect(row.weighted == usd(75_000))
    // 1 − 18 ÷ 160 = 0.8875; 1 − 85 ÷ 160 = 0.46875.
    #expect(abs((row.predictiveAccuracy ?? 0) - 0.8875) < 1e-9)
    #expect(abs((row.weightedAccuracy ?? 0) - 0.46875) < 1e-9)
    #expect(r.meanPredictiveAccuracy == row.predictiveAccuracy)
  }
}
