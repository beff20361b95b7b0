import Foundation
import SalesFloorKit
import Testing

/// Deletes list what else changes, `comp whatif` takes only the rep's own open deals, and the
/// conversion table says how many deals it left out (issue #15) — through the real binary.
@Suite struct CLIIntegrityTests {
  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try run(box, args)
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func newId(_ box: Sandbox, _ args: [String]) throws -> String {
    try #require(try ok(box, args + ["--quiet"]).split(separator: "\n").last.map(String.init))
  }

  @Test("deal delete --dry-run lists the unlinked activity and changes nothing; then delete, check is clean")
  func dealDeleteListsWhatItUnlinks() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Bo Seller"])
    let d = try newId(
      box, ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "10k", "--close", "2026-12-15"])
    try ok(
      box, ["activity", "add", "--kind", "call", "--subject", "Discovery call", "--owner", "Bo", "--deal", d])
    let dry = try ok(box, ["deal", "delete", d, "--dry-run"])
    #expect(dry.contains("deleting deal Acme:"))
    #expect(dry.contains("unlinks 1 activity: Discovery call"))
    #expect(dry.contains("nothing was changed"))
    #expect(try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: d] != nil)
    let done = try ok(box, ["deal", "delete", d])
    #expect(done.contains("deleted \(d) deal Acme"))
    #expect(try run(box, ["check"]).status == 0)
  }

  @Test("comp whatif with another rep's deal is a usage error naming the deal and its owner")
  func whatIfRefusesOtherRepsDeal() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try ok(box, ["demo"])
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let rep = try #require(ws.compPlans.sortedById.first?.personIds.first)
    let stages = StageLookup(ws.settings)
    let theirs = try #require(ws.deals.sortedById.first { $0.ownerId != rep && stages.isOpen($0) })
    let owner = try #require(ws.people[id: theirs.ownerId]?.name)
    let r = try run(box, ["comp", "whatif", "--person", rep, "--deals", theirs.id])
    #expect(r.status == 64)
    #expect(r.stderr.contains(theirs.id) && r.stderr.contains(owner))
  }
}
