import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Small golden screens for the parts that should not change by accident (plain text, no escapes).
///
/// Regenerate after an intended change with:
/// `SALESFLOOR_UPDATE_GOLDEN=1 swift test --filter CockpitGoldenTests`, then review `git diff Tests/SalesFloorUITests/Golden`.
@Suite("Cockpit golden screens")
struct CockpitGoldenTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  func check(_ name: String, _ run: CockpitRun) throws {
    let text = run.lines.joined(separator: "\n") + "\n"
    let url = Self.folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["SALESFLOOR_UPDATE_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    #expect(text == golden, "\(name) differs from Golden/\(name).txt; see the regeneration note above")
  }

  @Test("welcome screen at 80×24")
  func welcome() throws {
    try check("welcome-80x24", try CockpitRun(workspace: Workspace(), size: Size(width: 80, height: 24)))
  }

  @Test("too-small screen at 79×24")
  func tooSmall() throws {
    try check("too-small-79x24", try CockpitRun(size: Size(width: 79, height: 24)))
  }
}
