import SalesFloorKit
import Testing

/// A deal is stalled only after it had the time to stall, and its days are never negative
/// (issue #15 item 12).
@Suite("Stalled: new deals, idle days, no negative days")
struct StalledNewDealTests {
  static let asOf = day("2026-11-15")

  static func workspace(_ deals: [Deal]) -> Workspace {
    var w = Workspace()
    w.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    w.deals = RecordTable(deals)
    StarterLibrary.install(into: &w)
    return w
  }

  @Test("a deal created a minute ago, without next step, is not stalled and not offered the re-engage play")
  func brandNewDealIsNotStalled() throws {
    // Created today at 09:00, no next step date: on main this was stalled (no next step).
    let fresh = deal(
      "n", owner: "r", 1_000, stage: "prospect", close: "2026-12-31", created: "2026-11-15", nextStep: nil)
    let ws = Self.workspace([fresh])
    #expect(Reports.stalled(ws, scope: .everyone, asOf: Self.asOf).deals.isEmpty)
    #expect(!PlayFitRanker.isStalled(fresh, workspace: ws, asOf: Self.asOf))
    let offered = PlayFitRanker.rank(deal: fresh, workspace: ws, asOf: Self.asOf).filter(\.fits).map(\.playId)
    #expect(!offered.contains("play-reengage-stalled"))
    // The next day the missing next step counts.
    #expect(Reports.stalled(ws, scope: .everyone, asOf: day("2026-11-16")).deals.map(\.id) == ["n"])
  }

  @Test("idle days count from the latest of created, stage entry and last activity")
  func idleCountsFromCreation() throws {
    // Imported with a stage entry dated before the deal was created (09-01 < created 11-05):
    // idle is 15 − 5 = 10 days, under Proposal's 14 rotting days — not 75 days idle.
    let imported = deal(
      "i", owner: "r", 1_000, stage: "proposal", close: "2026-12-31", created: "2026-11-05",
      history: [moved("demo", "proposal", on: "2026-09-01")])
    let (reasons, idle) = Metrics.stallReasons(
      imported, stage: Self.workspace([]).settings.stage("proposal"), lastActivity: nil, asOf: Self.asOf)
    #expect(idle == 10)
    #expect(!reasons.contains(.idle))
    #expect(Metrics.daysInStage(imported, asOf: Self.asOf) == 10)
  }

  @Test("days are never negative: a deal created after the day it is seen from is 0 days old")
  func daysNeverNegative() {
    let later = deal("l", owner: "r", 1_000, stage: "qualify", close: "2026-12-31", created: "2026-11-20")
    #expect(Metrics.daysInStage(later, asOf: Self.asOf) == 0)
    #expect(Metrics.elapsedDays(from: day("2026-11-20"), to: Self.asOf) == 0)
    #expect(Metrics.elapsedDays(from: day("2026-11-01"), to: Self.asOf) == 14)
    // And as-of reports do not see it at all.
    let ws = Self.workspace([later])
    #expect(ws.asOf(Self.asOf).deals.isEmpty)
  }
}
