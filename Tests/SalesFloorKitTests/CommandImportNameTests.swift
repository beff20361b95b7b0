import Foundation
import SalesFloorKit
import Testing

/// Imports find owners and accounts by exact name and never pick one of two records that share a
/// name; a currency that is no ISO 4217 code rejects the row.
@Suite("Commands: import names and currencies")
struct CommandImportNameTests {
  func plan(_ csv: String, _ ws: Workspace) throws -> DealImportPlan {
    let table = try CSVTable.parse(Data(csv.utf8))
    let importer = DealImporter(
      mapping: DealImporter.identityMapping(for: table.header), now: CommandFixture.later)
    return try importer.plan(table, workspace: ws)
  }

  @Test("an account or owner name two records share rejects the row and lists their ids")
  func sharedNamesRejectTheRow() throws {
    var ws = CommandFixture.workspace
    _ = ws.accounts.upsert(Account(id: "a-acme2", name: "ACME CORP"))
    _ = ws.people.upsert(Person(id: "p-bo2", name: "bo seller", role: .rep))
    let p = try plan(
      "name,account,owner,amount\nOne,Acme Corp,Ana Manager,100\nTwo,Globex,Bo Seller,100\n"
        + "Three,a-acme2,p-bo2,100\n", ws)
    #expect(
      p.rejected.map(\.reason) == [
        "2 accounts are named \"Acme Corp\" (a-acme, a-acme2): give the id instead",
        "2 people are named \"Bo Seller\" (p-bo, p-bo2): give the id instead",
      ])
    #expect(p.created.map(\.accountId) == ["a-acme2"])
    #expect(p.newAccounts.isEmpty && p.newPeople.isEmpty)
  }

  @Test("a new name becomes one new account for every row naming it, listed in the plan")
  func newNamesAreCreatedOnce() throws {
    let p = try plan(
      "name,account,owner,amount\nOne,Initech,Bo Seller,100\nTwo, initech ,Bo Seller,100\n",
      CommandFixture.workspace)
    #expect(p.newAccounts.map(\.name) == ["Initech"])
    #expect(Set(p.created.map(\.accountId)) == [p.newAccounts.first?.id])
  }

  @Test("a currency that is no ISO 4217 code rejects the row")
  func unknownCurrency() throws {
    let p = try plan(
      "name,owner,amount,currency\nOne,Bo Seller,100,XYZ\nTwo,Bo Seller,100,eur\n", CommandFixture.workspace)
    #expect(p.rejected.map(\.reason) == ["currency \"XYZ\" is not an ISO 4217 currency code"])
    #expect(p.created.map(\.currency) == ["EUR"])
  }
}
