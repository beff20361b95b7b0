import Foundation
import SalesFloorKit
import SalesFloorUI

/// Target 3: an acknowledged edit (journal line appended and fsync'd, cockpit updated) on a
/// private copy of the workspace.
enum EditBench {
  static func run(_ fixture: Fixture, iterations: Int, newDeals: Int) throws -> [BenchResult] {
    let copy = try fixture.scratchCopy("edit")
    defer { try? FileManager.default.removeItem(at: copy) }
    let store = try WorkspaceStore(opening: copy)
    var results: [BenchResult] = []

    // `>` then `<` on the board's selected deal: commit + fsync + cockpit refresh + frame.
    var driver = Driver(Fixture.program(store))
    // Flush the 250 MB just copied (its writeback would otherwise sit in front of every fsync
    // below), and make the one-time first edit (the cockpit and the store stop sharing the deal
    // array) before timing, as a session that has been open a while would have.
    sync()
    _ = driver.press(.char(">"))
    _ = driver.press(.char("<"))
    var moves: [Double] = []
    for i in 0..<iterations { moves.append(driver.press(.char(i % 2 == 0 ? ">" : "<"))) }
    if let status = driver.program.state.status, status.kind == .error {
      throw OptionError(message: "stage move failed: \(status.text)")
    }
    results.append(
      .latency(
        "edit", "stage move key > / < (commit+fsync+frame)", Samples(moves), target: 5,
        note: "\(fixture.deals) deals"))

    // The first filter keystroke after an edit: the search text must already be up to date.
    var firstFilter: [Double] = []
    for i in 0..<max(10, iterations / 3) {
      _ = driver.press(.char(i % 2 == 0 ? ">" : "<"))
      _ = driver.press(.char("/"))
      firstFilter.append(driver.press(.char("p")))
      _ = driver.press(.esc)
      _ = driver.press(.esc)
    }
    results.append(
      .latency(
        "edit", "first filter keystroke after a stage move", Samples(firstFilter), target: 16,
        note: "\(fixture.deals) deals"))

    // A new deal typed into the add form (`a`, name, amount, close date): only the Enter that
    // saves it is timed. It lands in the sorted open-deal list, so the whole cockpit path runs.
    var adds: [Double] = []
    for i in 0..<max(10, iterations / 3) {
      _ = try driver.press(script: "a")
      for c in "Bench form deal \(i)" { _ = driver.press(.char(c)) }
      _ = try driver.press(script: "<Tab> 1 2 k <Tab> + 3 0 d")
      adds.append(driver.press(.enter))
      if let status = driver.program.state.status, status.kind == .error {
        throw OptionError(message: "new deal failed: \(status.text)")
      }
      if !driver.program.state.overlay.isNone { throw OptionError(message: "the add form did not save") }
    }
    results.append(
      .latency(
        "edit", "new deal via the add form (Enter: commit+fsync+frame)", Samples(adds), target: 5,
        note: "\(fixture.deals) deals"))

    // New deals straight through the store: enough of them to cross the auto-compaction threshold.
    let template = store.workspace.deals.items.first
    let firstStage = store.workspace.settings.openStages.first?.id ?? "lead"
    var commits: [Double] = []
    for i in 0..<newDeals {
      let deal = Deal(
        id: "bench-\(getpid())-\(i)", name: "Bench deal \(i)", accountId: template?.accountId,
        ownerId: template?.ownerId ?? "p-1", amount: 1_200_000, currency: "USD", stage: firstStage,
        closeDate: Fixture.today.adding(days: 30), createdAt: Timestamp.now)
      let tx = Transaction(
        id: WorkspaceStore.newId(prefix: "tx-"), at: Timestamp.now, summary: "new deal",
        mutations: [.put(.deal(deal))])
      commits.append(try Measure.ms { try store.commit(tx) })
    }
    let s = Samples(commits)
    results.append(
      .latency(
        "edit", "new deal commit (store, fsync)", s, target: 5,
        note: "\(fixture.deals) deals; \(newDeals) commits, max \(Report.fmt(s.max)) ms"
          + " (auto-compaction at \(WorkspaceStore.compactionLineThreshold) journal lines)"))
    store.waitForCompaction()
    try store.close()
    return results
  }
}

/// Target 5: peak RSS of a process that opened the cockpit, in a child process so the fixture
/// generation of this one does not count.
enum MemoryBench {
  /// Child side: open, first frame, a few keys; print VmHWM.
  static func probe(_ folder: String) throws {
    let store = try WorkspaceStore(opening: URL(fileURLWithPath: folder), readOnly: true)
    var driver = Driver(Fixture.program(store))
    _ = try driver.press(script: "j j v s s / a c <Esc> <Tab> ] [")
    print(Measure.peakRSS() ?? 0)
  }

  static func run(_ fixture: Fixture) throws -> [BenchResult] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    process.arguments = ["--rss-probe", fixture.folder.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
      let bytes = Int(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)),
      bytes > 0
    else { throw OptionError(message: "rss probe failed (status \(process.terminationStatus))") }
    let disk = Double(fixture.bytesOnDisk)
    let ratio = Double(bytes) / disk
    return [
      BenchResult(
        group: "memory", name: "peak RSS ÷ workspace size on disk", value: ratio, metric: "ratio",
        target: 1.5, p50: nil, p99: nil, iterations: 1,
        note: String(
          format: "%.0f MB peak (VmHWM), %.0f MB on disk", Double(bytes) / 1_048_576, disk / 1_048_576))
    ]
  }
}
