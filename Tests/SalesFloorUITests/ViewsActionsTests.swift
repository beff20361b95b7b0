import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Acting where it is shown: signals (9) accepted, dismissed, snoozed and committed to; a rep's
/// 1:1 agenda; a forecast call submitted and changed (5); the training view; a coaching item's
/// notes and commitments; the team quota sheet. Keys go into the headless cockpit, the store is
/// checked for the records and the actor, the screen for what a user reads.
@Suite("Views: acting on signals, calls, training and quotas")
struct ViewsActionsTests {
  let ws = CockpitFixture.demo
  let today = CockpitFixture.today
  var period: Period {
    Period.containing(today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
  }
  var manager: Person {
    ws.people.items.filter { p in p.role == .manager && ws.people.items.contains { $0.managerId == p.id } }
      .sorted { $0.name < $1.name }[0]
  }

  /// Signals as view 9 lists them for a viewer (new first).
  func signals(_ run: CockpitRun) throws -> [CoachingSignal] {
    guard case .signals(let r) = run.state.views.content else {
      Issue.record("signals content expected")
      return []
    }
    return SignalsViewText.ordered(r, run.state)
  }

  /// Every line of the open view (scrolled off or not).
  func viewText(_ run: CockpitRun) -> String {
    ViewsRenderer.lines(run.state, width: ViewsRenderer.bodyWidth(run.size, view: run.state.views.current))
      .map(\.text).joined(separator: "\n")
  }

  /// The last transaction's actor and the records it wrote.
  func last(_ run: CockpitRun) throws -> Transaction { try #require(run.store.committed.last) }

  @Test("9: j moves the cursor (▶ on the selected signal); a accepts it as a coaching item by the viewer")
  func accept() throws {
    var run = try CockpitRun("9 j", as: manager.name)
    let list = try signals(run)
    try #require(list.count >= 2 && list[1].handling == .new)
    #expect(run.state.views.signalCursor.index == 1)
    let selected = try #require(run.lines.first { $0.contains("▶ ") })
    #expect(selected.contains("\(ws.people[id: list[1].personId]?.name ?? "") · \(list[1].kind.title)"))
    try run.press("a")
    let tx = try last(run)
    #expect(tx.actor == manager.id)
    guard case .put(.coaching(let written))? = tx.mutations.first else {
      Issue.record("a coaching item expected")
      return
    }
    let item = try #require(run.store.workspace.coaching[id: written.id])
    #expect(item.signal == list[1].kind.rawValue && item.personId == list[1].personId && item.status == .open)
    // 2026-11-27 + 7 days.
    #expect(item.dueDate == Day(iso: "2026-12-04"))
    #expect(run.screen.contains("saved: coaching item \(list[1].kind.title)"))
    // The view shows it at once: one fewer new signal, this one covered by the item.
    let fresh = list.filter { $0.handling == .new }.count
    #expect(run.screen.contains("\(list.count) signals · \(fresh - 1) new"))
    #expect(
      viewText(run).contains("\(list[1].kind.title) · high · covered by \(item.id)")
        || viewText(run).contains("covered by \(item.id)"))
  }

  @Test("? in view 9 lists the signal keys; the palette opens the training view; a rep gets no quota sheet")
  func helpAndPalette() throws {
    let help = try CockpitRun("9 ?", as: manager.name)
    #expect(help.screen.contains("Coaching signals (9)"))
    #expect(help.screen.contains("accept the signal: a coaching item for the rep"))
    let palette = try CockpitRun(": Training<Space>view <Enter>")
    #expect(palette.state.views.current == .training)
    let rep = try #require(ws.people.items.first { $0.role == .rep && $0.active })
    let sheet = try CockpitRun("2 Q", as: rep.name)
    #expect(sheet.state.overlay.isNone)
    #expect(sheet.screen.contains("the team quota sheet is for managers and ops"))
  }

  @Test("9: d dismisses with a reason, s snoozes (default +7d), both kept on the item")
  func dismissAndSnooze() throws {
    let dismissed = try CockpitRun("9 d already<Space>handled <Enter>", as: manager.name)
    let first = try signals(CockpitRun("9", as: manager.name))[0]
    let d = try #require(
      dismissed.store.workspace.coaching.items.first {
        $0.status == .dismissed && $0.signal == first.kind.rawValue && $0.personId == first.personId
      })
    #expect(d.statusReason == "already handled")
    #expect(try last(dismissed).actor == manager.id)
    #expect(viewText(dismissed).contains("dismissed by \(d.id)"))
    // No reason typed: still dismissed, with a default reason.
    let quiet = try CockpitRun("9 d <Enter>", as: manager.name)
    #expect(
      quiet.store.workspace.coaching.items.contains {
        $0.status == .dismissed && $0.statusReason == "dismissed in the cockpit"
      })
    let snoozed = try CockpitRun("9 s <Enter>", as: manager.name)
    let s = try #require(snoozed.store.workspace.coaching.items.first { $0.status == .snoozed })
    // 2026-11-27 + 7 days = 2026-12-04.
    #expect(s.snoozedUntil == Day(iso: "2026-12-04") && s.statusReason == "snoozed until 2026-12-04")
    #expect(viewText(snoozed).contains("snoozed by \(s.id) until 2026-12-04"))
  }

  @Test("9: c adds a commitment (text, due date) to the signal's new item in one edit")
  func commitment() throws {
    let run = try CockpitRun("9 c Call<Space>the<Space>CFO <Tab> +3d <Enter>", as: manager.name)
    let first = try signals(CockpitRun("9", as: manager.name))[0]
    let tx = try last(run)
    #expect(tx.mutations.count == 1 && tx.actor == manager.id)
    let item = try #require(
      run.store.workspace.coaching.items.first {
        $0.signal == first.kind.rawValue && $0.personId == first.personId
      })
    #expect(item.commitments.map(\.text) == ["Call the CFO"])
    // 2026-11-27 + 3 days.
    #expect(item.commitments[0].by == Day(iso: "2026-11-30") && item.status == .inProgress)
  }

  @Test("9: o opens the selected rep's 1:1 agenda, in the agenda's order")
  func agenda() throws {
    let run = try CockpitRun("9 o", as: manager.name)
    let first = try signals(CockpitRun("9", as: manager.name))[0]
    let name = try #require(ws.people[id: first.personId]?.name)
    #expect(run.state.views.current == .agenda)
    #expect(run.screen.contains("1:1 with \(name)"))
    let a = CoachingAgenda.build(ws, personId: first.personId, period: period, asOf: today)
    let titles = [
      "Overdue commitments (\(a.overdueCommitments.count))", "Commitments due (\(a.dueCommitments.count))",
      "New signals (\(a.openSignals.count))", "Open coaching items (\(a.openItems.count))",
    ]
    let rows = titles.map { t in run.lines.firstIndex { $0.contains(t) } }
    #expect(rows.allSatisfy { $0 != nil }, "\(rows)")
    #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted(), "sections in the agenda's order")
    #expect(run.screen.contains(first.kind.title))
  }

  @Test("5: s submits the viewer's call prefilled from the forecast; s again changes it and shows was …")
  func forecastCall() throws {
    let rep = try #require(
      ws.people.items.filter { $0.role == .rep && $0.active }.sorted { $0.name < $1.name }.first {
        ws.forecastSubmissions[
          id: ForecastSubmission.id(personId: $0.id, period: period.description, kind: .call)] == nil
      })
    var run = try CockpitRun("5", as: rep.name)
    #expect(run.screen.contains("Your call for \(period): not submitted · s submits it"))
    try run.press("s <Enter>")
    let id = ForecastSubmission.id(personId: rep.id, period: period.description, kind: .call)
    let call = try #require(run.store.workspace.forecastSubmissions[id: id])
    let line = try #require(
      Reports.forecastCalls(ws, period: period, scope: .person(rep.id), asOf: today).people.first {
        $0.id == rep.id
      })
    // Prefilled from the Kit forecast: the rep's own cumulative commit and best case.
    #expect(call.commit == line.own.cumulative.commit && call.bestCase == line.own.cumulative.bestCase)
    #expect(call.pipeline == line.own.cumulative.pipeline && call.submittedBy == rep.id)
    #expect(try last(run).actor == rep.id)
    let c = ws.settings.currency
    let was = "\(Money.compact(call.commit, currency: c))/\(Money.compact(call.bestCase, currency: c))"
    #expect(run.screen.contains("Your call: Submitted 09:00 by \(rep.name)"), "the clock says 09:00 UTC")
    let best = call.bestCase / 100 + 10_000
    try run.press("s <C-u> \(call.commit / 100 + 5_000) <Tab> <C-u> \(best) <Enter>")
    let changed = try #require(run.store.workspace.forecastSubmissions[id: id])
    #expect(changed.commit == call.commit + 500_000 && changed.wasCommit == call.commit)
    #expect(run.screen.contains("(was \(was))"))
  }

  /// Text as a key script types it (spaces as `<Space>`).
  func typed(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "<Space>") }

  @Test("T: the training view flags overdue assignments and expired certifications; a assigns, c completes")
  func training() throws {
    var w = ws
    let rep = try #require(
      w.people.items.filter { $0.role == .rep && $0.active && $0.managerId == manager.id }.sorted {
        $0.name < $1.name
      }
      .first)
    let held = Set(w.assignments.items.filter { $0.personId == rep.id }.map(\.moduleId))
    let module = try #require(
      w.training.items.first { $0.certificationValidDays != nil && !held.contains($0.id) })
    let other = try #require(w.training.items.first { $0.id != module.id && !held.contains($0.id) })
    w.assignments.upsert(
      TrainingAssignment(
        id: "ta-late", personId: rep.id, moduleId: other.id, assignedOn: Day(iso: "2026-10-01") ?? today,
        dueDate: Day(iso: "2026-11-20")))
    w.assignments.upsert(
      TrainingAssignment(
        id: "ta-old", personId: rep.id, moduleId: module.id, assignedOn: Day(iso: "2025-01-01") ?? today,
        completedOn: Day(iso: "2025-01-10"), expiresOn: Day(iso: "2026-11-01")))
    var run = try CockpitRun("T", as: manager.name, workspace: w)
    #expect(run.state.views.current == .training)
    #expect(run.lines[1].contains("T Training"))
    let text = viewText(run).split(separator: "\n").map(String.init)
    for m in w.training.items {
      #expect(text.contains { $0.hasPrefix(String(m.title.prefix(20))) }, "\(m.title)")
    }
    let late = try #require(text.first { $0.contains("2026-11-20") && $0.contains("OVERDUE") })
    #expect(late.hasPrefix(rep.name))
    // 2026-11-01 → 2026-11-27: 26 days ago.
    let expired = try #require(text.first { $0.contains("2026-11-01") })
    #expect(expired.hasPrefix(rep.name) && expired.contains("EXPIRED 26d ago"))
    #expect(run.screen.contains("1 expired certification "))
    // The signal for the expired certification is in view 9 too.
    let sig = try CockpitRun("9", as: manager.name, workspace: w)
    #expect(viewText(sig).contains("\(rep.name) · Certification expired"))
    try run.press("a \(typed(rep.name)) <Tab> \(typed(other.title)) <Tab> <Enter>")
    let assigned = run.store.workspace.assignments.items.filter {
      $0.id != "ta-late" && $0.personId == rep.id && $0.moduleId == other.id
    }
    // 2026-11-27 + 14 days.
    #expect(assigned.map(\.dueDate) == [Day(iso: "2026-12-11")])
    #expect(try last(run).actor == manager.id)
    let label = "\(rep.name) · \(other.title) · due 2026-11-20"
    try run.press("c \(typed(label)) <Enter>")
    #expect(run.store.workspace.assignments[id: "ta-late"]?.completedOn == today)
  }

  @Test("coaching item detail: c adds a commitment, t ticks it, n adds session notes, x removes it")
  func itemDetail() throws {
    var run = try CockpitRun("3 <Enter>", as: manager.name)
    guard case .coachingDetail(let id, _) = run.state.overlay else {
      Issue.record("coaching detail expected")
      return
    }
    let before = try #require(run.store.workspace.coaching[id: id]).commitments.count
    try run.press("c Send<Space>the<Space>deck <Enter>")
    var item = try #require(run.store.workspace.coaching[id: id])
    #expect(item.commitments.count == before + 1 && item.commitments.last?.text == "Send the deck")
    #expect(run.screen.contains("[ ] Send the deck"), "the detail is back, showing it")
    try run.press("t <C-u> \(before + 1) <Tab> <Enter>")
    item = try #require(run.store.workspace.coaching[id: id])
    #expect(item.commitments.last?.done == true)
    #expect(run.screen.contains("[x] Send the deck"))
    try run.press("n Talked<Space>pricing <Enter>")
    item = try #require(run.store.workspace.coaching[id: id])
    #expect(item.notes.last?.text == "Talked pricing" && item.notes.last?.authorId == manager.id)
    try run.press("x <C-u> \(before + 1) <Tab> <Enter>")
    #expect(run.store.workspace.coaching[id: id]?.commitments.count == before)
  }

  @Test("Q in the Quota pane: every rep's quota for next quarter, prefilled, saved after before → after")
  func quotaSheet() throws {
    var run = try CockpitRun("2 Q", as: manager.name)
    guard case .form(let form) = run.state.overlay else {
      Issue.record("quota sheet expected")
      return
    }
    let next = period.shifted(by: 1)
    let rows = TeamQuotaSheet.rows(ws, scope: CockpitFixture.viewer(manager.name).scope, period: next)
    try #require(!rows.isEmpty)
    #expect(form.fields.count == rows.count + 1 && form.fields[0].text == next.description)
    for (f, r) in zip(form.fields.dropFirst(), rows) {
      #expect(f.label == r.name && f.text == (r.prefill.map(FormFactory.amountText) ?? ""))
    }
    // Change the first rep's amount to 123,000 and save.
    try run.press("<Tab> <C-u> 123000 <Enter>")
    guard case .confirm(let c) = run.state.overlay else {
      Issue.record("confirmation expected")
      return
    }
    let was = rows[0].current.map { Money.grouped($0.amount, currency: $0.currency) } ?? "—"
    #expect(
      c.details.first
        == "\(rows[0].name): \(was) → \(Money.grouped(12_300_000, currency: ws.settings.currency))")
    let count = run.store.committed.count
    try run.press("y")
    #expect(run.store.committed.count == count + 1, "one transaction")
    let saved = run.store.workspace.quotas.items.filter { $0.period == next.description }
    for r in rows {
      #expect(saved.filter { $0.personId == r.personId }.count == 1, "one quota per person and period")
    }
    #expect(saved.first { $0.personId == rows[0].personId }?.amount == 12_300_000)
  }
}
