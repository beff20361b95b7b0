import Testing

@testable import SalesFloorKit

/// Forecast roll-up with calls and an adjustment over a three-level hierarchy (2026-Q4).
///
/// Vera (VP) ← Mona (manager) ← Rita, Ravi; Ron reports to Vera directly.
@Suite struct SalesOpsForecastRollUpTests {
  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "vp", name: "Vera VP", role: .manager),
      Person(id: "m1", name: "Mona Manager", role: .manager, managerId: "vp"),
      Person(id: "r1", name: "Rita Rep", role: .rep, managerId: "m1"),
      Person(id: "r2", name: "Ravi Rep", role: .rep, managerId: "m1"),
      Person(id: "r3", name: "Ron Rep", role: .rep, managerId: "vp"),
    ])
    ws.deals = RecordTable([
      deal("d1", owner: "r1", 100_000, stage: "negotiation", close: "2026-11-20"),  // commit
      deal("d2", owner: "r1", 50_000, stage: "won", close: "2026-10-15"),  // closed
      deal("d3", owner: "r2", 40_000, stage: "proposal", close: "2026-12-01"),  // best case
      deal("d4", owner: "r2", 30_000, stage: "qualify", close: "2026-12-10"),  // pipeline
      deal("d5", owner: "r3", 20_000, stage: "negotiation", close: "2026-12-15"),  // commit
    ])
    let at = Timestamp(day: day("2026-11-01"), hour: 9)
    func call(_ p: String, _ kind: ForecastSubmission.Kind, _ c: Int64, _ b: Int64) {
      ws.forecastSubmissions.upsert(
        ForecastSubmission(
          personId: p, period: "2026-Q4", kind: kind, commit: usd(c), bestCase: usd(b), currency: "USD",
          submittedAt: at))
    }
    call("r1", .call, 140_000, 160_000)
    call("r2", .call, 10_000, 50_000)
    call("r3", .call, 20_000, 20_000)
    call("m1", .adjustment, 130_000, 200_000)
    return ws
  }

  @Test("calls roll up as pure sums; the adjustment sits beside, never inside")
  func rollUp() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let r = Reports.forecastCalls(Self.workspace(), period: period, scope: .everyone, asOf: day("2026-11-15"))
    // Depth-first, children by name: Vera, Mona, Ravi, Rita, Ron.
    #expect(r.people.map(\.id) == ["vp", "m1", "r2", "r1", "r3"])
    #expect(r.people.map(\.depth) == [0, 1, 2, 2, 1])
    let mona = try #require(r.people.first { $0.id == "m1" })
    // Deals under Mona: closed 50k; commit 100k + 50k = 150k; best case 40k + 150k = 190k;
    // pipeline 30k + 190k = 220k.
    #expect(mona.rollUp.cumulative.closed == usd(50_000))
    #expect(mona.rollUp.cumulative.commit == usd(150_000))
    #expect(mona.rollUp.cumulative.bestCase == usd(190_000))
    #expect(mona.rollUp.cumulative.pipeline == usd(220_000))
    // Calls: Rita 140k/160k + Ravi 10k/50k = 150k/210k; adjustment 130k/200k beside it.
    #expect(mona.rolledUpCall == .init(commit: usd(150_000), bestCase: usd(210_000)))
    #expect(mona.adjustment == .init(commit: usd(130_000), bestCase: usd(200_000)))
    #expect(mona.effectiveCall == .init(commit: usd(130_000), bestCase: usd(200_000)))
    let vera = try #require(r.people.first { $0.id == "vp" })
    // Vera: Mona's rolled-up 150k/210k + Ron 20k/20k = 170k/230k (the 130k adjustment is not summed).
    #expect(vera.rolledUpCall == .init(commit: usd(170_000), bestCase: usd(230_000)))
    #expect(vera.adjustment == nil)
    // Deal commit under Vera: 150k + Ron's 20k = 170k.
    #expect(vera.rollUp.cumulative.commit == usd(170_000))
    // Vera manages people and has neither a call nor an adjustment.
    #expect(r.notSubmitted.map(\.id) == ["vp"])
  }

  @Test("a rep without a call is listed as not submitted; --as scopes to the manager's tree")
  func missing() throws {
    var ws = Self.workspace()
    ws.forecastSubmissions.remove(id: ForecastSubmission.id(personId: "r2", period: "2026-Q4", kind: .call))
    let period = try #require(Period(parsing: "2026-Q4"))
    let r = Reports.forecastCalls(ws, period: period, scope: .personAndReports("m1"), asOf: day("2026-11-15"))
    #expect(r.people.map(\.id) == ["m1", "r2", "r1"])
    #expect(r.notSubmitted.map(\.id) == ["r2"])
    // Mona's roll-up now only has Rita's call: 140k/160k.
    #expect(r.people.first?.rolledUpCall == .init(commit: usd(140_000), bestCase: usd(160_000)))
  }
}

