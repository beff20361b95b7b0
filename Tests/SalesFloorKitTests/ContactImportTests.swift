import Foundation
import Testing

@testable import SalesFloorKit

/// `import contacts`: each vendor's contact export as it comes (their real header rows), re-imports
/// that update instead of duplicating, and `export contacts` → `import contacts` as the identity.
@Suite("Contact import")
struct ContactImportTests {
  typealias F = CommandFixture

  /// Salesforce Contacts report export ("Contacts & Accounts" → Export → CSV). Globex exists
  /// nowhere: it is created and listed. Line 5's email is a phone number: rejected by line.
  static let salesforce = """
    "First Name","Last Name","Title","Email","Phone","Mobile","Account Name","Contact ID"
    "Dana","Ruiz","VP Ops","dana@acme.com","+1 555 0100","+1 555 0199","Acme Corp","0035g00000AbCdE"
    "Femi","Okafor","CFO","femi@acme.com","","+1 555 0142","acme corp","0035g00000FgHiJ"
    "Gia","Moss","Buyer","gia@initech.example","+1 555 0300","","Initech","0035g00000KlMnO"
    "Hal","Lee","IT","555-0101","","","Acme Corp","0035g00000PqRsT"

    """

  /// HubSpot contacts export (Contacts → Export → CSV, all properties trimmed to the defaults).
  static let hubspot = """
    Record ID,First Name,Last Name,Email,Phone Number,Job Title,Company Name
    101,Dana,Ruiz,DANA@acme.com,+1 555 0100,VP Operations,Acme Corp
    102,Ivo,Marsh,ivo@globex.example,+44 20 7946 0000,Head of Sales,Globex

    """

  /// HubSpot's association export names the company "Associated Company".
  static let hubspotAssociated = """
    Record ID,First Name,Last Name,Email,Phone Number,Job Title,Associated Company
    103,Jo,Quinn,jo@globex.example,,Analyst,Globex

    """

  /// Pipedrive People export (Contacts → People → Export → CSV): the name is one column.
  static let pipedrive = """
    "Person - ID","Person - Name","Person - Email","Person - Phone","Person - Organization","Person - Job title"
    "7","Dana Ruiz","dana@acme.com","+1 555 0100","Acme Corp","VP Ops"
    "8","Kim Sato","","+81 3 0000 0000","Globex","Procurement"
    "9","","nobody@globex.example","","Globex",""

    """

  /// Pipedrive's organization-side export: the company is "Organization - Name".
  static let pipedriveOrganization = """
    "Organization - Name","Person - Name","Person - Email","Person - Job title"
    "Globex","Lu Tran","lu@globex.example","CTO"

    """

  static func plan(
    _ csv: String, preset: ImportPreset?, into ws: Workspace = F.workspace
  ) throws
    -> RecordImportPlan
  {
    let table = try CSVTable.parse(Data(csv.utf8))
    let mapping =
      preset?.contactMapping(for: table.header)
      ?? RecordImporter.identityMapping(.contacts, header: table.header)
    return try RecordImporter(kind: .contacts, mapping: mapping, now: F.later).plan(table, workspace: ws)
  }

  static func contacts(_ records: [Record]) -> [String: Contact] {
    var out: [String: Contact] = [:]
    for case .contact(let c) in records { out[c.name] = c }
    return out
  }

  static func applied(_ plan: RecordImportPlan, to ws: Workspace) -> Workspace {
    var out = ws
    for m in plan.mutations { out.apply(m) }
    return out
  }

  @Test("Salesforce: first + last name, Mobile when Phone is empty, accounts by name, bad rows by line")
  func salesforce() throws {
    let plan = try Self.plan(Self.salesforce, preset: .salesforce)
    let c = Self.contacts(plan.created)
    #expect(c.keys.sorted() == ["Dana Ruiz", "Femi Okafor", "Gia Moss"])
    #expect(c["Dana Ruiz"]?.accountId == "a-acme")
    #expect(c["Dana Ruiz"]?.title == "VP Ops")
    #expect(c["Dana Ruiz"]?.phone == "+1 555 0100")  // Phone wins over Mobile
    #expect(c["Dana Ruiz"]?.externalId == "0035g00000AbCdE")
    #expect(c["Femi Okafor"]?.accountId == "a-acme")  // "acme corp": any case
    #expect(c["Femi Okafor"]?.phone == "+1 555 0142")  // no Phone: the Mobile
    #expect(plan.newAccounts.map(\.name) == ["Initech"])
    #expect(c["Gia Moss"]?.accountId == plan.newAccounts.first?.id)
    #expect(plan.rejected.map(\.row) == [5])
    #expect(plan.rejected.first?.reason.contains("\"555-0101\" is not an email address") == true)
  }

