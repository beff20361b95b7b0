import Testing

@testable import SalesFloorKit

@Suite struct SalesOpsCompTests {
  static let accelerated: [CompPlan.Tier] = [
    .init(from: 0, to: 100, rate: 1.0), .init(from: 100, to: 130, rate: 1.5),
    .init(from: 130, to: nil, rate: 2.0),
  ]

  /// One rep, quota 1,000,000 for 2026-Q4 (no ramp), target variable 100,000.
  static func workspace(
    won: Int64, tiers: [CompPlan.Tier] = accelerated, cap: Double? = nil, draw: Int64? = nil
  )
    -> Workspace
  {
    var ws = Workspace()
    ws.people = RecordTable([Person(id: "r1", name: "Rita", role: .rep)])
    ws.quotas = RecordTable([
      Quota(id: "q1", personId: "r1", period: "2026-Q4", amount: usd(1_000_000), currency: "USD", ramp: false)
    ])
    ws.compPlans = RecordTable([
      CompPlan(
        id: "cp", name: "AE", targetVariable: usd(100_000), currency: "USD", tiers: tiers, capPercent: cap,
        draw: draw, personIds: ["r1"])
    ])
    ws.deals = RecordTable([
      deal("w1", owner: "r1", won, stage: "won", close: "2026-11-10"),
      deal("o1", owner: "r1", 100_000, stage: "proposal", close: "2026-12-10"),
    ])
    return ws
  }

  @Test("worked example: 130 % on a 100,000 target pays 145,000")
  func workedExample() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let s = try Compensation.statement(Self.workspace(won: 1_300_000), personId: "r1", period: period)
    #expect(s.attainment == 1.3)
    // 100 pts × 1.0 = 100,000; 30 pts × 1.5 = 45,000; nothing above 130 %.
    #expect(s.tiers.map(\.payout) == [usd(100_000), usd(45_000), 0])
    #expect(s.tiers.map(\.portion) == [100, 30, 0])
    #expect(s.total == usd(145_000))
    #expect(
      s.total
        == Metrics.commission(plan: try #require(Self.workspace(won: 0).compPlans[id: "cp"]), attainment: 1.3)
    )
  }

  @Test("what-if: closing the 100k open deal lifts attainment to 140 % and payout to 165,000")
  func whatIf() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let w = try Compensation.whatIf(
      Self.workspace(won: 1_300_000), personId: "r1", period: period, dealIds: ["o1"])
    // 10 more points above 130 % at 2.0× = 20 % of 100,000 = 20,000.
    #expect(w.withDeals.total == usd(165_000))
    #expect(w.payoutDelta == usd(20_000))
    #expect(w.addedDealIds == ["o1"])
    #expect(throws: CompError.unknownDeal("nope")) {
      try Compensation.whatIf(Self.workspace(won: 0), personId: "r1", period: period, dealIds: ["nope"])
    }
  }

  @Test("decelerator below 50 %, cap at 150 % of target, draw as a floor")
  func deceleratorCapDraw() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let tiers: [CompPlan.Tier] = [
      .init(from: 0, to: 50, rate: 0.5), .init(from: 50, to: 100, rate: 1.0),
      .init(from: 100, to: nil, rate: 2.0),
    ]
    // 40 %: 40 pts × 0.5 = 20 % of 100,000 = 20,000; draw 30,000 tops up 10,000.
    let low = try Compensation.statement(
      Self.workspace(won: 400_000, tiers: tiers, cap: 150, draw: usd(30_000)), personId: "r1", period: period)
    #expect(low.earned == usd(20_000))
    #expect(low.drawTopUp == usd(10_000))
    #expect(low.total == usd(30_000))
    // 180 %: 50 × 0.5 + 50 × 1.0 + 80 × 2.0 = 235 % → 235,000, capped at 150,000.
    let high = try Compensation.statement(
      Self.workspace(won: 1_800_000, tiers: tiers, cap: 150), personId: "r1", period: period)
    #expect(high.earned == usd(235_000))
    #expect(high.cap == usd(150_000))
    #expect(high.total == usd(150_000))
  }

  @Test("comp uses the ramped quota from the person's ramp plan")
  func rampedQuota() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    var ws = Self.workspace(won: 150_000)
    ws.people.upsert(
      Person(id: "r1", name: "Rita", role: .rep, hireDate: day("2026-10-05"), rampPlanId: "rp"))
    ws.rampPlans.upsert(RampPlan(id: "rp", name: "Fast", quotaRamp: [0, 50, 100]))
    ws.quotas.upsert(
      Quota(id: "q1", personId: "r1", period: "2026-Q4", amount: usd(300_000), currency: "USD"))
    let s = try Compensation.statement(ws, personId: "r1", period: period)
    // Oct 0 %, Nov 50 %, Dec 100 %: 300,000 × 150 ÷ 300 = 150,000; won 150,000 → 100 %.
    #expect(s.quota == usd(150_000) && s.fullQuota == usd(300_000) && s.ramped)
    #expect(s.attainment == 1.0)
    #expect(s.total == usd(100_000))
    #expect(throws: CompError.noPlan(personId: "x")) {
      try Compensation.statement(ws, personId: "x", period: period)
    }
  }
}
