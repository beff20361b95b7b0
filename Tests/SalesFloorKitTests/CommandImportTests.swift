import Foundation
import SalesFloorKit
import Testing

/// Imports re-apply rows through the deal commands' rules: the same history (with the importer as
/// `by`) and the same default stage.
@Suite("Commands: imports")
struct CommandImportTests {
  func plan(_ csv: String, _ ws: Workspace) throws -> DealImportPlan {
    let table = try CSVTable.parse(Data(csv.utf8))
    var importer = DealImporter(
      mapping: DealImporter.identityMapping(for: table.header), now: CommandFixture.later)
    importer.actor = "p-ana"
    return try importer.plan(table, workspace: ws)
  }

  @Test("a re-imported row logs name, currency and amount changes by the importer")
  func mergeHistory() throws {
    let p = try plan(
      "id,name,owner,amount,currency\nd-1,Acme renamed,Bo Seller,12000,EUR\n", CommandFixture.workspace)
    let after = try #require(p.updated.first?.after)
    let changes = after.history.dropFirst()
    #expect(changes.map(\.field) == [.name, .currency, .amount])
    #expect(changes.allSatisfy { $0.by == "p-ana" })
    #expect(after.name == "Acme renamed" && after.currency == "EUR" && after.amount == 1_200_000)
  }

  @Test("a new row without a stage starts in the first open stage; without open stages it is rejected")
  func defaultStage() throws {
    let csv = "name,owner,amount\nInitech,Bo Seller,500\n"
    let created = try #require(try plan(csv, CommandFixture.workspace).created.first)
    #expect(created.stage == "prospect" && created.history.first?.by == "p-ana")
    let refused = try plan(csv, CommandFixture.noOpenStage)
    #expect(refused.created.isEmpty)
    #expect(refused.rejected.map(\.reason) == [CommandRules.noOpenStage])
  }
}
