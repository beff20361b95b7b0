import Foundation
import SalesFloorKit
import SalesFloorUI

/// Target 1: store open (read + decode every collection, replay the journal) to the first frame.
enum OpenBench {
  struct Timing {
    var store: Double
    var data: Double
    var frame: Double
    var total: Double { store + data + frame }
  }

  /// One open, split into its phases.
  static func once(_ folder: URL) throws -> Timing {
    let (store, storeMs) = try Measure.timed { try WorkspaceStore(opening: folder, readOnly: true) }
    let (program, dataMs) = Measure.timed { Fixture.program(store) }
    let frameMs = Measure.ms { _ = Driver(program) }
    return Timing(store: storeMs, data: dataMs, frame: frameMs)
  }

  static func run(_ fixture: Fixture, runs: Int) throws -> [BenchResult] {
    var timings: [Timing] = []
    for _ in 0..<runs { timings.append(try once(fixture.folder)) }
    let total = Samples(timings.map(\.total))
    let store = Samples(timings.map(\.store))
    let data = Samples(timings.map(\.data))
    let frame = Samples(timings.map(\.frame))
    let mb = Double(fixture.bytesOnDisk) / 1_048_576
    func median(_ name: String, _ s: Samples, _ note: String) -> BenchResult {
      BenchResult(
        group: "open", name: name, value: s.p50, metric: "ms median", target: nil, p50: s.p50, p99: nil,
        iterations: s.count, note: note)
    }
    return [
      median(
        "open → first frame (in process)", total,
        "\(fixture.deals) deals, \(String(format: "%.0f", mb)) MB; target vs orjson: Benchmarks/compare.sh"),
      median("  store open (decode + journal)", store, ""),
      median("  cockpit data (CockpitData)", data, ""),
      median("  first frame (render + diff)", frame, ""),
    ]
  }
}

/// Target 4 (in-process part): the pipeline report over all deals, as the CLI computes and encodes it.
enum ReportBench {
  static func run(_ fixture: Fixture, runs: Int) throws -> [BenchResult] {
    let store = try WorkspaceStore(opening: fixture.folder, readOnly: true)
    let ws = store.workspace
    var compute: [Double] = []
    var encode: [Double] = []
    for _ in 0..<runs {
      let (report, ms) = Measure.timed { Reports.pipeline(ws, scope: .everyone, asOf: Fixture.today) }
      compute.append(ms)
      encode.append(
        try Measure.ms {
          let encoder = JSONEncoder()
          encoder.outputFormatting = [.sortedKeys]
          _ = try encoder.encode(report)
        })
    }
    let c = Samples(compute)
    let e = Samples(encode)
    return [
      BenchResult(
        group: "report", name: "pipeline report (compute)", value: c.p50, metric: "ms median", target: nil,
        p50: c.p50, p99: c.p99, iterations: c.count, note: "whole CLI run vs jq: Benchmarks/compare.sh"),
      BenchResult(
        group: "report", name: "pipeline report (JSON encode)", value: e.p50, metric: "ms median",
        target: nil, p50: e.p50, p99: e.p99, iterations: e.count),
    ]
  }
}
