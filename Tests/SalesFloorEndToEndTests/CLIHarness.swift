import Foundation
import Testing

/// Finds the `salesfloor` executable SwiftPM built next to the test bundle.
///
/// The test target depends on the executable target, so `swift test` always builds it into the same
/// folder as the `.xctest` bundle. `SALESFLOOR_BIN` overrides (for testing an installed binary).
enum SalesFloorBinary {
  static let path: String? = locate()

  private static func locate() -> String? {
    let fm = FileManager.default
    if let env = ProcessInfo.processInfo.environment["SALESFLOOR_BIN"], !env.isEmpty {
      return fm.isExecutableFile(atPath: env) ? env : nil
    }
    var folders: [URL] = []
    if let first = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
    }
    for bundle in [Bundle.main] + Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      // Linux: the .xctest is an executable file in the build folder; macOS: a bundle in it.
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    folders.append(Bundle.main.bundleURL)
    for folder in folders {
      let candidate = folder.appendingPathComponent("salesfloor").path
      if fm.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// The path, or a test failure that says how to get one.
  static func require() throws -> String {
    let where_ = CommandLine.arguments.first ?? "?"
    return try #require(
      path,
      "the salesfloor executable was not found next to the test bundle (\(where_)); run `swift build` or set SALESFLOOR_BIN"
    )
  }
}

/// What one run of the CLI produced.
struct CLIResult {
  var status: Int32
  /// True when the process ended by a signal (then `status` is the signal number).
  var signaled: Bool
  var stdout: String
  var stderr: String

  var stdoutLines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }
}

/// A temporary folder holding one workspace (`ws/`) and any input files, removed by `cleanUp()`.
///
/// Every run pins today with `SALESFLOOR_TODAY=2026-11-27`, uses a UTF-8 locale, a private config
/// folder (so the user's config never leaks in) and no terminal on stdin.
struct Sandbox {
  static let today = "2026-11-27"
  let root: URL
  var data: URL { root.appendingPathComponent("ws", isDirectory: true) }

  init() {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-e2e-\(UUID().uuidString)", isDirectory: true)
    try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func cleanUp() { try? FileManager.default.removeItem(at: root) }

  func file(_ name: String) -> URL { root.appendingPathComponent(name) }

  var environment: [String: String] {
    var env = ProcessInfo.processInfo.environment
    env["SALESFLOOR_TODAY"] = Sandbox.today
    env["LANG"] = "C.UTF-8"
    env["LC_ALL"] = "C.UTF-8"
    env["XDG_CONFIG_HOME"] = root.appendingPathComponent("config").path
    env["XDG_DATA_HOME"] = root.appendingPathComponent("xdg-data").path
    env["XDG_STATE_HOME"] = root.appendingPathComponent("state").path
    env.removeValue(forKey: "SALESFLOOR_DATA")
    return env
  }

  /// Runs `salesfloor ARGS` to completion; `--data` is the caller's business (pass `data.path`).
  func run(_ args: [String], env extra: [String: String] = [:]) throws -> CLIResult {
    let p = try start(args, env: extra)
    p.child.wait()
    return p.finish()
  }

  /// Starts `salesfloor ARGS` without waiting (stdout and stderr go to temp files, so no pipe fills up).
  func start(_ args: [String], env extra: [String: String] = [:]) throws -> RunningCLI {
    let bin = try SalesFloorBinary.require()
    let id = UUID().uuidString
    let out = root.appendingPathComponent(".out-\(id)")
    let err = root.appendingPathComponent(".err-\(id)")
    let child = try ChildProcess(
      path: bin, arguments: args, environment: environment.merging(extra) { _, new in new },
      stdout: out.path, stderr: err.path)
    return RunningCLI(child: child, out: out, err: err)
  }

  /// Every regular file in the workspace folder with its bytes, to prove a command wrote nothing.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
      files[name] = try Data(contentsOf: data.appendingPathComponent(name))
    }
    return files
  }

  /// `demo` into `ws/` with the pinned day, as most tests start from it.
  func demo() throws {
    let r = try run(["demo", "--data", data.path])
    try #require(r.status == 0, "demo failed: \(r.stderr)")
  }

  /// `init` into `ws/`.
  func initWorkspace() throws {
    let r = try run(["init", "--data", data.path])
    try #require(r.status == 0, "init failed: \(r.stderr)")
  }
}

/// A started CLI process whose output is collected when it ends.
struct RunningCLI {
  let child: ChildProcess
  let out: URL
  let err: URL

  /// Waits for the end and collects the output.
  func finish() -> CLIResult {
    let ending = child.wait()
    let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(at: out)
    try? FileManager.default.removeItem(at: err)
    switch ending {
    case .exited(let code): return CLIResult(status: code, signaled: false, stdout: stdout, stderr: stderr)
    case .signaled(let signal):
      return CLIResult(status: signal, signaled: true, stdout: stdout, stderr: stderr)
    }
  }
}

/// Output a user would read as a crash dump rather than an error message.
func looksLikeStackTrace(_ text: String) -> Bool {
  let markers = ["Fatal error", "Stack dump", "Current stack trace", "#0 ", "0x0000", "Backtrace", "SIGSEGV"]
  return markers.contains { text.contains($0) }
}
