import Testing

@testable import SalesFloorKit

/// Territory assignment's owner rule, the dry-run preview and undo's look-back (#15 item 7).
@Suite("Bulk changes: territory rule, preview, undo")
struct BulkChangeTests {
  @Test("assign on the demo hands no account to a manager: owners who work the territory keep theirs")
  func demoAssignKeepsRepOwners() {
    let ws = DemoFixture.workspace
    let managers = Set(ws.people.items.filter { $0.role == .manager }.map(\.id))
    #expect(ws.territories.items.contains { $0.ownerId.map(managers.contains) ?? false })
    for case .put(.account(let a)) in TerritoryRules.assignMutations(ws) {
      #expect(!managers.contains(a.ownerId ?? ""), "\(a.name) would go to a manager")
    }
  }

  @Test("an owner outside the territory gives way to the territory's owner; one inside stays")
  func ownerRule() {
    var ws = SalesOpsTerritoryTests.workspace()
    ws.people.upsert(Person(id: "p4", name: "Ida", role: .rep, territoryId: "t-c"))
    ws.accounts.upsert(Account(id: "a5", name: "Eps", country: "FR", region: "EMEA", ownerId: "p4"))
    ws.accounts.upsert(Account(id: "a6", name: "Zeta", country: "FR", region: "EMEA", ownerId: "p1"))
    let plan = TerritoryRules.plan(ws)
    #expect(plan.assigned.first { $0.accountId == "a5" }?.ownerId == "p4")
    #expect(plan.assigned.first { $0.accountId == "a6" }?.ownerId == "p3")
  }

  @Test("the preview lists each record's changed fields, before → after, people by name")
  func preview() throws {
    let ws = CommandFixture.workspace
    var update = UpdateDeal(dealId: "d-1")
    update.ownerId = "p-bea"
    let edit = try update.edit(in: CommandFixture.context())
    let p = ChangePreview(edit.mutations + [.delete(.accounts, id: "a-glob")], in: ws)
    #expect(p.recordCount == 2)
    #expect(
      p.lines == [
        .init(
          collection: "deals", recordId: "d-1", record: "Acme renewal", field: "ownerId",
          before: "Bo Seller (p-bo)", after: "Bea Seller (p-bea)"),
        .init(
          collection: "accounts", recordId: "a-glob", record: "Globex", field: "(record)", before: "present",
          after: "deleted"),
      ])
  }

  func change(_ tx: String, _ actor: String, _ keys: [(String, String)]) -> ChangeSet {
    ChangeSet(
      transactionId: tx, at: CommandFixture.now, actor: actor, summary: "edit \(tx)", origin: .external,
      changes: keys.map { id, after in
        RecordChange(
          collection: .accounts, id: id, before: .account(Account(id: id, name: "old")),
          after: .account(Account(id: id, name: after)))
      })
  }

  @Test("undo takes the actor's last change back; a later change of the same record refuses it")
  func undoLookBack() throws {
    let mine = change("t1", "p-ana", [("a1", "new")])
    let other = change("t2", "p-bo", [("a2", "x")])
    let undo = try UndoLast(history: [mine, other], actor: "p-ana", names: { $0 ?? "?" })
    #expect(undo.target.transactionId == "t1")
    #expect(undo.mutations == [.put(.account(Account(id: "a1", name: "old")))])
    let clash = change("t3", "p-bo", [("a1", "newer")])
    do {
      _ = try UndoLast(history: [mine, other, clash], actor: "p-ana", names: { $0 ?? "?" })
      Issue.record("undo over a later change must be refused")
    } catch {
      #expect(error.description.contains("\"edit t3\" by p-bo"))
      #expect(error.description.contains("accounts/a1"))
    }
    var ws = Workspace()
    ws.accounts.upsert(Account(id: "a1", name: "changed by hand"))
    #expect(undo.conflict(in: ws) != nil, "the record is no longer as the change left it")
    ws.accounts.upsert(Account(id: "a1", name: "new"))
    #expect(undo.conflict(in: ws) == nil)
    #expect(throws: CommandError.self) {
      try UndoLast(history: [other], actor: "p-ana", names: { $0 ?? "?" })
    }
  }
}
