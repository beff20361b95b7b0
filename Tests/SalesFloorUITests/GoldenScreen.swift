import Foundation
import Testing

@testable import SalesFloorUI

/// Golden text screens under `Tests/SalesFloorUITests/Goldens/`: a screen is compared, as plain text,
/// with its golden file.
///
/// - A missing golden is recorded and the test FAILS with "recorded new golden, re-run", so CI never
///   passes on a file nobody has looked at.
/// - `SALESFLOOR_RECORD_GOLDENS=1 swift test --filter …` re-records every golden it touches (and fails
///   where one changed); review `git diff Tests/SalesFloorUITests/Goldens` before committing.
/// - A mismatch fails with a line diff (`-` golden, `+` screen, with line numbers).
enum GoldenScreen {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Goldens")

  /// Whether goldens are being re-recorded (`SALESFLOOR_RECORD_GOLDENS=1`).
  static var recording: Bool { ProcessInfo.processInfo.environment["SALESFLOOR_RECORD_GOLDENS"] == "1" }

  /// What a comparison found.
  enum Outcome: Equatable {
    case matched
    /// The golden was missing (or re-recorded with a change) and has been written.
    case recorded(String)
    /// The screen differs from the golden: the message holds the line diff.
    case mismatch(String)
  }

  /// Compares `lines` with `folder/name.txt`, writing it when missing or when `record` is set.
  static func compare(
    _ lines: [String], name: String, in folder: URL = folder, record: Bool = recording
  ) throws
    -> Outcome
  {
    let text = lines.joined(separator: "\n") + "\n"
    let url = folder.appendingPathComponent(name + ".txt")
    let golden = try? String(contentsOf: url, encoding: .utf8)
    if golden == text { return .matched }
    if golden == nil || record {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return .recorded("recorded new golden Goldens/\(name).txt, re-run")
    }
    let expected = golden.map { Self.lines(of: $0) } ?? []
    return .mismatch(
      "screen differs from Goldens/\(name).txt (re-record: SALESFLOOR_RECORD_GOLDENS=1):\n"
        + lineDiff(expected: expected, actual: lines))
  }

  /// Fails the current test unless `lines` match the golden `name` (see the type's notes).
  static func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    do {
      switch try compare(lines, name: name) {
      case .matched: break
      case .recorded(let message), .mismatch(let message):
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
      }
    } catch {
      Issue.record("golden \(name): \(error)", sourceLocation: sourceLocation)
    }
  }

  static func lines(of text: String) -> [String] {
    var out = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if out.last == "" { out.removeLast() }
    return out
  }

  /// A line diff by longest common subsequence: `  n  line` kept, `- n  line` only in the golden,
  /// `+ n  line` only on screen (n: the line number in that file); runs of kept lines are elided.
  static func lineDiff(expected: [String], actual: [String]) -> String {
    let n = expected.count
    let m = actual.count
    var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        lcs[i][j] = expected[i] == actual[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    var skipped = 0
    func flushSkipped() {
      if skipped > 0 { out.append("  … \(skipped) same line\(skipped == 1 ? "" : "s")") }
      skipped = 0
    }
    while i < n || j < m {
      if i < n, j < m, expected[i] == actual[j] {
        skipped += 1
        i += 1
        j += 1
      } else if j < m, i == n || lcs[i][j + 1] >= lcs[i + 1][j] {
        flushSkipped()
        out.append("+ \(j + 1)  \(actual[j])")
        j += 1
      } else {
        flushSkipped()
        out.append("- \(i + 1)  \(expected[i])")
        i += 1
      }
    }
    flushSkipped()
    return out.joined(separator: "\n")
  }
}
