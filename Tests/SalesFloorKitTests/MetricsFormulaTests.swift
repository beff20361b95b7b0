import SalesFloorKit
import Testing

@Suite("Metrics: pace, commission, accuracy, coverage")
struct MetricsFormulaTests {
  static let plan = CompPlan(
    id: "p", name: "AE", targetVariable: usd(100_000), currency: "USD",
    tiers: [
      .init(from: 0, to: 100, rate: 1.0), .init(from: 100, to: 130, rate: 1.5),
      .init(from: 130, to: nil, rate: 2.0),
    ])

  @Test(arguments: [
    // 130 %: 100 × 1.0 + 30 × 1.5 = 145 % of 100,000.
    (1.30, usd(145_000)),
    // 80 %: 80 × 1.0.
    (0.80, usd(80_000)),
    // 150 %: 100 + 45 + 20 × 2.0 = 185 %.
    (1.50, usd(185_000)),
    (0.0, 0),
  ])
  func commissionMarginalTiers(attainment: Double, payout: Int64) {
    #expect(Metrics.commission(plan: Self.plan, attainment: attainment) == payout)
  }

  @Test func commissionCap() {
    var capped = Self.plan
    capped.capPercent = 150
    // 150 % attainment would pay 185,000; the cap stops it at 150,000.
    #expect(Metrics.commission(plan: capped, attainment: 1.5) == usd(150_000))
    #expect(Metrics.commission(plan: capped, attainment: 1.3) == usd(145_000))
  }

  @Test func forecastAccuracy() {
    // 1 − |90 − 100| ÷ 100 = 0.9; 1 − |130 − 100| ÷ 100 = 0.7.
    #expect(Metrics.forecastAccuracy(forecast: 90, actual: 100) == 0.9)
    #expect(Metrics.forecastAccuracy(forecast: 130, actual: 100) == 0.7)
    #expect(Metrics.forecastAccuracy(forecast: 10, actual: 0) == nil)
  }

  @Test func paceBeforeDuringAfter() {
    let q = Period(kind: .month, year: 2026, index: 11)  // 30 days
    // Day 10 of 30, won 20,000 of 60,000: projected 20,000 ÷ 10 × 30 = 60,000; on track
    // 60,000 × 10 ÷ 30 = 20,000; needed 40,000 ÷ 20 = 2,000 a day.
    #expect(
      Metrics.pace(won: 20_000, quota: 60_000, period: q, asOf: day("2026-11-10"))
        == Pace(elapsedDays: 10, totalDays: 30, projected: 60_000, onTrack: 20_000, neededPerDay: 2_000))
    let before = Metrics.pace(won: 0, quota: 60_000, period: q, asOf: day("2026-10-31"))
    #expect(before.projected == nil)
    #expect(before.onTrack == 0)
    let after = Metrics.pace(won: 70_000, quota: 60_000, period: q, asOf: day("2026-12-02"))
    #expect(after.neededPerDay == nil)
    #expect(after.projected == 70_000)
  }

  @Test func coverageAndNeeded() {
    // 90,000 ÷ (100,000 − 70,000) = 3; quota met → nil.
    #expect(Metrics.coverage(openPipeline: 90_000, quota: 100_000, won: 70_000) == 3)
    #expect(Metrics.coverage(openPipeline: 90_000, quota: 100_000, won: 100_000) == nil)
    // Win rate 25 % → 4× coverage; none known → the fallback.
    #expect(Metrics.neededCoverage(winRate: 0.25, fallback: 3) == 4)
    #expect(Metrics.neededCoverage(winRate: nil, fallback: 3) == 3)
  }
}
