import SalesFloorKit

/// One exported batch of a device's ops: the `ops.jsonl` blob of one commit on its log, one op
/// per line in sequence order, and the journal cursor it exported through.
enum OpBatch {
  static let file = "ops.jsonl"
  static let cursorFile = "cursor"

  static func encode(_ ops: [SyncOp]) -> [UInt8] {
    Array(ops.map { $0.jsonLine + "\n" }.joined().utf8)
  }

  /// The ops of a batch; a line that is not an op is reported and skipped (a newer version's
  /// kinds decode as `.unknown`, so only damage lands here).
  static func decode(_ bytes: [UInt8], commit: String, issues: inout [String]) -> [SyncOp] {
    var ops: [SyncOp] = []
    var n = 0
    for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: true) {
      n += 1
      do throws(SyncError) {
        ops.append(try SyncOp(jsonLine: String(decoding: line, as: UTF8.self)))
      } catch {
        issues.append("commit \(commit.prefix(12)) \(file) line \(n): \(error.message)")
      }
    }
    return ops
  }

  /// `salesfloor: <device> ops <first>-<last>`: a readable `git log`, and the last sequence
  /// number of a head without reading its blob.
  static func subject(device: String, ops: [SyncOp]) -> String {
    "salesfloor: \(device) ops \(ops.first?.seq ?? 0)-\(ops.last?.seq ?? 0)"
  }

  static func lastSeq(inSubject subject: String) -> Int? {
    guard let range = subject.split(separator: " ").last, let dash = range.lastIndex(of: "-") else {
      return nil
    }
    return Int(range[range.index(after: dash)...])
  }
}
