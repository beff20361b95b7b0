import Foundation
import SalesFloorKit
import Testing

/// The real cockpit in a real terminal (tmux): panes appear, a stage move is saved, `q` and SIGTERM
/// give the terminal back, colour follows NO_COLOR, ASCII under LANG=C, the too-small screen.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxCockpitTests {
  static let paneTitles = ["Pipeline", "Quota", "Coaching", "Playbooks"]

  private func cockpit(
    _ box: Sandbox, _ configure: (inout CockpitCommandLine) -> Void = { _ in }
  )
    throws -> TmuxSession
  {
    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today]
    configure(&line)
    return try TmuxSession(command: line.shell)
  }

  private func waitForPanes(
    _ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation
  )
    -> String
  {
    session.waitFor("the four panes", sourceLocation: sourceLocation) { screen in
      Self.paneTitles.allSatisfy { screen.contains($0) }
    }
  }

  /// The process ended with `status` and the terminal is restored (see `TmuxSession.expectRestored`).
  private func expectRestored(
    _ session: TmuxSession, status: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    session.expectRestored(status: status, sourceLocation: sourceLocation)
  }

  /// The deals whose stage differs between two workspaces, as (deal, from, to).
  private func stageChanges(_ before: Workspace, _ after: Workspace) -> [(Deal, String, String)] {
    after.deals.compactMap { d in
      guard let old = before.deals[id: d.id], old.stage != d.stage else { return nil }
      return (d, old.stage, d.stage)
    }
  }

  /// Checks exactly one deal moved one stage forward and the status line named it.
  private func expectOneStepForward(
    _ box: Sandbox, before: Workspace, status: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let after = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let changes = stageChanges(before, after)
    try #require(changes.count == 1, "one deal moved, got \(changes.count)", sourceLocation: sourceLocation)
    let (deal, from, to) = changes[0]
    let order = after.settings.orderedStages.map(\.id)
    let next = order.firstIndex(of: from).map { order[$0 + 1] }
    #expect(to == next, "\(from) → \(to), expected → \(next ?? "?")", sourceLocation: sourceLocation)
    #expect(status.contains("saved:"), sourceLocation: sourceLocation)
    #expect(
      status.contains(String(deal.name.prefix(20))), "status names the deal:\n\(status)",
      sourceLocation: sourceLocation)
  }

  @Test(arguments: ["xterm-256color", "screen"])
  func moveADealAndQuit(term: String) throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let session = try cockpit(box) { $0.term = term }
    defer { session.kill() }

    waitForPanes(session)
    #expect(session.format("alternate_on") == "1", "the cockpit uses the alternate screen")
    try session.type(">")
    let saved = session.waitFor(text: "saved:")
    try session.type("q")
    expectRestored(session, status: 0)
    try expectOneStepForward(box, before: before, status: saved)
  }

  @Test func sigtermRestoresTheTerminalAndKeepsTheMove() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let pidFile = box.file("cockpit.pid")
    let session = try cockpit(box) { $0.pidFile = pidFile }
    defer { session.kill() }

    waitForPanes(session)
    try session.type(">")
    let saved = session.waitFor(text: "saved:")
    let text = try String(contentsOf: pidFile, encoding: .utf8).trimmingCharacters(
      in: .whitespacesAndNewlines)
    let pid = try #require(Int32(text), "pid file: \(text)")
    #expect(kill(pid, SIGTERM) == 0)
    // 128 + SIGTERM (15) = 143.
    expectRestored(session, status: 143)
    try expectOneStepForward(box, before: before, status: saved)
  }

  @Test func noColorMeansNoColourEscapes() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()

    let plain = try cockpit(box) { $0.noColor = true }
    defer { plain.kill() }
    let mono = plain.waitFor("the panes", escapes: true) { $0.contains("Playbooks") }
    #expect(
      ColourEscapes.find(in: mono).isEmpty,
      "colour with NO_COLOR=1: \(ColourEscapes.find(in: mono).prefix(5))")
    #expect(mono.contains("\u{1B}["), "styles (bold, reverse) are still used")
    try plain.type("q")
    expectRestored(plain, status: 0)

    let coloured = try cockpit(box)
    defer { coloured.kill() }
    let screen = coloured.waitFor("the panes", escapes: true) { $0.contains("Playbooks") }
    #expect(!ColourEscapes.find(in: screen).isEmpty, "no colour without NO_COLOR")
  }

  @Test func asciiBordersUnderLangC() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let session = try cockpit(box) { $0.lang = "C" }
    defer { session.kill() }
    let screen = waitForPanes(session)
    #expect(screen.contains("+-") || screen.contains("+="), "ASCII corners and lines:\n\(screen)")
    #expect(screen.contains("|"))
    let boxDrawing = screen.unicodeScalars.filter { (0x2500...0x257F).contains($0.value) }
    #expect(boxDrawing.isEmpty, "box-drawing characters under LANG=C:\n\(screen)")
    try session.type("q")
    expectRestored(session, status: 0)
  }

  @Test func tooSmallThenBackToPanes() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let session = try cockpit(box)
    defer { session.kill() }
    waitForPanes(session)
    try session.resize(width: 70, height: 20)
    session.waitFor("the too-small screen") {
      $0.contains("terminal too small") && ($0.contains("80×24") || $0.contains("80x24"))
    }
    try session.resize(width: 120, height: 40)
    waitForPanes(session)
    try session.type("q")
    expectRestored(session, status: 0)
  }

  @Test func demoFlagOpensTheCockpitOnATemporaryWorkspace() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let session = try cockpit(box) { $0.arguments = ["--demo", "--as-of", Sandbox.today] }
    defer { session.kill() }
    let screen = waitForPanes(session)
    #expect(screen.contains("Harbor Sales") || screen.contains("demo"), "\(screen)")
    try session.type("q")
    expectRestored(session, status: 0)
    // The demo lives in the temporary folder ($TMPDIR), never in the user's data folder.
    let temp = try FileManager.default.contentsOfDirectory(atPath: box.root.path)
    #expect(temp.contains { $0.hasPrefix("salesfloor-demo-") }, "\(temp)")
    #expect(!FileManager.default.fileExists(atPath: box.data.path))
  }
}

