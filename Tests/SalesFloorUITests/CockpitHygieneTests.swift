import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// CRM hygiene in the cockpit (issue #17 item 5): My Day's "things to fix", the Hygiene view (`Y`),
/// and a fix made on screen raising the score — all from the scores patched by change sets.
@Suite("Cockpit hygiene")
struct CockpitHygieneTests {
  /// Rae (rep, reports to Max) has two Qualify deals with a contact and a recent activity; e1 has
  /// no next step. W = 25 + 20 + 20 + 15 = 80 (Qualify requires no field, no activity goal):
  /// lost 100 × 25 × ½ ÷ 80 = 15.625 → score 84.4 → 84. Fixing e1 → 100.
  static var workspace: Workspace {
    var w = Workspace()
    let created = Timestamp(day: Day(year: 2026, month: 10, day: 1) ?? CockpitFixture.today, hour: 9)
    w.people = RecordTable([
      Person(id: "m", name: "Max Manager", role: .manager),
      Person(id: "r", name: "Rae Rep", role: .rep, managerId: "m"),
    ])
    w.accounts = RecordTable([Account(id: "acc", name: "Acme")])
    w.contacts = RecordTable([Contact(id: "c1", accountId: "acc", name: "Dana", createdAt: created)])
    w.quotas = RecordTable([
      Quota(id: "q", personId: "r", period: "2026-Q4", amount: 10_000_000, currency: "USD")
    ])
    func deal(_ id: String, _ name: String, next: Day?) -> Deal {
      var d = Deal(
        id: id, name: name, accountId: "acc", ownerId: "r", amount: 1_000_000, currency: "USD",
        stage: "qualify",
        closeDate: Day(year: 2026, month: 12, day: 31), createdAt: created,
        nextStep: next.map { _ in "call" },
        nextStepDate: next)
      d.contacts = [DealContact(contactId: "c1")]
      return d
    }
    w.deals = RecordTable([
      deal("e1", "Deal one", next: nil), deal("e2", "Deal two", next: CockpitFixture.today.adding(days: 4)),
    ])
    let done = Timestamp(day: CockpitFixture.today.adding(days: -1), hour: 10)
    w.activities = RecordTable([
      Activity(
        id: "a1", kind: .call, subject: "Call", ownerId: "r", dealId: "e1", doneAt: done, createdAt: done),
      Activity(
        id: "a2", kind: .call, subject: "Call", ownerId: "r", dealId: "e2", doneAt: done, createdAt: done),
    ])
    return w
  }

  @Test("My Day shows the score and the things to fix, naming the deal and the key")
  func myDayLines() throws {
    let run = try CockpitRun(as: "Rae Rep", workspace: Self.workspace)
    let myDay = run.pane(.quota)
    #expect(myDay.contains("Hygiene 84 · 1 thing to fix"), "\(myDay)")
    #expect(myDay.contains("e1: no next step — press n · Deal one"), "\(myDay)")
  }

