import Foundation
import SalesFloorKit
import SalesFloorUI

/// Target 6: open and keystroke times at three workspace sizes (people and activities scale with
/// deals as in the 100k demo: one person per 100 deals, three activities per deal).
enum ScalingBench {
  static func run(sizes: [Int], options: Options) throws -> [BenchResult] {
    var results: [BenchResult] = []
    var opens: [(Int, Double)] = []
    for n in sizes {
      let fixture = try Fixture.generate(deals: n, people: max(20, n / 100), activities: n * 3)
      defer { fixture.remove() }
      var totals: [Double] = []
      for _ in 0..<(options.smoke ? 1 : 3) { totals.append(try OpenBench.once(fixture.folder).total) }
      let open = Samples(totals)
      opens.append((n, open.p50))
      let mb = Double(fixture.bytesOnDisk) / 1_048_576
      results.append(
        BenchResult(
          group: "scaling", name: "open @ \(n) deals", value: open.p50, metric: "ms median", target: nil,
          p50: open.p50, p99: nil, iterations: open.count, note: String(format: "%.0f MB on disk", mb)))
      let store = try WorkspaceStore(opening: fixture.folder, readOnly: true)
      let program = Fixture.program(store)
      let iterations = options.smoke ? 20 : 150
      for (name, setup, key) in [
        ("move selection (table)", "v", Key.char("j")), ("change sort (s)", "v", Key.char("s")),
        ("period switch (])", "", Key.char("]")),
      ] {
        var driver = Driver(program)
        _ = try driver.press(script: setup)
        _ = driver.press(key)
        let s = Samples((0..<iterations).map { _ in driver.press(key) })
        results.append(.latency("scaling", "\(name) @ \(n)", s, target: 5))
      }
      var driver = Driver(program)
      _ = driver.press(.char("/"))
      var filter: [Double] = []
      while filter.count < iterations {
        for c in "propos" { filter.append(driver.press(.char(c))) }
        for _ in 0..<6 { filter.append(driver.press(.backspace)) }
      }
      results.append(.latency("scaling", "filter keystroke @ \(n)", Samples(filter), target: 16))
    }
    if let first = opens.first, let last = opens.last, last.0 > first.0, first.1 > 0 {
      let growth = (last.1 / first.1) / (Double(last.0) / Double(first.0))
      results.append(
        BenchResult(
          group: "scaling", name: "open growth ÷ linear (\(first.0)→\(last.0))", value: growth,
          metric: "ratio",
          target: 1.0, p50: nil, p99: nil, iterations: 1, note: "≤ 1 means no worse than linear"))
    }
    return results
  }
}
