import Testing

@testable import SalesFloorKit

/// The one-line call outcome (docs/salesops.md, "Call outcomes"). Today is Friday 2026-11-27.
@Suite("Call outcome line")
struct CallOutcomeTests {
  static let today = CommandFixture.today

  static func parse(_ text: String) -> Result<CallOutcome, InputError> {
    CallOutcome.parse(text, today: today, fiscalStartMonth: 1)
  }

  static func ok(_ text: String) throws -> CallOutcome {
    try parse(text).get()
  }

  static func message(_ text: String) -> String? {
    if case .failure(let e) = parse(text) { return e.message }
    return nil
  }

  @Test("connected, demo booked fri: a call, and the demo next Friday as the next step")
  func demoBooked() throws {
    let o = try Self.ok("connected, demo booked fri")
    #expect(o.result == .connected)
    #expect(o.kind == .call)
    #expect(o.subject == "connected, demo booked fri")
    #expect(o.nextStep == "Demo")
    #expect(o.nextStepDate == day("2026-12-04"))  // `fri` on a Friday is a week later
    #expect(!o.defaultedNextStep)
  }

  @Test("voicemail, retry +2d: call again in two calendar days")
  func retry() throws {
    let o = try Self.ok("voicemail, retry +2d")
    #expect(o.result == .voicemail)
    #expect(o.nextStep == "Call again")
    #expect(o.nextStepDate == day("2026-11-29"))
    let fri = try Self.ok("VM, retry mon")
    #expect(fri.nextStepDate == day("2026-11-30"))
    #expect(try Self.ok("busy, retry in 3d").nextStepDate == day("2026-11-30"))
  }

  @Test("voicemail, no answer and busy alone call again in 2 business days")
  func defaults() throws {
    for line in ["voicemail", "vm", "no answer", "na", "busy", "left voicemail"] {
      let o = try Self.ok(line)
      #expect(o.nextStep == "Call again", "\(line)")
      #expect(o.nextStepDate == day("2026-12-01"), "\(line)")  // Friday + 2 business days = Tuesday
      #expect(o.defaultedNextStep, "\(line)")
    }
    #expect(try Self.ok("na").result == .noAnswer)
    // A bare `retry` is the same default day.
    #expect(try Self.ok("no answer, retry").nextStepDate == day("2026-12-01"))
  }

  @Test("connected or wrong number alone leave the deal's next step as it is")
  func noDefault() throws {
    for line in ["connected", "wrong number", "not interested", "Connected, talked budget"] {
      let o = try Self.ok(line)
      #expect(o.nextStep == nil, "\(line)")
      #expect(o.nextStepDate == nil, "\(line)")
    }
    #expect(try Self.ok("Connected, talked budget").subject == "connected, talked budget")
    #expect(try Self.ok("wrong number").result == .wrongNumber)
  }

  @Test("next: STEP DAY, STEP DAY and call back DAY set that next step; notes stay in the subject")
  func nextSteps() throws {
    let a = try Self.ok("connected, next: send proposal mon")
    #expect(a.nextStep == "send proposal")
    #expect(a.nextStepDate == day("2026-11-30"))
    let b = try Self.ok("connected, pricing questions, send proposal by 2026-12-03")
    #expect(b.nextStep == "send proposal")
    #expect(b.nextStepDate == day("2026-12-03"))
    #expect(b.subject == "connected, pricing questions, send proposal by 2026-12-03")
    let c = try Self.ok("busy, call back tomorrow")
    #expect(c.nextStep == "Call back")
    #expect(c.nextStepDate == day("2026-11-28"))
    let d = try Self.ok("connected next step: legal review eom")
    #expect(d.nextStep == "legal review")
    #expect(d.nextStepDate == day("2026-11-30"))
  }

  @Test("meeting booked and demo booked as the outcome take the day after them")
  func bookedOutcome() throws {
    let m = try Self.ok("meeting booked 2026-12-09")
    #expect(m.result == .meetingBooked)
    #expect(m.nextStep == "Meeting")
    #expect(m.nextStepDate == day("2026-12-09"))
    let d = try Self.ok("demo booked, tue")
    #expect(d.result == .demoBooked)
    #expect(d.nextStep == "Demo")
    #expect(d.nextStepDate == day("2026-12-01"))
  }

