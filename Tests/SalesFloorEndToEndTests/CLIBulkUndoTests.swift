import Foundation
import SalesFloorKit
import Testing

/// Safe bulk changes through the real binary (#15 item 7): a full dry-run, refused without `--yes`
/// when stdin is not a terminal, one transaction, and `salesfloor undo` that never overwrites.
@Suite struct CLIBulkUndoTests {
  func owners(_ box: Sandbox) throws -> [String: String] {
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    return Dictionary(uniqueKeysWithValues: ws.deals.items.map { ($0.id, $0.ownerId) })
  }

  func journal(_ box: Sandbox) throws -> Data {
    (try? Data(contentsOf: box.data.appendingPathComponent("journal.jsonl"))) ?? Data()
  }

  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @Test func reassignShowsEveryChangeAsksAndIsUndoneInOneStep() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try owners(box)
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let territory = try #require(ws.territories.sortedById.first)
    let target = try #require(ws.people.items.first { $0.role == .rep && $0.territoryId == territory.id })
    let moving = ws.deals.items.filter { d in
      ws.settings.stage(d.stage)?.isOpen == true && d.ownerId != target.id
        && d.accountId.flatMap { ws.accounts[id: $0]?.territoryId } == territory.id
    }
    try #require(!moving.isEmpty)
    let journalBefore = try journal(box)

    // No terminal, no --yes: the changes are listed, nothing is written.
    let refused = try run(box, ["territory", "reassign", territory.id, "--to", target.id, "--as", "p-001"])
    #expect(refused.status == 64, "\(refused.stderr)")
    #expect(refused.stderr.contains("--yes"))
    #expect(refused.stdout.contains("ownerId") && refused.stdout.contains("→ \(target.name) (\(target.id))"))
    for d in moving { #expect(refused.stdout.contains(d.name), "\(d.name) missing from the dry-run") }
    #expect(try journal(box) == journalBefore)

    let applied = try run(
      box, ["territory", "reassign", territory.id, "--to", target.id, "--yes", "--as", "p-001"])
    #expect(applied.status == 0, "\(applied.stderr)")
    let after = try owners(box)
    for d in moving { #expect(after[d.id] == target.id) }
    let lines = String(decoding: try journal(box), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == String(decoding: journalBefore, as: UTF8.self).split(separator: "\n").count + 1)

    // undo asks too, then restores every owner in one step.
    #expect(try run(box, ["undo", "--as", "p-001"]).status == 64)
    let undone = try run(box, ["undo", "--yes", "--as", "p-001"])
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(undone.stdout.contains("undone: territory \(territory.name) → \(target.name)"))
    #expect(try owners(box) == before)
  }

  @Test func undoIsRefusedWhenALaterChangeTouchedTheSameRecord() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    // A deal without line items: the edit below types an amount.
    let deal = try #require(ws.openDealsWithoutLines.first)
    #expect(
      try run(box, ["deal", "update", deal.id, "--next-step", "Call back", "--as", "p-001"]).status == 0)
    #expect(try run(box, ["deal", "update", deal.id, "--amount", "12345", "--as", "p-002"]).status == 0)
    let refused = try run(box, ["undo", "--yes", "--as", "p-001"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("a later change"), "\(refused.stderr)")
    let later = try #require(ws.people[id: "p-002"]?.name)
    #expect(refused.stderr.contains("by \(later)"))
    let now = try #require(try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal.id])
    #expect(now.nextStep == "Call back" && now.amount == 1_234_500)
  }

  @Test func dealCloseLostNeedsAListedReason() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = try #require(ws.deals.sortedById.first { ws.settings.stage($0.stage)?.isOpen == true })
    let none = try run(box, ["deal", "close", deal.id, "--lost"])
    #expect(none.status == 64)
    #expect(
      none.stderr.contains(
        "a lost deal needs a reason: one of " + ws.settings.lostReasons.joined(separator: ", ")))
    let moved = try run(box, ["deal", "move", deal.id, "lost", "--reason", "sunspots"])
    #expect(moved.status == 64 && moved.stderr.contains("\"sunspots\" is not a lost reason"))
    let reason = try #require(ws.settings.lostReasons.first)
    #expect(try run(box, ["deal", "move", deal.id, "lost", "--reason", reason]).status == 0)
    let lost = try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal.id]
    #expect(lost?.stage == ws.settings.lostStage?.id && lost?.lostReason == reason)
  }
}
