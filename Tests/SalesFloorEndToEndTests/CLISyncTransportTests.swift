import Foundation
import SalesFloorKit
import Testing

/// Sync over a real network transport (`git daemon` on 127.0.0.1), and with the hub gone.
@Suite("Sync transport")
struct CLISyncTransportTests {
  @Test(
    "two copies sync both ways through git daemon",
    .enabled(if: GitDaemon.available || GitDaemon.required, "git daemon is not installed"))
  func gitDaemon() throws {
    try #require(GitDaemon.available, "git daemon is missing (SALESFLOOR_E2E_REQUIRE_TOOLS=1 needs it)")
    var team = SyncSandbox()
    defer { team.cleanUp() }
    let served = team.folder("served").path
    try FileManager.default.createDirectory(atPath: served, withIntermediateDirectories: true)
    let bare = served + "/hub.git"
    #expect(try team.git(["init", "--quiet", "--bare", bare]).status == 0)
    let daemon = try GitDaemon(serving: served, log: team.folder("daemon.log").path)
    defer { daemon.stop() }
    team.hub = "git://127.0.0.1:\(daemon.port)/hub.git"
    team.hubPath = bare
    try team.makeTeam()
    let deal = try team.openDeal()

    try team.ok("a", ["deal", "update", deal.id, "--next-step", "Sent over git://"])
    try team.ok("a", ["sync"])
    try team.ok("b", ["sync"])
    #expect(try team.workspace("b").deals[id: deal.id]?.nextStep == "Sent over git://")

    try team.ok("b", ["deal", "update", deal.id, "--name", "Renamed on b"])
    try team.ok("b", ["sync"])
    try team.ok("a", ["sync"])
    #expect(try team.workspace("a").deals[id: deal.id]?.name == "Renamed on b")
    #expect(try team.status("a").state == .synced)
    // The pushes went through the daemon into the served repository.
    try team.expectGapFreeLogs()
    #expect(try team.hubRefs().contains { $0.hasSuffix("refs/salesfloor/dev/" + (try team.device("b"))) })
  }

  @Test("with the hub gone, sync says offline and how many edits wait; they go out when it is back")
  func offline() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let ids = try team.workspace("a").deals.map(\.id).sorted().prefix(2)
    try #require(ids.count == 2)
    let away = team.hubPath + ".away"
    try FileManager.default.moveItem(atPath: team.hubPath, toPath: away)
    for (n, id) in ids.enumerated() {
      try team.ok("a", ["deal", "update", id, "--next-step", "Offline \(n)"])
    }

    let r = try team.ok("a", ["sync"])
    #expect(r.stdout.contains("offline"), "\(r.stdout)")
    let status = try team.status("a")
    #expect(status.state == .offline)
    #expect(status.waiting >= 2, "\(status)")
    #expect(r.stdout.contains("\(status.waiting) edits waiting"), "\(r.stdout)")

    try FileManager.default.moveItem(atPath: away, toPath: team.hubPath)
    try team.ok("a", ["sync"])
    #expect(try team.status("a").state == .synced)
    #expect(try team.status("a").waiting == 0)
    try team.ok("b", ["sync"])
    let b = try team.workspace("b")
    for (n, id) in ids.enumerated() { #expect(b.deals[id: id]?.nextStep == "Offline \(n)") }
  }
}
