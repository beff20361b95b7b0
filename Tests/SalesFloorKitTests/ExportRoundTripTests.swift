import Foundation
import Testing

@testable import SalesFloorKit

/// `export` then `import` must be the identity: every exported field comes back equal.
@Suite struct ExportRoundTripTests {
  static let now = Timestamp(day: Day(year: 2026, month: 6, day: 1) ?? Day(ordinal: 0), hour: 8)

  /// The demo team plus deals whose text would trip a naive CSV writer or a spreadsheet.
  static func workspace() -> Workspace {
    var ws = DemoGenerator(seed: 7, today: DemoFixture.today, people: 5, deals: 30, activities: 40)
      .makeWorkspace()
    let owner = ws.people.sortedById[0].id
    let t = Timestamp(day: DemoFixture.today, hour: 9, minute: 5)
    ws.deals.upsert(
      Deal(
        id: "d-zz1", externalId: "=HYPERLINK(\"http://x\")", name: "-5% discount, \"big\" deal",
        accountId: nil, ownerId: owner, amount: 123_456_789, currency: "EUR", stage: "proposal",
        probability: 55, closeDate: Day(year: 2026, month: 7, day: 3), createdAt: t,
        nextStep: "Call back;\nthen send @quote", nextStepDate: Day(year: 2026, month: 6, day: 2),
        tags: ["q3", "+upsell"]))
    ws.deals.upsert(
      Deal(
        id: "d-zz2", name: "Yen deal", accountId: ws.accounts.sortedById[0].id, ownerId: owner,
        amount: 98_000,
        currency: "JPY", stage: "lost", closeDate: Day(year: 2026, month: 5, day: 1), createdAt: t,
        lostReason: "Price"))
    return ws
  }

  /// The fields the CSV carries (history and updatedAt are the workspace's own log).
  static func exported(_ d: Deal) -> [String?] {
    [
      d.id, d.externalId, d.name, d.accountId, d.ownerId, String(d.amount), d.currency, d.stage,
      d.probability.map(String.init), d.closeDate?.iso, d.createdAt.iso, d.nextStep, d.nextStepDate?.iso,
      d.tags.joined(separator: "|"), d.lostReason,
    ]
  }

  @Test func dealsRoundTripFieldByField() throws {
    let ws = Self.workspace()
    let csv = RecordExport.csv(.deals, ws)
    #expect(csv.hasPrefix("id,externalId,name,account,owner,amount,currency,stage,status,"))
    #expect(csv.contains("\"'-5% discount, \"\"big\"\" deal\""))  // formula-safe and quoted
    #expect(csv.contains(",1234567.89,EUR,"))  // major units, no thousands separator
    #expect(csv.contains(",98000,JPY,"))  // a zero-decimal currency
    let table = try CSVTable.parse(Data(csv.utf8))
    let importer = DealImporter(mapping: DealImporter.identityMapping(for: table.header), now: Self.now)

    var empty = ws
    for d in ws.deals.items { empty.deals.remove(id: d.id) }
    let plan = try importer.plan(table, workspace: empty)
    #expect(plan.rejected.isEmpty)
    #expect(plan.newPeople.isEmpty && plan.newAccounts.isEmpty)
    #expect(plan.created.count == ws.deals.count)
    for d in ws.deals.items {
      let back = try #require(plan.created.first { $0.id == d.id })
      #expect(Self.exported(back) == Self.exported(d))
    }
    // Into the workspace it came from: every row matches its deal and nothing changes.
    let again = try importer.plan(table, workspace: ws)
    #expect(again.isNoOp)
    #expect(again.unchanged == ws.deals.count)
  }

  @Test func peopleAccountsActivitiesRoundTrip() throws {
    let ws = Self.workspace()
    var target = Workspace(settings: ws.settings)
    for kind in [RecordImportKind.people, .accounts] {
      let table = try CSVTable.parse(
        Data(RecordExport.csv(ExportKind(rawValue: kind.rawValue) ?? .deals, ws).utf8))
      let plan = try RecordImporter(
        kind: kind, mapping: RecordImporter.identityMapping(kind, header: table.header), now: Self.now
      ).plan(table, workspace: target)
      #expect(plan.rejected.isEmpty)
      for m in plan.mutations { target.apply(m) }
    }
    // Every exported column comes back equal, and managers resolve (by name) to the same ids.
    #expect(RecordExport.rows(.people, target) == RecordExport.rows(.people, ws))
    #expect(target.people.sortedById.map(\.managerId) == ws.people.sortedById.map(\.managerId))
    #expect(target.people.sortedById.map(\.email) == ws.people.sortedById.map(\.email))
    #expect(RecordExport.rows(.accounts, target) == RecordExport.rows(.accounts, ws))
    #expect(target.accounts.sortedById.map(\.ownerId) == ws.accounts.sortedById.map(\.ownerId))
    for d in ws.deals.items { target.deals.upsert(d) }
    let table = try CSVTable.parse(Data(RecordExport.csv(.activities, ws).utf8))
    let importer = RecordImporter(
      kind: .activities, mapping: RecordImporter.identityMapping(.activities, header: table.header),
      now: Self.now)
    let plan = try importer.plan(table, workspace: target)
    #expect(plan.rejected.isEmpty)
    for m in plan.mutations { target.apply(m) }
    #expect(target.activities.sortedById == ws.activities.sortedById)
    let again = try importer.plan(table, workspace: target)
    #expect(again.isNoOp)
    #expect(again.unchanged == ws.activities.count)
  }

  @Test func coachingExportHasOneRowPerItem() {
    let ws = Self.workspace()
    let lines = RecordExport.csv(.coaching, ws).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    // Header plus one line per item, unless a reason holds a quoted newline (the demo's do not).
    #expect(lines.count == ws.coaching.count + 1)
    #expect(
      lines.first == "id,person,coach,title,reason,signal,focusSkill,priority,status,dueDate,deals,createdAt")
  }

  @Test func csvWriterEscaping() {
    #expect(CSVWriter.escape("=1+2") == "'=1+2")
    #expect(CSVWriter.escape("@SUM(A1)") == "'@SUM(A1)")
    #expect(CSVWriter.escape("-12.50") == "-12.50")  // a negative number stays a number
    #expect(CSVWriter.escape("-x") == "'-x")
    #expect(CSVWriter.escape("a,b") == "\"a,b\"")
    #expect(CSVWriter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVWriter.line(["a", "b\nc"]) == "a,\"b\nc\"\r\n")
  }
}
