import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Timing helpers: every benchmark measures with `ContinuousClock` and reports milliseconds.
enum Measure {
  static let clock = ContinuousClock()

  /// Milliseconds `body` took.
  static func ms(_ body: () throws -> Void) rethrows -> Double {
    let start = clock.now
    try body()
    return milliseconds(clock.now - start)
  }

  /// Milliseconds and the value `body` returned.
  static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = clock.now
    let value = try body()
    return (value, milliseconds(clock.now - start))
  }

  static func milliseconds(_ d: Duration) -> Double {
    let (s, atto) = d.components
    return Double(s) * 1000 + Double(atto) / 1e15
  }

  /// Peak resident memory of this process so far (`VmHWM` in /proc/self/status), in bytes.
  static func peakRSS() -> Int? { statusField("VmHWM:") }
  /// Current resident memory, in bytes.
  static func currentRSS() -> Int? { statusField("VmRSS:") }

  private static func statusField(_ name: String) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix(name) {
      let kb = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap {
        Int($0)
      }
      return kb.map { $0 * 1024 }
    }
    return nil
  }

  /// Total size of the regular files directly in `folder`, in bytes.
  static func folderSize(_ folder: String) -> Int {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var total = 0
    for n in names {
      var st = stat()
      if stat(folder + "/" + n, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { total += Int(st.st_size) }
    }
    return total
  }
}

/// Percentiles over a list of samples (nearest-rank).
struct Samples: Sendable {
  var values: [Double]

  init(_ values: [Double]) { self.values = values.sorted() }

  func percentile(_ p: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let rank = Int((p / 100 * Double(values.count)).rounded(.up)) - 1
    return values[Swift.min(Swift.max(0, rank), values.count - 1)]
  }
  var p50: Double { percentile(50) }
  var p99: Double { percentile(99) }
  var max: Double { values.last ?? 0 }
  var count: Int { values.count }
}
