import Foundation
import Testing

@testable import SalesFloorUI

/// The golden harness itself: a missing golden is written and reported (never a silent pass), a
/// mismatch comes back as a line diff, and a match passes.
@Suite("Golden harness")
struct GoldenHarnessTests {
  func tempFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("goldens-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test("a missing golden is recorded and reported as 'recorded new golden, re-run'; the next run matches")
  func recordsMissing() throws {
    let folder = try tempFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try GoldenScreen.compare(["a", "b"], name: "screen", in: folder, record: false)
    #expect(first == .recorded("recorded new golden Goldens/screen.txt, re-run"))
    let written = try String(contentsOf: folder.appendingPathComponent("screen.txt"), encoding: .utf8)
    #expect(written == "a\nb\n")
    #expect(try GoldenScreen.compare(["a", "b"], name: "screen", in: folder, record: false) == .matched)
  }

  @Test("a mismatch fails with a line diff naming the changed lines; it does not overwrite the golden")
  func diffsMismatch() throws {
    let folder = try tempFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "top\nold line\nbottom\n".write(
      to: folder.appendingPathComponent("s.txt"), atomically: true, encoding: .utf8)
    let outcome = try GoldenScreen.compare(
      ["top", "new line", "bottom"], name: "s", in: folder, record: false)
    guard case .mismatch(let message) = outcome else {
      Issue.record("expected a mismatch, got \(outcome)")
      return
    }
    #expect(message.contains("- 2  old line"))
    #expect(message.contains("+ 2  new line"))
    #expect(message.contains("… 1 same line"))
    let kept = try String(contentsOf: folder.appendingPathComponent("s.txt"), encoding: .utf8)
    #expect(kept == "top\nold line\nbottom\n")
  }

  @Test("re-recording (SALESFLOOR_RECORD_GOLDENS=1) writes a changed golden and still reports it")
  func rerecords() throws {
    let folder = try tempFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try "old\n".write(to: folder.appendingPathComponent("r.txt"), atomically: true, encoding: .utf8)
    let outcome = try GoldenScreen.compare(["new"], name: "r", in: folder, record: true)
    #expect(outcome == .recorded("recorded new golden Goldens/r.txt, re-run"))
    #expect(try String(contentsOf: folder.appendingPathComponent("r.txt"), encoding: .utf8) == "new\n")
  }
}
