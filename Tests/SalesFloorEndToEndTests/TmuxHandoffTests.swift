import Foundation
import SalesFloorKit
import Testing

/// Win a deal → its handoff appears and its first step can be ticked, in a real terminal (#18):
/// `w` (confirm), `H`, `x` (save the form); then handoffs.json holds step 1 done by the viewer.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxHandoffTests {
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  @Test func winADealThenTickItsFirstHandoffStep() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    _ = try ok(box, ["person", "add", "--name", "Ana Manager", "--role", "manager"])
    _ = try ok(box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager"])
    let deal = try ok(
      box,
      [
        "deal", "add", "--name", "Harbor renewal", "--owner", "Bo", "--amount", "12k", "--close", "+14d",
        "--quiet",
      ]
    ).trimmingCharacters(in: .whitespacesAndNewlines)

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", "Ana Manager"]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    try session.type("w")
    session.waitFor(text: "Close won: nothing is written until you confirm")
    try session.type("y")
    session.waitFor(text: "saved: closed won Harbor renewal")
    try session.type("H")
    session.waitFor(text: "Handoffs · 1 waiting")
    let view = session.waitFor(text: "Harbor renewal")
    #expect(view.contains("Contract countersigned"), "\(view)")
    try session.type("x")
    session.waitFor(text: "Done · Contract countersigned · Harbor renewal")
    try session.type("e2e tick\r")
    session.waitFor(text: "saved: handoff of Harbor renewal: Contract countersigned done")
    session.waitFor(text: "PO received")
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let ana = try #require(ws.people.items.first { $0.name == "Ana Manager" })
    let h = try #require(ws.handoffs[id: "ho-" + deal], "handoffs.json holds the deal's handoff")
    #expect(h.steps[0].status == .done)
    #expect(h.steps[0].doneBy == ana.id)
    #expect(h.steps[0].note == "e2e tick")
    #expect(h.steps[1].status == .pending)
  }
}
