import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Key notation for typing `text` (spaces and angle brackets escaped).
func typed(_ text: String) -> String {
  text.map { c -> String in
    switch c {
    case " ": return "<space>"
    case "<": return "<lt>"
    case ">": return "<gt>"
    default: return String(c)
    }
  }.joined(separator: " ")
}

/// The form showing, or nil.
func openForm(_ run: CockpitRun) -> Form? {
  if case .form(let f) = run.state.overlay { return f }
  return nil
}

/// The deal form: add from the pipeline with `a`, values with Tab between, Enter.
@Suite("Cockpit forms: deal")
struct CockpitDealFormTests {
  let ws = CockpitFixture.demo
  var quarterEnd: Day {
    Period.containing(
      CockpitFixture.today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth
    ).end
  }

  @Test("a, name Tab amount Tab date Enter adds the deal: first open stage, owner = me, durable")
  func addDeal() throws {
    let run = try CockpitRun("a \(typed("Acme renewal")) <Tab> 12k <Tab> eoq <Enter>", as: "Grace Osei")
    #expect(openForm(run) == nil)
    #expect(run.store.committed.count == 1)
    let tx = try #require(run.store.committed.first)
    guard case .put(.deal(let d)) = try #require(tx.mutations.last) else {
      Issue.record("expected a deal, got \(tx.mutations)")
      return
    }
    #expect(d.name == "Acme renewal")
    #expect(d.amount == 1_200_000)  // 12k USD = 12,000.00 = 1,200,000 cents
    #expect(d.closeDate == quarterEnd)
    #expect(d.stage == ws.settings.openStages.first?.id)
    #expect(d.ownerId == CockpitFixture.person("Grace Osei").id)
    #expect(run.store.workspace.deals[id: d.id] != nil)
    #expect(run.footer.contains("saved: added deal Acme renewal"))
  }

  @Test("a deal just added or moved is found by the pipeline filter at once")
  func filterFindsEditedDeals() throws {
    var run = try CockpitRun("a \(typed("Zyxwv renewal")) <Tab> 12k <Tab> eoq <Enter>", as: "Grace Osei")
    try run.press("1 v / zyxwv <Enter>")
    let rows = run.tableRows(.pipeline)
    #expect(rows.count == 1)
    #expect(rows.first?.contains("Zyxwv") == true)
    // Move it a stage: the filter by the new stage's name still lists it.
    try run.press("<Esc> / zyxwv <Enter> >")
    let moved = try #require(run.store.workspace.deals.items.first { $0.name == "Zyxwv renewal" })
    let stageName = try #require(ws.settings.stage(moved.stage)?.name)
    #expect(moved.stage != ws.settings.openStages.first?.id)
    try run.press("<Esc> / \(typed(stageName.lowercased())) <Enter>")
    let listed = PipelineView.tableDeals(run.state)
    #expect(listed.contains { $0.id == moved.id })
    #expect(
      listed.allSatisfy { $0.stage == moved.stage || $0.name.lowercased().contains(stageName.lowercased()) })
  }

  @Test("the activity form lists a deal added since it was last opened")
  func activityFormSeesNewDeals() throws {
    func dealOptions(_ run: CockpitRun) throws -> [ChoiceOption] {
      let form = try #require(openForm(run))
      let field = try #require(form.fields.first { $0.label == "Deal" })
      guard case .choice(let options, _) = field.kind else { return [] }
      return options
    }
    var run = try CockpitRun("+", as: "Grace Osei")
    let before = try dealOptions(run)
    #expect(before.count == ws.deals.count, "every deal can be picked")
    try run.press("<Esc> a \(typed("Zyxwv renewal")) <Tab> 12k <Tab> eoq <Enter> +")
    let after = try dealOptions(run)
    #expect(after.count == before.count + 1)
    #expect(after.contains { $0.label == "Zyxwv renewal" })
  }

  @Test("each invalid kind shows what it accepts beside the field, and nothing is saved")
  func invalidFields() throws {
    var run = try CockpitRun("a <Tab> 12x <Tab> someday <Tab> <C-u> Zzz", as: "Grace Osei")
    #expect(run.screen.contains("amount: a number like 12400, 12.4k or 1.2m"))
    #expect(run.screen.contains("date: like 2026-12-15, +14d, fri, eom or eoq"))
    #expect(run.screen.contains("stage: one of"))
    try run.press("<Enter>")
    #expect(run.screen.contains("name: required"))
    #expect(openForm(run) != nil)
    #expect(run.store.committed.isEmpty)
  }

  @Test("Esc with no changes closes; with changes asks, n keeps the form, y discards")
  func cancel() throws {
    let clean = try CockpitRun("a <Esc>")
    #expect(openForm(clean) == nil)
    #expect(clean.footer.contains("cancelled: nothing saved"))
    var dirty = try CockpitRun("a X <Esc>")
    #expect(dirty.screen.contains("discard changes? y/n"))
    try dirty.press("n")
    #expect(openForm(dirty)?.fields.first?.text == "X")
    try dirty.press("<Esc> y")
    #expect(openForm(dirty) == nil)
    #expect(dirty.store.committed.isEmpty)
  }

  @Test("typing narrows the stage choices, Tab completes, a second Tab moves on")
  func completion() throws {
    let second = try #require(ws.settings.openStages.dropFirst().first)
    let prefix = String(second.name.lowercased().prefix(3))
    let expected = try #require(ws.settings.openStages.first { $0.name.lowercased().hasPrefix(prefix) })
    var run = try CockpitRun("a <Tab> <Tab> <Tab> <C-u> \(typed(prefix))")
    #expect(run.screen.contains("→ \(expected.name)"))
    try run.press("<Tab>")
    let form = try #require(openForm(run))
    #expect(form.fields[3].text == expected.name)
    #expect(form.focused == 3)
    try run.press("<Tab>")
    #expect(openForm(run)?.focused == 4)
  }

  @Test("a new account name creates the account in the same transaction")
  func newAccount() throws {
    let run = try CockpitRun(
      "a \(typed("Zebra pilot")) <Tab> 5k <Tab> +30d <Tab> <Tab> <Tab> \(typed("Zebra Foods")) <Enter>",
      as: "Grace Osei")
    let tx = try #require(run.store.committed.first)
    #expect(tx.mutations.count == 2)
    guard case .put(.account(let a)) = tx.mutations[0], case .put(.deal(let d)) = tx.mutations[1] else {
      Issue.record("expected account then deal: \(tx.mutations)")
      return
    }
    #expect(a.name == "Zebra Foods" && d.accountId == a.id)
    #expect(d.closeDate == CockpitFixture.today.adding(days: 30))
  }

  @Test("a failed save keeps the form open with the error")
  func failedSave() throws {
    let store = MemoryStore(ws)
    store.failNextCommit = "disk full"
    let run = try CockpitRun("a X <Tab> 1 <Tab> eom <Enter>", store: store)
    #expect(openForm(run) != nil)
    #expect(run.screen.contains("not saved: disk full"))
    #expect(store.committed.isEmpty)
  }

  @Test("e edits the selected deal; the amount change is logged in its history")
  func editDeal() throws {
    let before = try CockpitRun()
    let deal = try #require(PipelineView.selectedDeal(before.state))
    let run = try CockpitRun("e <Tab> <C-u> 99k <Enter>")
    let after = try #require(run.store.workspace.deals[id: deal.id])
    #expect(after.amount == 9_900_000)
    #expect(after.history.last?.field == .amount && after.history.last?.from == String(deal.amount))
  }
}

