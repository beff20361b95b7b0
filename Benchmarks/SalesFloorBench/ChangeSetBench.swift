import Foundation
import SalesFloorKit
import SalesFloorUI

/// Change sets reaching the cockpit (application-core issue): undo and redo of a stage move, and
/// another process's edits arriving through the journal, each measured to the next frame.
enum ChangeSetBench {
  static func run(_ fixture: Fixture, iterations: Int, batches: [Int], only: String?) throws -> [BenchResult]
  {
    /// Parts whose name contains `only` run (all when nil), for profiling one at a time.
    func wanted(_ part: String) -> Bool { only.map { part == $0 || part.hasPrefix($0 + " ") } ?? true }
    let copy = try fixture.scratchCopy("changes")
    defer { try? FileManager.default.removeItem(at: copy) }
    let store = try WorkspaceStore(opening: copy)
    let theirs = try WorkspaceStore(opening: copy)
    var driver = Driver(Fixture.program(store))
    sync()
    var results: [BenchResult] = []

    // `>` (untimed), then `u` and `Ctrl-R`: each a durable commit + change set + frame.
    var undos: [Double] = []
    var redos: [Double] = []
    for _ in 0..<(wanted("undo redo") ? iterations : 0) {
      _ = driver.press(.char(">"))
      undos.append(driver.press(.char("u")))
      redos.append(driver.press(.ctrl("r")))
      _ = driver.press(.char("u"))
    }
    try expectNoError(driver, "undo/redo")
    if !undos.isEmpty {
      results.append(p50("undo of a stage move (commit+fsync+change set+frame)", undos, target: 5, fixture))
      results.append(p50("redo of a stage move (commit+fsync+change set+frame)", redos, target: 5, fixture))
    }

    // Another process moves a deal a stage on: the cockpit's next tick reads the journal line,
    // applies the change set and draws the frame.
    let open = theirs.workspace.settings.openStages.map(\.id)
    var rng = SplitMix64(seed: 7)
    var arrivals: [Double] = []
    for i in 0..<(wanted("external move") ? iterations : 0) {
      try theirs.commit(stageMoves(theirs, count: 1, stages: open, rng: &rng, tag: "one-\(i)"))
      arrivals.append(driver.tick())
    }
    try expectNoError(driver, "external move")
    if !arrivals.isEmpty {
      results.append(p50("another process's stage move → next frame (tick)", arrivals, target: 10, fixture))
    }

    // The same with the Hygiene view open: its scores come from the book the change set patched;
    // afterwards the patched book must equal one rebuilt from the workspace.
    var hygiene: [Double] = []
    if wanted("hygiene") {
      _ = driver.press(.char("Y"))
      for i in 0..<iterations {
        try theirs.commit(stageMoves(theirs, count: 1, stages: open, rng: &rng, tag: "hy-\(i)"))
        hygiene.append(driver.tick())
      }
      _ = driver.press(.esc)
      try expectNoError(driver, "hygiene")
      let s = driver.program.state
      let fresh = HygieneBook(store.workspace, owners: s.data.scopeIds, asOf: s.asOf)
      for owner in s.data.scopeIds
      where s.data.hygiene.score(owner, withIds: false) != fresh.score(owner, withIds: false) {
        throw OptionError(message: "hygiene score of \(owner) differs from a rebuild after change sets")
      }
      results.append(
        p50("another process's stage move → next frame, Hygiene view open (Y)", hygiene, target: 10, fixture))
    }

    // Batches such as a sync round brings: stage moves, amount and close-date changes.
    for size in batches where wanted("batch \(size)") {
      var times: [Double] = []
      var path = CockpitData.ApplyPath.incremental
      for i in 0..<max(3, iterations / 10) {
        try theirs.commit(mixedEdits(theirs, count: size, stages: open, rng: &rng, tag: "b\(size)-\(i)"))
        let before = driver.program.state.dataGeneration
        times.append(driver.tick())
        path = driver.program.state.lastApplyPath ?? path
        if driver.program.state.dataGeneration == before { throw OptionError(message: "batch not applied") }
      }
      results.append(
        p50(
          "batch of \(size) changed deals arriving → next frame (\(path == .rebuilt ? "rebuild" : "incremental"))",
          times, target: size == 500 ? 50 : nil, fixture))
    }

    // The full rebuild an over-threshold batch takes, for choosing `incrementalLimit`.
    var rebuilds: [Double] = []
    let state = driver.program.state
    for _ in 0..<(wanted("rebuild") ? 3 : 0) {
      rebuilds.append(
        Measure.ms {
          _ = CockpitData(
            workspace: store.workspace, viewer: state.viewer, period: state.period, asOf: state.asOf)
        })
    }
    if !rebuilds.isEmpty {
      results.append(
        p50("full rebuild of the cockpit's data (for the threshold)", rebuilds, target: nil, fixture))
    }
    try store.close()
    return results
  }

  static func expectNoError(_ driver: Driver, _ what: String) throws {
    if let status = driver.program.state.status, status.kind == .error {
      throw OptionError(message: "\(what) failed: \(status.text)")
    }
  }

  static func p50(_ name: String, _ samples: [Double], target: Double?, _ fixture: Fixture) -> BenchResult {
    let s = Samples(samples)
    return BenchResult(
      group: "changes", name: name, value: s.p50, metric: "ms p50", target: target, p50: s.p50, p99: s.p99,
      iterations: s.count, note: "\(fixture.deals) deals")
  }

  /// Open deals moved one stage on (or back from the last open stage).
  static func stageMoves(
    _ store: WorkspaceStore, count: Int, stages: [String], rng: inout SplitMix64, tag: String
  ) -> Transaction {
    let ws = store.workspace
    let open = Set(stages)
    var mutations: [Mutation] = []
    var seen: Set<String> = []
    while mutations.count < count {
      var d = ws.deals[Int(rng.next() % UInt64(ws.deals.count))]
      guard open.contains(d.stage), seen.insert(d.id).inserted, let i = stages.firstIndex(of: d.stage) else {
        continue
      }
      d.move(to: stages[i + 1 < stages.count ? i + 1 : i - 1], at: Timestamp.now, by: nil)
      mutations.append(.put(.deal(d)))
    }
    return Transaction(id: "tx-\(tag)", at: Timestamp.now, summary: "bench \(tag)", mutations: mutations)
  }

  /// A third each of stage moves, amount changes and close-date changes, on distinct deals.
  static func mixedEdits(
    _ store: WorkspaceStore, count: Int, stages: [String], rng: inout SplitMix64, tag: String
  ) -> Transaction {
    var tx = stageMoves(store, count: count, stages: stages, rng: &rng, tag: tag)
    for k in tx.mutations.indices where k % 3 != 0 {
      guard case .put(.deal(var d)) = tx.mutations[k] else { continue }
      if k % 3 == 1 {
        d.setAmount(d.amount + 10_000, at: Timestamp.now, by: nil)
      } else {
        d.setCloseDate(
          (d.closeDate ?? Fixture.today).adding(days: Int(rng.next() % 30) + 1), at: Timestamp.now, by: nil)
      }
      tx.mutations[k] = .put(.deal(d))
    }
    return tx
  }
}