/// Change classification between two hand-made snapshots of 2026-Q4.
@Suite struct SalesOpsSnapshotChangeTests {
  typealias L = ForecastSnapshot.Line
  static func line(
    _ id: String, _ dollars: Int64, _ stage: String, _ cat: ForecastCategory, _ close: String
  ) -> L {
    L(id: id, owner: "r1", amount: usd(dollars), stage: stage, category: cat, closeDate: day(close))
  }

  @Test("each change type gets its deals and amount delta")
  func classify() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    let old = ForecastSnapshot(
      id: "s1", takenAt: Timestamp(day: day("2026-11-01")), period: "2026-Q4", currency: "USD",
      lines: [
        Self.line("d1", 10_000, "proposal", .bestCase, "2026-11-10"),
        Self.line("d2", 20_000, "negotiation", .commit, "2026-12-01"),
        Self.line("d3", 30_000, "demo", .bestCase, "2026-12-15"),
        Self.line("d4", 40_000, "demo", .bestCase, "2027-02-01"),
        Self.line("d5", 50_000, "proposal", .bestCase, "2026-11-30"),
        Self.line("d6", 70_000, "qualify", .pipeline, "2026-10-30"),
        Self.line("d8", 5_000, "qualify", .pipeline, "2026-11-30"),
        Self.line("d9", 9_000, "won", .closed, "2026-10-05"),
      ])
    let new = ForecastSnapshot(
      id: "s2", takenAt: Timestamp(day: day("2026-11-08")), period: "2026-Q4", currency: "USD",
      lines: [
        Self.line("d1", 10_000, "won", .closed, "2026-11-12"),
        Self.line("d2", 20_000, "lost", .omitted, "2026-11-05"),
        Self.line("d3", 30_000, "demo", .bestCase, "2027-01-20"),
        Self.line("d4", 40_000, "demo", .bestCase, "2026-12-20"),
        Self.line("d5", 60_000, "negotiation", .commit, "2026-11-30"),
        Self.line("d6", 65_000, "qualify", .pipeline, "2026-10-30"),
        Self.line("d7", 15_000, "discovery", .pipeline, "2026-12-01"),
        Self.line("d9", 9_000, "won", .closed, "2026-10-05"),
      ])
    let r = ForecastSnapshots.changes(from: old, to: new, period: period, settings: Settings())
    func of(_ k: ForecastChange.Kind) -> [String: Int64] {
      Dictionary(uniqueKeysWithValues: r.changes.filter { $0.kind == k }.map { ($0.dealId, $0.amountDelta) })
    }
    #expect(of(.won) == ["d1": usd(10_000)])
    #expect(of(.lost) == ["d2": -usd(20_000)])
    #expect(of(.pushedOut) == ["d3": -usd(30_000)])
    #expect(of(.pulledIn) == ["d4": usd(40_000)])
    #expect(of(.amountUp) == ["d5": usd(10_000)])  // 60k − 50k
    #expect(of(.categoryMoved) == ["d5": usd(60_000)])  // best case → commit, toward Commit: +60k
    #expect(of(.amountDown) == ["d6": -usd(5_000)])  // 65k − 70k
    #expect(of(.new) == ["d7": usd(15_000)])
    #expect(of(.removed) == ["d8": -usd(5_000)])
    #expect(!r.changes.contains { $0.dealId == "d9" })  // won both times: no change
    let summary = Dictionary(uniqueKeysWithValues: r.summary.map { ($0.kind, $0.count) })
    #expect(summary[.won] == 1 && summary[.categoryMoved] == 1 && summary[.new] == 1)
    // Owner filter: nobody in scope → nothing.
    let none = ForecastSnapshots.changes(
      from: old, to: new, period: period, settings: Settings(), owners: ["someone-else"])
    #expect(none.changes.isEmpty)
  }

  @Test("a snapshot keeps open deals and deals closed in the period, sorted by id")
  func take() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    var ws = Workspace()
    ws.deals = RecordTable([
      deal("b", owner: "r1", 1_000, stage: "demo", close: "2027-03-01"),
      deal("a", owner: "r1", 2_000, stage: "won", close: "2026-10-02"),
      deal("c", owner: "r1", 3_000, stage: "won", close: "2026-09-30"),  // closed before the period
    ])
    let s = ForecastSnapshots.take(ws, period: period, at: Timestamp(day: day("2026-11-01")), id: "s")
    #expect(s.lines.map(\.id) == ["a", "b"])
    #expect(s.lines.map(\.category) == [.closed, .bestCase])
  }
}
