import Foundation
import Testing

@testable import SalesFloorKit

/// Vendor exports as they come (#15 item 10): Pipedrive's won/lost times, Salesforce's report
/// trailer, blank amounts, mixed date columns, multi-line cells, rows without a created date.
@Suite struct ImportRealExportTests {
  static let now = Timestamp(day: Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0), hour: 12)

  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people.upsert(Person(id: "p-1", name: "Ana Rep", email: "ana@corp.example", role: .rep, team: "East"))
    return ws
  }

  static func day(_ text: String) -> Day? { Day(iso: text[...]) }

  static func identity(_ csv: String, order: DateOrder? = nil) throws -> DealImportPlan {
    let table = try CSVTable.parse(Data(csv.utf8))
    return try DealImporter(
      mapping: DealImporter.identityMapping(for: table.header), dateOrder: order, now: now
    ).plan(table, workspace: workspace())
  }

  /// Pipedrive's deal export header (Deals → Export → CSV), trimmed to the columns that matter.
  static let pipedrive = """
    "Deal - ID","Deal - Title","Deal - Creator","Deal - Owner","Deal - Value","Deal - Currency of Value",\
    "Deal - Weighted value","Deal - Probability","Deal - Organization","Deal - Pipeline","Deal - Stage",\
    "Deal - Status","Deal - Deal created","Deal - Update time","Deal - Next activity date",\
    "Deal - Won time","Deal - Lost time","Deal - Lost reason","Deal - Expected close date"
    "7","Stark renewal","Ana Rep","Ana Rep","25000","USD","25000","","Stark","Pipeline","Negotiations Started",\
    "won","2024-01-10 09:00:00","2024-03-15 14:02:11","","2024-03-15 14:02:11","","","2024-04-30"
    "8","LexCorp pilot","Ana Rep","Ana Rep","900","USD","0","","LexCorp","Pipeline","Lead In",\
    "lost","2024-01-11 09:00:00","2024-02-02 10:00:00","","","2024-02-02 10:00:00","Price","2024-05-31"
    "9","Wayne upsell","Ana Rep","Ana Rep","1200","USD","1200","","Wayne","Pipeline","Lead In",\
    "won","2024-01-12 09:00:00","2024-01-12 09:00:00","","","","","2024-06-30"
    "10","Oscorp","Ana Rep","Ana Rep","300","USD","60","20","Oscorp","Pipeline","Demo Scheduled",\
    "open","2024-01-13 09:00:00","2024-01-13 09:00:00","2024-02-01","","","","2024-07-31"

    """

  @Test func pipedriveClosedDealsAreDatedByWonAndLostTime() throws {
    let table = try CSVTable.parse(Data(Self.pipedrive.utf8))
    let plan = try DealImporter(preset: .pipedrive, header: table.header, now: Self.now)
      .plan(table, workspace: Self.workspace())
    #expect(plan.rejected.isEmpty, "\(plan.rejected)")
    let byId = Dictionary(uniqueKeysWithValues: plan.created.map { ($0.externalId ?? "", $0) })
    #expect(byId["7"]?.stage == "won")
    #expect(byId["7"]?.closeDate == Self.day("2024-03-15"))  // Won time, not the expected 2024-04-30
    #expect(byId["8"]?.stage == "lost")
    #expect(byId["8"]?.closeDate == Self.day("2024-02-02"))  // Lost time
    #expect(byId["9"]?.closeDate == Self.day("2024-06-30"))  // no Won time: the expected close date
    #expect(byId["10"]?.closeDate == Self.day("2024-07-31"))  // open: the expected close date
  }

  /// A Salesforce report export ("Export → Formatted report → CSV") with its trailer.
  static let salesforceReport = """
    "Account Name","Opportunity Owner","Opportunity Name","Stage","Amount","Close Date","Created Date"
    "Acme","Dana Scully","Acme renewal","Negotiation/Review","12,400.00","12/15/2026","11/2/2026"
    "Copyright (c) Holdings","Dana Scully","Rights audit","Prospecting","3,000.00","1/10/2027","11/3/2026"
    "Initech","Dana Scully","Initech pilot","Prospecting","lots","1/10/2027","11/3/2026"
    ""
    "Grand Totals (3 records)","","","","15,400.00","",""
    "Confidential Information - Do Not Distribute"
    "Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."

    """

  @Test func salesforceTrailerIsAFooterNotRejectedRows() throws {
    let table = try CSVTable.parse(Data(Self.salesforceReport.utf8))
    #expect(table.footerLines == 4)  // the blank line, Grand Totals, Confidential, Copyright
    let plan = try DealImporter(preset: .salesforce, header: table.header, now: Self.now)
      .plan(table, workspace: Self.workspace())
    #expect(plan.rowsRead == 3)
    #expect(plan.rejected.map(\.row) == [4])  // only the real bad row ("lots")
    // A row that starts with "Copyright" in the middle of the file is still a row.
    #expect(plan.created.contains { $0.name == "Rights audit" })
    let lines = DealImportSummary(plan).previewLines()
    #expect(lines.contains("  skipped 4 footer lines (Salesforce report trailer)"))
  }

  @Test func aTrailerLikeRowInTheMiddleStaysARow() throws {
    let csv = "name,owner,amount\nCopyright (c) deal,Ana Rep,100\nSecond,Ana Rep,200\n"
    let table = try CSVTable.parse(Data(csv.utf8))
    #expect(table.footerLines == 0)
    #expect(table.rows.count == 2)
  }

  @Test func openDealsWithoutAmountImportAtZeroWonOnesAreRejected() throws {
    let plan = try Self.identity(
      """
      name,owner,amount,stage,closeDate,createdAt
      Blank one,Ana Rep,,qualify,2026-12-15,2026-10-01
      Priced,Ana Rep,500,qualify,2026-12-15,2026-10-01
      Blank two,Ana Rep,,prospect,2026-12-20,2026-10-01
      Won blank,Ana Rep,,won,2026-11-01,2026-10-01

      """)
    let blank = try #require(plan.created.first { $0.name == "Blank one" })
    #expect(blank.amount == 0)
    #expect(blank.currency == "USD")  // the workspace currency
    #expect(plan.noAmountLines == [2, 4])
    #expect(plan.rejected.map(\.row) == [5])
    #expect(plan.rejected.first?.reason.contains("won deal") == true)
    #expect(
      DealImportSummary(plan).previewLines().contains(
        "  2 open deals have no amount: imported at 0 — lines 2, 4"))
  }

  @Test func aDateColumnIsReadOneWayForEveryRow() throws {
    // 15/03 can only be day-first, so 04/03 in the same column is 4 March, not 3 April.
    let plan = try Self.identity(
      "name,owner,amount,closeDate\nA,Ana Rep,1,15/03/2024\nB,Ana Rep,1,04/03/2024\n")
    #expect(plan.created.first { $0.name == "A" }?.closeDate == Self.day("2024-03-15"))
    #expect(plan.created.first { $0.name == "B" }?.closeDate == Self.day("2024-03-04"))
  }

  @Test func anAmbiguousColumnNeedsADateFormat() throws {
    let csv = "name,owner,amount,closeDate\nA,Ana Rep,1,04/03/2024\nB,Ana Rep,1,05/06/2024\n"
    #expect {
      _ = try Self.identity(csv)
    } throws: { error in
      let text = "\(error)"
      return text.contains("\"closeDate\"") && text.contains("04/03/2024") && text.contains("line 2")
        && text.contains("--date-format")
    }
    let dmy = try Self.identity(csv, order: .dmy)
    #expect(dmy.created.first { $0.name == "B" }?.closeDate == Self.day("2024-06-05"))
    let mdy = try Self.identity(csv, order: .mdy)
    #expect(mdy.created.first { $0.name == "B" }?.closeDate == Self.day("2024-05-06"))
  }

  @Test func aColumnMixingDayFirstAndMonthFirstIsRefusedWithTheRows() throws {
    let csv =
      "name,owner,amount,closeDate\nA,Ana Rep,1,15/03/2024\nB,Ana Rep,1,2024-01-01\nC,Ana Rep,1,03/15/2024\n"
    #expect {
      _ = try Self.identity(csv, order: .dmy)
    } throws: { error in
      let text = "\(error)"
      return text.contains("line 2 \"15/03/2024\"") && text.contains("line 4 \"03/15/2024\"")
    }
  }

  @Test func rejectedRowsAreNumberedByFileLineAfterMultiLineCells() throws {
    let plan = try Self.identity(
      "name,owner,amount,nextStep\n"  // line 1
        + "Acme,Ana Rep,100,\"call\nthen\nsend\"\n"  // lines 2–4
        + "Bad,Ana Rep,twelve,\r\n"  // line 5
        + "Good,Ana Rep,5,\"a \"\"quoted\"\" word\"\n")  // line 6
    #expect(plan.rejected.map(\.row) == [5])
    #expect(plan.created.first { $0.name == "Acme" }?.nextStep == "call\nthen\nsend")
    #expect(plan.created.first { $0.name == "Good" }?.nextStep == "a \"quoted\" word")
  }

  @Test func anUnclosedQuoteNamesItsLine() throws {
    #expect(throws: CSVImportError.malformed("line 3: a quoted cell is never closed")) {
      _ = try CSVTable.parse(Data("name,owner\nA,B\n\"C,D\nE,F\n".utf8))
    }
  }

  @Test func aMissingCreatedDateIsNeverTheImportMoment() throws {
    let plan = try Self.identity(
      """
      name,owner,amount,stage,closeDate,nextStepDate,createdAt
      Won early,Ana Rep,100,won,2026-09-30,,
      Open future,Ana Rep,100,qualify,2027-01-31,,
      Open with past step,Ana Rep,100,qualify,2027-01-31,2026-11-02,
      Dated,Ana Rep,100,qualify,2027-01-31,,2026-08-01

      """)
    func created(_ name: String) -> String? { plan.created.first { $0.name == name }?.createdAt.iso }
    #expect(created("Won early") == "2026-09-30T00:00:00Z")  // its close date
    #expect(created("Open future") == "2026-11-20T00:00:00Z")  // the import day, at midnight, not 12:00
    #expect(created("Open with past step") == "2026-11-02T00:00:00Z")  // the past next step date
    #expect(created("Dated") == "2026-08-01T00:00:00Z")
    let lines = DealImportSummary(plan).previewLines()
    #expect(lines.contains("  1 deals have no created date: dated from their close date — line 2"))
    #expect(lines.contains("  1 deals have no created date: dated from the import day — line 3"))
    #expect(lines.contains("  1 deals have no created date: dated from their next step date — line 4"))
  }

  @Test func importPeopleCreatesTheManagersRowsName() throws {
    let csv = """
      name,email,role,manager
      Bo Rep,bo@corp.example,rep,Maria Lead
      Cy Rep,,rep,dana@corp.example
      Di Rep,,rep,Later Lead
      Ed Rep,,rep,maria lead
      Later Lead,later@corp.example,manager,
      Fe Rep,,rep,ana@corp.example

      """
    let table = try CSVTable.parse(Data(csv.utf8))
    let plan = try RecordImporter(
      kind: .people, mapping: RecordImporter.identityMapping(.people, header: table.header), now: Self.now
    ).plan(table, workspace: Self.workspace())
    #expect(plan.newManagers.map(\.name) == ["Maria Lead", "dana@corp.example"])
    #expect(plan.newManagers.allSatisfy { $0.role == .manager })
    #expect(plan.newManagers.first?.email == nil)  // named by name: no email invented
    #expect(plan.newManagers.last?.email == "dana@corp.example")
    var people: [String: Person] = [:]
    for case .person(let p) in plan.created { people[p.name] = p }
    let maria = try #require(plan.newManagers.first)
    #expect(people["Bo Rep"]?.managerId == maria.id)
    #expect(people["Ed Rep"]?.managerId == maria.id)  // one manager for both rows
    #expect(people["Di Rep"]?.managerId == people["Later Lead"]?.id)  // a row further down
    #expect(people["Fe Rep"]?.managerId == "p-1")  // an existing person, by email
    #expect(plan.mutations.count == 6 + 2)
  }
}
