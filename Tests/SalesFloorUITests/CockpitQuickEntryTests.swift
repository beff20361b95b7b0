import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// `A n w L d`, the other forms, `$EDITOR` notes, and undo / redo across record types.
@Suite("Cockpit quick entry")
struct CockpitQuickEntryTests {
  let ws = CockpitFixture.demo
  var today: Day { CockpitFixture.today }

  func selected() throws -> Deal { try #require(PipelineView.selectedDeal(try CockpitRun().state)) }

  @Test("A logs a done call and sets the next step from one line")
  func logLine() throws {
    let deal = try selected()
    let run = try CockpitRun("A \(typed("call: left voicemail, follow up +2d")) <Enter>")
    let tx = try #require(run.store.committed.first)
    guard case .put(.activity(let a)) = tx.mutations[0], case .put(.deal(let d)) = tx.mutations[1] else {
      Issue.record("expected activity and deal: \(tx.mutations)")
      return
    }
    #expect(a.kind == .call && a.subject == "left voicemail" && a.isDone && a.dealId == deal.id)
    #expect(d.nextStep == "follow up" && d.nextStepDate == today.adding(days: 2))
    #expect(openForm(run) == nil)
  }

  @Test("a bad line says what works; a completed activity without a next step asks for one")
  func logPrompts() throws {
    let bad = try CockpitRun("A \(typed("voicemail")) <Enter>")
    #expect(bad.screen.contains("activity: start with one of call, email, meeting, demo, task"))
    #expect(bad.store.committed.isEmpty)
    var run = try CockpitRun("A \(typed("email: sent pricing")) <Enter>")
    let form = try #require(openForm(run))
    #expect(form.title.hasPrefix("Next step"))
    try run.press("<C-u> \(typed("send contract")) <Tab> <C-u> fri <Enter>")
    let deal = try selected()
    #expect(run.store.workspace.deals[id: deal.id]?.nextStep == "send contract")
    // 2026-11-27 is a Friday, so `fri` is the next Friday, 7 days on.
    #expect(run.store.workspace.deals[id: deal.id]?.nextStepDate == today.adding(days: 7))
    #expect(run.store.committed.count == 2)
  }

  @Test("w closes won; L asks a reason from the settings list and closes lost")
  func closing() throws {
    let deal = try selected()
    // `w` asks first (issue #16): nothing is written until `y`.
    let asked = try CockpitRun("w")
    #expect(asked.store.committed.isEmpty)
    let won = try CockpitRun("w y")
    #expect(won.store.workspace.deals[id: deal.id]?.stage == ws.settings.wonStage?.id)
    let reason = try #require(ws.settings.lostReasons.first)
    let lost = try CockpitRun("L <Enter>")
    #expect(lost.screen.contains("reason: required"))
    var run = lost
    try run.press("\(typed(String(reason.prefix(3)))) <Tab> <Enter>")
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(d.stage == ws.settings.lostStage?.id && d.lostReason == reason)
  }

  @Test("d asks first: n keeps the deal, y deletes it")
  func delete() throws {
    let deal = try selected()
    var run = try CockpitRun("d")
    #expect(run.screen.contains("delete deal \(deal.name)? y/n"))
    try run.press("n")
    #expect(run.store.workspace.deals[id: deal.id] != nil)
    try run.press("d y")
    #expect(run.store.workspace.deals[id: deal.id] == nil)
  }

  @Test("coaching, play, person and account forms add their records")
  func otherForms() throws {
    let rep = try #require(ws.people.items.first { $0.role == .rep && $0.active })
    let coach = try CockpitRun("3 a \(typed(rep.name)) <Tab> \(typed("Stalled deals review")) <Enter>")
    #expect(
      coach.store.workspace.coaching.items.contains {
        $0.title == "Stalled deals review" && $0.personId == rep.id
      })
    let play = try CockpitRun(
      "4 a \(typed("Champion check")) <Tab> \(typed("Find the champion")) <Tab> \(typed("ask who")) <Enter>")
    let p = try #require(play.store.workspace.playbooks.items.first { $0.name == "Champion check" })
    #expect(p.summary == "Find the champion" && p.steps == ["ask who"])
    let person = try CockpitRun("P \(typed("Ada Quinn")) <Enter>")
    #expect(person.store.workspace.people.items.contains { $0.name == "Ada Quinn" && $0.role == .rep })
    let account = try CockpitRun("C \(typed("Globex")) <Tab> retail <Enter>")
    #expect(
      account.store.workspace.accounts.items.contains { $0.name == "Globex" && $0.industry == "retail" })
  }

  @Test("Ctrl-E asks the runner to edit the note (no file in the UI) and the edited text fills the field")
  func editorNote() throws {
    var run = try CockpitRun("4 a \(typed("Steps play")) <Tab> sum <Tab> \(typed("first"))")
    let effects = run.program.handle(.key(.ctrl("e")))
    guard case .editText(let id, let text) = try #require(effects.first) else {
      Issue.record("expected editText, got \(effects)")
      return
    }
    #expect(text == "first", "the editor starts from what the field holds")
    _ = run.program.handle(.textEdited(id: id, result: .success("one\ntwo")))
    try run.press("<Enter>")
    #expect(run.store.workspace.playbooks.items.first { $0.name == "Steps play" }?.steps == ["one", "two"])
  }
}

