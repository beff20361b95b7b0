import Foundation
import SalesFloorKit
import Testing

/// Faults of a real terminal session, with the real binary in tmux (docs/reliability.md): `$EDITOR`
/// through Ctrl-E with a real vi, SIGTERM while the editor runs, the terminal going away under the
/// cockpit, and every terminating signal giving the terminal back with 128 + signal.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxReliabilityTests {
  /// vi (vim, nvi or busybox): a real editor that configures the terminal, so it stops at once when
  /// run outside the terminal's foreground process group. CI installs vim-tiny.
  static let vi: String? = ["/usr/bin/vi", "/bin/vi", "/usr/local/bin/vi"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

  private func cockpit(
    _ box: Sandbox, editor: Bool = false, detached: Bool = false
  ) throws -> (
    TmuxSession, URL
  ) {
    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    // setsid: a session of its own, so no SIGHUP when the terminal goes (only a dead descriptor).
    if detached { line.launcher = ["setsid"] }
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today]
    line.pidFile = box.file("cockpit.pid")
    if editor {
      let vi = try #require(Self.vi, "vi is not installed (CI installs it: apt-get install vim-tiny)")
      // HOME in the sandbox: no user vimrc, and vim's own files stay there.
      line.environment = ["EDITOR": vi, "HOME": box.root.path]
    }
    let session = try TmuxSession(command: line.shell)
    return (session, line.pidFile ?? box.file("cockpit.pid"))
  }

  private func waitForPanes(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) {
    session.waitFor("the four panes", sourceLocation: sourceLocation) { screen in
      TmuxCockpitTests.paneTitles.allSatisfy { screen.contains($0) }
    }
  }

  private func pid(_ file: URL) throws -> Int32 {
    let text = try String(contentsOf: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    return try #require(Int32(text), "pid file: \(text)")
  }

  /// The temp files and folders a note edit made in the sandbox's TMPDIR.
  private func noteLeftovers(_ box: Sandbox) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: box.root.path).filter {
      $0.contains("salesfloor-note")
    }
  }

  /// Opens the add-play form (pane 4, `a`), fills name and summary, and opens `$EDITOR` on the steps.
  private func openEditorOnSteps(_ session: TmuxSession, play: String) throws {
    waitForPanes(session)
    try session.type("4")
    try session.type("a")
    session.waitFor(text: "Summary")
    try session.type(play)
    try session.tmux(["send-keys", "Tab"])
    try session.type("e2e summary")
    try session.tmux(["send-keys", "Tab", "C-e"])
    // vim shows the file name on its last line and "~" on the empty lines below the text.
    session.waitFor("vi on the note file") {
      $0.contains("note-") && $0.contains("~") && !$0.contains("Pipeline")
    }
  }

  @Test func ctrlERunsARealViAndTheNoteIsSaved() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (session, _) = try cockpit(box, editor: true)
    defer { session.kill() }
    try openEditorOnSteps(session, play: "Vi play")
    try session.type("icall the champion")
    try session.tmux(["send-keys", "Escape"])
    try session.type(":wq")
    try session.tmux(["send-keys", "Enter"])
    session.waitFor("the form back with the note") {
      $0.contains("call the champion") && $0.contains("Ctrl-E: $EDITOR")
    }
    #expect(try noteLeftovers(box) == [], "the note's temp file is gone once vi returned")
    try session.tmux(["send-keys", "Enter"])
    session.waitFor(text: "saved: added play Vi play")
    // The cockpit goes on after the editor: keys still work (and no terminal reply became a key).
    try session.type("1")
    try session.type(">")
    session.waitFor("the stage move saved") { $0.contains("saved:") && $0.contains(" → ") }
    try session.type("q")
    session.expectRestored(status: 0)
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let play = try #require(ws.playbooks.items.first { $0.name == "Vi play" })
    #expect(play.steps == ["call the champion"])
  }

  @Test func sigtermWhileTheEditorRunsEndsBothAndLeavesNoTempFile() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (session, pidFile) = try cockpit(box, editor: true)
    defer { session.kill() }
    try openEditorOnSteps(session, play: "Doomed play")
    #expect(try noteLeftovers(box).count == 1, "the note's private folder exists while vi runs")
    #expect(kill(try pid(pidFile), SIGTERM) == 0)
    session.expectRestored(status: 143)
    #expect(try noteLeftovers(box) == [], "no temp file (nor vi's swap file) left behind")
    let editors = try FileManager.default.contentsOfDirectory(atPath: "/proc").compactMap(Int32.init).filter {
      let cmdline = (try? String(contentsOfFile: "/proc/\($0)/cmdline", encoding: .utf8)) ?? ""
      return cmdline.contains(box.root.path) && cmdline.contains("note-") && processIsRunning($0)
    }
    #expect(editors.isEmpty, "the editor ended with the cockpit: \(editors)")
  }

  /// `detached`: the cockpit has no controlling terminal, so no SIGHUP comes; only poll(2) on the
  /// dead terminal (POLLHUP) can notice (a read loop that takes ERR for "no key yet" spins forever).
  @Test(arguments: [false, true])
  func killingTheTerminalEndsTheCockpitWithinTwoSeconds(detached: Bool) throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (session, pidFile) = try cockpit(box, detached: detached)
    defer { session.kill() }
    waitForPanes(session)
    try session.type(">")
    session.waitFor(text: "saved:")
    let pid = try pid(pidFile)
    // A detached cockpit is outside the pane's process group that `session.kill()` ends.
    defer { if processIsRunning(pid) { kill(pid, SIGKILL) } }
    try session.tmux(["kill-server"])
    let gone = Date()
    while processIsRunning(pid) && Date().timeIntervalSince(gone) < 5 { usleep(20_000) }
    let seconds = Date().timeIntervalSince(gone)
    #expect(!processIsRunning(pid), "still running \(seconds) s after the terminal went away")
    #expect(seconds < 2, "took \(seconds) s")
    // It closed the store on the way out: the journal was folded into the files.
    let journal =
      (try? FileManager.default.attributesOfItem(
        atPath: box.data.appendingPathComponent("journal.jsonl").path))?[.size] as? Int ?? 0
    #expect(journal == 0, "journal left with \(journal) bytes: the store was not closed")
  }

  static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM]

  @Test(arguments: terminating)
  func everyTerminatingSignalRestoresTheTerminal(signal: Int32) throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (session, pidFile) = try cockpit(box)
    defer { session.kill() }
    waitForPanes(session)
    let started = Date()
    #expect(kill(try pid(pidFile), signal) == 0)
    session.expectRestored(status: 128 + Int(signal))
    // Never the runtime's interactive backtracer (which would wait 30 s for keys).
    #expect(Date().timeIntervalSince(started) < 5)
  }

  @Test(arguments: [SIGSEGV, SIGABRT])
  func aCrashRestoresTheTerminalThenTheRuntimeWritesItsReport(signal: Int32) throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (session, pidFile) = try cockpit(box)
    defer { session.kill() }
    waitForPanes(session)
    #expect(kill(try pid(pidFile), signal) == 0)
    // The report goes to the restored screen, non-interactively: no prompt, no 30 s wait.
    let screen = session.waitFor(text: "EXITED:", timeout: 20)
    #expect(screen.contains("EXITED:\(128 + signal)"), "died of the signal:\n\(screen)")
    // The report is long: look at the scrollback too.
    let history = try session.tmux(["capture-pane", "-p", "-S", "-500"]).output
    #expect(history.contains("Program crashed"), "the runtime's crash report is shown:\n\(history)")
    #expect(session.format("alternate_on") == "0", "still on the alternate screen")
    #expect(session.format("cursor_flag") == "1", "cursor left hidden")
  }

  @Test func ctrlZInTheEditorUnderAJobControlShellStopsBothAndFgResumes() throws {
    let bin = try SalesFloorBinary.require()
    let vi = try #require(Self.vi, "vi is not installed (CI installs it: apt-get install vim-tiny)")
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let root = box.root.path
    let shell =
      "env -i HOME='\(root)' TERM=xterm-256color PATH=/usr/bin:/bin LANG=C.UTF-8 PS1='PROMPT$ ' "
      + "bash --norc --noprofile -i"
    let session = try TmuxSession(command: shell)
    defer { session.kill() }
    session.waitFor(text: "PROMPT$")
    try session.type(
      "TMPDIR='\(root)' EDITOR='\(vi)' XDG_CONFIG_HOME='\(root)/config' '\(bin)' --data '\(box.data.path)' "
        + "--as-of \(Sandbox.today)")
    try session.tmux(["send-keys", "Enter"])
    try openEditorOnSteps(session, play: "Job play")
    try session.type("ipaused note")
    try session.tmux(["send-keys", "Escape", "C-z"])
    session.waitFor(text: "Stopped")
    try session.type("fg")
    try session.tmux(["send-keys", "Enter"])
    session.waitFor("vi back with the note") { $0.contains("paused note") && $0.contains("~") }
    try session.type(":wq")
    try session.tmux(["send-keys", "Enter"])
    session.waitFor("the form back with the note") {
      $0.contains("paused note") && $0.contains("Ctrl-E: $EDITOR")
    }
    try session.tmux(["send-keys", "Enter"])
    session.waitFor(text: "saved: added play Job play")
    try session.type("q")
    session.waitFor("the prompt after quitting") { !$0.contains("Pipeline") && $0.contains("PROMPT$") }
    try session.type("echo STATUS:$?")
    try session.tmux(["send-keys", "Enter"])
    session.waitFor(text: "STATUS:0")
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(ws.playbooks.items.first { $0.name == "Job play" }?.steps == ["paused note"])
    #expect(try noteLeftovers(box) == [])
  }
}
