import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How the store tells a journal line from a newer SalesFloor apart from a damaged one, and what it
/// says about either (docs/format.md, "Lines from a newer SalesFloor").
///
/// A complete line (it ends in a newline) was acknowledged to whoever committed it, so neither case
/// may ever be dropped or truncated: a damaged line stops opening with the line and column; a newer
/// line opens the workspace read-only, showing the edits before it, so an older build neither buries
/// it under its own appends nor folds a partial replay into the files.
enum JournalCompatibility {
  /// The operations this build understands.
  static let knownOps: Set<String> = ["put", "del"]
  /// The bytes of the optional per-line version marker, for a cheap check before parsing.
  private static let marker = Array("\"schemaVersion\"".utf8)

  /// A line that decoded but declares a newer `schemaVersion`: its meaning may differ from what this
  /// build would apply.
  struct NewerLine: Error {
    var feature: String
  }

  /// Throws `NewerLine` when a line that this build decoded declares a newer `schemaVersion`.
  /// Costs a byte search per line; only lines mentioning the marker are parsed again.
  static func checkVersion(_ line: ArraySlice<UInt8>) throws {
    guard contains(line, marker), let feature = newerFeature(in: line) else { return }
    throw NewerLine(feature: feature)
  }

  /// What makes an undecodable line look written by a newer SalesFloor (an operation or collection
  /// this build does not know, or a newer `schemaVersion`), or nil when it is simply damaged.
  ///
  /// Only a well-formed JSON object with `tx` and `ops` qualifies, so random damage (a flipped
  /// brace or quote, binary junk) is reported as corruption.
  static func newerFeature(in line: ArraySlice<UInt8>) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
      object["tx"] != nil, let ops = object["ops"] as? [Any]
    else { return nil }
    if let version = object["schemaVersion"] as? Int, version > WorkspaceStore.schemaVersion {
      return "schemaVersion \(version) (this build understands \(WorkspaceStore.schemaVersion))"
    }
    for case let op as [String: Any] in ops {
      if let kind = op["op"] as? String, !knownOps.contains(kind) {
        return "operation \"\(kind)\" (this build knows \"put\" and \"del\")"
      }
      if let c = op["c"] as? String, CollectionName(rawValue: c) == nil {
        return "collection \"\(c)\""
      }
    }
    return nil
  }

  static func newerLineNotice(line: Int, feature: String) -> String {
    "journal.jsonl line \(line) was written by a newer SalesFloor (\(feature)). Showing the edits "
      + "before it; upgrade SalesFloor to see the rest and to edit. Nothing is changed."
  }

  /// The error for a complete journal line that does not decode, with what the user can do.
  static func corruptLine(_ error: Error, path: String, line: Int, isLast: Bool) -> WorkspaceError {
    let e = error as? CodecError
    let place =
      isLast
      ? "the last line is complete (it ends in a newline), so its edit was saved and is not dropped"
      : "a journal line in the middle of the file cannot be skipped"
    return .corruptFile(
      path: path, line: line, column: e?.column ?? 1,
      message: (e?.message ?? "\(error)") + " (\(place); repair line \(line) by hand, "
        + "or delete just that line to give up that one edit)")
  }

  /// Whether `needle` occurs in `haystack`. JSON is full of the needle's first byte (a quote), so
  /// candidates are found by `memchr` on its second byte and compared with `memcmp`: a per-quote
  /// slice compare cost more than decoding the line.
  private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
    guard needle.count >= 2, haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBytes { hay in
      needle.withUnsafeBytes { n in
        guard let base = hay.baseAddress, let nb = n.baseAddress else { return false }
        var from = 1
        let end = hay.count - needle.count + 1  // last start + 1
        while from < end + 1 {
          guard let hit = memchr(base + from, Int32(needle[1]), hay.count - from) else { return false }
          let start = base.distance(to: UnsafeRawPointer(hit)) - 1
          if start >= end { return false }
          if memcmp(base + start, nb, needle.count) == 0 { return true }
          from = start + 2
        }
        return false
      }
    }
  }
}
