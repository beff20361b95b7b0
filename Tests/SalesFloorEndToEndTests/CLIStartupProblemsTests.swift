import Foundation
import Testing

/// Theme and config problems are shown in the cockpit at start, not only on stderr (which the full
/// screen hides until quitting); `salesfloor screen` draws exactly what the cockpit shows.
@Suite("CLI: startup problems in the cockpit")
struct CLIStartupProblemsTests {
  @Test func aBadThemeAndAnUnknownKeyActionShowInTheStatusLine() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let folder = box.root.appendingPathComponent("config/salesfloor", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(#"{"theme": "nosuch", "keys": {"global": {"x": "deal.fly"}}}"#.utf8).write(
      to: folder.appendingPathComponent("config.json"))
    let r = try box.run(["screen", "--data", box.data.path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("Problems at start"))
    #expect(r.stdout.contains("unknown action \"deal.fly\""), "\(r.stdout)")
    #expect(r.stdout.contains("theme nosuch"), "\(r.stdout)")
    #expect((r.stdoutLines.last ?? "").contains("2 problems at start (defaults used): Esc closes the list"))
    // Still on stderr as before.
    #expect(r.stderr.contains("theme nosuch"))
  }
}
