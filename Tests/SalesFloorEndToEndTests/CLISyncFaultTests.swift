import Foundation
import SalesFloorKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kill -9` at each step of `salesfloor sync` (`SALESFLOOR_SYNC_FAULT`): the next sync
/// completes, and on both copies every edit is there exactly once.
@Suite("Sync crashes")
struct CLISyncFaultTests {
  @Test(
    "a sync killed at a step loses nothing and doubles nothing",
    arguments: ["before-export-commit", "after-push", "mid-apply", "after-apply"])
  func killedSync(step: String) throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let deal = try team.openDeal()
    // b's edit (with a history entry) is on the hub, so a's killed round has something to apply.
    try team.ok("b", ["deal", "update", deal.id, "--amount", "4242"])
    try team.ok("b", ["sync"])
    let amount = try #require(try team.workspace("b").deals[id: deal.id]?.amount)
    try team.ok("a", ["deal", "update", deal.id, "--next-step", "Call from a"])

    let killed = try team.sf("a", ["sync"], env: ["SALESFLOOR_SYNC_FAULT": step])
    #expect(
      killed.signaled && killed.status == SIGKILL,
      "\(step): sync was not killed: \(killed.stdout)\(killed.stderr)")

    // An edit after the crash, before the next sync: exported against what a really holds.
    try team.ok("a", ["deal", "update", deal.id, "--name", "Renamed on a"])
    for copy in ["a", "b", "a", "b"] { try team.ok(copy, ["sync"]) }

    let before = try team.workspace("a").deals.count
    for copy in ["a", "b"] {
      let ws = try team.workspace(copy)
      let d = try #require(ws.deals[id: deal.id], "\(step): \(copy) lost the deal")
      #expect(d.nextStep == "Call from a", "\(step) on \(copy)")
      #expect(d.amount == amount, "\(step) on \(copy)")
      #expect(d.name == "Renamed on a", "\(step) on \(copy)")
      #expect(
        d.history.filter { $0.field == .amount && $0.to == String(amount) }.count == 1,
        "\(step) on \(copy): \(d.history)")
      #expect(
        d.history.filter { $0.field == .name && $0.to == "Renamed on a" }.count == 1,
        "\(step) on \(copy): \(d.history)")
      #expect(ws.deals.count == before, "\(step): \(copy) holds another number of deals")
      #expect(team.conflictLines(copy).isEmpty, "\(step): conflicts on \(copy): \(team.conflictLines(copy))")
      #expect(try team.status(copy).state == .synced)
      #expect(try team.status(copy).waiting == 0, "\(step): \(copy) still has edits waiting")
    }
    #expect(try team.workspace("a").deals[id: deal.id] == team.workspace("b").deals[id: deal.id], "\(step)")
    try team.expectGapFreeLogs()
    // Each copy's own log is the hub's (nothing left behind, nothing forked).
    for copy in ["a", "b"] {
      let device = try team.device(copy)
      let local = try team.git(
        ["rev-parse", "refs/salesfloor/dev/\(device)"], gitDir: team.folder(copy).path + "/.sync/repo.git")
      let hub = try team.git(["rev-parse", "refs/salesfloor/dev/\(device)"], gitDir: team.hubPath)
      #expect(local.out == hub.out && local.status == 0, "\(step): \(copy)'s log and the hub's differ")
    }
  }

  @Test("a mistyped fault step is refused with the list of steps")
  func unknownStep() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let r = try team.sf("a", ["sync"], env: ["SALESFLOOR_SYNC_FAULT": "mid-aply"])
    #expect(r.status != 0 && !r.signaled)
    #expect((r.stdout + r.stderr).contains("mid-apply"), "\(r.stdout)\(r.stderr)")
  }
}
