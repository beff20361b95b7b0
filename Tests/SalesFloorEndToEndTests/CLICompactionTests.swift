import Foundation
import SalesFloorKit
import Testing

/// The CLI compacts a journal over its limit before it exits, so a long run of commands stays fast.
@Suite struct CLICompactionTests {
  private func journalLines(_ box: Sandbox) -> Int {
    let bytes = (try? Data(contentsOf: box.data.appendingPathComponent("journal.jsonl"))) ?? Data()
    return bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  /// 1,000 edits take about 85 s on the shared build machine, so the default run makes 300 edits
  /// against a limit of 30 (the journal crosses it ten times either way);
  /// `SALESFLOOR_CLI_EDITS=1000 swift test --filter CLICompactionTests` is the full run that
  /// docs/reliability.md reports.
  @Test func editsInARowKeepTheJournalBounded() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let edits = Int(ProcessInfo.processInfo.environment["SALESFLOOR_CLI_EDITS"] ?? "") ?? 300
    let limit = max(2, edits / 10)
    let env = ["SALESFLOOR_COMPACT_LINES": String(limit)]
    let person = try box.run(
      ["person", "add", "--quiet", "--name", "Bo Seller", "--data", box.data.path], env: env)
    try #require(person.status == 0, "\(person.stderr)")
    var longest = 0
    var seconds: [Double] = []
    for i in 1...edits {
      let started = Date()
      let r = try box.run(
        [
          "deal", "add", "--quiet", "--name", "Deal \(i)", "--owner", "Bo", "--amount", "1000", "--close",
          "eom",
          "--data", box.data.path,
        ], env: env)
      seconds.append(Date().timeIntervalSince(started))
      try #require(r.status == 0, "edit \(i): \(r.stderr)")
      #expect(r.stderr.isEmpty, "edit \(i): \(r.stderr)")
      longest = max(longest, journalLines(box))
    }
    // Every command that brought the journal to the limit folded it before exiting.
    #expect(longest < limit)
    let store = try WorkspaceStore(opening: box.data, readOnly: true)
    #expect(store.workspace.deals.count == edits)
    #expect(store.journalLineCount < limit)
    seconds.sort()
    print(
      "CLI compaction: \(edits) edits, limit \(limit), journal ≤ \(longest) lines; per command p50 "
        + "\(Int(seconds[edits / 2] * 1000)) ms, p99 \(Int(seconds[edits * 99 / 100] * 1000)) ms, "
        + "max \(Int((seconds.last ?? 0) * 1000)) ms")
  }

  @Test func aBadLimitIsAUsageError() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let r = try box.run(
      ["person", "add", "--name", "Bo Seller", "--data", box.data.path],
      env: ["SALESFLOOR_COMPACT_LINES": "lots"])
    #expect(r.status == 64)
    #expect(r.stderr.contains("SALESFLOOR_COMPACT_LINES"))
    #expect(!looksLikeStackTrace(r.stderr))
  }
}
