import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// A small deterministic generator (SplitMix64) so a failing edit sequence can be replayed.
struct SeededRandom: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The incremental refresh after a deal edit must show exactly what a full rebuild shows.
@Suite struct CockpitDeltaTests {
  static let today = CockpitFixture.today
  static let period = Period.containing(
    today, kind: .quarter, fiscalStartMonth: CockpitFixture.demo.settings.fiscalYearStartMonth)

  /// One random edit of the kinds the cockpit makes: stage move, amount, close date, next step,
  /// owner, close won / lost, delete, add (and now and then two deals in one transaction).
  static func randomEdit(_ ws: Workspace, _ rng: inout SeededRandom, n: Int) -> [Mutation] {
    let stages = ws.settings.stages
    let people = ws.people.items
    guard var d = ws.deals.items.randomElement(using: &rng), let stage = stages.randomElement(using: &rng),
      let owner = people.randomElement(using: &rng)
    else { return [] }
    let day = today.adding(days: Int.random(in: -90...90, using: &rng))
    switch Int.random(in: 0..<10, using: &rng) {
    case 0, 1: d.stage = stage.id
    case 2: d.amount = Int64.random(in: 0...5_000_000, using: &rng)
    case 3: d.closeDate = Bool.random(using: &rng) ? day : nil
    case 4: d.nextStepDate = Bool.random(using: &rng) ? day : nil
    case 5: d.ownerId = owner.id
    case 6:
      d.stage = (stages.first { $0.kind == (Bool.random(using: &rng) ? .won : .lost) } ?? stage).id
      d.closeDate = day
    case 7: return [.delete(.deals, id: d.id)]
    case 8:
      d.id = "d-delta-\(n)"
      d.stage = stage.id
      d.ownerId = owner.id
      d.closeDate = day
    default:
      guard var other = ws.deals.items.randomElement(using: &rng) else { return [] }
      other.stage = stage.id
      d.amount += 1_000
      if other.id == d.id { return [.put(.deal(d))] }
      return [.put(.deal(d)), .put(.deal(other))]
    }
    return [.put(.deal(d))]
  }

