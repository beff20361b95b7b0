import Foundation
import SalesFloorKit
import SalesFloorUI

// salesfloor-bench: one benchmark per performance target of issue 4 (docs/performance.md).
// A plain executable timed with ContinuousClock: no extra dependencies, runs headless, and
// `--smoke` finishes in seconds for CI.

setlocale(LC_ALL, "C.UTF-8")
let options: Options
do {
  options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(2)
}

if let folder = options.rssProbe {
  do {
    try MemoryBench.probe(folder)
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("rss probe: \(error)\n".utf8))
    exit(1)
  }
}

@MainActor func log(_ text: String) {
  if !options.json { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}

var results: [BenchResult] = []
var passed = 0
var failed = 0

/// Runs one group, counting it as passed when it finished without an error.
@MainActor func group(_ name: String, _ body: () throws -> [BenchResult]) {
  guard options.runs(name) else { return }
  log("… \(name)")
  do {
    let r = try body()
    results += r
    passed += r.count
  } catch {
    failed += 1
    log("FAILED \(name): \(error)")
  }
}

let fixture: Fixture
do {
  if let data = options.data {
    fixture = Fixture.existing(data)
  } else {
    log("generating \(options.deals) deals, \(options.people) people, \(options.activities) activities …")
    fixture = try Fixture.generate(
      deals: options.deals, people: options.people, activities: options.activities)
  }
} catch {
  FileHandle.standardError.write(Data("cannot prepare the workspace: \(error)\n".utf8))
  print("0 passed, 1 failed")
  exit(1)
}

group("open") { try OpenBench.run(fixture, runs: options.openRuns) }
group("keys") { try KeystrokeBench.run(fixture, iterations: options.keyIterations, only: options.scenario) }
group("filter") { try FilterBench.run(fixture, iterations: options.keyIterations) }
group("edit") {
  try EditBench.run(fixture, iterations: options.editIterations, newDeals: options.smoke ? 20 : 1_100)
}
group("changes") {
  try ChangeSetBench.run(
    fixture, iterations: options.editIterations, batches: options.smoke ? [50] : [500, 2_000, 5_000, 10_000],
    only: options.scenario)
}
group("sync") { try SyncBench.run(fixture, smoke: options.smoke) }
group("report") { try ReportBench.run(fixture, runs: options.reportRuns) }
group("memory") { try MemoryBench.run(fixture) }
fixture.remove()
group("scaling") { try ScalingBench.run(sizes: options.scalingSizes, options: options) }

if options.json {
  print(
    Report.json(
      results,
      context: [
        "deals": String(fixture.deals), "bytesOnDisk": String(fixture.bytesOnDisk),
        "mode": options.smoke ? "smoke" : "full",
        "cores": String(ProcessInfo.processInfo.activeProcessorCount),
      ]))
} else {
  print(Report.table(results))
}
let summary = "\(passed) passed, \(failed) failed"
if options.json {
  FileHandle.standardError.write(Data((summary + "\n").utf8))
} else {
  print(summary)
}
exit(failed == 0 ? 0 : 1)
