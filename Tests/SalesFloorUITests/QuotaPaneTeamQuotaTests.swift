import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The demo's teams carry team quotas (90 % of their reps' sum): the manager's Quota pane measures
/// against them and shows both numbers side by side (#15 item 1).
@Suite("Quota pane: team quota beside the reps' quotas")
struct QuotaPaneTeamQuotaTests {
  let ws = CockpitFixture.demo
  let viewer = CockpitFixture.viewer(nil)

  @Test("the team line divides by the team quota and the next rows name both quotas")
  func teamQuotaShown() throws {
    let period = Period.containing(
      CockpitFixture.today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    let r = Reports.attainment(ws, period: period, scope: viewer.scope, asOf: CockpitFixture.today)
    let teamQuota = try #require(r.team.teamQuota, "the demo floor has team quotas")
    #expect(teamQuota < r.team.repsQuota)
    let run = try CockpitRun("2")
    let lines = run.text(in: try #require(run.rect(.quota)))
    let c = r.currency
    #expect(lines[1].contains("of \(Money.compact(r.team.quota, currency: c))"))
    #expect(
      lines[3].contains(
        "team quota \(Money.compact(teamQuota, currency: c)) · reps' quotas "
          + Money.compact(r.team.repsQuota, currency: c)))
  }
}
