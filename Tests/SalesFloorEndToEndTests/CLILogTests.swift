import Foundation
import Testing

/// `--log-level` and the log file the real binary writes (never the terminal).
@Suite struct CLILogTests {
  private func logLines(_ box: Sandbox) -> [String] {
    let url = box.root.appendingPathComponent("state/salesfloor/salesfloor.log")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").map(String.init)
  }

  @Test func aBadLevelIsAUsageErrorWhereverItStands() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    for args in [
      ["--log-level", "nonsense", "deal", "list"], ["deal", "list", "--log-level=nonsense"],
      ["deal", "list", "--log-level"],
    ] {
      let r = try box.run(args + ["--data", box.data.path])
      #expect(r.status == 64, "\(args): exit \(r.status), stderr: \(r.stderr)")
      #expect(r.stderrLines.count == 1, "\(args): \(r.stderr)")
      #expect(r.stderr.contains("log-level"), "\(args): \(r.stderr)")
      #expect(r.stdout.isEmpty)
    }
  }

  @Test func commandsLogToTheStateFolderNotTheTerminal() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let quiet = try box.run(["deal", "list", "--data", box.data.path])
    #expect(quiet.status == 0)
    #expect(quiet.stderr.isEmpty, "\(quiet.stderr)")
    // Default level info: the store's open is there, the debug line is not.
    let info = logLines(box)
    #expect(info.contains { $0.contains(" info salesfloor.store: opened \(box.data.path): 0 deals") })
    #expect(!info.contains { $0.contains(" debug ") })

    // After the subcommand works too; the file is appended to.
    let r = try box.run(["deal", "list", "--log-level", "debug", "--data", box.data.path])
    #expect(r.status == 0, "\(r.stderr)")
    let debug = logLines(box)
    #expect(debug.count > info.count)
    #expect(debug.contains { $0.hasSuffix(" debug salesfloor.cli: running salesfloor deal list") })
    // Every line: UTC timestamp, level, label, message.
    let shape =
      #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (trace|debug|info|notice|warning|error|critical) salesfloor\.[a-z]+: ./#
    #expect(debug.allSatisfy { $0.firstMatch(of: shape) != nil }, "\(debug)")

    let path = box.root.appendingPathComponent("state/salesfloor/salesfloor.log").path
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func aFailedCommandIsLogged() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let missing = box.root.appendingPathComponent("nowhere").path
    let r = try box.run(["deal", "list", "--data", missing])
    #expect(r.status == 64)
    #expect(
      logLines(box).contains {
        $0.contains(
          " error salesfloor.cli: salesfloor deal list failed (exit 64): no workspace at \(missing)")
      })
  }
}
