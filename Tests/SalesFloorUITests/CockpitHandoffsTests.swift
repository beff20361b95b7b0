import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The Handoffs view (`H`): a deal won in the cockpit shows up waiting on its first step, steps
/// are ticked (`x`) or blocked (`b`) through a small form, `u` undoes, and the rows are patched
/// by change sets rather than rebuilt.
@Suite("Cockpit handoffs")
struct CockpitHandoffsTests {
  static let today = CockpitFixture.today

  /// Ana (manager) and Bo (her rep) with one open deal of Bo's at Acme.
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-ana", name: "Ana Manager", role: .manager, team: "East"),
      Person(id: "p-bo", name: "Bo Seller", role: .rep, managerId: "p-ana", team: "East"),
    ])
    ws.accounts = RecordTable([Account(id: "a-acme", name: "Acme Corp")])
    ws.deals = RecordTable([
      Deal(
        id: "d-1", name: "Acme renewal", accountId: "a-acme", ownerId: "p-bo", amount: 1_000_000,
        currency: "USD", stage: "prospect", closeDate: today.adding(days: 30),
        createdAt: Timestamp(day: today.adding(days: -40)))
    ])
    return ws
  }

  static func run(_ script: String) throws -> CockpitRun {
    try CockpitRun(script, as: "Ana Manager", workspace: workspace)
  }

  @Test("win a deal with w, open H: it waits on its first step; x ticks it (one undoable save), u undoes")
  func winThenTick() throws {
    var run = try Self.run("w y H")
    #expect(run.store.committed.count == 1)  // the win and its handoff: one transaction
    #expect(run.screen.contains("Handoffs · 1 waiting · oldest win first"))
    let row = try #require(run.lines.first { $0.contains("Acme renewal") })
    #expect(row.contains("Acme Corp"))
    #expect(row.contains("2026-11-27"))
    #expect(row.contains("0/5"))
    #expect(row.contains("Contract countersigned"))
    #expect(row.contains("Legal"))
    try run.press("x")
    #expect(run.screen.contains("Done · Contract countersigned · Acme renewal"))
    #expect(run.store.committed.count == 1)  // asks first
    try run.press("\(typed("signed")) <Enter>")
    let h = try #require(run.store.workspace.handoffs[id: "ho-d-1"])
    #expect(h.steps[0].status == .done)
    #expect(h.steps[0].doneBy == "p-ana")
    #expect(h.steps[0].note == "signed")
    let after = try #require(run.lines.first { $0.contains("Acme renewal") })
    #expect(after.contains("1/5"))
    #expect(after.contains("PO received"))
    #expect(after.contains("Finance"))
    try run.press("u")
    #expect(run.store.workspace.handoffs[id: "ho-d-1"]?.steps[0].status == .pending)
    try run.press("u")  // undoing the win takes its handoff with it
    #expect(run.store.workspace.handoffs.isEmpty)
    #expect(run.screen.contains("No won deal is waiting on a handoff step"))
  }

  @Test("b asks why; without a reason nothing is saved; with one the row reads blocked")
  func block() throws {
    var run = try Self.run("w y H b <Enter>")
    #expect(run.store.workspace.handoffs[id: "ho-d-1"]?.steps[0].status == .pending)
    #expect(run.screen.contains("Block · Contract countersigned · Acme renewal"))
    try run.press("\(typed("legal is out")) <Enter>")
    let h = try #require(run.store.workspace.handoffs[id: "ho-d-1"])
    #expect(h.steps[0].status == .blocked)
    #expect(h.steps[0].note == "legal is out")
    let row = try #require(run.lines.first { $0.contains("Acme renewal") })
    #expect(row.contains("blocked"))
  }

  @Test("Enter shows the handoff's steps with owners and targets; Esc hides them, Esc again goes Home")
  func steps() throws {
    var run = try Self.run("w y H <Enter>")
    #expect(run.screen.contains("1. Contract countersigned · Legal · target 3 d · waiting · 0 d"))
    #expect(run.screen.contains("2. PO received · Finance · target 5 d · later"))
    try run.press("<Esc>")
    #expect(!run.screen.contains("1. Contract countersigned"))
    #expect(run.state.views.current == .handoffs)
    try run.press("<Esc>")
    #expect(run.state.views.current == .home)
  }

  @Test("a won deal's card shows its handoff progress")
  func dealCard() throws {
    let run = try Self.run("w y")
    let deal = try #require(run.store.workspace.deals[id: "d-1"])
    let lines = DetailViews.dealLines(deal, run.state).map(\.text)
    #expect(lines.contains("Handoff    0/5 · waiting on Contract countersigned (0 d, target 3)"))
  }

  @Test("x and b with no handoff waiting say why; H with none says how one starts")
  func nothingWaiting() throws {
    let run = try Self.run("H x")
    #expect(
      run.screen.contains("No won deal is waiting on a handoff step. Closing a deal won (w) starts one."))
    #expect(run.footer.contains("no handoff is waiting"))
    #expect(run.store.committed.isEmpty)
  }

  @Test("on the demo, rows are oldest win first and patched rows equal a full rebuild after an edit")
  func demoRowsPatched() throws {
    var run = try CockpitRun("H")
    let rows = run.state.data.handoffQueue.rows
    #expect(rows.count > 5, "\(rows.count) rows")
    let sorted = zip(rows, rows.dropFirst()).allSatisfy { !HandoffRow.isOlder($1, $0) }
    #expect(sorted, "oldest win first")
    let first = try #require(rows.first)
    let shown = run.screen.contains(String(first.deal.prefix(12)))
    #expect(shown, "the first row is on screen: \(first.deal)")
    try run.press("x <Enter>")
    #expect(run.store.committed.count == 1, "x Enter saves the first row's step: \(run.footer)")
    let patched = run.state.data.handoffQueue.rows
    let rebuilt = HandoffQueue(
      run.store.workspace, scope: run.state.data.scopeIds, asOf: CockpitFixture.today)
    let same = patched == rebuilt.rows
    let changed = patched != rows
    #expect(same, "patched \(patched.count) rows, rebuilt \(rebuilt.rows.count)")
    #expect(changed)
  }
}

