import Foundation
import Testing

@testable import SalesFloorKit

/// `import quotas` (one quota per person or team and period), `territory add/edit/delete`, and
/// `import json` of what `export json` writes.
@Suite struct QuotaTerritoryJSONImportTests {
  static let now = ImportRealExportTests.now

  static func workspace() -> Workspace {
    var ws = ImportRealExportTests.workspace()
    ws.people.upsert(Person(id: "p-2", name: "Bo Rep", role: .rep, team: "East"))
    ws.quotas.upsert(
      Quota(id: "q-1", personId: "p-1", period: "2026-Q4", amount: 10_000_000, currency: "USD", ramp: false))
    // Stacked by an older build: a second quota for the same person and period.
    ws.quotas.upsert(Quota(id: "q-2", personId: "p-1", period: "2026-Q4", amount: 5_000_000, currency: "USD"))
    return ws
  }

  static func quotas(_ csv: String, _ ws: Workspace) throws -> QuotaImportPlan {
    let table = try CSVTable.parse(Data(csv.utf8))
    return try QuotaImporter(mapping: QuotaImporter.identityMapping(header: table.header), now: now)
      .plan(table, workspace: ws)
  }

  @Test func quotaImportReplacesNeverStacks() throws {
    let ws = Self.workspace()
    let plan = try Self.quotas(
      """
      person,team,period,amount,currency,ramp
      Ana Rep,,2026-Q4,120000,USD,
      bo rep,,2026-Q4,80000,USD,true
      ,East,2026-Q4,"250,000",USD,
      Nobody Here,,2026-Q4,1,USD,
      ana@corp.example,,2027-Q1,90000,,

      """, ws)
    #expect(plan.rejected.map(\.row) == [5])
    var after = ws
    for m in plan.mutations { after.apply(m) }
    let ana = after.quotas.filter { $0.personId == "p-1" && $0.period == "2026-Q4" }
    #expect(ana.count == 1)  // q-1 replaced, the stacked q-2 removed
    #expect(ana.first?.id == "q-1")
    #expect(ana.first?.amount == 12_000_000)  // 120,000.00 USD in cents
    #expect(ana.first?.ramp == false)  // no ramp cell: the replaced quota's ramp is kept
    #expect(after.quotas.first { $0.team == "East" }?.amount == 25_000_000)
    #expect(after.quotas.first { $0.personId == "p-1" && $0.period == "2027-Q1" }?.amount == 9_000_000)
    let summary = QuotaImportSummary(plan, workspace: ws)
    #expect(summary.toReplace == 1 && summary.toCreate == 3)
    #expect(
      summary.previewLines().contains(
        "  quota Ana Rep 2026-Q4: 100000.00 USD (no ramp) → 120000.00 USD (no ramp) (line 2)"))
    // The same file again changes nothing.
    #expect(try Self.quotas("person,period,amount\nAna Rep,2026-Q4,120000\n", after).isNoOp)
  }

  @Test func quotaImportLaterRowForTheSamePairWins() throws {
    let plan = try Self.quotas(
      "person,period,amount\nBo Rep,2026-Q4,1000\nBo Rep,2026-Q4,2000\n", Self.workspace())
    #expect(plan.changes.count == 1)
    #expect(plan.changes.first?.after.amount == 200_000)
  }

  static func ctx(_ ws: Workspace) -> CommandContext {
    CommandContext(workspace: ws, actor: nil, now: now)
  }

  static func apply(_ edit: Edit, _ ws: Workspace) -> Workspace {
    var out = ws
    for m in edit.mutations { out.apply(m) }
    return out
  }

  @Test func territoryAddEditDelete() throws {
    var ws = Self.workspace()
    ws.accounts.upsert(Account(id: "a-1", name: "Acme", segment: .enterprise, country: "DE"))
    #expect(throws: CommandError.self) {
      _ = try AddTerritory(name: "DACH", fields: TerritoryFields(ownerId: .some("p-404"))).edit(
        in: Self.ctx(ws))
    }
    do {
      _ = try AddTerritory(name: "DACH", fields: TerritoryFields(segments: ["Huge"])).edit(in: Self.ctx(ws))
      Issue.record("an unknown segment was accepted")
    } catch {
      #expect("\(error)" == "segment: unknown segment \"Huge\": use smb, midMarket, enterprise")
    }
    let add = try AddTerritory(
      name: "DACH",
      fields: TerritoryFields(ownerId: .some("p-1"), countries: ["DE", "AT", "de"], segments: ["enterprise"])
    ).edit(in: Self.ctx(ws))
    ws = Self.apply(add, ws)
    let t = try #require(ws.territories[id: add.recordId ?? ""])
    #expect(t.rules == [Territory.Rule(countries: ["DE", "AT"], segments: [.enterprise])])
    #expect(TerritoryRules.territory(for: try #require(ws.accounts[id: "a-1"]), in: [t])?.id == t.id)
    #expect(throws: CommandError.self) { _ = try AddTerritory(name: "dach").edit(in: Self.ctx(ws)) }

    ws = Self.apply(
      try EditTerritory(territoryId: t.id, fields: TerritoryFields(ownerId: .some("p-2"), countries: ["CH"]))
        .edit(in: Self.ctx(ws)), ws)
    #expect(ws.territories[id: t.id]?.ownerId == "p-2")
    #expect(ws.territories[id: t.id]?.rules.first?.countries == ["CH"])
    #expect(ws.territories[id: t.id]?.rules.first?.segments == [.enterprise])  // untouched

    var assigned = ws
    assigned.accounts.upsert(Account(id: "a-1", name: "Acme", territoryId: t.id))
    assigned.accounts.upsert(Account(id: "a-2", name: "Beta", territoryId: t.id))
    do {
      _ = try DeleteTerritory(territoryId: t.id).edit(in: Self.ctx(assigned))
      Issue.record("deleted a territory with accounts")
    } catch {
      #expect("\(error)".contains("2 accounts"))
    }
    let deleted = Self.apply(try DeleteTerritory(territoryId: t.id).edit(in: Self.ctx(ws)), ws)
    #expect(deleted.territories.isEmpty)
  }

  @Test func exportJSONImportsBackByteForByte() throws {
    let demo = DemoFixture.workspace
    let text = try WorkspaceDocument.text(demo)
    let doc = try WorkspaceDocument.read(Data(text.utf8), file: "demo.json")
    let plan = WorkspaceImportPlan(doc, into: Workspace())
    var fresh = Workspace()
    for m in plan.mutations { fresh.apply(m) }
    #expect(try WorkspaceDocument.text(fresh) == text)
    // Into the workspace it came from: every record matches, nothing to do.
    let again = WorkspaceImportPlan(doc, into: demo)
    #expect(again.isNoOp)
    #expect(again.unchanged == doc.records.count)
  }

  @Test func jsonImportMatchesByIdAndReportsChanges() throws {
    let demo = DemoFixture.workspace
    var edited = demo
    var deal = try #require(demo.deals.sortedById.first)
    deal.name = "Renamed in the file"
    edited.deals.upsert(deal)
    edited.people.upsert(Person(id: "p-zz", name: "New In File", role: .rep))
    let doc = try WorkspaceDocument.read(Data(try WorkspaceDocument.text(edited).utf8), file: "x.json")
    let plan = WorkspaceImportPlan(doc, into: demo)
    #expect(plan.created.map(\.id) == ["p-zz"])
    #expect(plan.updated.map(\.id) == [deal.id])
    let preview = ChangePreview(plan.updated.map { .put($0) }, in: demo)
    #expect(preview.lines.map(\.field) == ["name"])
    #expect(preview.lines.first?.after.contains("Renamed in the file") == true)
  }

  @Test func badOrNewerJSONIsRefusedByName() throws {
    #expect {
      _ = try WorkspaceDocument.read(
        Data("{\n  \"format\": \"salesfloor-workspace\",\n  oops\n}".utf8), file: "bad.json")
    } throws: { error in
      let text = "\(error)"
      return text.hasPrefix("bad.json: not valid workspace JSON") && text.contains("line 3")
    }
    #expect(throws: WorkspaceDocumentError.newerVersion(file: "new.json", version: 9, supported: 1)) {
      _ = try WorkspaceDocument.read(
        Data(#"{"format":"salesfloor-workspace","formatVersion":9,"settings":{}}"#.utf8), file: "new.json")
    }
    let wrongType =
      #"{"format":"salesfloor-workspace","formatVersion":1,"settings":"#
      + String(decoding: try JSONEncoder().encode(Settings()), as: UTF8.self) + #","deals":[{"id":1}]}"#
    #expect {
      _ = try WorkspaceDocument.read(Data(wrongType.utf8), file: "w.json")
    } throws: { error in "\(error)".contains("deals[0]") }
  }
}
