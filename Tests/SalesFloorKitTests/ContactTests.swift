import Foundation
import Testing

@testable import SalesFloorKit

/// Contacts at accounts, their links to deals and activities, and what `check` says about them.
@Suite("Contacts")
struct ContactTests {
  typealias F = CommandFixture

  /// The command fixture with Dana (champion) and Eli at Acme, Dana on the Acme renewal as
  /// economic buyer there, and a call logged with her.
  static var workspace: Workspace {
    var ws = F.workspace
    ws.contacts = RecordTable([
      Contact(
        id: "c-dana", accountId: "a-acme", name: "Dana Ruiz", title: "VP Ops", email: "dana@acme.com",
        phone: "+1 555 0100", buyingRole: .champion, notes: "likes \"data\"", externalId: "003A",
        createdAt: F.now),
      Contact(id: "c-eli", accountId: "a-acme", name: "Eli Park", createdAt: F.now),
    ])
    if var d = ws.deals[id: "d-1"] {
      d.contacts = [DealContact(contactId: "c-dana", role: .economicBuyer)]
      ws.deals.upsert(d)
    }
    var call = Activity(id: "act-1", kind: .call, subject: "Call Dana", ownerId: "p-bo", createdAt: F.now)
    call.contactId = "c-dana"
    call.dealId = "d-1"
    ws.activities.upsert(call)
    return ws
  }

  @Test("contacts, deal links and activity contacts: fast codec bytes equal JSONEncoder's and read back")
  func codec() throws {
    let ws = Self.workspace
    for c in [CollectionName.contacts, .deals, .activities] {
      let fast = try FastCodec().encodeFile(c, of: ws, schemaVersion: 1)
      let reference = try CodecFixtures.referenceFile(c, ws, version: 1)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
      let (_, back) = try CodecFixtures.fastDecode(c, fast)
      #expect(CodecFixtures.records(c, back) == CodecFixtures.records(c, ws))
    }
    let deals = String(decoding: try FastCodec().encodeFile(.deals, of: ws, schemaVersion: 1), as: UTF8.self)
    #expect(deals.contains(#""contactId" : "c-dana""#))
    #expect(deals.contains(#""role" : "economicBuyer""#))
  }

  @Test("a deal file from before contacts loads with an empty buying team")
  func oldDealLoads() throws {
    let json =
      #"{"id":"d-9","name":"Old","accountId":null,"ownerId":"p-bo","amount":1,"currency":"USD","#
      + #""stage":"qualify","closeDate":null,"createdAt":"2026-01-01T00:00:00Z"}"#
    let d = try JSONDecoder().decode(Deal.self, from: Data(json.utf8))
    #expect(d.contacts.isEmpty)
    let encoded = String(decoding: try JSONEncoder().encode(d), as: UTF8.self)
    #expect(!encoded.contains("contacts"))
  }

  @Test("adding a contact keeps trimmed fields and refuses a bad email or an unknown account")
  func add() throws {
    let ctx = F.context(Self.workspace)
    let edit = try AddContact(
      accountId: "a-glob", name: "  Sam Lee ", title: "CFO", email: " sam@globex.io ",
      buyingRole: .decisionMaker
    ).edit(in: ctx)
    let ws = F.applying(edit, to: Self.workspace)
    let sam = try #require(ws.contacts[id: "c-new"])
    #expect(sam.name == "Sam Lee")
    #expect(sam.email == "sam@globex.io")
    #expect(sam.accountId == "a-glob")
    #expect(edit.summary == "added contact Sam Lee at Globex")
    let bad = F.error(AddContact(accountId: "a-acme", name: "X", email: "555-0100"), ctx)
    #expect(bad?.description == "email: \"555-0100\" is not an email address (like dana@acme.com)")
    #expect(F.error(AddContact(accountId: "a-none", name: "X"), ctx) != nil)
    #expect(F.error(AddContact(accountId: "a-acme", name: " "), ctx) != nil)
  }

  @Test("email shape: one @, a dotted domain, no blanks")
  func emails() {
    #expect(ContactRules.isEmail("a@b.co"))
    #expect(!ContactRules.isEmail("a@b"))
    #expect(!ContactRules.isEmail("a b@c.de"))
    #expect(!ContactRules.isEmail("a@@c.de"))
    #expect(!ContactRules.isEmail("@c.de"))
    #expect(!ContactRules.isEmail("a@c..de"))
  }

  @Test("buying roles parse from what people type")
  func roles() throws {
    #expect(Contact.BuyingRole(parsing: "Economic buyer") == .economicBuyer)
    #expect(Contact.BuyingRole(parsing: "decision-maker") == .decisionMaker)
    #expect(Contact.BuyingRole(parsing: "EB") == .economicBuyer)
    #expect(Contact.BuyingRole(parsing: "CHAMPION") == .champion)
    #expect(Contact.BuyingRole(parsing: "boss") == nil)
    #expect(throws: CommandError.self) { try ContactRules.role("boss") }
  }

  @Test("update changes and clears fields; updatedAt moves")
  func update() throws {
    var u = UpdateContact(contactId: "c-dana")
    u.title = .some("COO")
    u.phone = .some(nil)
    u.buyingRole = .some(.blocker)
    let ws = F.applying(try u.edit(in: F.context(Self.workspace)), to: Self.workspace)
    let dana = try #require(ws.contacts[id: "c-dana"])
    #expect(dana.title == "COO")
    #expect(dana.phone == nil)
    #expect(dana.buyingRole == .blocker)
    #expect(dana.email == "dana@acme.com")
    #expect(dana.updatedAt == F.later)
  }

