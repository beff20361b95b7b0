import Foundation
import SalesFloorKit
import Testing

@Suite("Metrics: pipeline, forecast, win rate, velocity, bookings")
struct MetricsPipelineTests {
  @Test func dealProbabilityAndCategory() {
    let w = Floor.workspace
    let stages = StageLookup(w.settings)
    let c1 = w.deals[id: "c1"]
    let a3 = w.deals[id: "a3"]
    let a4 = w.deals[id: "a4"]
    let a1 = w.deals[id: "a1"]
    // c1 overrides discovery's 25 % with 50 %; a3 uses negotiation's 80 %.
    #expect(c1.map(stages.probability) == 50)
    #expect(a3.map(stages.probability) == 80)
    // a4 overrides demo's Best Case with Omitted; a won deal is always Closed.
    #expect(a4.map(stages.forecastCategory) == .omitted)
    #expect(a3.map(stages.forecastCategory) == .commit)
    #expect(a1.map(stages.forecastCategory) == .closed)
    #expect(a1.map(stages.isWon) == true)
    #expect(a1.map(stages.isOpen) == false)
    #expect(w.deals[id: "a5"].map(stages.isLost) == true)
  }

  @Test func pipelineByStage() {
    let r = Reports.pipeline(Floor.workspace, scope: .everyone, asOf: Floor.asOf)
    // Open deals: g1 prospect 5,000 × 5 % = 250; c1 discovery 10,000 × 50 % = 5,000;
    // a4 demo 20,000 × 40 % = 8,000; b2 proposal 30,000 × 60 % = 18,000;
    // a3 negotiation 40,000 × 80 % = 32,000.
    #expect(r.stages.map(\.stage) == ["prospect", "qualify", "discovery", "demo", "proposal", "negotiation"])
    #expect(r.stages.map(\.count) == [1, 0, 1, 1, 1, 1])
    #expect(r.stages.map(\.weighted) == [usd(250), 0, usd(5_000), usd(8_000), usd(18_000), usd(32_000)])
    // Totals: 5 deals, 105,000, weighted 63,250.
    #expect(r.totals.openCount == 5)
    #expect(r.totals.openAmount == usd(105_000))
    #expect(r.totals.weightedAmount == usd(63_250))
  }

  @Test func pipelineInPeriodAndScope() {
    let r = Reports.pipeline(Floor.workspace, scope: .team("East"), asOf: Floor.asOf, period: Floor.period)
    // East, closing in Q4: a3 40,000 + a4 20,000 + b2 30,000 + c1 10,000 (g1 has no close date).
    #expect(r.totals.openCount == 4)
    #expect(r.totals.openAmount == usd(100_000))
    #expect(r.period == "2026-Q4")
  }

