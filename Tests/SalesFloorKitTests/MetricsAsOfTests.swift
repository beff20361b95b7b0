import Testing

@testable import SalesFloorKit

/// Reports seen from three past days of 2026-Q4 (`Workspace.asOf`), on a history built by hand.
///
/// Rep r (quota 100,000, no ramp) and rep s. Today every deal stands as:
/// - d1 r won 50,000 on 11-20: created 09-01 in Proposal at 40,000, close 12-15; raised to 50,000 on
///   10-20; won on 11-20 (close date 12-15 → 11-20). A call on it done 11-01.
/// - d2 r lost 30,000 on 11-05: created 10-01 in Qualify, close 12-01; Negotiation on 10-10; lost 11-05.
/// - d3 r Discovery 20,000, close 12-20: created 11-20.
/// - d4 r won 10,000 on 10-05: created 09-10 in Demo.
/// - d5 Demo 25,000, close 12-31: created 09-15 owned by s; handed to r on 11-10.
///
/// As of 10-15: open d1 40k (Proposal 60 %), d2 30k (Negotiation 80 %), d5 25k (Demo 40 %, s's);
/// won d4. As of 11-15: open d1 50k, d5 25k (r's); won d4; lost d2. As of 11-30: open d5, d3 20k
/// (Discovery 25 %); won d4, d1; lost d2.
@Suite struct MetricsAsOfTests {
  static let q4 = Period(kind: .quarter, year: 2026, index: 4)
  static let oct15 = day("2026-10-15")
  static let nov15 = day("2026-11-15")
  static let nov30 = day("2026-11-30")

