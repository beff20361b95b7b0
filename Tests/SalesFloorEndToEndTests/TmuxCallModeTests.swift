import Foundation
import SalesFloorKit
import Testing

/// A rep's calls in a real terminal (issue #17): `c` opens call mode, three outcomes are logged one
/// line each, and the workspace files hold the three calls with their contacts and the deals' new
/// next steps. Today is Friday 2026-11-27 (`Sandbox.today`).
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxCallModeTests {
  /// A fresh workspace with Rita's three deals: Acme (next step 3 days overdue, champion Dana),
  /// Initech (1 day overdue, no contact) and Globex (due today, economic buyer Gil).
  static func floor(_ box: Sandbox) throws {
    try box.initWorkspace()
    let data = box.data.path
    let steps: [[String]] = [
      ["person", "add", "--name", "Rita Rep", "--role", "rep"],
      [
        "deal", "add", "--name", "Acme renewal", "--owner", "Rita Rep", "--amount", "12k", "--close",
        "2026-12-18", "--new-account", "Acme Corp", "--stage", "proposal", "--next-step", "Send pricing",
        "--next-date", "2026-11-24",
      ],
      [
        "deal", "add", "--name", "Initech expansion", "--owner", "Rita Rep", "--amount", "20k", "--close",
        "2027-01-15", "--new-account", "Initech", "--stage", "demo", "--next-step", "Check in",
        "--next-date", "2026-11-26",
      ],
      [
        "deal", "add", "--name", "Globex pilot", "--owner", "Rita Rep", "--amount", "8k", "--close",
        "2027-01-20", "--new-account", "Globex", "--stage", "discovery", "--next-step", "Intro",
        "--next-date", "2026-11-27",
      ],
      [
        "contact", "add", "Dana Ruiz", "--account", "Acme Corp", "--phone", "+1 555 0100", "--role",
        "champion",
      ],
      ["contact", "link", "Dana Ruiz", "--deal", "Acme renewal"],
      ["contact", "add", "Gil Grant", "--account", "Globex", "--phone", "+1 555 0142"],
      ["contact", "link", "Gil Grant", "--deal", "Globex pilot", "--role", "economic buyer"],
    ]
    for args in steps {
      let r = try box.run(args + ["--data", data])
      try #require(r.status == 0, "\(args.joined(separator: " ")): \(r.stderr)")
    }
  }

  @Test func aRepWorksThroughThreeCalls() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try Self.floor(box)
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = { (name: String) in before.deals.items.first { $0.name == name } }
    let acme = try #require(deal("Acme renewal"))
    let initech = try #require(deal("Initech expansion"))
    let globex = try #require(deal("Globex pilot"))
    let dana = try #require(before.contacts.items.first { $0.name == "Dana Ruiz" })
    let gil = try #require(before.contacts.items.first { $0.name == "Gil Grant" })

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as", "Rita Rep"]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    try session.type("c")
    session.waitFor(text: "Call 1 of 3 · overdue 3 days")
    session.waitFor(text: "Dana Ruiz · champion · +1 555 0100")
    try session.type("\r")
    session.waitFor(text: "Outcome ›")
    try session.type("connected, demo booked fri\r")
    session.waitFor(text: "Call 2 of 3 · overdue 1 day")
    session.waitFor(text: "no contact on this deal — add one")
    try session.type("\rvoicemail, retry +2d\r")
    session.waitFor(text: "Call 3 of 3 · next step due today")
    session.waitFor(text: "Gil Grant · economic buyer")
    try session.type("\rno answer\r")
    session.waitFor(text: "End of the queue · 3 of 3 calls logged")
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let calls = ws.activities.items.filter { $0.kind == .call }
    #expect(calls.count == 3)
    func call(on d: Deal) -> Activity? { calls.first { $0.dealId == d.id } }
    #expect(call(on: acme)?.contactId == dana.id)
    #expect(call(on: acme)?.subject == "connected, demo booked fri")
    #expect(call(on: initech)?.contactId == nil)
    #expect(call(on: initech)?.subject == "voicemail, retry +2d")
    #expect(call(on: globex)?.contactId == gil.id)
    #expect(call(on: globex)?.subject == "no answer")
    #expect(calls.allSatisfy { $0.isDone && $0.ownerId == acme.ownerId })
    // demo booked fri (Friday → a week later); retry +2d; no answer → 2 business days (Tuesday).
    #expect(ws.deals[id: acme.id]?.nextStep == "Demo")
    #expect(ws.deals[id: acme.id]?.nextStepDate?.iso == "2026-12-04")
    #expect(ws.deals[id: initech.id]?.nextStep == "Call again")
    #expect(ws.deals[id: initech.id]?.nextStepDate?.iso == "2026-11-29")
    #expect(ws.deals[id: globex.id]?.nextStep == "Call again")
    #expect(ws.deals[id: globex.id]?.nextStepDate?.iso == "2026-12-01")
    // The files on disk (snapshot or journal) name the contacts of the calls.
    let files = try box.snapshot().values.map { String(decoding: $0, as: UTF8.self) }.joined()
    #expect(
      files.contains("\"contactId\" : \"\(dana.id)\"") || files.contains("\"contactId\":\"\(dana.id)\""))
  }
}
