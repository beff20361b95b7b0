import SalesFloorKit
import Testing

@Suite("Metrics: days in stage, stalled deals, stage conversion")
struct MetricsHistoryTests {
  static let asOf = day("2026-11-15")

  static var stalledFloor: Workspace {
    var w = Workspace()
    w.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    w.deals = RecordTable([
      // In Proposal (rots after 14 days) since Oct 20, but a call on Nov 10 → idle 5 days.
      deal(
        "s1", owner: "r", 1_000, stage: "proposal", close: "2026-12-01",
        history: [moved("demo", "proposal", on: "2026-10-20")]),
      // Since Oct 20 with no activity (26 days idle), no next step, close Nov 1 already past,
      // and three slips.
      deal(
        "s2", owner: "r", 1_000, stage: "proposal", close: "2026-11-01", nextStep: nil,
        history: [
          moved("demo", "proposal", on: "2026-10-20"), slipped("2026-09-01", "2026-09-15", on: "2026-09-01"),
          slipped("2026-09-15", "2026-10-01", on: "2026-09-14"),
          slipped("2026-10-01", "2026-11-01", on: "2026-10-01"),
        ]),
      // Created in Negotiation on Nov 10; two slips and one pull-in → only 2 slips, not stalled.
      deal(
        "s3", owner: "r", 1_000, stage: "negotiation", close: "2026-12-31", created: "2026-11-10",
        history: [
          slipped("2026-12-01", "2026-12-15", on: "2026-11-11"),
          slipped("2026-12-15", "2026-12-10", on: "2026-11-12"),
          slipped("2026-12-10", "2026-12-31", on: "2026-11-13"),
        ]),
      // Won with no next step: closed deals are never stalled.
      deal("s4", owner: "r", 1_000, stage: "won", close: "2026-11-01", nextStep: nil),
      // Proposal since Oct 31 → 15 days > 14; its only activity is dated after asOf.
      deal(
        "s5", owner: "r", 1_000, stage: "proposal", close: "2026-12-01",
        history: [moved("demo", "proposal", on: "2026-10-31")]),
    ])
    w.activities = RecordTable([
      Activity(
        id: "act1", kind: .call, subject: "Call", ownerId: "r", dealId: "s1",
        doneAt: Timestamp(day: day("2026-11-10"), hour: 10), createdAt: Timestamp(day: day("2026-11-10"))),
      Activity(
        id: "act2", kind: .call, subject: "Call", ownerId: "r", dealId: "s5",
        doneAt: Timestamp(day: day("2026-11-20"), hour: 10), createdAt: Timestamp(day: day("2026-11-20"))),
    ])
    return w
  }

  @Test func daysInStage() throws {
    let s2 = try #require(Self.stalledFloor.deals[id: "s2"])
    // Oct 20 → Nov 15: 11 + 15 = 26 days.
    #expect(Metrics.daysInStage(s2, asOf: Self.asOf) == 26)
  }

  @Test func stalledReasonsAndOrder() throws {
    let r = Reports.stalled(Self.stalledFloor, scope: .everyone, asOf: Self.asOf)
    // s1 (active), s3 (2 slips) and s4 (won) are fine; s2 (26 idle) before s5 (15 idle).
    #expect(r.deals.map(\.id) == ["s2", "s5"])
    let s2 = r.deals[0]
    #expect(s2.reasons == [.idle, .noNextStep, .closeDatePast, .slipped])
    #expect(s2.idleDays == 26)
    #expect(s2.slips == 3)
    #expect(s2.ownerName == "Rae")
    #expect(r.deals[1].reasons == [.idle])
    #expect(r.deals[1].idleDays == 15)
  }

  /// Stage paths (prospect 1, qualify 2, discovery 3, demo 4 …):
  /// d1 prospect → qualify → discovery → lost; d2 prospect → discovery (skips qualify) → won;
  /// d3 created in qualify, still there; d4 prospect → qualify → back to prospect;
  /// d5 prospect, moved to qualify only after asOf.
  static var conversionFloor: Workspace {
    var w = Workspace()
    w.deals = RecordTable([
      deal(
        "d1", owner: "r", 1, stage: "lost", close: "2026-11-01",
        history: [
          moved("prospect", "qualify", on: "2026-10-02"), moved("qualify", "discovery", on: "2026-10-03"),
          moved("discovery", "lost", on: "2026-10-04"),
        ]),
      deal(
        "d2", owner: "r", 1, stage: "won", close: "2026-11-01",
        history: [
          moved("prospect", "discovery", on: "2026-10-02"), moved("discovery", "won", on: "2026-10-05"),
        ]),
      deal("d3", owner: "r", 1, stage: "qualify", close: "2026-12-01"),
      deal(
        "d4", owner: "r", 1, stage: "prospect", close: "2026-12-01",
        history: [
          moved("prospect", "qualify", on: "2026-10-02"), moved("qualify", "prospect", on: "2026-10-09"),
        ]),
      deal(
        "d5", owner: "r", 1, stage: "qualify", close: "2026-12-01",
        history: [
          moved("prospect", "qualify", on: "2026-12-01")
        ]),
    ])
    return w
  }

  @Test func stagePathFollowsHistoryUpToAsOf() throws {
    let w = Self.conversionFloor
    let d2 = try #require(w.deals[id: "d2"])
    let d5 = try #require(w.deals[id: "d5"])
    #expect(Metrics.stagePath(d2, asOf: Self.asOf) == ["prospect", "discovery", "won"])
    #expect(Metrics.stagePath(d5, asOf: Self.asOf) == ["prospect"])
  }

  @Test func conversionCountsSkipsAsProgress() {
    let r = Reports.conversion(Self.conversionFloor, scope: .everyone, asOf: Self.asOf)
    let rows = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    // Prospect: entered by d1, d2, d4, d5; advanced d1 (qualify), d2 (skip to discovery), d4 (qualify
    // before going back) → 3 of 4.
    #expect(rows["prospect"]?.entered == 4)
    #expect(rows["prospect"]?.advanced == 3)
    #expect(rows["prospect"]?.rate == 0.75)
    // Qualify: entered by d1, d3, d4 (d2 skipped it, d5's move is after asOf); only d1 went on → 1/3.
    #expect(rows["qualify"]?.entered == 3)
    #expect(rows["qualify"]?.advanced == 1)
    // Discovery: d1 (then lost: no progress) and d2 (then won) → 1/2.
    #expect(rows["discovery"]?.rate == 0.5)
    // Demo: nobody entered.
    #expect(rows["demo"]?.entered == 0)
    #expect(rows["demo"]?.rate == nil)
  }
}