  static func at(_ iso: String) -> Timestamp { Timestamp(day: day(iso), hour: 12) }

  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable([
      Person(id: "r", name: "Rosa", role: .rep), Person(id: "s", name: "Sam", role: .rep),
    ])
    w.quotas = RecordTable([
      Quota(id: "qr", personId: "r", period: "2026-Q4", amount: usd(100_000), currency: "USD", ramp: false)
    ])
    var d5 = deal("d5", owner: "r", 25_000, stage: "demo", close: "2026-12-31", created: "2026-09-15")
    d5.history.append(DealChange(at: at("2026-11-10"), field: .owner, from: "s", to: "r"))
    w.deals = RecordTable([
      deal(
        "d1", owner: "r", 50_000, stage: "won", close: "2026-11-20", created: "2026-09-01",
        history: [
          DealChange(
            at: at("2026-10-20"), field: .amount, from: String(usd(40_000)), to: String(usd(50_000))),
          moved("proposal", "won", on: "2026-11-20"), slipped("2026-12-15", "2026-11-20", on: "2026-11-20"),
        ]),
      deal(
        "d2", owner: "r", 30_000, stage: "lost", close: "2026-11-05", created: "2026-10-01",
        history: [
          moved("qualify", "negotiation", on: "2026-10-10"), moved("negotiation", "lost", on: "2026-11-05"),
          slipped("2026-12-01", "2026-11-05", on: "2026-11-05"),
        ]),
      deal("d3", owner: "r", 20_000, stage: "discovery", close: "2026-12-20", created: "2026-11-20"),
      deal(
        "d4", owner: "r", 10_000, stage: "won", close: "2026-10-05", created: "2026-09-10",
        history: [moved("demo", "won", on: "2026-10-05")]),
      d5,
    ])
    w.activities = RecordTable([
      Activity(
        id: "a1", kind: .call, subject: "Pricing call", ownerId: "r", dealId: "d1",
        dueDate: day("2026-11-01"),
        doneAt: at("2026-11-01"), createdAt: at("2026-10-01"))
    ])
    return w
  }

  @Test("a deal as of a day: stage, amount, close date and owner from its history; later deals absent")
  func dealsAsTheyStood() throws {
    let then = Self.workspace.asOf(Self.oct15)
    let d1 = try #require(then.deals[id: "d1"])
    #expect(d1.stage == "proposal" && d1.amount == usd(40_000) && d1.closeDate == day("2026-12-15"))
    #expect(then.deals[id: "d5"]?.ownerId == "s")
    #expect(then.deals[id: "d3"] == nil)
    #expect(then.activities[id: "a1"]?.isDone == false)
    let later = Self.workspace.asOf(Self.nov15)
    #expect(later.deals[id: "d1"]?.amount == usd(50_000) && later.deals[id: "d1"]?.stage == "proposal")
    #expect(later.deals[id: "d5"]?.ownerId == "r")
    #expect(later.activities[id: "a1"]?.isDone == true)
    // The end of the day counts: a deal created on 11-20 exists as of 11-20.
    #expect(Self.workspace.asOf(day("2026-11-20")).deals[id: "d3"] != nil)
  }

  @Test("attainment as of three past days counts only what was won by then")
  func attainment() throws {
    let expected: [(Day, Int64)] = [(Self.oct15, 10_000), (Self.nov15, 10_000), (Self.nov30, 60_000)]
    for (asOf, won) in expected {
      let r = Reports.attainment(Self.workspace.asOf(asOf), period: Self.q4, scope: .everyone, asOf: asOf)
      let rosa = try #require(r.people.first { $0.id == "r" })
      #expect(rosa.won == usd(won), "\(asOf)")
      #expect(rosa.attainment == Double(won) / 100_000, "\(asOf)")
      #expect(r.team.won == usd(won), "\(asOf)")
    }
  }

  @Test("win rate as of three past days counts only the deals closed by then")
  func winRate() {
    let expected: [(Day, Int, Int, Int64, Int64)] = [
      (Self.oct15, 1, 0, 10_000, 0), (Self.nov15, 1, 1, 10_000, 30_000), (Self.nov30, 2, 1, 60_000, 30_000),
    ]
    for (asOf, won, lost, wonAmount, lostAmount) in expected {
      let r = Reports.winRate(Self.workspace.asOf(asOf), period: Self.q4, scope: .everyone, asOf: asOf)
      #expect(r.wonCount == won && r.lostCount == lost, "\(asOf)")
      #expect(r.wonAmount == usd(wonAmount) && r.lostAmount == usd(lostAmount), "\(asOf)")
      #expect(r.winRateByCount == Double(won) / Double(won + lost), "\(asOf)")
    }
  }

  @Test("pipeline as of three past days: the open deals as they stood, weighted by their stage then")
  func pipeline() {
    // 10-15: 40k × 60 % + 30k × 80 % + 25k × 40 % = 24k + 24k + 10k; 11-15: 30k + 10k;
    // 11-30: 25k × 40 % + 20k × 25 % = 10k + 5k.
    let expected: [(Day, Int, Int64, Int64)] = [
      (Self.oct15, 3, 95_000, 58_000), (Self.nov15, 2, 75_000, 40_000), (Self.nov30, 2, 45_000, 15_000),
    ]
    for (asOf, count, open, weighted) in expected {
      let r = Reports.pipeline(Self.workspace.asOf(asOf), scope: .everyone, asOf: asOf)
      #expect(r.totals.openCount == count && r.totals.openAmount == usd(open), "\(asOf)")
      #expect(r.totals.weightedAmount == usd(weighted), "\(asOf)")
    }
  }

  @Test("stalled as of three past days: days in stage from the stage held then, never negative")
  func stalled() {
    // 10-15: d1 in Proposal since 09-01 (44 days, no call yet: idle > 14), d5 in Demo since 09-15
    // (30 > 21); d2 in Negotiation 5 days. 11-15: d1 touched by the 11-01 call (idle 14, not > 14);
    // d5 61 days. 11-30: d5 76 days; d3 10 days in Discovery.
    let expected: [(Day, [String], [Int])] = [
      (Self.oct15, ["d1", "d5"], [44, 30]), (Self.nov15, ["d5"], [61]), (Self.nov30, ["d5"], [76]),
    ]
    for (asOf, ids, days) in expected {
      let r = Reports.stalled(Self.workspace.asOf(asOf), scope: .everyone, asOf: asOf)
      #expect(r.deals.map(\.id) == ids, "\(asOf)")
      #expect(r.deals.map(\.daysInStage) == days, "\(asOf)")
    }
  }

  @Test("days in stage of a stage entered after the as-of day is 0, not negative")
  func neverNegative() throws {
    let d2 = try #require(Self.workspace.deals[id: "d2"])
    #expect(Metrics.daysInStage(d2, asOf: Self.oct15) == 0)
    let (_, idle) = Metrics.stallReasons(d2, stage: nil, lastActivity: nil, asOf: Self.oct15)
    #expect(idle == 0)
  }

  @Test("today, a later day or a day nothing happened since sees the workspace as it is")
  func seenFromToday() {
    let ws = Self.workspace
    #expect(ws.seen(from: Self.nov30, today: Self.nov30).deals[id: "d1"]?.stage == "won")
    #expect(ws.seen(from: Self.nov15, today: Self.nov30).deals[id: "d1"]?.stage == "proposal")
    // Nothing was recorded after 11-25: that day is not past, the workspace is as it is.
    #expect(ws.isPast(Self.nov15, today: Self.nov30))
    #expect(!ws.isPast(day("2026-11-25"), today: Self.nov30))
    #expect(!ws.isPast(Self.nov30, today: Self.nov30))
  }
}
