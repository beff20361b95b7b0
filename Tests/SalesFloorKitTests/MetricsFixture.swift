import SalesFloorKit

/// A day from `YYYY-MM-DD` text (tests only; a typo shows up as 1970-01-01 and fails loudly).
func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

/// Whole dollars to minor units (cents), so fixtures read in dollars.
func usd(_ dollars: Int64) -> Int64 { dollars * 100 }

/// A stage change on a day (noon UTC).
func moved(_ from: String, _ to: String, on iso: String) -> DealChange {
  DealChange(at: Timestamp(day: day(iso), hour: 12), field: .stage, from: from, to: to)
}

/// A close-date change on a day.
func slipped(_ from: String, _ to: String, on iso: String) -> DealChange {
  DealChange(at: Timestamp(day: day(iso), hour: 12), field: .closeDate, from: from, to: to)
}

func deal(
  _ id: String, owner: String, _ dollars: Int64, stage: String, close: String?,
  created: String = "2026-10-01",
  probability: Int? = nil, category: ForecastCategory? = nil, nextStep: String? = "2026-11-20",
  history: [DealChange] = []
) -> Deal {
  let createdAt = Timestamp(day: day(created), hour: 9)
  let initial = history.first(where: { $0.field == .stage })?.from ?? stage
  return Deal(
    id: id, name: "Deal \(id)", accountId: nil, ownerId: owner, amount: usd(dollars), currency: "USD",
    stage: stage, probability: probability, forecastCategory: category, closeDate: close.map(day),
    createdAt: createdAt, nextStepDate: nextStep.map(day),
    history: [DealChange(at: createdAt, field: .created, to: initial)] + history)
}

/// The sales floor used by the metric tests (period 2026-Q4 = Oct 1 … Dec 31, 92 days;
/// asOf 2026-11-15 = day 46 of it: 31 October days + 15).
///
/// People: manager m; a and b report to m; c reports to a (so m's tree is a, b, c);
/// x is on team West with no manager. b was hired 2026-09-10 and is ramping.
/// Quotas (2026-Q4): a 100,000; b 90,000 full → ramped 45,000 (Oct 25 %, Nov 50 %, Dec 75 %:
/// 90,000 × 150 ÷ 300); c 10,000 per month for Oct, Nov, Dec → 30,000; x 50,000.
enum Floor {
  static let period = Period(kind: .quarter, year: 2026, index: 4)
  static let asOf = day("2026-11-15")

  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable([
      Person(id: "m", name: "Maya Manager", role: .manager, team: "East"),
      Person(id: "a", name: "Ann", role: .rep, managerId: "m", team: "East"),
      Person(id: "b", name: "Bob", role: .rep, managerId: "m", team: "East", hireDate: day("2026-09-10")),
      Person(id: "c", name: "Cid", role: .rep, managerId: "a", team: "East"),
      Person(id: "x", name: "Xena", role: .rep, team: "West"),
    ])
    w.quotas = RecordTable([
      Quota(id: "qa", personId: "a", period: "2026-Q4", amount: usd(100_000), currency: "USD"),
      Quota(id: "qb", personId: "b", period: "2026-Q4", amount: usd(90_000), currency: "USD"),
      Quota(id: "qc10", personId: "c", period: "2026-10", amount: usd(10_000), currency: "USD", ramp: false),
      Quota(id: "qc11", personId: "c", period: "2026-11", amount: usd(10_000), currency: "USD", ramp: false),
      Quota(id: "qc12", personId: "c", period: "2026-12", amount: usd(10_000), currency: "USD", ramp: false),
      Quota(id: "qx", personId: "x", period: "2026-Q4", amount: usd(50_000), currency: "USD"),
    ])
    w.deals = RecordTable([
      // a: won 60,000 + 50,000; open commit 40,000; open omitted 20,000; lost 30,000.
      deal("a1", owner: "a", 60_000, stage: "won", close: "2026-10-20", created: "2026-09-20"),
      deal("a2", owner: "a", 50_000, stage: "won", close: "2026-11-10", created: "2026-10-01"),
      deal("a3", owner: "a", 40_000, stage: "negotiation", close: "2026-12-10"),
      deal("a4", owner: "a", 20_000, stage: "demo", close: "2026-12-20", category: .omitted),
      deal("a5", owner: "a", 30_000, stage: "lost", close: "2026-11-01", created: "2026-10-05"),
      // b: won 15,000; open best case 30,000.
      deal("b1", owner: "b", 15_000, stage: "won", close: "2026-11-05", created: "2026-10-06"),
      deal("b2", owner: "b", 30_000, stage: "proposal", close: "2026-12-01"),
      // c: open pipeline 10,000 at a 50 % override; a win that closes after the quarter.
      deal("c1", owner: "c", 10_000, stage: "discovery", close: "2026-12-15", probability: 50),
      deal("c2", owner: "c", 40_000, stage: "won", close: "2027-01-05"),
      // x (West): won 25,000, lost 25,000.
      deal("x1", owner: "x", 25_000, stage: "won", close: "2026-10-15", created: "2026-09-15"),
      deal("x2", owner: "x", 25_000, stage: "lost", close: "2026-10-30"),
      // An owner who is not in people, with no close date.
      deal("g1", owner: "ghost", 5_000, stage: "prospect", close: nil),
    ])
    return w
  }
}