/// Amounts and dates as typed into form fields → values (bad ones → the field's message).
@Suite("Cockpit forms: field parsing")
struct CockpitFieldParsingTests {
  let ctx = FormContext(
    currency: "USD", today: Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0), fiscalStartMonth: 1)

  @Test(
    "amounts",
    arguments: [
      ("12400", Int64(1_240_000)), ("12,400.50", 1_240_050), ("12.4k", 1_240_000), ("1.2m", 120_000_000),
      ("$1,200", 120_000),
    ])
  func amounts(text: String, minor: Int64) {
    var f = FormField("amount", "Amount", .amount, required: true)
    f.input = TextInput(text)
    #expect(f.parse(ctx) == .success(.money(Money(minor: minor, currency: "USD"))))
  }

  @Test("choice candidates: prefix matches first, then substrings, cut at the limit; any case saves")
  func choiceCandidates() {
    let options = ["Acme Global", "Globex", "Initech", "globe trotter", "Hooli"].enumerated().map {
      ChoiceOption(id: "o\($0.offset)", label: $0.element)
    }
    var f = FormField("account", "Account", .choice(options, allowsNew: false))
    f.input = TextInput("GLOB")
    #expect(f.candidates().map(\.label) == ["Globex", "globe trotter", "Acme Global"])
    #expect(f.candidates(limit: 2).map(\.label) == ["Globex", "globe trotter"])
    f.input = TextInput("")
    #expect(f.candidates(limit: 3).count == 3)
    f.input = TextInput("hoolx")  // as long as "Hooli", matching nothing
    #expect(f.candidates().isEmpty)
    f.input = TextInput("é")  // non-ASCII typed text against ASCII labels
    #expect(f.candidates().isEmpty)
    f.input = TextInput("globex")
    #expect(f.parse(ctx) == .success(.option(options[1])))
    f.input = TextInput("Globe")
    #expect(f.parse(ctx) != .success(.option(options[1])), "a prefix alone is not a choice")
  }

  @Test("bad amounts", arguments: ["12x", "1,2345", "-5", "abc"])
  func badAmounts(text: String) {
    var f = FormField("amount", "Amount", .amount, required: true)
    f.input = TextInput(text)
    guard case .failure(let e) = f.parse(ctx) else {
      Issue.record("\(text) parsed")
      return
    }
    #expect(e.field == "amount")
  }

  @Test(
    "dates",
    arguments: [
      ("2026-12-15", "2026-12-15"), ("12/15", "2026-12-15"), ("today", "2026-11-27"),
      ("tomorrow", "2026-11-28"),
      ("fri", "2026-12-04"),  // 2026-11-27 is a Friday, so fri is a week on
      ("+14d", "2026-12-11"), ("+2w", "2026-12-11"), ("eom", "2026-11-30"), ("eoq", "2026-12-31"),
    ])
  func dates(text: String, iso: String) {
    var f = FormField("close", "Close date", .date)
    f.input = TextInput(text)
    #expect(f.parse(ctx) == .success(.day(Day(iso: iso) ?? Day(ordinal: 0))))
  }

  @Test("bad dates", arguments: ["someday", "2026-02-30", "13/45", "+3x"])
  func badDates(text: String) {
    var f = FormField("close", "Close date", .date)
    f.input = TextInput(text)
    guard case .failure(let e) = f.parse(ctx) else {
      Issue.record("\(text) parsed")
      return
    }
    #expect(e.field == "date")
  }

  @Test("empty optional fields are empty; empty required ones say required")
  func empties() {
    #expect(FormField("d", "Due", .date).parse(ctx) == .success(.empty))
    #expect(
      FormField("n", "Name", .text, required: true).parse(ctx)
        == .failure(InputError(field: "name", message: "required")))
  }
}
