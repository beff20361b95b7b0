import Foundation
import SalesFloorKit
import Testing

/// What sync must refuse or keep: a copied folder, a revoked device, unexported journal lines,
/// compensation plans.
@Suite("Sync safety")
struct CLISyncSafetyTests {
  @Test("a copied workspace folder is refused, the hub untouched, until team reenrol")
  func copiedFolder() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let copy = try ChildProcess(
      path: "/bin/cp", arguments: ["-a", team.folder("a").path, team.folder("c").path],
      environment: team.box.environment, stdout: "/dev/null", stderr: "/dev/null")
    #expect(copy.wait() == .exited(0))
    let deal = try team.openDeal()
    try team.ok("c", ["deal", "update", deal.id, "--next-step", "Made on the copy"])
    let before = try team.hubRefs()

    let r = try team.sf("c", ["sync"])
    #expect(r.status != 0 && !r.signaled)
    #expect((r.stdout + r.stderr).contains("salesfloor team reenrol"), "\(r.stdout)\(r.stderr)")
    #expect(try team.hubRefs() == before, "the copy changed the hub")
    #expect(try team.status("c").state == .stopped)
    // The original is not disturbed by its copy.
    try team.ok("a", ["sync"])

    try team.ok("c", ["team", "reenrol"])
    #expect(try team.device("c") != (try team.device("a")))
    try team.ok("c", ["sync"])
    try team.ok("a", ["sync"])
    #expect(try team.workspace("a").deals[id: deal.id]?.nextStep == "Made on the copy")
    try team.expectGapFreeLogs()
  }

  @Test("a revoked device's next sync is stopped with the reason")
  func revoked() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let b = try team.device("b")
    try team.ok("a", ["sync"])  // a learns of b's enrolment
    try team.ok("a", ["team", "revoke", b])
    try team.ok("a", ["sync"])
    let deal = try team.openDeal()
    try team.ok("b", ["deal", "update", deal.id, "--next-step", "After revocation"])

    let r = try team.sf("b", ["sync"])
    #expect(r.status != 0 && !r.signaled, "\(r.stdout)\(r.stderr)")
    #expect((r.stdout + r.stderr).contains("revoked"), "\(r.stdout)\(r.stderr)")
    #expect(try team.status("b").state == .stopped)
    let again = try team.sf("b", ["sync"])
    #expect(again.status != 0 && (again.stdout + again.stderr).contains("revoked"))
    let devices = try team.ok("a", ["team", "devices"])
    #expect(devices.stdout.contains("revoked"), "\(devices.stdout)")
  }

  @Test("compaction keeps journal lines sync has not exported, and folds them once it has")
  func compactionWaitsForExport() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    let low = ["SALESFLOOR_COMPACT_LINES": "2"]
    try team.makeTeam(env: low)
    let all = try team.workspace("a").deals.map(\.id).sorted()
    let ids = all.prefix(4)
    for (n, id) in ids.enumerated() {
      try team.ok("a", ["deal", "update", id, "--next-step", "Queued \(n)"], env: low)
    }
    let journal = team.folder("a").appendingPathComponent("journal.jsonl")
    let deals = team.folder("a").appendingPathComponent("deals.json")
    let queued = try String(contentsOf: journal, encoding: .utf8)
    for n in ids.indices {
      #expect(queued.contains("Queued \(n)"), "edit \(n) was folded before it was exported")
    }
    #expect(!(try String(contentsOf: deals, encoding: .utf8)).contains("Queued 0"))

    try team.ok("a", ["sync"], env: low)
    try team.ok("a", ["deal", "update", all[4], "--name", "After the export"], env: low)
    let folded = try String(contentsOf: journal, encoding: .utf8)
    #expect(!folded.contains("Queued 0"), "exported lines stay in the journal")
    let files = try String(contentsOf: deals, encoding: .utf8)
    for n in ids.indices { #expect(files.contains("Queued \(n)")) }
    try team.ok("b", ["sync"])
    let b = try team.workspace("b")
    for (n, id) in ids.enumerated() { #expect(b.deals[id: id]?.nextStep == "Queued \(n)") }
  }

  @Test("compensation plans stay local: the hub's objects hold none of them")
  func compPlansStayLocal() throws {
    let team = SyncSandbox()
    defer { team.cleanUp() }
    try team.makeTeam()
    let plans = try team.workspace("a").compPlans
    try #require(!plans.isEmpty, "the demo has no compensation plan to keep local")
    let deal = try team.openDeal()
    try team.ok("a", ["deal", "update", deal.id, "--next-step", "Synced"])
    for copy in ["a", "b", "a"] { try team.ok(copy, ["sync"]) }

    let objects = try team.git(["cat-file", "--batch-all-objects", "--batch"], gitDir: team.hubPath)
    #expect(objects.status == 0)
    #expect(objects.out.contains("Synced"), "the hub should hold the synced edit")
    let listing = try team.git(
      ["ls-tree", "-r", "--name-only", "refs/salesfloor/epoch"], gitDir: team.hubPath)
    #expect(listing.out.contains("snapshot/deals.json"))
    #expect(!listing.out.contains(CollectionName.compPlans.fileName), "\(listing.out)")
    for plan in plans {
      #expect(!objects.out.contains(plan.id), "plan \(plan.id) is on the hub")
      #expect(!objects.out.contains(plan.name), "plan \(plan.name) is on the hub")
      #expect(!objects.out.contains("targetVariable"), "comp plan fields are on the hub")
    }
    #expect(try team.workspace("b").compPlans.isEmpty)
  }
}