  @Test("Salesforce re-import of the same file changes nothing and duplicates no one")
  func reimportIsANoOp() throws {
    let first = try Self.plan(Self.salesforce, preset: .salesforce)
    let ws = Self.applied(first, to: F.workspace)
    #expect(ws.contacts.count == 3)
    let again = try Self.plan(Self.salesforce, preset: .salesforce, into: ws)
    #expect(again.isNoOp)
    #expect(again.unchanged == 3)
    #expect(again.newAccounts.isEmpty)  // Initech now exists
  }

  @Test("HubSpot: a contact known by email is updated (any case), a new one created")
  func hubspotUpdatesByEmail() throws {
    let ws = Self.applied(try Self.plan(Self.salesforce, preset: .salesforce), to: F.workspace)
    let plan = try Self.plan(Self.hubspot, preset: .hubspot, into: ws)
    #expect(plan.rejected.isEmpty, "\(plan.rejected)")
    let updated = Self.contacts(plan.updated)
    let dana = try #require(updated["Dana Ruiz"])
    #expect(dana.id == ws.contacts.items.first { $0.name == "Dana Ruiz" }?.id)  // same record
    #expect(dana.title == "VP Operations")
    #expect(dana.externalId == "101")
    #expect(dana.updatedAt == F.later)
    #expect(Self.contacts(plan.created).keys.sorted() == ["Ivo Marsh"])
    #expect(Self.contacts(plan.created)["Ivo Marsh"]?.accountId == "a-glob")
    #expect(Self.applied(plan, to: ws).contacts.count == 4)
  }

  @Test("HubSpot's Associated Company and Pipedrive's Organization - Name name the account")
  func alternativeCompanyColumns() throws {
    let hub = try Self.plan(Self.hubspotAssociated, preset: .hubspot)
    #expect(Self.contacts(hub.created)["Jo Quinn"]?.accountId == "a-glob")
    let pipe = try Self.plan(Self.pipedriveOrganization, preset: .pipedrive)
    #expect(Self.contacts(pipe.created)["Lu Tran"]?.accountId == "a-glob")
    #expect(Self.contacts(pipe.created)["Lu Tran"]?.title == "CTO")
  }

  @Test("Pipedrive: the whole name, a contact without email matched by name + account on re-import")
  func pipedrive() throws {
    let plan = try Self.plan(Self.pipedrive, preset: .pipedrive)
    let c = Self.contacts(plan.created)
    #expect(c.keys.sorted() == ["Dana Ruiz", "Kim Sato"])
    #expect(c["Kim Sato"]?.email == nil)
    #expect(c["Kim Sato"]?.title == "Procurement")
    #expect(plan.rejected.map(\.row) == [4])
    #expect(plan.rejected.first?.reason == "no contact name")
    // The same people typed in by hand, without Pipedrive's ids: matched, not duplicated.
    var ws = F.workspace
    ws.contacts.upsert(Contact(id: "c-kim", accountId: "a-glob", name: "kim sato", createdAt: F.now))
    ws.contacts.upsert(
      Contact(id: "c-dana", accountId: "a-acme", name: "D. Ruiz", email: "dana@acme.com", createdAt: F.now))
    let again = try Self.plan(Self.pipedrive, preset: .pipedrive, into: ws)
    #expect(again.created.isEmpty)
    #expect(again.updated.map(\.id).sorted() == ["c-dana", "c-kim"])
    #expect(Self.contacts(again.updated)["Kim Sato"]?.phone == "+81 3 0000 0000")
  }

  @Test("a file without an account column is refused before any row, naming the fix")
  func needsAccount() throws {
    let csv = "First Name,Last Name,Email\nDana,Ruiz,dana@acme.com\n"
    #expect(throws: CSVImportError.self) { try Self.plan(csv, preset: .salesforce) }
    do {
      _ = try Self.plan(csv, preset: .salesforce)
    } catch {
      #expect("\(error)".contains("--map must map account"))
    }
  }

  @Test("export contacts then import contacts (no preset) recreates them; into the source, no-op")
  func exportRoundTrip() throws {
    let ws = ContactTests.workspace
    let csv = RecordExport.csv(.contacts, ws)
    #expect(
      csv.hasPrefix("id,externalId,name,account,title,email,phone,buyingRole,notes\r\n"))
    #expect(csv.contains("c-dana,003A,Dana Ruiz,Acme Corp,VP Ops,dana@acme.com,'+1 555 0100,champion,"))
    var empty = F.workspace
    empty.contacts = RecordTable([])
    let plan = try Self.plan(csv, preset: nil, into: empty)
    #expect(plan.rejected.isEmpty, "\(plan.rejected)")
    let target = Self.applied(plan, to: empty)
    #expect(RecordExport.rows(.contacts, target) == RecordExport.rows(.contacts, ws))
    let again = try Self.plan(csv, preset: nil, into: ws)
    #expect(again.isNoOp)
    #expect(again.unchanged == 2)
  }
}