/// SGR sequences that set a colour: 30–37, 40–47, 90–97, 100–107 and 38/48 (256-colour, RGB).
/// 39 and 49 (back to the terminal's default colour) are not colours; tmux emits them around styles.
enum ColourEscapes {
  static func find(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let start = rest.range(of: "\u{1B}[") {
      let after = rest[start.upperBound...]
      guard let end = after.firstIndex(where: { !("0"..."9").contains($0) && $0 != ";" && $0 != ":" }) else {
        break
      }
      if after[end] == "m" {
        let params = after[..<end].split(separator: ";").compactMap {
          Int($0.split(separator: ":").first ?? "")
        }
        let colour = params.contains {
          (30...37).contains($0) || (40...47).contains($0) || (90...97).contains($0)
            || (100...107).contains($0)
            || $0 == 38 || $0 == 48
        }
        if colour { found.append("ESC[" + after[..<end] + "m") }
      }
      rest = after[end...]
    }
    return found
  }
}

/// The colour detector itself, so a broken detector cannot make the NO_COLOR test pass.
@Suite struct ColourEscapeDetectorTests {
  @Test func findsColoursAndIgnoresStylesAndDefaults() {
    #expect(ColourEscapes.find(in: "\u{1B}[1;7mbold\u{1B}[0m\u{1B}[39m\u{1B}[49mplain").isEmpty)
    #expect(ColourEscapes.find(in: "a\u{1B}[31mred") == ["ESC[31m"])
    #expect(
      ColourEscapes.find(in: "\u{1B}[1;38;5;208mx\u{1B}[48:2::1:2:3m") == [
        "ESC[1;38;5;208m", "ESC[48:2::1:2:3m",
      ])
    #expect(ColourEscapes.find(in: "\u{1B}[0;44mblue bg") == ["ESC[0;44m"])
  }
}
