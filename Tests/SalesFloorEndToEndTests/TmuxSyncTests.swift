import Foundation
import SalesFloorKit
import Testing

/// Whether git (which team sync runs) is installed.
enum GitTool {
  static let available = ["/usr/bin/git", "/usr/local/bin/git", "/opt/homebrew/bin/git"]
    .contains { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Team sync seen from two cockpits (issue #14): two copies of one team, each open in its own
/// tmux session, syncing in the background every 2 s (`SALESFLOOR_SYNC_INTERVAL`).
@Suite(
  .enabled(
    if: (TmuxSession.available && GitTool.available) || EndToEndTools.required,
    "tmux or git is not installed (CI installs them: apt-get install tmux git)"))
struct TmuxSyncTests {
  /// A hub and two copies: `a` (Aisha Nakamura's, the demo) and `b` (Elena Tanaka's, her manager, who may view as her; joined).
  struct Team {
    let box = Sandbox()
    var a: URL { box.root.appendingPathComponent("a") }
    var b: URL { box.root.appendingPathComponent("b") }
    var hub: String { box.root.appendingPathComponent("hub.git").path }

    init() throws {
      try check(["demo", "--data", a.path])
      try check(["team", "init", hub, "--data", a.path, "--as", "Aisha Nakamura"])
      try check(["team", "join", hub, "--data", b.path, "--as", "Elena Tanaka"])
    }

    @discardableResult
    func check(_ args: [String]) throws -> CLIResult {
      let r = try box.run(args)
      try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) failed: \(r.stderr)")
      return r
    }

    /// A cockpit on `folder` as Aisha (both boards show her deals), syncing every 2 s.
    func cockpit(_ folder: URL) throws -> TmuxSession {
      var line = CockpitCommandLine(sandbox: box)
      line.arguments = ["--data", folder.path, "--as", "Aisha Nakamura", "--as-of", Sandbox.today]
      line.environment = ["SALESFLOOR_SYNC_INTERVAL": "2"]
      let session = try TmuxSession(command: line.shell)
      session.waitFor("the first sync round") { $0.contains("synced ") && $0.contains("Pipeline") }
      return session
    }

    func workspace(_ folder: URL) throws -> Workspace {
      try WorkspaceStore(opening: folder, readOnly: true).workspace
    }
  }

  /// The board's stage headers ("Prospect (9)  Qualify (10) …"): the third line of the screen.
  static func stageHeaders(_ screen: String) -> String {
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.count > 2 ? String(lines[2]) : ""
  }

  @Test("a stage moved by keys in one cockpit shows in the other within 15 s, with its author")
  func editReachesTheOtherCockpit() throws {
    _ = try SalesFloorBinary.require()
    let team = try Team()
    defer { team.box.cleanUp() }
    let aisha = try #require(try team.workspace(team.a).people.items.first { $0.name == "Aisha Nakamura" })
    let stagesBefore = Dictionary(
      uniqueKeysWithValues: try team.workspace(team.a).deals.items.map { ($0.id, $0.stage) })
    let a = try team.cockpit(team.a)
    defer { a.kill() }
    let b = try team.cockpit(team.b)
    defer { b.kill() }
    let before = Self.stageHeaders(b.capture())
    #expect(Self.stageHeaders(a.capture()) == before, "both copies start equal")

    try a.type(">")
    let moved = a.waitFor(text: "saved:")
    let after = Self.stageHeaders(moved)
    try #require(after != before, "the move changed A's board:\n\(moved)")
    let start = Date()
    let seen = b.waitFor("A's move on B's board", timeout: 15) { Self.stageHeaders($0) == after }
    #expect(Date().timeIntervalSince(start) < 15, "B's board after the wait:\n\(seen)")
    #expect(seen.contains("pulled"), "B's top bar reports what the round pulled:\n\(seen)")

    let changed = try team.workspace(team.b).deals.items.filter { stagesBefore[$0.id] != $0.stage }
    try #require(changed.count == 1, "exactly the moved deal changed on B: \(changed.map(\.id))")
    let move = try #require(changed[0].history.last)
    #expect(move.field == .stage)
    #expect(move.by == aisha.id, "the history names A's person: \(move)")
  }

  @Test("a conflict made on two copies shows in both Conflicts views; one key in one clears both")
  func conflictResolvedInOneCockpit() throws {
    _ = try SalesFloorBinary.require()
    let team = try Team()
    defer { team.box.cleanUp() }
    let deal = try #require(try team.workspace(team.a).deals[id: "d-000112"])
    try team.check(["deal", "update", deal.id, "--next-step", "Call the CFO", "--data", team.a.path])
    try team.check(["deal", "update", deal.id, "--next-step", "Send the deck", "--data", team.b.path])
    for folder in [team.a, team.b, team.a] { try team.check(["sync", "--data", folder.path]) }

    let a = try team.cockpit(team.a)
    defer { a.kill() }
    let b = try team.cockpit(team.b)
    defer { b.kill() }
    for session in [a, b] {
      try session.type("X")
      let screen = session.waitFor(text: "Conflicts (1)")
      #expect(screen.contains("Call the CFO") && screen.contains("Send the deck"), "\(screen)")
      #expect(screen.contains("nextStep+nextStepDate"), "\(screen)")
    }
    // On A "mine" is Aisha's "Call the CFO" (the overwritten side): keeping it changes the deal.
    let mine = a.capture().split(separator: "\n").first { $0.contains("other:") }.map(String.init) ?? ""
    #expect(mine.contains("Call the CFO") && mine.contains("(Aisha Nakamura, you)"), "\(mine)")
    try a.type("m")
    a.waitFor(text: "No conflicts", timeout: 15)
    b.waitFor(text: "No conflicts", timeout: 15)
    let dealOnB = try #require(try team.workspace(team.b).deals[id: deal.id])
    #expect(dealOnB.nextStep == "Call the CFO")
  }
}