  @Test("the demo rep's My Day shows the same score and first fixes as report hygiene")
  func myDayMatchesReport() throws {
    let grace = CockpitFixture.person("Grace Osei")
    let report = Reports.hygiene(
      CockpitFixture.demo, scope: .person(grace.id), asOf: CockpitFixture.today, weeks: 1)
    let row = try #require(report.rows.first)
    let run = try CockpitRun(as: "Grace Osei")
    let myDay = run.pane(.quota)
    #expect(myDay.contains("Hygiene \(row.score.score) · \(row.fixes.count) things to fix"), "\(myDay)")
    for f in row.fixes { #expect(myDay.contains(" \(f.dealId ?? "")"), "\(f.text) in \(myDay)") }
  }

  @Test("Y lists each rep with score, parts and trend, and the selected rep's fixes")
  func hygieneView() throws {
    let run = try CockpitRun("Y", as: "Max Manager", workspace: Self.workspace)
    #expect(run.state.views.current == .hygiene)
    let screen = run.screen
    #expect(screen.contains("Y Hygiene"), "\(screen)")
    let row = try #require(run.lines.first { $0.contains("Rae Rep") && $0.contains("84") })
    #expect(row.contains("1/2"), "no next step 1 of 2: \(row)")
    #expect(screen.contains("Rae Rep: 84/100"))
    #expect(screen.contains("-15.6  open deals without a next step (1/2)"), "\(screen)")
    #expect(screen.contains("e1 Deal one: no next step — press n"))
    #expect(screen.contains("Trend: weeks ending"))
  }

  @Test("the demo manager's Hygiene view shows every rep's score as report hygiene computes it")
  func demoViewMatchesReport() throws {
    let run = try CockpitRun("Y")
    let scope = run.state.viewer.scope
    let report = Reports.hygiene(CockpitFixture.demo, scope: scope, asOf: CockpitFixture.today, weeks: 8)
    guard case .hygiene(let data) = run.state.views.content else {
      Issue.record("the Hygiene view is not showing")
      return
    }
    #expect(data.rows.map(\.name) == report.rows.map(\.name))
    #expect(data.rows.map(\.score.score) == report.rows.map(\.score.score))
    #expect(data.rows.map(\.trend) == report.rows.map(\.trend))
    #expect(!report.rows.isEmpty)
  }

  @Test("reopening the view after another writer's change shows the new scores, not the rows from before")
  func reopenAfterChange() throws {
    var run = try CockpitRun("Y <Esc>")
    let scope = run.state.viewer.scope
    // Another writer clears every next step of one rep's open deals.
    guard case .hygiene(let before) = try CockpitRun("Y").state.views.content, let rep = before.rows.first
    else {
      Issue.record("the Hygiene view is not showing")
      return
    }
    let lookup = StageLookup(run.store.workspace.settings, today: CockpitFixture.today)
    let deals = run.store.workspace.deals.items.filter {
      $0.ownerId == rep.personId && lookup.isOpen($0) && ($0.nextStep != nil || $0.nextStepDate != nil)
    }
    try #require(!deals.isEmpty)
    let mutations: [Mutation] = deals.map { d in
      var d = d
      d.nextStep = nil
      d.nextStepDate = nil
      return .put(.deal(d))
    }
    run.store.receive(
      Transaction(
        id: "tx-other", at: CockpitFixture.clock(), actor: nil, summary: "cleared", mutations: mutations))
    _ = run.program.handle(.tick)
    try run.press("Y")
    guard case .hygiene(let after) = run.state.views.content else {
      Issue.record("the Hygiene view is not showing")
      return
    }
    let report = Reports.hygiene(run.store.workspace, scope: scope, asOf: CockpitFixture.today, weeks: 8)
    #expect(after.rows.map(\.score.score) == report.rows.map(\.score.score))
    #expect(after.rows.first?.score.score ?? 0 < rep.score.score)
  }

  @Test("on a short screen, moving down the reps scrolls so the selected rep stays in view")
  func selectionStaysInView() throws {
    // Twenty more reps on the demo manager's team: taller than an 80×24 screen's view.
    var ws = CockpitFixture.demo
    let manager = try #require(ws.people.items.first { $0.name == "Elena Tanaka" })
    for i in 1...20 {
      _ = ws.people.upsert(
        Person(id: "p-extra-\(i)", name: "Extra Rep \(i)", role: .rep, managerId: manager.id))
    }
    var run = try CockpitRun("Y", as: manager.name, workspace: ws, size: Size(width: 100, height: 24))
    guard case .hygiene(let data) = run.state.views.content else {
      Issue.record("the Hygiene view is not showing")
      return
    }
    let visibleRows = ViewsRenderer.bodyHeight(run.size) - 2  // the title and the column header
    #expect(data.rows.count > visibleRows)  // the demo manager's team is taller than this screen
    for i in 1..<data.rows.count {
      try run.press("j")
      let name = data.rows[i].name
      // The selected row is drawn with the pointer before the rep's name.
      #expect(run.lines.contains { $0.contains("▶ " + name) }, "rep \(i) (\(name)) is off screen")
    }
    #expect(run.screen.contains("lines "))  // the frame says which lines show
    try run.press("g")
    #expect(run.lines.contains { $0.contains("▶ " + data.rows[0].name) })
  }

  @Test("setting the missing next step from the view's deal card raises the score on screen")
  func fixRaisesScore() throws {
    var run = try CockpitRun("Y", as: "Max Manager", workspace: Self.workspace)
    #expect(run.screen.contains("Rae Rep: 84/100"))
    let path0 = run.state.lastApplyPath
    try run.press("<Enter>")
    guard case .dealDetail(let id, _) = run.state.overlay else {
      Issue.record("Enter did not open the fix's deal")
      return
    }
    #expect(id == "e1")
    try run.press("n " + typed("call Dana") + " <Tab> " + typed("+3d") + " <Enter>")
    // Saving returns to the deal card; Esc closes it, back in the view.
    if case .dealDetail = run.state.overlay { try run.press("<Esc>") }
    #expect(run.state.views.current == .hygiene)
    #expect(run.store.workspace.deals[id: "e1"]?.nextStepDate == CockpitFixture.today.adding(days: 3))
    #expect(
      run.state.lastApplyPath == .incremental, "patched, not rebuilt (was \(String(describing: path0)))")
    #expect(run.screen.contains("Rae Rep: 100/100"), "\(run.screen)")
    #expect(run.screen.contains("Nothing to fix."))
    // And in Rae's own My Day.
    let mine = try CockpitRun(as: "Rae Rep", store: run.store)
    #expect(mine.pane(.quota).contains("Hygiene 100 · nothing to fix"))
  }