@Suite("Cockpit undo and redo")
struct CockpitUndoTests {
  let ws = CockpitFixture.demo

  @Test("u after > moves the deal back and says so; Ctrl-R moves it forward again; both durable")
  func stageUndo() throws {
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    let stages = ws.settings.openStages
    var run = try CockpitRun("> u")
    #expect(run.footer.contains("undid: stage of \(deal.name) back to \(stages[0].name)"))
    #expect(run.store.workspace.deals[id: deal.id]?.stage == stages[0].id)
    #expect(run.store.committed.count == 2)
    try run.press("<C-r>")
    #expect(run.footer.contains("redid: stage of \(deal.name)"))
    #expect(run.store.workspace.deals[id: deal.id]?.stage == stages[1].id)
    #expect(run.store.committed.count == 3)
  }

  @Test("a chain across deals, coaching items and activities undoes in reverse order and redoes")
  func chain() throws {
    let rep = try #require(ws.people.items.first { $0.role == .rep && $0.active })
    var run = try CockpitRun(
      ": \(typed("deal Initech pilot 8k eom")) <Enter> : \(typed("coach \(rep.name) follow-ups by fri")) <Enter>"
        + " A \(typed("call: intro, demo +3d")) <Enter>")
    let deal = try #require(run.store.workspace.deals.items.first { $0.name == "Initech pilot" })
    #expect(run.store.workspace.coaching.items.contains { $0.title == "follow-ups" })
    let act = try #require(run.store.workspace.activities.items.first { $0.subject == "intro" })
    #expect(act.dealId == deal.id)  // the new deal is selected after adding it
    try run.press("u")
    #expect(run.store.workspace.activities[id: act.id] == nil)
    #expect(run.store.workspace.deals[id: deal.id]?.nextStep == nil)
    try run.press("u u")
    #expect(!run.store.workspace.coaching.items.contains { $0.title == "follow-ups" })
    #expect(run.store.workspace.deals[id: deal.id] == nil)
    try run.press("u")
    #expect(run.footer.contains("nothing to undo"))
    try run.press("<C-r> <C-r>")
    #expect(run.store.workspace.deals[id: deal.id] != nil)
    #expect(run.store.workspace.coaching.items.contains { $0.title == "follow-ups" })
    #expect(run.store.workspace.activities[id: act.id] == nil)
  }

  @Test("undo of a record changed elsewhere is refused with a message")
  func conflict() throws {
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    var run = try CockpitRun(">")
    var theirs = try #require(run.store.workspace.deals[id: deal.id])
    theirs.name = "Renamed elsewhere"
    try run.store.commit(
      Transaction(
        id: "tx-other", at: CockpitFixture.clock(), summary: "rename", mutations: [.put(.deal(theirs))]))
    try run.press("u")
    #expect(run.footer.contains("changed elsewhere"))
    #expect(run.store.workspace.deals[id: deal.id]?.name == "Renamed elsewhere")
    #expect(run.store.workspace.deals[id: deal.id]?.stage == ws.settings.openStages[1].id)
  }
}
