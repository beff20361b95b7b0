import Foundation

/// One line of the benchmark report: what was measured, the numbers, and the target it checks.
struct BenchResult: Sendable {
  var group: String
  var name: String
  /// Main number (median, p99 or bytes, see `metric`).
  var value: Double
  /// "ms p99", "ms median", "MB", "ratio" …
  var metric: String
  /// The target in the same unit, when the issue sets one.
  var target: Double?
  var p50: Double?
  var p99: Double?
  var iterations: Int
  var note: String = ""

  /// nil when there is no target.
  var meetsTarget: Bool? { target.map { value <= $0 } }

  static func latency(
    _ group: String, _ name: String, _ samples: Samples, target: Double?, note: String = ""
  ) -> BenchResult {
    BenchResult(
      group: group, name: name, value: samples.p99, metric: "ms p99", target: target, p50: samples.p50,
      p99: samples.p99, iterations: samples.count, note: note)
  }
}

/// Prints results as an aligned table or as JSON.
enum Report {
  static func table(_ results: [BenchResult]) -> String {
    let header = ["group", "benchmark", "p50", "p99 / value", "metric", "target", "ok", "n", "note"]
    var rows = [header]
    for r in results {
      rows.append([
        r.group, r.name, r.p50.map { fmt($0) } ?? "", fmt(r.value), r.metric,
        r.target.map { "≤ " + fmt($0) } ?? "", r.meetsTarget.map { $0 ? "yes" : "NO" } ?? "",
        String(r.iterations), r.note,
      ])
    }
    var widths = Array(repeating: 0, count: header.count)
    for row in rows { for (i, c) in row.enumerated() { widths[i] = Swift.max(widths[i], c.count) } }
    return rows.map { row in
      row.enumerated().map { i, c in
        i == 2 || i == 3
          ? String(repeating: " ", count: widths[i] - c.count) + c
          : c + String(repeating: " ", count: widths[i] - c.count)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }

  static func json(_ results: [BenchResult], context: [String: String]) -> String {
    var items: [[String: Any]] = []
    for r in results {
      var o: [String: Any] = [
        "group": r.group, "name": r.name, "value": r.value, "metric": r.metric, "iterations": r.iterations,
      ]
      if let t = r.target { o["target"] = t }
      if let ok = r.meetsTarget { o["meetsTarget"] = ok }
      if let v = r.p50 { o["p50"] = v }
      if let v = r.p99 { o["p99"] = v }
      if !r.note.isEmpty { o["note"] = r.note }
      items.append(o)
    }
    let root: [String: Any] = ["context": context, "results": items]
    guard
      let data = try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }

  static func fmt(_ v: Double) -> String {
    if v >= 100 { return String(format: "%.0f", v) }
    if v >= 10 { return String(format: "%.1f", v) }
    return String(format: "%.3f", v)
  }
}
