import SalesFloorKit
import Testing

@Suite("Metrics: scope, quota and attainment")
struct MetricsAttainmentTests {
  @Test func scopesResolveOwners() {
    let w = Floor.workspace
    #expect(Scope.person("b").ownerIds(in: w) == ["b"])
    // m's tree: a and b directly, c through a.
    #expect(Scope.personAndReports("m").ownerIds(in: w) == ["m", "a", "b", "c"])
    #expect(Scope.personAndReports("a").ownerIds(in: w) == ["a", "c"])
    #expect(Scope.team("East").ownerIds(in: w) == ["m", "a", "b", "c"])
    #expect(Scope.team("West").ownerIds(in: w) == ["x"])
    // everyone includes the deal owner missing from people.
    #expect(Scope.everyone.ownerIds(in: w) == ["m", "a", "b", "c", "x", "ghost"])
  }

  @Test func managerCycleDoesNotLoop() {
    var w = Workspace()
    w.people = RecordTable([
      Person(id: "p", name: "P", role: .manager, managerId: "q"),
      Person(id: "q", name: "Q", role: .manager, managerId: "p"),
    ])
    #expect(Scope.personAndReports("p").ownerIds(in: w) == ["p", "q"])
  }

  @Test func quotaDirectRampedAndSummedFromMonths() throws {
    let book = QuotaBook(Floor.workspace)
    // a: given directly, ramp on but no hire date → full.
    let a = try #require(book.quota(for: "a", period: Floor.period))
    #expect(a == QuotaAmount(amount: usd(100_000), fullAmount: usd(100_000), ramped: false, currency: "USD"))
    // b hired Sep 10: Sep is ramp month 1 (0 %), Oct 2 (25 %), Nov 3 (50 %), Dec 4 (75 %).
    // 90,000 ÷ 3 per month → 22,500 × (0.25 + 0.50 + 0.75) = 45,000.
    let b = try #require(book.quota(for: "b", period: Floor.period))
    #expect(b.amount == usd(45_000))
    #expect(b.fullAmount == usd(90_000))
    #expect(b.ramped)
    // c: no quarter record; 3 months × 10,000 = 30,000.
    #expect(book.quota(for: "c", period: Floor.period)?.amount == usd(30_000))
    #expect(book.quota(for: "c", period: Period(kind: .month, year: 2026, index: 11))?.amount == usd(10_000))
    // FY2026 for a: only Q4 exists → 100,000. Nobody set a quota for m.
    #expect(book.quota(for: "a", period: Period(kind: .year, year: 2026, index: 0))?.amount == usd(100_000))
    #expect(book.quota(for: "m", period: Floor.period) == nil)
  }

  @Test func rampMonthsAndMonthlyQuota() {
    var w = Floor.workspace
    w.quotas.upsert(Quota(id: "qb9", personId: "b", period: "2026-09", amount: usd(30_000), currency: "USD"))
    w.quotas.upsert(Quota(id: "qb11", personId: "b", period: "2026-11", amount: usd(30_000), currency: "USD"))
    w.quotas.upsert(Quota(id: "qb27", personId: "b", period: "2027-Q1", amount: usd(90_000), currency: "USD"))
    let book = QuotaBook(w)
    // Hire month: 0 %. November is month 3: 50 % of 30,000 = 15,000.
    #expect(book.quota(for: "b", period: Period(kind: .month, year: 2026, index: 9))?.amount == 0)
    #expect(book.quota(for: "b", period: Period(kind: .month, year: 2026, index: 11))?.amount == usd(15_000))
    // Jan–Mar 2027 are months 5, 6, 7: 100 % each, so not marked ramped.
    let q1 = book.quota(for: "b", period: Period(kind: .quarter, year: 2027, index: 1))
    #expect(q1?.amount == usd(90_000))
    #expect(q1?.ramped == false)
  }

  @Test func fiscalQuarterParsesWithWorkspaceStartMonth() {
    var w = Workspace(settings: Settings(fiscalYearStartMonth: 2))
    w.quotas = RecordTable([
      Quota(id: "1", personId: "p", period: "2026-02", amount: 100, currency: "USD", ramp: false),
      Quota(id: "2", personId: "p", period: "2026-04", amount: 300, currency: "USD", ramp: false),
      Quota(id: "3", personId: "p", period: "2026-05", amount: 7_000, currency: "USD", ramp: false),
    ])
    // FY2026 Q1 with a February start = Feb, Mar, Apr: 100 + 300 (May is Q2).
    let q1 = Period(parsing: "2026-Q1", fiscalStartMonth: 2)
    #expect(q1.flatMap { QuotaBook(w).quota(for: "p", period: $0)?.amount } == 400)
  }