  @Test func forecastCategoriesCumulativeAndRollUp() throws {
    let r = Reports.forecast(
      Floor.workspace, period: Floor.period, scope: .personAndReports("m"), asOf: Floor.asOf)
    // Closed: a1 60,000 + a2 50,000 + b1 15,000 = 125,000 (3). Commit a3 40,000; Best Case b2 30,000;
    // Pipeline c1 10,000; Omitted a4 20,000.
    let amounts = Dictionary(uniqueKeysWithValues: r.categories.map { ($0.category, $0.amount) })
    #expect(amounts[.closed] == usd(125_000))
    #expect(amounts[.commit] == usd(40_000))
    #expect(amounts[.bestCase] == usd(30_000))
    #expect(amounts[.pipeline] == usd(10_000))
    #expect(amounts[.omitted] == usd(20_000))
    #expect(r.categories.first?.count == 3)
    // Cumulative: Commit 40 + 125 = 165k; Best Case 30 + 165 = 195k; Pipeline 10 + 195 = 205k.
    #expect(
      r.cumulative
        == ForecastCumulative(
          closed: usd(125_000), commit: usd(165_000), bestCase: usd(195_000), pipeline: usd(205_000)))
    let a = try #require(r.people.first { $0.id == "a" })
    // a's own: closed 110k, commit 40k → pipeline call 150k; roll-up adds c's 10k pipeline → 160k.
    #expect(a.own.cumulative.pipeline == usd(150_000))
    #expect(a.rollUp.cumulative.pipeline == usd(160_000))
    let m = try #require(r.people.first { $0.id == "m" })
    #expect(m.own.cumulative.pipeline == 0)
    #expect(m.rollUp.cumulative == r.cumulative)
  }

  @Test func winRateReport() {
    let r = Reports.winRate(Floor.workspace, period: Floor.period, scope: .everyone, asOf: Floor.asOf)
    // Won in Q4: a1 60k, a2 50k, b1 15k, x1 25k = 150,000 (4). Lost: a5 30k, x2 25k = 55,000 (2).
    #expect(r.wonCount == 4)
    #expect(r.lostCount == 2)
    #expect(r.wonAmount == usd(150_000))
    #expect(r.lostAmount == usd(55_000))
    #expect(abs((r.winRateByCount ?? 0) - 4.0 / 6.0) < 1e-9)
    #expect(abs((r.winRateByValue ?? 0) - 150.0 / 205.0) < 1e-9)
    // 150,000 ÷ 4 = 37,500; cycles 30 + 40 + 30 + 30 days → 32.5.
    #expect(r.averageDealSize == usd(37_500))
    #expect(r.averageCycleDays == 32.5)
  }

  @Test func velocity() {
    let r = Reports.velocity(Floor.workspace, period: Floor.period, scope: .everyone, asOf: Floor.asOf)
    // Qualified = open from the second open stage (qualify) on: a3, a4, b2, c1 (g1 is a prospect).
    #expect(r.qualifiedOpenCount == 4)
    #expect(r.qualifiedOpenAmount == usd(100_000))
    // 4 × 4/6 × 37,500 ÷ 32.5 = 3,076.92 a day → 307,692 cents.
    #expect(r.velocityPerDay == 307_692)
  }

  @Test func weeklyBookings() {
    // asOf Sunday 2026-11-15: weeks starting Mon Oct 19, Oct 26, Nov 2, Nov 9.
    // a1 Oct 20 → 60,000; b1 Nov 5 → 15,000; a2 Nov 10 → 50,000; x1 Oct 15 is before the window.
    let s = Metrics.weeklyBookings(Floor.workspace, scope: .everyone, asOf: Floor.asOf, weeks: 4)
    #expect(
      s.map(\.weekStart) == [day("2026-10-19"), day("2026-10-26"), day("2026-11-02"), day("2026-11-09")])
    #expect(s.map(\.won) == [usd(60_000), 0, usd(15_000), usd(50_000)])
  }

  @Test func foreignCurrencyDealDoesNotCrash() {
    var w = Floor.workspace
    w.deals.upsert(deal("e1", owner: "x", 1_000, stage: "won", close: "2026-11-01"))
    if var e = w.deals[id: "e1"] {
      e.currency = "EUR"
      w.deals.upsert(e)
    }
    // No EUR rate: the EUR deal is not added as if it were dollars (issue #15); x's won stays
    // 25,000 and the report names the deal it left out.
    let r = Reports.attainment(w, period: Floor.period, scope: .person("x"), asOf: Floor.asOf)
    #expect(r.team.won == usd(25_000))
    #expect(r.unconverted == [UnconvertedDeal(dealId: "e1", currency: "EUR", amount: usd(1_000))])
  }
}

@Suite("Metrics: report JSON keys")
struct MetricsReportJSONTests {
  /// The CLI prints reports as JSON and users script against the keys: pin them.
  @Test func winRateAndPipelineKeys() throws {
    let encoder = JSONEncoder()
    let winRate = Reports.winRate(Floor.workspace, period: Floor.period, scope: .everyone, asOf: Floor.asOf)
    let w = try #require(
      try JSONSerialization.jsonObject(with: encoder.encode(winRate)) as? [String: Any])
    for key in [
      "wonCount", "lostCount", "winRateByCount", "winRateByValue", "wonAmount", "lostAmount",
      "averageDealSize",
      "averageCycleDays", "period",
    ] {
      #expect(w[key] != nil, "missing \(key)")
    }
    #expect(w["period"] as? String == "2026-Q4")
    #expect(w["wonAmount"] as? Int == 15_000_000)
    let pipeline = Reports.pipeline(Floor.workspace, scope: .everyone, asOf: Floor.asOf)
    let p = try #require(
      try JSONSerialization.jsonObject(with: encoder.encode(pipeline)) as? [String: Any])
    let totals = try #require(p["totals"] as? [String: Any])
    #expect(totals["weightedAmount"] as? Int == 6_325_000)
    let first = try #require((p["stages"] as? [[String: Any]])?.first)
    #expect(Set(first.keys) == ["stage", "name", "count", "amount", "weighted"])
  }
}
