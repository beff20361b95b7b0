import Foundation
import SalesFloorKit
import SalesFloorSync
import SalesFloorUI

/// Team sync (issue 14): a round that pulls 1,000 remote edits into the fixture workspace (fetch
/// + merge + apply + the cockpit's next frame), an idle round, keystrokes while a round applies in
/// the background, and the hub's size as edits accumulate.
///
/// Two copies on a local `file://` hub: copy A (the cockpit under test, with its engine kept
/// between rounds as the cockpit keeps it) and copy B (the teammate whose edits A pulls).
enum SyncBench {
  static func run(_ fixture: Fixture, smoke: Bool) throws -> [BenchResult] {
    let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent(
      "salesfloor-bench-\(getpid())-sync")
    try? FileManager.default.removeItem(at: root)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let folderA = root.appendingPathComponent("a")
    try FileManager.default.copyItem(at: fixture.folder, to: folderA)
    let hub = "file://" + root.appendingPathComponent("hub.git").path
    var results: [BenchResult] = []
    func note(_ extra: String = "") -> String {
      "\(fixture.deals) deals" + (extra.isEmpty ? "" : ", " + extra)
    }

    let storeA = try WorkspaceStore(opening: folderA)
    let ops = storeA.workspace.people.items.filter { $0.role == .ops }.min { $0.id < $1.id }
    let rep = storeA.workspace.people.items.filter { $0.role == .rep }.min { $0.id < $1.id }
    guard let ops, let rep else { throw OptionError(message: "the fixture has no ops person or no rep") }
    let initMs = try Measure.ms { _ = try TeamSetup.initialize(store: storeA, hub: hub, person: ops.id) }
    results.append(one("team init (snapshot of the workspace, push)", initMs, metric: "ms", note()))
    var joined: (store: WorkspaceStore, engine: SyncEngine)?
    let joinMs = try Measure.ms {
      joined = try TeamSetup.join(hub: hub, folder: root.appendingPathComponent("b"), person: rep.id)
    }
    guard let (storeB, engineB) = joined else { throw OptionError(message: "join failed") }
    results.append(one("team join (clone, write the workspace, first round)", joinMs, metric: "ms", note()))

    var engine: SyncEngine?
    let loadMs = try Measure.ms { engine = try SyncEngine(store: storeA) }
    guard let engineA = engine else { throw OptionError(message: "no engine") }
    results.append(one("sync state load at cockpit start", loadMs, metric: "ms", note()))
    var driver = Driver(Fixture.program(storeA))
    _ = driver.tick()

    // Idle: nothing new anywhere. Export finds nothing, no push, a fetch, nothing to merge.
    var idle: [Double] = []
    for _ in 0..<(smoke ? 3 : 20) { idle.append(try Measure.ms { try engineA.round() }) }
    results.append(p50("idle sync round (nothing new)", idle, target: 150, note("file:// hub")))

    // B edits 1,000 deals (one transaction: a batch such as a day's work of several people)
    // and syncs; A's round pulls them and the cockpit draws the next frame.
    let size = smoke ? 100 : 1_000
    let stages = storeB.workspace.settings.openStages.map(\.id)
    var rng = SplitMix64(seed: 14)
    var pulls: [Double] = []
    var keyTimes: [Double] = []
    for i in 0..<(smoke ? 2 : 5) {
      try storeB.commit(
        ChangeSetBench.mixedEdits(storeB, count: size, stages: stages, rng: &rng, tag: "sync-bench-\(i)"))
      try engineB.round()
      let before = driver.program.state.dataGeneration
      pulls.append(
        try Measure.ms {
          guard let status = try engineA.round(), status.pulled > 0 else {
            throw OptionError(message: "round \(i) pulled nothing")
          }
          _ = driver.tick()
        })
      if driver.program.state.dataGeneration == before {
        throw OptionError(message: "the cockpit did not update")
      }
      // The same again, with the round on a background thread and keys pressed meanwhile.
      try storeB.commit(
        ChangeSetBench.mixedEdits(storeB, count: size, stages: stages, rng: &rng, tag: "sync-bench-bg-\(i)"))
      try engineB.round()
      let done = Flag()
      let thread = Thread {
        _ = try? engineA.round()
        done.set()
      }
      thread.start()
      var presses = 0
      while !done.isSet || presses < 20 {
        keyTimes.append(driver.press(.char(presses % 4 == 3 ? "k" : "j")))
        presses += 1
      }
      _ = driver.tick()
    }
    results.append(
      p50(
        "sync round pulling \(size) remote edits (fetch+merge+apply+frame)", pulls,
        target: smoke ? nil : 1_000, note()))
    let keys = Samples(keyTimes)
    results.append(
      BenchResult(
        group: "sync", name: "keystroke (j/k) while a background round applies \(size) edits",
        value: keys.p99,
        metric: "ms p99", target: 5, p50: keys.p50, p99: keys.p99, iterations: keys.count, note: note()))

    // Hub size: B makes edits in rounds of 1,000 until `total`; the hub's size on disk, then
    // after `git gc` (what a hub's housekeeping gives).
    let total = smoke ? 2_000 : 100_000
    let hubPath = root.appendingPathComponent("hub.git").path
    let start = treeSize(hubPath)
    var made = 0
    while made < total {
      let n = min(1_000, total - made)
      try storeB.commit(
        ChangeSetBench.mixedEdits(storeB, count: n, stages: stages, rng: &rng, tag: "sync-size-\(made)"))
      try engineB.round()
      made += n
    }
    let grown = treeSize(hubPath)
    _ = try? runGit(["--git-dir", hubPath, "gc", "--quiet"])
    let packed = treeSize(hubPath)
    let mb = { (b: Int) in Double(b) / 1_048_576 }
    results.append(one("hub size at team init (snapshot)", mb(start), metric: "MB", note()))
    results.append(
      one(
        "hub size after \(total) more edits (loose objects)", mb(grown), metric: "MB",
        note("\(String(format: "%.0f", Double(grown - start) / Double(total))) bytes per edit")))
    results.append(
      one(
        "hub size after \(total) more edits, after git gc", mb(packed), metric: "MB",
        note("\(String(format: "%.0f", Double(max(0, packed - start)) / Double(total))) bytes per edit")))
    try storeA.close()
    try storeB.close()
    return results
  }

  private static func one(_ name: String, _ value: Double, metric: String, _ note: String) -> BenchResult {
    BenchResult(
      group: "sync", name: name, value: value, metric: metric, target: nil, p50: nil, p99: nil, iterations: 1,
      note: note)
  }

  private static func p50(_ name: String, _ samples: [Double], target: Double?, _ note: String) -> BenchResult
  {
    let s = Samples(samples)
    return BenchResult(
      group: "sync", name: name, value: s.p50, metric: "ms p50", target: target, p50: s.p50, p99: s.p99,
      iterations: s.count, note: note)
  }

  /// Bytes of every regular file under `path`.
  private static func treeSize(_ path: String) -> Int {
    guard let e = FileManager.default.enumerator(atPath: path) else { return 0 }
    var total = 0
    for case let name as String in e {
      var st = stat()
      if stat(path + "/" + name, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG { total += Int(st.st_size) }
    }
    return total
  }

  private static func runGit(_ args: [String]) throws -> Int32 {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git"] + args
    try p.run()
    p.waitUntilExit()
    return p.terminationStatus
  }
}

/// Set once from another thread.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false
  var isSet: Bool { lock.withLock { value } }
  func set() { lock.withLock { value = true } }
}