  static func expectSame(_ a: CockpitData, _ b: CockpitData, step: Int) {
    #expect(a.openDeals == b.openDeals, "openDeals after edit \(step)")
    #expect(a.stageIndexes == b.stageIndexes, "stage columns after edit \(step)")
    #expect(a.sortOrders == b.sortOrders, "table sort orders after edit \(step)")
    #expect(
      a.search.bytes == b.search.bytes && a.search.starts == b.search.starts, "filter text after edit \(step)"
    )
    #expect(
      a.facts.column == b.facts.column && a.facts.amount == b.facts.amount
        && a.facts.weighted == b.facts.weighted,
      "filter facts after edit \(step)")
    #expect(a.openStages == b.openStages, "openStages after edit \(step)")
    #expect(a.stalled == b.stalled, "stalled after edit \(step)")
    #expect(a.boardSums == b.boardSums, "boardSums after edit \(step)")
    #expect(a.pipeline == b.pipeline, "pipeline after edit \(step)")
    #expect(a.attainment == b.attainment, "attainment after edit \(step)")
    #expect(a.weekly == b.weekly, "weekly after edit \(step)")
    #expect(a.nextStepsDue == b.nextStepsDue, "nextStepsDue after edit \(step)")
    #expect(a.closingThisPeriod == b.closingThisPeriod, "closingThisPeriod after edit \(step)")
    #expect(a.coaching == b.coaching && a.plays == b.plays && a.activitiesDue == b.activitiesDue)
  }

  @Test(arguments: [nil, "everyone"])
  func randomEditsMatchAFullRebuild(viewerName: String?) throws {
    var ws = CockpitFixture.demo
    // nil: the default viewer (a manager, team scope); "everyone": no person, every deal in scope.
    let viewer = viewerName == nil ? CockpitFixture.viewer(nil) : Viewer(person: nil)
    var data = CockpitData(workspace: ws, viewer: viewer, period: Self.period, asOf: Self.today)
    let initial = data
    var rng = SeededRandom(state: 42)
    for n in 0..<150 {
      let mutations = Self.randomEdit(ws, &rng, n: n)
      var before: [String: Deal?] = [:]
      for m in mutations { before[m.recordId] = .some(ws.deals[id: m.recordId]) }
      ws.apply(
        Transaction(
          id: "tx-\(n)", at: Timestamp(day: Self.today, hour: 9), summary: "edit", mutations: mutations))
      let applied = data.applyDealChanges(
        before: before, workspace: ws, viewer: viewer, period: Self.period, asOf: Self.today)
      #expect(applied)
      let full = CockpitData(workspace: ws, viewer: viewer, period: Self.period, asOf: Self.today)
      Self.expectSame(data, full, step: n)
    }
    // The edits did move the numbers, so the comparisons above were not of unchanged data.
    #expect(initial.pipeline.totals != data.pipeline.totals)
    #expect(initial.openDeals != data.openDeals)
  }

  /// Periods visited before keep their sums (a switch back is a lookup); edits made while in
  /// another period must reach them, and "closing this period" is the right slice of the deals.
  @Test func periodSwitchesBetweenEditsMatchAFullRebuild() throws {
    var ws = CockpitFixture.demo
    let viewer = Viewer(person: nil)
    let periods = [Self.period, Self.period.previous, Self.period.next, Self.period.previous.previous]
    var period = Self.period
    var data = CockpitData(workspace: ws, viewer: viewer, period: period, asOf: Self.today)
    var rng = SeededRandom(state: 7)
    var visits = 0
    for n in 0..<120 {
      if n % 6 == 0 {
        period = periods[Int.random(in: 0..<periods.count, using: &rng)]
        data = CockpitData(
          updating: data, change: .period, workspace: ws, viewer: viewer, period: period, asOf: Self.today)
        visits += 1
      }
      let mutations = Self.randomEdit(ws, &rng, n: n)
      var before: [String: Deal?] = [:]
      for m in mutations { before[m.recordId] = .some(ws.deals[id: m.recordId]) }
      ws.apply(
        Transaction(
          id: "tx-\(n)", at: Timestamp(day: Self.today, hour: 9), summary: "edit", mutations: mutations))
      let applied = data.applyDealChanges(
        before: before, workspace: ws, viewer: viewer, period: period, asOf: Self.today)
      #expect(applied)
      let full = CockpitData(workspace: ws, viewer: viewer, period: period, asOf: Self.today)
      #expect(data.attainment == full.attainment, "attainment in \(period) after edit \(n)")
      #expect(data.closingThisPeriod == full.closingThisPeriod, "closing in \(period) after edit \(n)")
      let byFilter = data.openDeals.filter { $0.closeDate.map { period.contains($0) } ?? false }
      #expect(Array(data.closingThisPeriod) == byFilter)
    }
    #expect(visits == 20)
    #expect(data.tallies.count > 1, "the visited periods' sums are kept")
  }

  @Test func stageMoveShiftsOneDealBetweenPipelineRows() throws {
    var ws = CockpitFixture.demo
    let viewer = Viewer(person: nil)
    var data = CockpitData(workspace: ws, viewer: viewer, period: Self.period, asOf: Self.today)
    var deal = try #require(data.openDeals.first)
    let open = data.openStages.map(\.id)
    let target = try #require(open.first { $0 != deal.stage })
    let from = try #require(data.pipeline.stages.first { $0.stage == deal.stage })
    let to = try #require(data.pipeline.stages.first { $0.stage == target })
    let before: [String: Deal?] = [deal.id: deal]
    deal.stage = target
    ws.apply(.put(.deal(deal)))
    let applied = data.applyDealChanges(
      before: before, workspace: ws, viewer: viewer, period: Self.period, asOf: Self.today)
    #expect(applied)
    let from2 = try #require(data.pipeline.stages.first { $0.stage == from.stage })
    let to2 = try #require(data.pipeline.stages.first { $0.stage == target })
    // The moved deal's count and amount leave its old row and arrive in the new one.
    #expect(from2.count == from.count - 1 && from2.amount == from.amount - deal.amount)
    #expect(to2.count == to.count + 1 && to2.amount == to.amount + deal.amount)
    #expect(data.deals(inStage: target).contains { $0.id == deal.id })
    #expect(!data.deals(inStage: from.stage).contains { $0.id == deal.id })
  }
}
