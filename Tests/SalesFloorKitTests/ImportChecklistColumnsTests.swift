import Foundation
import Testing

@testable import SalesFloorKit

/// The deal import's checklist, persona and competitor columns, and export writing the same.
@Suite("Import: checklist, persona and competitor columns")
struct ImportChecklistColumnsTests {
  static var workspace: Workspace { QualificationTests.workspace }

  func plan(_ csv: String, _ ws: Workspace) throws -> DealImportPlan {
    let table = try CSVTable.parse(Data(csv.utf8))
    var importer = DealImporter(
      mapping: DealImporter.identityMapping(for: table.header), now: CommandFixture.later)
    importer.actor = "p-ana"
    return try importer.plan(table, workspace: ws)
  }

  @Test("a new deal gets its criteria and steps ticked (by the importer), persona and competitor")
  func createWithColumns() throws {
    let csv = """
      name,owner,amount,stage,persona,competitor,exitCriteriaMet,playStepsDone
      Initech,Bo Seller,5000,qualify,CFO,Globex,Budget confirmed; 4,play-champ:1;Build a champion:3
      """
    let p = try plan(csv, Self.workspace)
    #expect(p.rejected.isEmpty)
    let d = try #require(p.created.first)
    #expect(d.persona == "CFO" && d.competitor == "Globex")
    #expect(d.playProgress["stage:qualify"] == [0, 3])  // "Budget confirmed" = 1st, "4" = Timeline set
    #expect(d.playProgress["play-champ"] == [0, 2])
    #expect(d.tick(of: "stage:qualify", index: 3)?.by == "p-ana")
  }

  @Test("an unknown criterion or step rejects the row and names the valid ones")
  func unknownRejects() throws {
    let csv = """
      name,owner,amount,stage,exitCriteriaMet
      Initech,Bo Seller,5000,qualify,Signed
      """
    let p = try plan(csv, Self.workspace)
    #expect(p.created.isEmpty)
    let reason = try #require(p.rejected.first?.reason)
    #expect(reason.contains("\"Signed\"") && reason.contains("1. Budget confirmed"))
  }

  @Test("re-import: the column is the whole truth for what it covers; export → import changes nothing")
  func updateAndRoundTrip() throws {
    var ws = Self.workspace
    var d = try #require(ws.deals[id: "d-1"])
    d.setTicked(true, key: "stage:qualify", index: 0, at: CommandFixture.now, by: "p-bo")
    d.setTicked(true, key: "play-champ", index: 1, at: CommandFixture.now, by: "p-bo")
    d.persona = "IT"
    ws.deals.upsert(d)
    let csv = RecordExport.csv(.deals, ws)
    #expect(csv.contains(",IT,,Budget confirmed,play-champ:2"))
    #expect(try plan(csv, ws).isNoOp, "export then import into the same workspace is the identity")
    let changed = """
      id,name,owner,amount,stage,exitCriteriaMet,playStepsDone
      d-1,Acme renewal,Bo Seller,10000,qualify,Need confirmed,play-champ:3
      """
    let p = try plan(changed, ws)
    let after = try #require(p.updated.first?.after)
    #expect(after.playProgress["stage:qualify"] == [2], "Budget confirmed unticked, Need confirmed ticked")
    #expect(after.playProgress["play-champ"] == [2])
    #expect(after.persona == "IT", "no persona column: kept")
    let logged = after.history.filter { $0.field == .checklist && $0.by == "p-ana" }
    #expect(logged.count == 4)  // two unticks, two ticks
  }
}
