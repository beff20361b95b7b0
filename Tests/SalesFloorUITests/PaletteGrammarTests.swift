import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The `:` command grammar (docs/commands.md), parsed against a small workspace.
@Suite("Palette grammar")
struct PaletteGrammarTests {
  let today = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)  // a Friday
  var ws: Workspace {
    var w = Workspace()
    _ = w.accounts.upsert(Account(id: "a1", name: "Acme"))
    _ = w.accounts.upsert(Account(id: "a2", name: "Acme Holdings"))
    _ = w.people.upsert(Person(id: "p1", name: "Dana Reyes", role: .rep))
    _ = w.deals.upsert(
      Deal(
        id: "d1", name: "Acme expansion", accountId: "a1", ownerId: "p1", amount: 100, currency: "USD",
        stage: w.settings.openStages.first?.id ?? "", closeDate: nil,
        createdAt: Timestamp(day: today, hour: 9)))
    return w
  }
  var quarterEnd: Day {
    Period.containing(today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth).end
  }

  func parse(_ s: String) -> Result<PaletteCommand, InputError> {
    PaletteGrammar.parse(s, workspace: ws, today: today)
  }

  @Test("deal: name is the words before the amount; account the longest matching leading words")
  func deal() {
    #expect(
      parse("deal Acme renewal 12k eoq")
        == .success(
          .deal(
            name: "Acme renewal", amount: Money(minor: 1_200_000, currency: "USD"), close: quarterEnd,
            accountId: "a1")))
    #expect(
      parse(":deal acme holdings expansion 1.2m 2026-12-15")
        == .success(
          .deal(
            name: "acme holdings expansion", amount: Money(minor: 120_000_000, currency: "USD"),
            close: Day(year: 2026, month: 12, day: 15) ?? today, accountId: "a2")))
    #expect(
      parse("deal Zebra pilot")
        == .success(.deal(name: "Zebra pilot", amount: nil, close: quarterEnd, accountId: nil)))
  }

  @Test("deal errors say what is missing or wrong")
  func dealErrors() {
    #expect(parse("deal 12k") == .failure(InputError(field: "name", message: "required")))
    #expect(
      parse("deal Foo 12k someday") == .failure(InputError(field: "close date", message: DateParser.hint)))
  }

  @Test("log: a deal or account name after the kind; an account with one open deal links it")
  func log() {
    let line = ActivityLine(
      kind: .call, subject: "left voicemail", nextStep: "follow up", nextStepDate: today.adding(days: 2))
    #expect(
      parse("log call Acme left voicemail, follow up +2d")
        == .success(.log(line: line, dealId: "d1", accountId: "a1")))
    let email = ActivityLine(kind: .email, subject: "sent deck", nextStep: nil, nextStepDate: nil)
    #expect(
      parse("log email Acme expansion sent deck")
        == .success(.log(line: email, dealId: "d1", accountId: "a1")))
    guard case .failure = parse("log fax Acme hello") else {
      Issue.record("fax is not a kind")
      return
    }
  }

  @Test("coach: person by full or first name, title, optional by DATE")
  func coach() {
    #expect(
      parse("coach Dana Reyes stalled deals by fri")
        == .success(.coach(personId: "p1", title: "stalled deals", due: today.adding(days: 7))))
    #expect(
      parse("coach dana discovery calls")
        == .success(.coach(personId: "p1", title: "discovery calls", due: nil)))
    #expect(parse("coach Nobody x").isFailure)
  }

  @Test("only verbs with arguments are commands (plain palette filtering stays)")
  func isCommand() {
    #expect(PaletteGrammar.isCommand("deal Acme 1k"))
    #expect(PaletteGrammar.isCommand(":log call x"))
    #expect(!PaletteGrammar.isCommand("deal"))
    #expect(!PaletteGrammar.isCommand("undo the last edit"))
  }

  @Test(
    "one-line activities",
    arguments: [
      ("call: left voicemail, follow up +2d", Activity.Kind.call, "left voicemail", "follow up", 2),
      ("meeting kickoff", .meeting, "kickoff", nil, nil),
      ("demo: product tour, send recap by tomorrow", .demo, "product tour", "send recap", 1),
      ("task: prep, a, b", .task, "prep, a, b", nil, nil),
      ("email: pricing, +3d", .email, "pricing", "follow up", 3),
    ] as [(String, Activity.Kind, String, String?, Int?)])
  func lines(text: String, kind: Activity.Kind, subject: String, step: String?, days: Int?) throws {
    let line = try ActivityLine.parse(text, today: today, fiscalStartMonth: 1).get()
    #expect(line.kind == kind && line.subject == subject && line.nextStep == step)
    #expect(line.nextStepDate == days.map { today.adding(days: $0) })
  }
}

extension Result {
  var isFailure: Bool {
    if case .failure = self { return true }
    return false
  }
}