extension CockpitHandoffsTests {
  @Test(":handoff DEAL opens its steps in the Handoffs view; done and block mark the waiting step; u undoes")
  func palette() throws {
    var run = try Self.run("w y <Esc> : \(typed("handoff acme renewal")) <Enter>")
    #expect(run.state.views.current == .handoffs)
    #expect(run.state.views.handoffs.openId == "ho-d-1")
    #expect(run.screen.contains("Contract countersigned"))
    try run.press(": \(typed("handoff Acme renewal done countersigned today")) <Enter>")
    var h = try #require(run.store.workspace.handoffs[id: "ho-d-1"])
    #expect(h.steps[0].status == .done && h.steps[0].note == "countersigned today")
    #expect(run.footer.contains("saved"))
    // Blocking needs the reason; without one the palette stays open and nothing is written.
    try run.press(": \(typed("handoff Acme renewal block")) <Enter>")
    #expect(run.footer.contains("say why the step is blocked"))
    #expect(run.store.workspace.handoffs[id: "ho-d-1"]?.steps[1].status == .pending)
    try run.press("<Esc> : \(typed("handoff Acme renewal block no PO yet")) <Enter>")
    h = try #require(run.store.workspace.handoffs[id: "ho-d-1"])
    #expect(h.steps[1].status == .blocked && h.steps[1].note == "no PO yet")
    try run.press("u")
    #expect(run.store.workspace.handoffs[id: "ho-d-1"]?.steps[1].status == .pending)
    // A deal that was never won, or a word that is not a mark, gets the reason.
    try run.press(": \(typed("handoff Globex done")) <Enter>")
    #expect(run.footer.contains("no won deal with a handoff by that name"))
    try run.press("<Esc> : \(typed("handoff Acme renewal finish")) <Enter>")
    #expect(run.footer.contains("\"finish\" is not done, block or reopen"))
  }
}
