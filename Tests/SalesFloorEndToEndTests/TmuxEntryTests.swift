import Foundation
import SalesFloorKit
import Testing

/// Data entry in a real terminal with the keyboard only: add a deal (`a`, values with Tab between,
/// Enter), log an activity (`A`), set a next step (`n`), quit, and find all three in the workspace
/// files; a second run makes an edit, undoes it (`u`), and the files no longer hold it.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxEntryTests {
  static let ctrlU = "\u{15}"

  private func cockpit(_ box: Sandbox) throws -> TmuxSession {
    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today]
    return try TmuxSession(command: line.shell)
  }

  @Test func addLogNextStepThenUndoInASecondRun() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()

    let first = try cockpit(box)
    defer { first.kill() }
    first.waitFor(text: "Playbooks")
    try first.type("a")
    first.waitFor(text: "Add deal")
    try first.type("E2E deal\t12k\teoq\r")
    first.waitFor(text: "saved: added deal E2E deal")
    try first.type("A")
    first.waitFor(text: "Log on E2E deal")
    try first.type("call: e2e voicemail, follow up +2d\r")
    first.waitFor(text: "saved: logged call e2e voicemail")
    try first.type("n")
    first.waitFor(text: "Next step")
    try first.type(Self.ctrlU + "e2e next step\t" + Self.ctrlU + "+5d\r")
    first.waitFor(text: "saved: next step of E2E deal")
    try first.type("q")
    first.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = try #require(ws.deals.items.first { $0.name == "E2E deal" })
    #expect(deal.amount == 1_200_000)  // 12k = 12,000.00
    #expect(deal.nextStep == "e2e next step")
    let asOf = try #require(Day(iso: Sandbox.today))
    #expect(deal.nextStepDate == asOf.adding(days: 5))
    let call = try #require(ws.activities.items.first { $0.subject == "e2e voicemail" })
    #expect(call.kind == .call && call.isDone && call.dealId == deal.id)

    // Second run: set another next step, undo it; the files keep the first run's.
    let second = try cockpit(box)
    defer { second.kill() }
    second.waitFor(text: "Playbooks")
    try second.type("/E2E\r")
    try second.type("n")
    second.waitFor(text: "Next step")
    try second.type(Self.ctrlU + "temporary step\t" + Self.ctrlU + "+9d\r")
    second.waitFor(text: "saved: next step of E2E deal")
    try second.type("u")
    second.waitFor(text: "undid: next step of E2E deal")
    try second.type("q")
    second.waitFor(text: "EXITED:0")
    let after = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(after.deals[id: deal.id]?.nextStep == "e2e next step")
    #expect(after.deals[id: deal.id]?.nextStepDate == asOf.adding(days: 5))
  }
}
