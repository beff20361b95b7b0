import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Onboarding, coaching signals and methods views, and getting around the views row: keys,
/// palette, Esc, pane keys, period keys, scrolling, ASCII and the smallest terminal.
@Suite("Views: onboarding, signals, methods and navigation")
struct ViewsNavigationTests {
  let ws = CockpitFixture.demo
  let viewer = CockpitFixture.viewer(nil)
  let today = CockpitFixture.today
  var period: Period {
    Period.containing(today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
  }
  let small = Size(width: 80, height: 24)
  let keys: [(String, CockpitView)] = [
    ("5", .forecast), ("6", .comp), ("7", .territories), ("8", .onboarding), ("9", .signals), ("0", .methods),
  ]

  @Test("onboarding (8): the new hire's ramp, quota, milestones and training, seen by their manager")
  func onboarding() throws {
    let hire = try #require(ws.people.items.first { $0.rampPlanId != nil }, "the demo's new hire")
    let manager = try #require(hire.managerId.flatMap { ws.people[id: $0] })
    let run = try CockpitRun("8", as: manager.name)
    #expect(run.state.views.current == .onboarding)
    let r = Onboarding.report(ws, period: period, asOf: today)
    let p = try #require(r.people.first { $0.id == hire.id })
    let line = try #require(run.lines.first { $0.contains("┃" + hire.name) })
    let words = line.split(separator: " ").map(String.init)
    for v in [
      p.hireDate.iso, "\(p.rampPercent)%", Money.compact(p.quota, currency: r.currency),
      Money.compact(p.fullQuota, currency: r.currency),
    ] {
      #expect(words.contains(v), "\(v) in \(line)")
    }
    let reached = p.milestones.filter { $0.reachedOn != nil }.count
    #expect(words.contains("\(reached)/\(p.milestones.count)"))
    #expect(words.contains("\(p.trainingCompleted.count)/\(p.trainingRequired.count)"))
    #expect(run.screen.contains("plan: \(p.planName)"))
  }

  @Test("coaching signals (9): counts, evidence value vs threshold, handled ones marked")
  func signals() throws {
    let run = try CockpitRun("9", size: CockpitFixture.standard)
    let r = Reports.coaching(ws, scope: viewer.scope, period: period, asOf: today)
    let fresh = r.signals.filter { $0.handling == .new }
    try #require(!fresh.isEmpty)
    #expect(run.screen.contains("\(r.signals.count) signals · \(fresh.count) new"))
    let all = SignalsViewText.lines(r, run.state, width: 118).map(\.text).joined(separator: "\n")
    for s in r.signals {
      let name = ws.people[id: s.personId]?.name ?? s.personId
      let mark = s.handling == .new ? "NEW" : "\(s.handling.rawValue) by \(s.itemId ?? "")"
      #expect(all.contains("\(name) · \(s.kind.title) · "), "\(s.id)")
      #expect(all.contains(mark), "\(s.id) marked \(mark)")
    }
    // New signals come first; the first one is on screen with its evidence.
    let first = try #require(run.lines.dropFirst(3).first { $0.contains("NEW") })
    #expect(first.contains("high") || first.contains("medium") || first.contains("low"))
    #expect(run.screen.contains(" vs threshold "))
  }

  @Test("methods (0): used vs not as win rate, Wilson interval and n")
  func methods() throws {
    let run = try CockpitRun("0")
    let r = Reports.methods(ws, scope: viewer.scope)
    let row = try #require(r.rows.first)
    let n = row.notUsed
    let rate = try #require(n.winRateByCount)
    let i = try #require(n.interval)
    // win rate = won ÷ closed.
    #expect(abs(rate - Double(n.won) / Double(n.closed)) < 1e-9)
    let text =
      "\(Int((rate * 100).rounded()))% (\(Int((i.lower * 100).rounded()))–\(Int((i.upper * 100).rounded()))%) n=\(n.closed)"
    let line = try #require(run.lines.first { $0.contains("┃" + row.name.prefix(10)) })
    #expect(line.contains(text), "\(text) in \(line)")
    // Nothing closed where the play was used: no rate to show, only the sample size.
    if row.used.closed == 0 { #expect(line.contains("— n=0")) }
  }

  @Test("every view opens from its key and from the palette; Esc returns Home")
  func openAndBack() throws {
    let palette = [
      "Forecast<Space>view", "Comp<Space>view", "Territories<Space>view", "Onboarding<Space>view",
      "Coaching<Space>signals<Space>view", "Methods<Space>view",
    ]
    for ((key, view), typed) in zip(keys, palette) {
      let byKey = try CockpitRun(key)
      #expect(byKey.state.views.current == view)
      #expect(!byKey.screen.contains("1 Pipeline"), "the view covers the panes")
      let byPalette = try CockpitRun(": \(typed) <Enter>")
      #expect(byPalette.state.views.current == view, "palette \(typed)")
      let back = try CockpitRun("\(key) <Esc>")
      #expect(back.state.views.current == .home)
      #expect(back.screen.contains("1 Pipeline"))
    }
  }

  @Test("pane keys go Home focused; other views' keys switch directly; help lists the views")
  func paneKeysAndHelp() throws {
    let run = try CockpitRun("7 3")
    #expect(run.state.views.current == .home)
    #expect(run.state.focus == .coaching)
    let switched = try CockpitRun("5 9")
    #expect(switched.state.views.current == .signals)
    let help = try CockpitRun("5 ?")
    #expect(help.screen.contains("Report views"))
    #expect(help.screen.contains("Forecast view"))
    let home = try CockpitRun("")
    #expect(home.footer.contains("5 views"))
  }

  @Test("period keys recompute the open view for the new period")
  func periodKeys() throws {
    let run = try CockpitRun("5 ]")
    let next = period.shifted(by: 1)
    guard case .forecast(let d) = run.state.views.content else {
      Issue.record("forecast content expected")
      return
    }
    #expect(d.calls.period == next.description)
    #expect(run.lines[2].contains("Forecast · \(next)"))
  }

  @Test("scrolling: j/k by a line, G to the last page, g to the top, PgDn by a page")
  func scrolling() throws {
    // In the training view (view 9's j/k move its signal cursor instead: ViewsActionsTests).
    var run = try CockpitRun("T j j", size: small)
    #expect(run.state.views.offset == 2)
    let total = ViewsRenderer.lines(run.state, width: ViewsRenderer.bodyWidth(small, view: .training)).count
    // 24 rows less top bar, tab row, frame (2) and footer = 19 visible.
    let visible = ViewsRenderer.bodyHeight(small)
    #expect(visible == 19)
    try run.press("G")
    #expect(run.state.views.offset == total - visible)
    #expect(run.lines[2].contains("lines \(total - visible + 1)–\(total) of \(total)"))
    try run.press("g <PgDn>")
    #expect(run.state.views.offset == visible - 1)
    try run.press("k")
    #expect(run.state.views.offset == visible - 2)
  }

  @Test("ASCII terminals stay ASCII in every view")
  func ascii() throws {
    for (key, _) in keys {
      let run = try CockpitRun("\(key) G", size: small, unicode: false)
      let bad = run.screen.unicodeScalars.filter { !$0.isASCII }
      #expect(bad.isEmpty, "view \(key): \(String(String.UnicodeScalarView(bad)))")
    }
  }

  @Test("80×24: short tab titles, headers kept, long lines cut with an ellipsis")
  func smallTerminal() throws {
    for (key, view) in keys {
      let run = try CockpitRun("\(key) G j k <PgDn> <PgUp>", size: small)
      #expect(run.state.views.current == view)
      #expect(run.lines[1].contains("Esc Home"))
      #expect(run.lines[1].contains("9 Signals"))
      #expect(run.lines[1].contains("0 Methods"))
      #expect(run.lines[2].contains(view.title))
    }
    let forecast = try CockpitRun("5", size: small)
    let header = try #require(forecast.lines.first { $0.contains("Person") })
    #expect(header.contains("Pipeline") && header.contains("Adjusted"))
    let cut = try #require(forecast.lines.first { $0.contains("Not submitted") })
    #expect(cut.hasSuffix("…┃"))
  }
}