  @Test("bad lines get a message naming what could not be read")
  func errors() {
    #expect(Self.message("") == "type how the call went, \(CallOutcome.hint)")
    #expect(Self.message("  ,  ") == "type how the call went, \(CallOutcome.hint)")
    #expect(
      Self.message("emailed, fri")?.hasPrefix(
        "\"emailed\" is not a call outcome: start with one of connected") == true)
    #expect(
      Self.message("voicemail, retry someday") == "\"someday\" after retry is not a day: \(DateParser.hint)")
    #expect(Self.message("meeting booked") == "meeting booked needs a day, like \"meeting booked fri\"")
    #expect(Self.message("connected, demo booked") == "demo booked needs a day, like \"demo booked fri\"")
    #expect(
      Self.message("connected, next: send proposal")
        == "next step \"send proposal\" needs a day at the end, like mon or +3d")
    #expect(Self.message("connected, next: fri") == "say what happens next, like \"next: send proposal mon\"")
    #expect(
      Self.message("vm, retry +2d, call back fri")
        == "two next steps (\"retry +2d\" and \"call back fri\"): keep one")
  }

  @Test("any text at all parses or fails with a message, never traps")
  func neverTraps() {
    let pieces = [
      "connected", "vm", ",", " ", "next:", "retry", "booked", "fri", "+2d", "??", "é", "next", "call",
      "back", ":", "in",
    ]
    var seed: UInt64 = 7
    for _ in 0..<2_000 {
      var line = ""
      for _ in 0..<Int(seed % 6) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        line += pieces[Int(seed >> 33) % pieces.count] + (seed & 1 == 0 ? " " : "")
      }
      switch Self.parse(line) {
      case .success(let o): #expect(!o.subject.isEmpty)
      case .failure(let e): #expect(!e.message.isEmpty)
      }
    }
  }
}

/// Logging a call: the activity with its contact and the deal's next step in one edit.
@Suite("Log call outcome")
struct LogCallOutcomeTests {
  typealias F = CommandFixture

  static var workspace: Workspace {
    var ws = F.workspace
    ws.contacts = RecordTable([
      Contact(
        id: "c-dana", accountId: "a-acme", name: "Dana Ruiz", phone: "+1 555 0100", buyingRole: .champion,
        createdAt: F.now),
      Contact(id: "c-glob", accountId: "a-glob", name: "Gil Globex", createdAt: F.now),
    ])
    return ws
  }

  @Test("one edit writes the call with the contact and sets the deal's next step")
  func logs() throws {
    let o = try CallOutcome.parse("connected, demo booked fri", today: F.today, fiscalStartMonth: 1).get()
    let edit = try LogCallOutcome(dealId: "d-1", contactId: "c-dana", outcome: o).edit(
      in: F.context(Self.workspace))
    let ws = F.applying(edit, to: Self.workspace)
    let call = try #require(ws.activities[id: "act-new"])
    #expect(call.kind == .call)
    #expect(call.contactId == "c-dana")
    #expect(call.dealId == "d-1")
    #expect(call.accountId == "a-acme")
    #expect(call.ownerId == "p-ana")  // the actor
    #expect(call.isDone)
    #expect(call.subject == "connected, demo booked fri")
    let d = try #require(ws.deals[id: "d-1"])
    #expect(d.nextStep == "Demo")
    #expect(d.nextStepDate == day("2026-12-04"))
    #expect(edit.summary == "call on Acme renewal: connected, demo booked fri; next step Demo 2026-12-04")
  }

  @Test("without a next step the deal keeps its own; a contact from elsewhere is refused")
  func keepsAndRefuses() throws {
    let o = try CallOutcome.parse("connected", today: F.today, fiscalStartMonth: 1).get()
    let edit = try LogCallOutcome(dealId: "d-1", contactId: nil, outcome: o).edit(
      in: F.context(Self.workspace))
    #expect(edit.mutations.count == 1)
    let err = F.error(
      LogCallOutcome(dealId: "d-1", contactId: "c-glob", outcome: o), F.context(Self.workspace))
    #expect(err?.description == "contact: Gil Globex is not at Acme renewal's account nor on its buying team")
    #expect(
      F.error(LogCallOutcome(dealId: "d-x", contactId: nil, outcome: o), F.context(Self.workspace)) != nil)
  }
}
