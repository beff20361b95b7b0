import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// A small floor for call mode, on Friday 2026-11-27 (`CockpitFixture.today`): Rita's three deals
/// in the queue (overdue 3 days, due today, stalled 57 days) and one that needs no call; Mo, her
/// manager, owns none.
enum CallFloor {
  static let today = CockpitFixture.today
  static let at = Timestamp(day: today, hour: 8)

  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-mo", name: "Mo Manager", role: .manager, team: "East"),
      Person(id: "p-rita", name: "Rita Rep", role: .rep, managerId: "p-mo", team: "East"),
    ])
    ws.accounts = RecordTable([
      Account(id: "a-acme", name: "Acme Corp"), Account(id: "a-glob", name: "Globex"),
      Account(id: "a-ini", name: "Initech"),
    ])
    ws.contacts = RecordTable([
      Contact(
        id: "c-dana", accountId: "a-acme", name: "Dana Ruiz", title: "VP Ops", phone: "+1 555 0100",
        buyingRole: .champion, createdAt: at),
      Contact(
        id: "c-ian", accountId: "a-ini", name: "Ian Ito", title: "CFO", phone: "+1 555 0199", createdAt: at),
    ])
    let created = Timestamp(day: day("2026-10-01"), hour: 9)
    func deal(
      _ id: String, _ name: String, _ account: String, _ stage: String, _ dollars: Int64, next: String,
      close: String, contacts: [DealContact] = []
    ) -> Deal {
      var d = Deal(
        id: id, name: name, accountId: account, ownerId: "p-rita", amount: dollars * 100, currency: "USD",
        stage: stage, closeDate: day(close), createdAt: created, nextStep: "Send pricing",
        nextStepDate: day(next))
      d.contacts = contacts
      return d
    }
    ws.deals = RecordTable([
      deal(
        "d-acme", "Acme renewal", "a-acme", "proposal", 12_000, next: "2026-11-24", close: "2026-12-18",
        contacts: [DealContact(contactId: "c-dana")]),
      deal("d-glob", "Globex pilot", "a-glob", "discovery", 8_000, next: "2026-11-27", close: "2027-01-15"),
      deal(
        "d-ini", "Initech expansion", "a-ini", "demo", 20_000, next: "2026-12-20", close: "2027-02-01",
        contacts: [DealContact(contactId: "c-ian", role: .economicBuyer)]),
      deal("d-fine", "Fine deal", "a-acme", "proposal", 5_000, next: "2026-12-15", close: "2027-03-01"),
    ])
    func call(_ id: String, _ deal: String, _ subject: String, _ iso: String) -> Activity {
      let t = Timestamp(day: day(iso), hour: 10)
      return Activity(
        id: id, kind: .call, subject: subject, ownerId: "p-rita", dealId: deal, doneAt: t, createdAt: t)
    }
    ws.activities = RecordTable([
      call("act-1", "d-acme", "sent the proposal", "2026-11-26"),
      call("act-2", "d-glob", "intro call", "2026-11-25"),
      call("act-3", "d-fine", "check-in", "2026-11-26"),
    ])
    ws.playbooks = RecordTable([
      Playbook(
        id: "pl-prop", name: "Proposal follow-through", summary: "Keep the proposal moving",
        situation: .init(stages: ["proposal"]), questions: [.init(text: "Who else reviews the pricing?")],
        talkTrack: "Ask what changed since the proposal went out.",
        objections: [
          .init(objection: "Too expensive", response: "Compare it with the cost of doing nothing.")
        ],
        contentIds: ["ct-roi"])
    ])
    ws.content = RecordTable([
      ContentItem(id: "ct-roi", title: "ROI calculator", kind: "template", link: "https://example.com/roi")
    ])
    return ws
  }

  /// Typed text as key notation (spaces as `<Space>`).
  static func typed(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "<Space>") }

  static func run(
    _ script: String, as name: String = "Rita Rep", store: MemoryStore? = nil
  ) throws -> CockpitRun {
    let store = store ?? MemoryStore(workspace)
    return try CockpitRun(script, store: store, viewer: CockpitFixture.viewer(name, in: store.workspace))
  }
}