  @Test func attainmentReportForManagerTree() throws {
    let r = Reports.attainment(
      Floor.workspace, period: Floor.period, scope: .personAndReports("m"), asOf: Floor.asOf)
    #expect(r.period == "2026-Q4")
    // m is a manager without quota or deals: not listed. Sorted by name: Ann, Bob, Cid.
    #expect(r.people.map(\.id) == ["a", "b", "c"])
    let a = r.people[0]
    // a: won 60,000 + 50,000 = 110,000 of 100,000 → 110 %, no gap, coverage moot.
    #expect(a.won == usd(110_000))
    #expect(a.attainment == 1.1)
    #expect(a.gap == 0)
    #expect(a.coverage == nil)
    // Open closing in Q4, Omitted excluded: a3 40,000 (a4 is Omitted).
    #expect(a.openPipeline == usd(40_000))
    // Commit = 40,000 + closed 110,000; Best Case adds nothing more.
    #expect(a.commit == usd(150_000))
    #expect(a.bestCase == usd(150_000))
    let b = r.people[1]
    // b: 15,000 of ramped 45,000 = 1/3; gap 30,000; pipeline 30,000 → coverage 1.0;
    // win rate by value 15,000 ÷ 15,000 = 1 → needed coverage 1.
    #expect(b.quota == usd(45_000))
    #expect(b.fullQuota == usd(90_000))
    #expect(b.ramped)
    #expect(abs((b.attainment ?? 0) - 1.0 / 3.0) < 1e-9)
    #expect(b.gap == usd(30_000))
    #expect(b.coverage == 1.0)
    #expect(b.neededCoverage == 1.0)
    #expect(b.bestCase == usd(45_000))
    let c = r.people[2]
    // c: nothing won in Q4 (c2 closes in January); 10,000 ÷ 30,000 coverage; no closed deals →
    // needed coverage falls back to the default 3.
    #expect(c.won == 0)
    #expect(c.attainment == 0)
    #expect(abs((c.coverage ?? 0) - 1.0 / 3.0) < 1e-9)
    #expect(c.neededCoverage == 3)
  }

  @Test func teamAttainmentIsSumOverSumAndPace() throws {
    let r = Reports.attainment(
      Floor.workspace, period: Floor.period, scope: .personAndReports("m"), asOf: Floor.asOf)
    // Σ quota 100,000 + 45,000 + 30,000 = 175,000; Σ won 125,000 → 0.714285…
    // (the mean of 110 %, 33 % and 0 % would be 47.8 %).
    #expect(r.team.quota == usd(175_000))
    #expect(r.team.won == usd(125_000))
    #expect(abs((r.team.attainment ?? 0) - 125.0 / 175.0) < 1e-9)
    // Only a is at ≥ 100 %: 1 of 3.
    #expect(r.team.repsAtOrAbove100Count == 1)
    #expect(r.team.repCount == 3)
    #expect(abs((r.team.repsAtOrAbove100 ?? 0) - 1.0 / 3.0) < 1e-9)
    // Coverage: 80,000 open ÷ (175,000 − 125,000) = 1.6. Win rate by value 125 ÷ 155 → needs 1.24.
    #expect(r.team.openPipeline == usd(80_000))
    #expect(r.team.coverage == 1.6)
    #expect(abs(r.team.neededCoverage - 1.24) < 1e-9)
    // Pace, e = 46 of E = 92: projected 125,000 × 92 ÷ 46 = 250,000; on-track 175,000 × 46 ÷ 92
    // = 87,500; needed (175,000 − 125,000) ÷ 46 = 1,086.956… → 108,696 cents.
    #expect(
      r.team.pace
        == Pace(
          elapsedDays: 46, totalDays: 92, projected: usd(250_000),
          onTrack: usd(87_500), neededPerDay: 108_696))
  }

  @Test func teamScopeExcludesOtherTeams() {
    let r = Reports.attainment(Floor.workspace, period: Floor.period, scope: .team("West"), asOf: Floor.asOf)
    // x: 25,000 of 50,000.
    #expect(r.people.map(\.id) == ["x"])
    #expect(r.team.attainment == 0.5)
  }

  /// The one-pass tallies the cockpit keeps per period give the report a scan of that period gives.
  @Test(arguments: [Period.Kind.quarter, .month, .year])
  func tallyByPeriodMatchesAScanOfEachPeriod(kind: Period.Kind) {
    let ws = DemoGenerator(seed: 3, today: Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0))
      .makeWorkspace()
    let fsm = ws.settings.fiscalYearStartMonth
    let asOf = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)
    let scope = Scope.everyone
    let owners = scope.ownerIds(in: ws)
    let stages = StageLookup(ws.settings)
    let all = AttainmentTally.byPeriod(ws, kind: kind, fiscalStartMonth: fsm, owners: owners, stages: stages)
    #expect(all.count > 1, "the demo closes deals in several \(kind)s")
    var p = Period.containing(asOf, kind: kind, fiscalStartMonth: fsm).next.next
    var withDeals = 0
    for _ in 0..<10 {
      let tally = all[p] ?? AttainmentTally(empty: p, owners: owners)
      let fromTally = Reports.attainment(ws, tally: tally, scope: scope, asOf: asOf)
      let scanned = Reports.attainment(ws, period: p, scope: scope, asOf: asOf)
      #expect(fromTally == scanned, "\(p)")
      if scanned.team.won > 0 || scanned.team.openPipeline > 0 { withDeals += 1 }
      p = p.previous
    }
    #expect(withDeals >= 2, "the comparison covered periods with deals in them")
  }

  /// Quarters and years list their months by arithmetic; walking their days must agree.
  @Test(arguments: [1, 2, 11])
  func monthsOfQuartersAndYearsFollowTheFiscalStart(fiscalStart: Int) {
    for year in [2025, 2026] {
      let periods =
        [Period(kind: .year, year: year, index: 0, fiscalStartMonth: fiscalStart)]
        + (1...4).map { Period(kind: .quarter, year: year, index: $0, fiscalStartMonth: fiscalStart) }
      for p in periods {
        var walked: [Period] = []
        var d = p.start
        while d <= p.end {
          let m = Period.containing(d, kind: .month, fiscalStartMonth: fiscalStart)
          if walked.last != m { walked.append(m) }
          d = d.adding(days: 1)
        }
        #expect(p.months == walked, "\(p) with fiscal start \(fiscalStart)")
        #expect(p.elapsedDays(asOf: p.end.adding(days: 5)) == p.length)
      }
    }
  }
}