  @Test("link puts a contact on the team once, with its role; unlink takes them off")
  func linkAndUnlink() throws {
    let ws0 = Self.workspace
    let ws1 = F.applying(
      try LinkContact(dealId: "d-1", contactId: "c-eli", role: .influencer).edit(in: F.context(ws0)), to: ws0)
    let ws2 = F.applying(
      try LinkContact(dealId: "d-1", contactId: "c-eli", role: .blocker).edit(in: F.context(ws1)), to: ws1)
    let team = try #require(ws2.deals[id: "d-1"]).buyingTeam(in: ws2)
    #expect(team.map(\.contact.name) == ["Dana Ruiz", "Eli Park"])
    #expect(team.map(\.role) == [.economicBuyer, .blocker])
    #expect(ws2.deals[id: "d-1"]?.contact(withRole: .economicBuyer, in: ws2)?.id == "c-dana")
    let ws3 = F.applying(
      try UnlinkContact(dealId: "d-1", contactId: "c-eli").edit(in: F.context(ws2)), to: ws2)
    #expect(ws3.deals[id: "d-1"]?.contacts.map(\.contactId) == ["c-dana"])
    #expect(F.error(UnlinkContact(dealId: "d-1", contactId: "c-eli"), F.context(ws3)) != nil)
  }

  @Test("a link falls back to the contact's own role when the deal gives none")
  func roleFallback() throws {
    var ws = Self.workspace
    if var d = ws.deals[id: "d-1"] {
      d.contacts = [DealContact(contactId: "c-dana")]
      ws.deals.upsert(d)
    }
    #expect(ws.deals[id: "d-1"]?.buyingTeam(in: ws).first?.role == .champion)
  }

  @Test("a contact from another account cannot join the deal")
  func linkOtherAccount() {
    var ws = Self.workspace
    ws.contacts.upsert(Contact(id: "c-gus", accountId: "a-glob", name: "Gus", createdAt: F.now))
    let e = F.error(LinkContact(dealId: "d-1", contactId: "c-gus"), F.context(ws))
    #expect(e?.description == "contact: Gus works at Globex, not at the deal's account Acme Corp")
  }

  @Test("deleting a contact lists and unlinks its deals and activities; check stays clean")
  func delete() throws {
    let ws = Self.workspace
    let plan = try DeleteContact(contactId: "c-dana").plan(in: F.context(ws))
    #expect(plan.record == "contact Dana Ruiz")
    #expect(plan.effects == ["removes them from 1 deal: Acme renewal", "unlinks 1 activity: Call Dana"])
    #expect(!plan.deletesOtherRecords)
    let after = F.applying(plan.edit, to: ws)
    #expect(after.contacts[id: "c-dana"] == nil)
    #expect(after.deals[id: "d-1"]?.contacts.isEmpty == true)
    #expect(after.activities[id: "act-1"]?.contactId == nil)
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }

  @Test("check reports dangling contact references as errors")
  func check() {
    var ws = Self.workspace
    #expect(WorkspaceCheck.run(ws).filter { $0.severity == .error }.isEmpty)
    ws.contacts.remove(id: "c-dana")
    ws.contacts.upsert(Contact(id: "c-x", accountId: "a-gone", name: "X", createdAt: F.now))
    let errors = WorkspaceCheck.run(ws).filter { $0.severity == .error }.map {
      "\($0.recordId): \($0.message)"
    }
    #expect(errors.contains("c-x: account a-gone does not exist"))
    #expect(errors.contains("d-1: contact c-dana does not exist"))
    #expect(errors.contains("act-1: contact c-dana does not exist"))
  }

  @Test("the export document carries contacts and reads them back")
  func export() throws {
    let text = try WorkspaceDocument.text(Self.workspace)
    let doc = try JSONDecoder().decode(WorkspaceDocument.self, from: Data(text.utf8))
    #expect(doc.contacts.map(\.name) == ["Dana Ruiz", "Eli Park"])
    #expect(doc.records.contains(.contact(Self.workspace.contacts[id: "c-eli"]!)))
  }
}

@Suite("Contacts when their account goes")
struct ContactAccountDeleteTests {
  typealias F = CommandFixture

  @Test("deleting an account deletes its contacts (listed) and leaves no dangling link")
  func deleteAccount() throws {
    var ws = ContactTests.workspace
    ws.contacts.upsert(Contact(id: "c-gus", accountId: "a-glob", name: "Gus Globex", createdAt: F.now))
    var call = Activity(id: "act-2", kind: .call, subject: "Call Gus", ownerId: "p-bo", createdAt: F.now)
    call.accountId = "a-glob"
    call.contactId = "c-gus"
    ws.activities.upsert(call)
    let plan = try DeleteAccount(accountId: "a-glob").plan(in: F.context(ws))
    #expect(
      plan.effects == [
        "unlinks 1 activity: Call Gus", "deletes 1 contact: Gus Globex", "unlinks 1 activity: Call Gus",
      ])
    #expect(plan.deletesOtherRecords)
    let after = F.applying(plan.edit, to: ws)
    #expect(after.contacts[id: "c-gus"] == nil)
    #expect(after.activities[id: "act-2"]?.accountId == nil)
    #expect(after.activities[id: "act-2"]?.contactId == nil)
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }
}