@Suite("Cockpit call mode")
struct CockpitCallModeTests {
  @Test("c opens the first card: who to call and their number, the deal, the script at hand")
  func firstCard() throws {
    let run = try CallFloor.run("c")
    let screen = run.screen
    #expect(run.state.views.current == .calls)
    #expect(screen.contains("Call 1 of 3 · overdue 3 days"))  // next step 11-24, today 11-27
    #expect(screen.contains("Call   Dana Ruiz · champion · VP Ops · +1 555 0100"))
    #expect(screen.contains("Deal   Acme renewal · Acme Corp · Proposal · USD 12,000.00 · closes 2026-12-18"))
    #expect(screen.contains("Next   Send pricing · 2026-11-24"))
    #expect(screen.contains("2026-11-26  call: sent the proposal"))
    #expect(screen.contains("Proposal follow-through — stage Proposal"))
    #expect(screen.contains("Ask what changed since the proposal went out."))
    #expect(screen.contains("? Who else reviews the pricing?"))
    #expect(screen.contains("“Too expensive”"))
    #expect(screen.contains("Compare it with the cost of doing nothing."))
    #expect(screen.contains("ROI calculator (template) https://example.com/roi"))
    #expect(screen.contains("Enter, then type how it went"))
  }

  @Test("the queue list shows every card with its reasons, in order")
  func queueList() throws {
    let run = try CallFloor.run("c l")
    let lines = run.lines
    let acme = try #require(lines.firstIndex { $0.contains("1. Acme renewal · overdue 3 days") })
    let glob = try #require(lines.firstIndex { $0.contains("2. Globex pilot · next step due today") })
    // Demo rots after 21 days; created 10-01 with no activity: 57 days idle.
    let ini = try #require(lines.firstIndex { $0.contains("3. Initech expansion · stalled 57 days") })
    #expect(acme < glob && glob < ini)
    #expect(!run.screen.contains("Fine deal"))
  }

  @Test("an outcome line logs the call with the contact and the next step, then the next card")
  func logAndMoveOn() throws {
    var run = try CallFloor.run("c <Enter> " + CallFloor.typed("connected, demo booked fri") + " <Enter>")
    let ws = run.store.workspace
    let call = try #require(ws.activities.items.first { $0.dealId == "d-acme" && $0.id != "act-1" })
    #expect(call.kind == .call)
    #expect(call.contactId == "c-dana")
    #expect(call.subject == "connected, demo booked fri")
    #expect(call.isDone)
    let acme = try #require(ws.deals[id: "d-acme"])
    #expect(acme.nextStep == "Demo")
    #expect(acme.nextStepDate == CallFloor.day("2026-12-04"))  // `fri` on a Friday: a week later
    #expect(run.store.committed.count == 1)  // one transaction
    #expect(run.screen.contains("Call 2 of 3 · next step due today"))
    #expect(run.screen.contains("logged call on Acme renewal"))
    // u undoes the call and the next step together.
    try run.press("u")
    #expect(run.store.workspace.activities.count == 3)
    #expect(run.store.workspace.deals[id: "d-acme"]?.nextStepDate == CallFloor.day("2026-11-24"))
  }

  @Test("s and j skip, k goes back; past the last card the queue says it is done")
  func skipping() throws {
    var run = try CallFloor.run("c s")
    #expect(run.screen.contains("Call 2 of 3 · next step due today"))
    try run.press("j")
    #expect(run.screen.contains("Call 3 of 3 · stalled 57 days"))
    try run.press("k")
    #expect(run.screen.contains("Call 2 of 3"))
    try run.press("j j")
    #expect(run.screen.contains("End of the queue · 0 of 3 calls logged"))
    #expect(run.store.committed.isEmpty)
    try run.press("<Esc>")
    #expect(run.state.views.current == .home)
  }

