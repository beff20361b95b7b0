import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The Org view (`O`) on the demo workspace: one line per team with what `Reports.org` counts,
/// a cursor on teams, and the scope of the viewer; the Comp view's cost of sales lines.
@Suite struct CockpitOrgViewTests {
  let ws = CockpitFixture.demo
  let today = CockpitFixture.today
  var period: Period {
    Period.containing(today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
  }

  func words(_ line: String) -> [String] {
    line.split(whereSeparator: { $0 == " " || $0 == "┃" }).map(String.init)
  }

  @Test("O opens the Org view: every team with span, reps, ramping and open headcount")
  func teams() throws {
    let ops = CockpitFixture.person("Marcus Lindqvist")
    let run = try CockpitRun("O", as: ops.name)
    #expect(run.state.views.current == .org)
    #expect(run.lines[1].contains("O Org"))
    let r = Reports.org(ws, period: period, scope: .everyone, asOf: today)
    try #require(r.teams.count == 2)
    #expect(r.totalOpenHeadcount > 0, "the demo carries open roles")
    #expect(run.screen.contains("open headcount \(r.totalOpenHeadcount) (\(r.totalOpenRoles) open roles"))
    for (i, t) in r.teams.enumerated() {
      let line = try #require(run.lines.first { $0.contains(t.managerName + " ") && $0.contains("/") })
      let n = t.tenure
      let expected = [
        String(t.span), String(t.reps), "\(n.under3)/\(n.from3to6)/\(n.from6to12)/\(n.over12)",
        String(t.ramping), String(t.openRoles), String(t.offers), String(t.openHeadcount),
      ]
      #expect(Array(words(line).suffix(7)) == expected, "\(t.managerName): \(line)")
      #expect(line.contains("▶") == (i == 0), "the cursor starts on the first team")
    }
    #expect(run.screen.contains("\(r.teams[0].managerName)'s team"))
    #expect(run.screen.contains("Territory balance"))
  }

  @Test("j moves the cursor to the next team and shows its people and open roles")
  func cursor() throws {
    let ops = CockpitFixture.person("Marcus Lindqvist")
    let run = try CockpitRun("O j", as: ops.name)
    let r = Reports.org(ws, period: period, scope: .everyone, asOf: today)
    let second = r.teams[1]
    #expect(run.state.views.orgCursor.index == 1)
    #expect(run.lines.contains { $0.contains("▶ " + second.managerName) })
    #expect(run.screen.contains("\(second.managerName)'s team"))
    for m in second.members { #expect(run.screen.contains("  \(m.name) · \(m.role.rawValue)")) }
    let roles = ws.openRoles.items.filter { $0.managerId == second.managerId && $0.status == .open }
    try #require(!roles.isEmpty)
    for role in roles {
      #expect(run.screen.contains("open role: \(role.title) · opened \(role.openedOn.iso)"))
    }
  }

  @Test("a manager sees only their own team")
  func scoped() throws {
    let elena = CockpitFixture.person("Elena Tanaka")
    let run = try CockpitRun("O", as: elena.name)
    let r = Reports.org(ws, period: period, scope: .personAndReports(elena.id), asOf: today)
    #expect(r.teams.map(\.managerName) == ["Elena Tanaka"])
    #expect(run.screen.contains("1 team · "))
    #expect(!run.lines.contains { $0.contains("Daniel Delgado ") && $0.contains("/") })
  }

  @Test("the Comp view shows cost of sales per team and who is within reach")
  func compLevers() throws {
    let ops = CockpitFixture.person("Marcus Lindqvist")
    let run = try CockpitRun("6", as: ops.name, size: Size(width: 140, height: 70))
    let cos = CompLever.costOfSales(ws, period: period, scope: .everyone)
    let c = cos.currency
    #expect(run.screen.contains("Cost of sales (payouts ÷ bookings)"))
    for t in cos.teams {
      let text =
        "\(t.managerName): \(Money.grouped(t.payouts, currency: c)) ÷ \(Money.grouped(t.bookings, currency: c))"
      #expect(run.screen.contains(text), "\(text)")
    }
    #expect(run.screen.contains("Within reach of an accelerator (≤ 10 pts below)"))
  }
}
