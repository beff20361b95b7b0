import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Quota, Coaching and Playbooks panes on the demo workspace.
@Suite("Cockpit quota, coaching and playbooks panes")
struct CockpitPaneTests {
  let ws = CockpitFixture.demo
  let viewer = CockpitFixture.viewer(nil)
  var period: Period {
    Period.containing(
      CockpitFixture.today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
  }

  func pct(_ r: Double?) -> String { r.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

  @Test("quota (home): team line and a leaderboard row per person with the six narrow columns")
  func quotaHome() throws {
    let run = try CockpitRun("2")
    let lines = run.text(in: try #require(run.rect(.quota)))
    let r = Reports.attainment(ws, period: period, scope: viewer.scope, asOf: CockpitFixture.today)
    let c = r.currency
    #expect(
      lines[1].contains(
        "Team \(pct(r.team.attainment)) · won \(Money.compact(r.team.won, currency: c)) of "
          + "\(Money.compact(r.team.quota, currency: c))"))
    #expect(lines[1].contains("\(r.team.repsAtOrAbove100Count)/\(r.team.repCount) reps"))
    let header = lines[4]
    for title in ["Name", "Att", "Pace", "Won", "Quota", "Gap"] { #expect(header.contains(title)) }
    for title in ["Cov", "Commit", "Best"] { #expect(!header.contains(title), "\(title) only when zoomed") }
    // Leaderboard: highest attainment first; each row shows att %, won, quota and gap.
    let people = r.people.sorted { ($0.attainment ?? -1) > ($1.attainment ?? -1) }
    for (i, p) in people.enumerated() {
      let row = lines[5 + i]
      #expect(row.contains(String(p.name.prefix(9))), "row \(i) is \(p.name): \(row)")
      #expect(row.contains(pct(p.attainment)))
      let tail = [p.won, p.quota, p.gap].map { Money.compact($0, currency: c) }
      let words = row.dropLast().split(separator: " ").suffix(3).map(String.init)
      #expect(words == tail, "won/quota/gap of \(p.name)")
    }
  }

  @Test("quota (zoomed): every column including coverage, commit and best case")
  func quotaZoomed() throws {
    let run = try CockpitRun("2 z")
    let pane = run.pane(.quota)
    for title in ["Name", "Att", "Pace", "Won", "Quota", "Gap", "Cov", "Commit", "Best"] {
      #expect(pane.contains(title))
    }
    #expect(pane.contains("Weekly bookings, last 12 weeks:"))
    #expect(run.rect(.pipeline) == nil)
  }

  @Test("quota: a ramped quota is marked with * and a legend; zoomed names say (ramp)")
  func quotaRamped() throws {
    var w = ws
    let hana = CockpitFixture.person("Hana Kaur")
    var hired = hana
    hired.hireDate = Day(iso: "2026-10-01")
    w.people.upsert(hired)
    for var q in w.quotas.items where q.personId == hana.id {
      q.ramp = true
      w.quotas.upsert(q)
    }
    let r = Reports.attainment(w, period: period, scope: viewer.scope, asOf: CockpitFixture.today)
    let line = try #require(r.people.first { $0.id == hana.id })
    try #require(line.ramped)
    let home = try CockpitRun("2", workspace: w)
    let pane = home.pane(.quota)
    #expect(pane.contains("* ramped quota"))
    let row = try #require(pane.split(separator: "\n").first { $0.contains("Hana Kaur") })
    #expect(row.contains(Money.compact(line.quota, currency: r.currency) + "*"))
    let zoomed = try CockpitRun("2 z", workspace: w)
    #expect(zoomed.pane(.quota).contains("Hana Kaur (ramp)"))
  }

  @Test("coaching: rows sorted by priority then due date, with who and why")
  func coaching() throws {
    let run = try CockpitRun("3 z")
    let lines = run.text(in: try #require(run.rect(.coaching)))
    let ids = viewer.scope.ownerIds(in: ws)
    let items = ws.coaching.items.filter { ids.contains($0.personId) && $0.isActive }
    #expect(lines[0].contains("3 Coaching · \(items.count) open (team)"))
    let rows = lines[2..<(2 + items.count)]
    let rank = ["high": 0, "medium": 1, "low": 2]
    let keys = rows.map { row -> (Int, String) in
      let words = row.dropFirst().split(separator: " ")
      let due = words.first { $0.count == 10 && $0.filter { $0 == "-" }.count == 2 }.map(String.init) ?? "~"
      return (rank[String(words.first ?? "")] ?? 9, due)
    }
    #expect(keys.map(\.0).allSatisfy { $0 < 9 })
    let inOrder = zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }
    #expect(inOrder, "priority, then due: \(keys)")
    for item in items {
      let who = ws.people[id: item.personId]?.name ?? ""
      #expect(
        rows.contains { $0.contains(who) && $0.contains(String(item.reason.prefix(12))) },
        "a row for \(who): \(item.reason)")
    }
  }

  @Test("playbooks: ranked for the selected deal, fitting plays first with their reasons")
  func playbooks() throws {
    let run = try CockpitRun("4")
    let deal = try #require(PipelineView.selectedDeal(run.state))
    let lines = run.text(in: try #require(run.rect(.playbooks)))
    #expect(lines[0].contains("4 Playbooks · for \(deal.name.prefix(20))"))
    let fits = PlayFitRanker.rank(
      deal: deal, plays: ws.playbooks.items, workspace: ws,
      stalled: !Reports.stalled(ws, scope: viewer.scope, asOf: CockpitFixture.today).deals.filter {
        $0.id == deal.id
      }.isEmpty
    ).filter(\.fits)
    #expect(!fits.isEmpty)
    let rows = Array(lines[2...].filter { $0.count > 2 })
    let fitRows = rows.prefix { $0.contains("fits: ") }
    #expect(fitRows.count == fits.count)
    #expect(!rows.dropFirst(fitRows.count).contains { $0.contains("fits: ") })
    let top = try #require(fits.first)
    let name = ws.playbooks[id: top.playId]?.name ?? ""
    #expect(fitRows.first?.contains(String(name.prefix(12))) == true)
    #expect(fitRows.first?.contains("fits: " + (top.reasons.first?.prefix(8) ?? "")) == true)
    // Choosing another deal re-ranks: the title follows the pipeline's selection.
    let next = try CockpitRun("j 4")
    let other = try #require(PipelineView.selectedDeal(next.state))
    #expect(other.id != deal.id)
    #expect(next.pane(.playbooks).contains("for \(other.name.prefix(20))"))
  }
}
