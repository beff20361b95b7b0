import Foundation
import Testing

@testable import SalesFloorKit

/// Vendor exports in each preset's documented shape, with the mess real files carry: currency
/// symbols, European decimals, US and European dates, timestamps, unknown stages, bad rows.
@Suite struct ImportPresetTests {
  static let now = Timestamp(day: Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0), hour: 12)

  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people.upsert(Person(id: "p-1", name: "Ana Rep", role: .rep))
    return ws
  }

  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day? { Day(year: y, month: m, day: d) }

  static func apply(_ plan: DealImportPlan, to ws: Workspace) -> Workspace {
    var out = ws
    for m in plan.mutations { out.apply(m) }
    return out
  }

  static let salesforce = """
    "Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Amount Currency","Amount",\
    "Stage","Close Date","Created Date","Probability (%)","Next Step","Type","Lead Source"
    0065e00000AbCdE,"Acme, Inc. — Renewal",Acme Inc.,Dana Scully,USD,"$12,400.00",Negotiation/Review,\
    12/15/2026,11/2/2026,80%,Send redlines,Existing Business,Web
    0065e00000FgHiJ,Globex expansion,Globex,Fox Mulder,EUR,"12.400,00 €",Closed Won,15.11.2026,\
    2026-10-01,100,,New Business,Partner
    0065e00000KlMnO,Initech pilot,Initech,Dana Scully,USD,oops,Prospecting,1/10/2027,,10,,,
    0065e00000PqRsT,Umbrella,Umbrella Corp,Walter Skinner,USD,"5,000",Stalled Forever,Jan 31 2027,,20,,,

    """

  @Test func salesforceOpportunityReport() throws {
    let table = try CSVTable.parse(Data(Self.salesforce.utf8))
    let importer = DealImporter(preset: .salesforce, header: table.header, now: Self.now)
    let plan = try importer.plan(table, workspace: Self.workspace())
    #expect(plan.rowsRead == 4)
    #expect(plan.created.count == 2)
    let acme = try #require(plan.created.first { $0.externalId == "0065e00000AbCdE" })
    #expect(acme.name == "Acme, Inc. — Renewal")
    #expect(acme.amount == 1_240_000)  // $12,400.00 = 1,240,000 cents
    #expect(acme.currency == "USD")
    #expect(acme.stage == "negotiation")
    #expect(acme.closeDate == Self.day(2026, 12, 15))
    #expect(acme.createdAt == Timestamp(day: try #require(Self.day(2026, 11, 2))))
    #expect(acme.probability == 80)
    #expect(acme.nextStep == "Send redlines")
    #expect(acme.tags == ["Existing Business"])
    let dana = try #require(plan.newPeople.first { $0.name == "Dana Scully" })
    #expect(acme.ownerId == dana.id)
    #expect(plan.newAccounts.first { $0.id == acme.accountId }?.name == "Acme Inc.")

    let globex = try #require(plan.created.first { $0.externalId == "0065e00000FgHiJ" })
    #expect(globex.amount == 1_240_000)  // 12.400,00 € read the European way
    #expect(globex.currency == "EUR")
    #expect(globex.stage == "won")
    #expect(globex.closeDate == Self.day(2026, 11, 15))  // 15.11.2026 is day-first
    #expect(globex.nextStep == nil)

    #expect(plan.rejected.map(\.row) == [4, 5])
    #expect(plan.rejected[0].reason.contains("amount \"oops\""))
    #expect(plan.rejected[1].reason.contains("Stalled Forever"))
    #expect(plan.unmappedStages == ["Stalled Forever": 1])
    #expect(plan.stageMapping["Negotiation/Review"] == "negotiation")
    // Rejected rows create nobody: Walter Skinner's row failed before the owner was looked up.
    #expect(Set(plan.newPeople.map(\.name)) == ["Dana Scully", "Fox Mulder"])
  }

  @Test func presetOverridesAndMonthNames() throws {
    let table = try CSVTable.parse(Data(Self.salesforce.utf8))
    let importer = DealImporter(
      preset: .salesforce, header: table.header, mapping: [.tags: "Lead Source"],
      stageMap: ["Stalled Forever": "lost"], now: Self.now)
    let plan = try importer.plan(table, workspace: Self.workspace())
    let umbrella = try #require(plan.created.first { $0.name == "Umbrella" })
    #expect(umbrella.stage == "lost")
    #expect(umbrella.closeDate == Self.day(2027, 1, 31))  // "Jan 31 2027"
    #expect(umbrella.amount == 500_000)
    #expect(plan.created.first { $0.name == "Globex expansion" }?.tags == ["Partner"])
  }

  @Test func hubspotSemicolonsWindows1252() throws {
    let text = """
      Record ID;Deal Name;Associated Company;Deal owner;Amount;Deal Stage;Close Date;Create Date;Pipeline;\
      Deal probability\r
      9876543210;Zürich Versicherung upsell;Zürich AG;Ana Rep;"12.400,00 €";contractsent;2026-12-15 00:00;\
      2026-11-02 14:31;Sales Pipeline;0.9\r
      9876543211;Hooli;Hooli;ana rep;7500;Qualified To Buy;03/04/2027;2026-11-03 09:00;Sales Pipeline;0.4\r
      9876543212;Pied Piper;;Ana Rep;1000;appointmentscheduled;;2026-11-04;Sales Pipeline;40\r

      """
    // Excel on Windows writes cp1252: ü is the single byte 0xFC, € is 0x80.
    let bytes = text.unicodeScalars.map { s -> UInt8 in
      s == "€" ? 0x80 : UInt8(truncatingIfNeeded: s.value)
    }
    let table = try CSVTable.parse(Data(bytes))
    #expect(table.encoding == "windows-1252")
    #expect(table.separator == ";")
    let plan = try DealImporter(preset: .hubspot, header: table.header, now: Self.now)
      .plan(table, workspace: Self.workspace())
    let zurich = try #require(plan.created.first { $0.externalId == "9876543210" })
    #expect(zurich.name == "Zürich Versicherung upsell")
    #expect(zurich.amount == 1_240_000)
    #expect(zurich.currency == "EUR")
    #expect(zurich.stage == "negotiation")
    #expect(zurich.closeDate == Self.day(2026, 12, 15))
    #expect(zurich.createdAt.iso == "2026-11-02T14:31:00Z")
    #expect(zurich.probability == 90)  // 0.9 as a fraction
    #expect(zurich.ownerId == "p-1")  // existing person, matched by name
    #expect(zurich.tags == ["Sales Pipeline"])
    let hooli = try #require(plan.created.first { $0.name == "Hooli" })
    #expect(hooli.ownerId == "p-1")  // "ana rep": names match ignoring case
    #expect(hooli.amount == 750_000)
    #expect(hooli.currency == "USD")  // the workspace currency when the file has none
    #expect(hooli.stage == "discovery")
    #expect(hooli.closeDate == Self.day(2027, 3, 4))  // US month/day
    #expect(hooli.probability == 40)
    #expect(plan.rejected.map(\.row) == [4])  // 40 as a fraction is 4000 %
    #expect(plan.newPeople.isEmpty)
  }

  @Test func pipedriveTabsBOMAndStatus() throws {
    let text = [
      "Deal - ID\tDeal - Title\tDeal - Organization\tDeal - Owner\tDeal - Value\tDeal - Currency\tDeal - Stage\t"
        + "Deal - Status\tDeal - Expected close date\tDeal - Deal created\tDeal - Next activity date",
      "101\tStark Industries\tStark\tTony Owner\t25000\tUSD\tNegotiations Started\twon\t2026-11-20\t"
        + "2026-09-01 10:00:00\t",
      "102\tWayne Enterprises\tWayne\tTony Owner\t\"1,250.50\"\tGBP\tDemo Scheduled\topen\t2026-12-31\t"
        + "2026-10-05 08:15:00\t2026-11-10",
      "103\tLexCorp\tLex\tTony Owner\t900\tUSD\tLead In\tlost\t2026-11-01\t2026-10-01 00:00:00\t",
      "104\tOscorp\tOscorp\tTony Owner\t100\tUSD\tLead In\tpending\t2026-11-01\t2026-10-01\t",
    ].joined(separator: "\n")
    let table = try CSVTable.parse(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)))
    #expect(table.separator == "\t")
    let plan = try DealImporter(preset: .pipedrive, header: table.header, now: Self.now)
      .plan(table, workspace: Self.workspace())
    let stark = try #require(plan.created.first { $0.externalId == "101" })
    #expect(stark.stage == "won")  // status won beats the last open stage
    #expect(stark.amount == 2_500_000)
    #expect(stark.createdAt.iso == "2026-09-01T10:00:00Z")
    let wayne = try #require(plan.created.first { $0.externalId == "102" })
    #expect(wayne.amount == 125_050)
    #expect(wayne.currency == "GBP")
    #expect(wayne.stage == "demo")
    #expect(wayne.nextStepDate == Self.day(2026, 11, 10))
    #expect(plan.created.first { $0.externalId == "103" }?.stage == "lost")
    #expect(plan.rejected.count == 1)
    #expect(plan.rejected.first?.row == 5)
    #expect(plan.rejected.first?.reason.contains("pending") == true)
    #expect(plan.newPeople.map(\.name) == ["Tony Owner"])
    #expect(plan.newAccounts.count == 3)
  }

  @Test func secondImportChangesNothing() throws {
    let table = try CSVTable.parse(Data(Self.salesforce.utf8))
    let importer = DealImporter(preset: .salesforce, header: table.header, now: Self.now)
    let first = try importer.plan(table, workspace: Self.workspace())
    let after = Self.apply(first, to: Self.workspace())
    var later = importer
    later.now = Self.now.adding(seconds: 3600)
    let second = try later.plan(table, workspace: after)
    #expect(second.created.isEmpty)
    #expect(second.updated.isEmpty)
    #expect(second.unchanged == 2)
    #expect(second.newPeople.isEmpty && second.newAccounts.isEmpty)
    #expect(second.isNoOp)
  }

  @Test func changedRowUpdatesByExternalId() throws {
    let table = try CSVTable.parse(Data(Self.salesforce.utf8))
    let importer = DealImporter(preset: .salesforce, header: table.header, now: Self.now)
    let after = Self.apply(try importer.plan(table, workspace: Self.workspace()), to: Self.workspace())
    let edited = Self.salesforce.replacingOccurrences(of: "Acme, Inc. — Renewal", with: "Acme renewal FY27")
      .replacingOccurrences(of: "$12,400.00", with: "$13,000.00")
    let table2 = try CSVTable.parse(Data(edited.utf8))
    let plan = try importer.plan(table2, workspace: after)
    #expect(plan.created.isEmpty)
    #expect(plan.updated.count == 1)
    let change = try #require(plan.updated.first)
    #expect(change.before.name == "Acme, Inc. — Renewal")
    #expect(change.after.name == "Acme renewal FY27")
    #expect(change.after.amount == 1_300_000)
    #expect(change.after.id == change.before.id)
    #expect(change.after.history.last?.field == .amount)
  }
}
