import Foundation
import Testing

/// Whether the end-to-end tools (tmux, jq) must be present.
///
/// `.ci/run` sets `SALESFLOOR_E2E_REQUIRE_TOOLS=1`: there a missing tool fails the tests instead of
/// skipping them, so CI cannot pass without running them. Locally they skip with a reason.
enum EndToEndTools {
  static var required: Bool { ProcessInfo.processInfo.environment["SALESFLOOR_E2E_REQUIRE_TOOLS"] == "1" }
}

/// One private tmux server running one command in a detached 120×40 window, for driving the real
/// cockpit like a user at a terminal. Each session has its own socket (`-L`), so tests run in
/// parallel without seeing each other, and `kill()` (call it in a `defer`) removes the server.
struct TmuxSession {
  /// The tmux executable, if installed (CI installs it; locally the tests skip without it).
  static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
    .first { FileManager.default.isExecutableFile(atPath: $0) }
  static var available: Bool { executable != nil }

  let socket: String
  /// The server's pid and the pane's process group, to make sure nothing outlives the test.
  private var serverPid: Int32 = 0
  private var panePid: Int32 = 0

  /// Starts `command` (run by `sh -c`) in a new detached session of a new server.
  init(command: String, width: Int = 120, height: Int = 40) throws {
    socket = "sf-e2e-\(UUID().uuidString.prefix(12))"
    let r = try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    try #require(r.status == 0, "tmux new-session failed: \(r.output)")
    serverPid = Int32(format("pid")) ?? 0
    panePid = Int32(format("pane_pid")) ?? 0
  }

  /// Runs `tmux -L SOCKET ARGS` (giving up after `timeout` seconds) and returns its status and output.
  @discardableResult
  func tmux(_ args: [String], timeout: TimeInterval = 10) throws -> (status: Int32, output: String) {
    let bin = try #require(Self.executable, "tmux is not installed")
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "TMUX")  // never talk to a tmux the tests happen to run inside
    env["LC_ALL"] = "C.UTF-8"  // tmux itself must treat the pane as UTF-8 to capture it faithfully
    // A file, not a pipe: the server tmux forks must not hold our read end open.
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("sf-tmux-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let child = try ChildProcess(
      path: bin, arguments: ["-L", socket] + args, environment: env, stdout: out.path, stderr: out.path)
    let ending = child.wait(timeout: timeout)
    let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    guard case .exited(let status) = ending else {
      return (-1, "tmux \(args.first ?? "") timed out: \(text)")
    }
    return (status, text)
  }

  /// The visible screen as text (`escapes`: with the SGR sequences tmux keeps for styles).
  func capture(escapes: Bool = false) -> String {
    (try? tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : [])).output) ?? ""
  }

  /// A pane format variable, e.g. `alternate_on`, `cursor_flag`, `pane_dead`.
  func format(_ variable: String) -> String {
    ((try? tmux(["display-message", "-p", "#{\(variable)}"]).output) ?? "")
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Polls the screen every 50 ms until `done` holds, up to `timeout` seconds; records an issue
  /// showing the last screen when it never does. Returns the last capture either way.
  @discardableResult
  func waitFor(
    _ what: String, timeout: TimeInterval = 10, escapes: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation, _ done: (String) -> Bool
  ) -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var screen = capture(escapes: escapes)
    while !done(screen) {
      if Date() > deadline {
        Issue.record("timed out waiting for \(what); screen:\n\(screen)", sourceLocation: sourceLocation)
        return screen
      }
      usleep(50_000)
      screen = capture(escapes: escapes)
    }
    return screen
  }

  /// Waits until `text` is on screen.
  @discardableResult
  func waitFor(
    text: String, timeout: TimeInterval = 10, sourceLocation: SourceLocation = #_sourceLocation
  ) -> String {
    waitFor("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
  }

  /// Types `keys` literally (so `>` is the key `>`, not a tmux key name).
  func type(_ keys: String) throws {
    try tmux(["send-keys", "-l", keys])
  }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Ends the server and everything in it; SIGKILL for anything that did not go.
  func kill() {
    _ = try? tmux(["kill-server"], timeout: 5)
    if panePid > 0 { Foundation.kill(-panePid, SIGKILL) }
    if serverPid > 0 && Foundation.kill(serverPid, 0) == 0 { Foundation.kill(serverPid, SIGKILL) }
  }
}

/// Builds the shell command a session runs: salesfloor with a pinned day and a clean environment,
/// then `EXITED:<status>` so the test can read the exit code, then a pause so the pane stays.
struct CockpitCommandLine {
  var sandbox: Sandbox
  var term = "xterm-256color"
  var lang = "C.UTF-8"
  var noColor = false
  var arguments: [String] = []
  /// Writes the cockpit's pid to this file first (for sending it signals).
  var pidFile: URL?
  /// More variables for the cockpit (e.g. `EDITOR`).
  var environment: [String: String] = [:]
  /// Words run before the cockpit (e.g. `setsid`, to start it without a controlling terminal).
  var launcher: [String] = []

  var shell: String {
    let bin = SalesFloorBinary.path ?? "salesfloor"
    var env = [
      "env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "COLORTERM", "LANG=\(lang)",
      "TERM=\(term)", "SALESFLOOR_TODAY=\(Sandbox.today)",
      "XDG_CONFIG_HOME=\(sandbox.root.appendingPathComponent("config").path)",
      "XDG_STATE_HOME=\(sandbox.root.appendingPathComponent("state").path)",
      "TMPDIR=\(sandbox.root.path)",
    ]
    if noColor { env.append("NO_COLOR=1") }
    env += environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let run = ([bin] + arguments).map(quote).joined(separator: " ")
    let program: String
    if let pidFile {
      program = "sh -c " + quote("echo $$ > \(quote(pidFile.path)); exec \(run)")
    } else {
      program = run
    }
    let launch = launcher.map(quote).map { $0 + " " }.joined()
    return env.map(quote).joined(separator: " ") + " " + launch + program + "; echo EXITED:$?; sleep 30"
  }

  /// Single-quotes a word for `sh`.
  private func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

extension TmuxSession {
  /// The process ended with `status` and the shell's screen is back: not the alternate screen, the
  /// cursor shown again, no cockpit text left.
  func expectRestored(status: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    let screen = waitFor(text: "EXITED:", sourceLocation: sourceLocation)
    #expect(
      screen.contains("EXITED:\(status)"), "exit status; screen:\n\(screen)", sourceLocation: sourceLocation)
    #expect(format("alternate_on") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
    #expect(format("cursor_flag") == "1", "cursor left hidden", sourceLocation: sourceLocation)
    for title in TmuxCockpitTests.paneTitles {
      #expect(
        !screen.contains(title), "cockpit text left on screen:\n\(screen)", sourceLocation: sourceLocation)
    }
  }
}

/// Whether a process is still there (a zombie waiting for its parent counts as gone: it has ended).
func processIsRunning(_ pid: Int32) -> Bool {
  guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
  // "pid (comm) S ...": the state follows the last ')'.
  guard let close = stat.lastIndex(of: ")") else { return false }
  let state = stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first
  return state != "Z" && state != "X"
}
