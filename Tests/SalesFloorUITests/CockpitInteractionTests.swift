import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Help, palette, zoom, filter, period switch and the deal detail, driven by keys.
@Suite("Cockpit interaction")
struct CockpitInteractionTests {
  let ws = CockpitFixture.demo

  @Test("? lists the keys of the current context from the keymap; Esc closes it")
  func helpOverlay() throws {
    let pipeline = try CockpitRun("?")
    // Every pipeline binding's description, straight from the keymap table.
    for a in CockpitKeymap.standard.actions(in: "pipeline") {
      #expect(pipeline.screen.contains(a.description), "help lists \(a.description)")
    }
    #expect(pipeline.screen.contains("Pipeline"))
    #expect(!pipeline.screen.contains("zoom the quota pane"))
    let quota = try CockpitRun("2 ?")
    #expect(quota.screen.contains("zoom the quota pane"))
    #expect(!quota.screen.contains("toggle board / table view"))
    let closed = try CockpitRun("? <Esc>")
    #expect(!closed.screen.contains("toggle board / table view"))
    #expect(closed.pane(.quota).contains("2 Quota"))
  }

  @Test(": opens the palette, typing narrows it, Enter runs the action")
  func palette() throws {
    let open = try CockpitRun(":")
    #expect(open.screen.contains("Command"))
    #expect(open.screen.contains("quit"))
    #expect(open.screen.contains("page up"))
    let narrowed = try CockpitRun(": tabl")
    #expect(narrowed.screen.contains(":tabl"))
    #expect(narrowed.screen.contains("toggle board / table view"))
    #expect(narrowed.screen.contains("table: sort by"))
    #expect(!narrowed.screen.contains("page up"))
    let ran = try CockpitRun(": toggle <Enter>")
    #expect(ran.footer.contains("pipeline: table view"))
    #expect(ran.state.pipeline.mode == .table)
    #expect(!ran.screen.contains("Command"))
    let header = ran.text(in: try #require(ran.rect(.pipeline)))[1]
    #expect(header.contains("Deal") && header.contains("Account"))
  }

  @Test("z zooms the focused pane to the whole body; Esc restores the four panes")
  func zoom() throws {
    let zoomed = try CockpitRun("3 z")
    #expect(zoomed.lines[1].hasPrefix("┏ 3 Coaching"))
    for other in ["1 Pipeline", "2 Quota", "4 Playbooks"] { #expect(!zoomed.screen.contains(other)) }
    // The zoomed box spans the full width: its top-right corner is in the last column.
    #expect(zoomed.lines[1].hasSuffix("┓") && DisplayWidth.of(zoomed.lines[1]) == 120)
    let back = try CockpitRun("3 z <Esc>")
    for title in ["1 Pipeline", "2 Quota", "3 Coaching", "4 Playbooks"] {
      #expect(back.screen.contains(title))
    }
  }

  @Test("/ filters the pipeline as you type; Enter keeps it; Esc clears it")
  func filter() throws {
    let all = try CockpitRun("v z")
    let hana = CockpitFixture.person("Hana Kaur")
    let hanas = all.state.data.openDeals.filter { $0.ownerId == hana.id }
    #expect(!hanas.isEmpty && hanas.count < all.state.data.openDeals.count)
    var run = try CockpitRun("v z / kaur")
    #expect(run.footer.contains("filter: kaur"))
    try run.press("<Enter>")
    let lines = run.text(in: try #require(run.rect(.pipeline)))
    #expect(lines[0].contains("/kaur"))
    let rows = run.tableRows(.pipeline)
    #expect(rows.count == hanas.count)
    #expect(rows.allSatisfy { $0.contains("Hana Kaur") })
    try run.press("<Esc>")
    #expect(!run.text(in: try #require(run.rect(.pipeline)))[0].contains("/kaur"))
    let cleared = run.tableRows(.pipeline)
    #expect(cleared.count > hanas.count)
    #expect(cleared.contains { !$0.contains("Hana Kaur") })
    #expect(run.state.zoomed, "the first Esc clears the filter, not the zoom")
  }

  @Test("a pipeline filter narrows only the pipeline: quota and coaching keep every row")
  func filterStaysInItsPane() throws {
    let plain = try CockpitRun()
    var run = try CockpitRun("/ kaur <Enter>")
    #expect(run.pane(.pipeline).contains("/kaur"))
    // The other panes show what they showed without the filter, and no filter in their titles.
    #expect(run.pane(.quota) == plain.pane(.quota))
    #expect(run.pane(.coaching) == plain.pane(.coaching))
    #expect(!run.pane(.coaching).contains("/kaur"))
    // A coaching filter, typed in the coaching pane, narrows that pane and leaves the pipeline's.
    let coach = try #require(CoachingView.items(run.state).first)
    let word = try #require(coach.title.split(separator: " ").first { $0.count >= 4 }).lowercased()
    try run.press("3 / \(word) <Enter>")
    #expect(run.pane(.coaching).contains("/\(word)"))
    #expect(
      CoachingView.items(run.state).allSatisfy { c in
        c.title.lowercased().contains(word) || c.reason.lowercased().contains(word)
          || (ws.people[id: c.personId]?.name.lowercased().contains(word) ?? false)
      })
    #expect(CoachingView.items(run.state).count < CoachingView.items(plain.state).count)
    #expect(run.pane(.pipeline).contains("/kaur"))
  }

  @Test("[ and ] change the period in the top bar and the quota numbers")
  func periodSwitch() throws {
    let run = try CockpitRun("2 ]")
    let q1 = Period(kind: .quarter, year: 2027, index: 1, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    #expect(run.topBar.contains("\(q1) (day "))
    #expect(run.pane(.quota).contains("2 Quota · \(q1)"))
    let r = Reports.attainment(
      ws, period: q1, scope: CockpitFixture.viewer(nil).scope, asOf: CockpitFixture.today)
    let teamQuota = Money.compact(r.team.quota, currency: r.currency)
    #expect(
      run.pane(.quota).contains("won \(Money.compact(r.team.won, currency: r.currency)) of \(teamQuota)"))
    let back = try CockpitRun("2 [")
    #expect(back.topBar.contains("2026-Q3"))
    #expect(back.pane(.quota).contains("2 Quota · 2026-Q3"))
    let now = try CockpitRun("2 ] [")
    #expect(now.topBar.contains("2026-Q4 (day 58/92)"))
  }

  @Test("Enter on a deal shows its fields, history, activities and the plays that fit")
  func dealDetail() throws {
    let run = try CockpitRun("<Enter>")
    let deal = try #require(PipelineView.selectedDeal(run.state))
    let screen = run.screen
    #expect(screen.contains("Deal \(deal.id)"))
    #expect(screen.contains(deal.name))
    for field in ["Account", "Owner", "Amount", "Stage", "Close", "Next step"] {
      #expect(screen.contains(field), "detail shows \(field)")
    }
    // History, activities and plays are further down, below the buying team and line items: page
    // down with Space (a card of at most eight pages) and read every page.
    let pages = try (0...8).map { n in
      try CockpitRun("<Enter>" + String(repeating: " <Space>", count: n)).screen
    }
    for section in ["History", "created in", "Activities (", "Plays that fit"] {
      #expect(pages.contains { $0.contains(section) }, "the card shows \(section)")
    }
    let closed = try CockpitRun("<Enter> <Esc>")
    #expect(!closed.screen.contains("Deal \(deal.id)"))
  }
}