  /// Random change sets over every collection (as `CockpitChangeSetTests`), plus contact edits:
  /// the patched hygiene book always equals a full rebuild, and most sets are patched.
  @Test func patchedScoresMatchARebuild() throws {
    var ws = CockpitFixture.demo
    // Give some demo deals a contact so the contact part moves both ways.
    let at = Timestamp(day: CockpitFixture.today, hour: 9)
    for (i, d) in ws.deals.items.prefix(40).enumerated() {
      guard let acc = d.accountId else { continue }
      ws.contacts.upsert(Contact(id: "hc-\(i)", accountId: acc, name: "Contact \(i)", createdAt: at))
      var linked = d
      linked.contacts = [DealContact(contactId: "hc-\(i)", role: i % 2 == 0 ? .economicBuyer : nil)]
      ws.deals.upsert(linked)
    }
    let store = MemoryStore(ws)
    var state = CockpitState(store: store, viewer: CockpitFixture.viewer(nil), asOf: CockpitFixture.today)
    var rng = SeededRandom(state: 17)
    var incremental = 0
    for n in 0..<120 {
      var mutations = CockpitChangeSetTests.randomEdit(store.workspace, &rng, n: n)
      if n % 5 == 0, var c = store.workspace.contacts.items.randomElement(using: &rng) {
        if n % 10 == 0 {
          mutations = [.delete(.contacts, id: c.id)]
        } else {
          c.buyingRole = .economicBuyer
          mutations = [.put(.contact(c))]
        }
      }
      guard !mutations.isEmpty else { continue }
      let result = try store.commit(Transaction(id: "h-\(n)", at: at, summary: "h", mutations: mutations))
      if state.apply(result.all) == .incremental { incremental += 1 }
      let full = CockpitData(
        workspace: store.workspace, viewer: state.viewer, period: state.period, asOf: state.asOf)
      #expect(state.data.hygiene.deals == full.hygiene.deals, "deal findings after change \(n)")
      #expect(
        state.data.hygiene.activitiesThisWeek == full.hygiene.activitiesThisWeek, "activities after \(n)")
      for owner in full.scopeIds {
        #expect(state.data.hygiene.score(owner) == full.hygiene.score(owner), "\(owner) after change \(n)")
      }
    }
    #expect(incremental > 60, "most change sets are patched (\(incremental))")
  }
}
