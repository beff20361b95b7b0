import Foundation
import SalesFloorKit
import Testing

/// A manager's hour in a real terminal (issue #16): accept a coaching signal with a commitment
/// (view 9), submit a forecast call (view 5, the roll-up adjustment), drill from the leaderboard
/// into a rep's cockpit, tick an exit criterion on one of that rep's deals; then the workspace files
/// hold each change with the manager as its author (item coach, call submitter, the tick's `by`).
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxManagerTests {
  static let escape = "\u{1b}"

  @Test func aManagerActsOnWhatTheCockpitShows() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let manager = try #require(before.people.items.first { $0.name == "Elena Tanaka" })

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", manager.name]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    // View 9: the first signal gets a commitment (a form: text, due date).
    try session.type("9")
    session.waitFor(text: "Coaching signals ·")
    try session.type("c")
    session.waitFor(text: "Commitment ·")
    try session.type("E2E renew the certification\t+7d\r")
    session.waitFor(text: "saved:")

    // View 5: the manager's call on the roll-up, prefilled from the forecast, saved as it is.
    try session.type("5")
    session.waitFor(text: "Your call for")
    try session.type("m")
    session.waitFor(text: "Adjust the roll-up")
    try session.type("\r")
    session.waitFor(text: "saved: forecast adjustment of Elena Tanaka")

    // Home, the leaderboard, the second row: Enter opens that rep's cockpit.
    try session.type(Self.escape)
    session.waitFor(text: "Playbooks")
    try session.type("2j\r")
    let drilled = session.waitFor(text: "'s day as Elena Tanaka")
    let rep = try #require(
      before.people.items.first { drilled.contains("viewing \($0.name)'s day as Elena Tanaka") },
      "the top bar names whose cockpit this is:\n\(drilled)")
    #expect(rep.id != manager.id)

    // The rep's first deal: open its card, move to the first exit criterion, tick it.
    try session.type("1\r")
    session.waitFor(text: "x tick")
    try session.type("\tx")
    session.waitFor(text: "saved: ticked")
    try session.type("q")  // closes the card
    session.waitFor("the card to close") { !$0.contains("x tick") }
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let item = ws.coaching.items.first { item in
      item.commitments.contains { $0.text == "E2E renew the certification" }
    }
    #expect(item?.coachId == manager.id, "the commitment is in coaching.json, on the manager's item")
    let call = try #require(
      ws.forecastSubmissions.items.first { $0.personId == manager.id && $0.kind == .adjustment })
    #expect(call.submittedBy == manager.id)
    let ticked = ws.deals.items.filter { deal in
      deal.history.contains { $0.field == .checklist && $0.by == manager.id }
    }
    #expect(ticked.count == 1, "one deal carries the manager's tick")
    #expect(ticked.first?.ownerId == rep.id, "the tick is on the drilled rep's deal")
  }
}