  @Test("a deal without a contact says to add one, and its call is logged without one")
  func noContact() throws {
    let run = try CallFloor.run("c s")
    #expect(run.screen.contains("Call   no contact on this deal — add one"))
    let logged = try CallFloor.run("c s <Enter> " + CallFloor.typed("vm") + " <Enter>")
    let call = try #require(
      logged.store.workspace.activities.items.first { $0.dealId == "d-glob" && $0.id != "act-2" })
    #expect(call.contactId == nil)
    // Voicemail without a next step: call again in 2 business days (Friday → Tuesday).
    #expect(logged.store.workspace.deals[id: "d-glob"]?.nextStep == "Call again")
    #expect(logged.store.workspace.deals[id: "d-glob"]?.nextStepDate == CallFloor.day("2026-12-01"))
    #expect(logged.screen.contains("(the default after voicemail)"))
  }

  @Test("a line that cannot be read stays open with the reason and writes nothing")
  func badLine() throws {
    var run = try CallFloor.run("c <Enter> " + CallFloor.typed("maybe later") + " <Enter>")
    #expect(run.store.committed.isEmpty)
    #expect(run.state.calls.input != nil)
    #expect(run.screen.contains("\"maybe\" is not a call outcome"))
    try run.press("<Esc>")
    #expect(run.state.calls.input == nil)
    #expect(run.state.views.current == .calls)
    #expect(run.screen.contains("Call 1 of 3"))
  }

  @Test("nobody to call: the empty queue says so")
  func emptyQueue() throws {
    let run = try CallFloor.run("c", as: "Mo Manager")
    #expect(run.screen.contains("Nobody to call now — no next step is due or overdue"))
    // Nothing to log: Enter says why instead of opening the line.
    var pressed = run
    try pressed.press("<Enter>")
    #expect(pressed.state.calls.input == nil)
    #expect(pressed.screen.contains("nobody to call now"))
  }

  @Test("a manager works the queue of the rep they view with :as")
  func managerViewsRep() throws {
    let run = try CallFloor.run(":" + CallFloor.typed("as Rita Rep") + "<Enter> c", as: "Mo Manager")
    #expect(run.screen.contains("Call mode · Rita Rep · 3 to call"))
    #expect(run.screen.contains("Call 1 of 3 · overdue 3 days"))
  }

  @Test("c in the Signals and Training views keeps their own meaning")
  func viewsKeepTheirC() throws {
    let signals = try CockpitRun("9 c", as: "Elena Tanaka")
    #expect(signals.state.views.current == .signals)
    let training = try CockpitRun("T c", as: "Elena Tanaka")
    #expect(training.state.views.current == .training)
  }

  @Test("the demo rep's queue has calls worth making")
  func demoQueue() throws {
    let run = try CockpitRun("c", as: "Grace Osei")
    #expect(run.screen.contains("Call 1 of "))
    #expect(run.state.calls.queue.count >= 3)
  }

  @Test("no key in call mode writes without asking first, and Enter always asks or explains")
  func everyKey() throws {
    for script in ["c", "c j j j"] {
      var run = try CallFloor.run(script)
      let contexts = CockpitKeymap.contexts(for: run.state)
      var seen: Set<Key> = []
      for context in contexts {
        for binding in run.state.keymap.bindings(in: context) where seen.insert(binding.key).inserted {
          guard run.state.keymap.action(for: binding.key, in: contexts) == binding.action else { continue }
          var program = run.program
          let before = run.store.committed.count
          _ = program.handle(.key(binding.key))
          let label = "[\(script)] \(KeyNotation.label(binding.key)) → \(binding.action)"
          if run.store.committed.count > before {
            #expect(
              CockpitBindings.safety(binding.action) == .instantUndoable, "\(label) wrote without asking")
          }
          if binding.action == CallsKeymap.Action.log.rawValue {
            #expect(program.state.calls.input != nil || program.state.status != nil, "\(label)")
          }
          run = try CallFloor.run(script)
        }
      }
    }
  }
}

@Suite("Cockpit call mode from the palette")
struct CockpitCallModePaletteTests {
  @Test(":calls opens call mode")
  func paletteVerb() throws {
    let run = try CallFloor.run(":calls<Enter>")
    #expect(run.state.views.current == .calls)
    #expect(run.screen.contains("Call 1 of 3 · overdue 3 days"))
  }
}

@Suite("Cockpit call mode: deal keys on the card")
struct CockpitCallModeDealKeysTests {
  @Test("n on a call card sets that deal's next step; w asks to close that deal")
  func dealKeysActOnTheCard() throws {
    let run = try CallFloor.run("c s n")
    guard case .form(let form) = run.state.overlay else {
      Issue.record("n opened no form: \(run.screen)")
      return
    }
    #expect(form.purpose == .nextStep(dealId: "d-glob"))
    let won = try CallFloor.run("c w")
    guard case .confirm = won.state.overlay else {
      Issue.record("w asked nothing: \(won.screen)")
      return
    }
    #expect(won.screen.contains("Acme renewal"))
    #expect(won.store.committed.isEmpty)
  }
}
