import Foundation
import Testing

@testable import SalesFloorKit

/// The MEDDPICC champion and economic buyer pointing at contacts: the file format, the commands
/// that set, keep, fill and clear the pointer, `check`, and the "who to call" rule.
@Suite("MEDDPICC contacts")
struct QualificationContactTests {
  typealias F = CommandFixture

  /// The contacts fixture (Dana: champion by her own role, EB on the Acme renewal; Eli: no role)
  /// plus Gus at Globex and Ivy at Acme, not on the deal.
  static var workspace: Workspace {
    var ws = ContactTests.workspace
    ws.contacts.upsert(Contact(id: "c-gus", accountId: "a-glob", name: "Gus Globex", createdAt: F.now))
    ws.contacts.upsert(
      Contact(
        id: "c-ivy", accountId: "a-acme", name: "Ivy Chen", title: "CFO", phone: "+1 555 0199",
        createdAt: F.now))
    return ws
  }

  static func deal(_ ws: Workspace) throws -> Deal { try #require(ws.deals[id: "d-1"]) }

  // MARK: - the file format

  @Test("an entry's contactId: fast codec bytes equal JSONEncoder's, read back equal, sync fields carry it")
  func codecRoundTrip() throws {
    var ws = Self.workspace
    var d = try Self.deal(ws)
    d.qualification[.champion] = QualificationEntry(
      status: .confirmed, note: "met twice", by: "p-bo", at: F.now, contactId: "c-ivy")
    ws.deals.upsert(d)
    let fast = try FastCodec().encodeFile(.deals, of: ws, schemaVersion: 1)
    let reference = try CodecFixtures.referenceFile(.deals, ws, version: 1)
    #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
    #expect(String(decoding: fast, as: UTF8.self).contains(#""contactId" : "c-ivy""#))
    let (_, back) = try CodecFixtures.fastDecode(.deals, fast)
    #expect(back.deals[id: "d-1"]?.qualification[.champion]?.contactId == "c-ivy")
    #expect(back.deals[id: "d-1"] == d)
    let fields = try Record.deal(d).syncFields()
    #expect(try Record(.deals, syncFields: fields) == .deal(d), "team sync carries it across machines")
    let doc = try JSONDecoder().decode(
      WorkspaceDocument.self, from: Data(try WorkspaceDocument.text(ws).utf8))
    #expect(doc.deals.first { $0.id == "d-1" }?.qualification[.champion]?.contactId == "c-ivy")
  }

  @Test("a deals file scored before contacts loads without contactId and is written back byte-identical")
  func oldFileByteIdentical() throws {
    let old =
      #"{"items":[{"accountId":"a-acme","amount":1000,"closeDate":null,"createdAt":"2026-01-01T00:00:00Z","#
      + #""currency":"USD","id":"d-9","name":"Old","ownerId":"p-bo","qualification":{"champion":"#
      + #"{"at":"2026-01-02T00:00:00Z","by":"p-bo","note":"Dana Ruiz","status":"confirmed"}},"#
      + #""stage":"qualify"}],"schemaVersion":1}"#
    let (_, ws) = try CodecFixtures.fastDecode(.deals, Array(old.utf8))
    let entry = try #require(ws.deals[id: "d-9"]?.qualification[.champion])
    #expect(entry.contactId == nil && entry.note == "Dana Ruiz" && entry.status == .confirmed)
    let saved = try FastCodec().encodeFile(.deals, of: ws, schemaVersion: 1)
    #expect(!String(decoding: saved, as: UTF8.self).contains("contactId"))
    // The old code's bytes are JSONEncoder's (the fast codec is pinned to them): the same here.
    #expect(saved == (try CodecFixtures.referenceFile(.deals, ws, version: 1)))
    let (_, again) = try CodecFixtures.fastDecode(.deals, saved)
    #expect(try FastCodec().encodeFile(.deals, of: again, schemaVersion: 1) == saved)
  }

  // MARK: - setting, keeping, refusing

  @Test("qualify --contact points the champion at a contact; a status or note change keeps it")
  func keepOnStatusChange() throws {
    let ws1 = F.applying(
      try QualifyDeal(
        dealId: "d-1", element: .champion, status: .partial, note: nil, contactId: .some("c-dana")
      )
      .edit(in: F.context(Self.workspace)), to: Self.workspace)
    #expect(try Self.deal(ws1).qualification[.champion]?.contactId == "c-dana")
    let edit = try QualifyDeal(
      dealId: "d-1", element: .champion, status: .confirmed, note: .some("our coach")
    )
    .edit(in: F.context(ws1))
    let ws2 = F.applying(edit, to: ws1)
    let entry = try #require(try Self.deal(ws2).qualification[.champion])
    #expect(entry.contactId == "c-dana" && entry.status == .confirmed && entry.note == "our coach")
    // The scorecard form (SetQualification) without a contact for the element keeps it too.
    let ws3 = F.applying(
      try SetQualification(dealId: "d-1", entries: [.champion: QualificationEntry(status: .partial)])
        .edit(in: F.context(ws2)), to: ws2)
    #expect(try Self.deal(ws3).qualification[.champion]?.contactId == "c-dana")
    #expect(try Self.deal(ws3).qualification[.champion]?.note == nil)
    // Clearing: .some(nil).
    let ws4 = F.applying(
      try QualifyDeal(dealId: "d-1", element: .champion, status: nil, note: nil, contactId: .some(nil))
        .edit(in: F.context(ws3)), to: ws3)
    #expect(try Self.deal(ws4).qualification[.champion]?.contactId == nil)
    #expect(try Self.deal(ws4).qualification.status(.champion) == .partial)
  }

  @Test("a contact at another account, or on an element not about a person, is refused with the reason")
  func refuseOtherAccount() throws {
    let ws = Self.workspace
    let other = F.error(
      QualifyDeal(dealId: "d-1", element: .champion, status: nil, note: nil, contactId: .some("c-gus")),
      F.context(ws))
    #expect(other?.description == "contact: Gus Globex works at Globex, not at the deal's account Acme Corp")
    let metrics = F.error(
      QualifyDeal(dealId: "d-1", element: .metrics, status: nil, note: nil, contactId: .some("c-dana")),
      F.context(ws))
    #expect(metrics?.description.contains("only champion and economicBuyer point at a contact") == true)
    let gone = F.error(
      SetQualification(dealId: "d-1", entries: [:], contacts: [.economicBuyer: "c-nobody"]), F.context(ws))
    #expect(gone?.description.contains("c-nobody") == true)
  }

  @Test("a champion not on the buying team joins it as champion in the same deal edit (undo reverts both)")
  func championJoinsTeam() throws {
    let ws = Self.workspace
    let edit = try QualifyDeal(
      dealId: "d-1", element: .champion, status: .confirmed, note: nil, contactId: .some("c-ivy")
    )
    .edit(in: F.context(ws))
    #expect(edit.mutations.count == 1, "one deal record: one transaction, one undo step")
    #expect(edit.summary.contains("champion: Ivy Chen (added to the buying team as champion)"))
    let after = F.applying(edit, to: ws)
    let d = try Self.deal(after)
    #expect(d.contacts.map(\.contactId) == ["c-dana", "c-ivy"])
    #expect(d.contacts.last?.role == .champion)
    #expect(d.qualification[.champion]?.contactId == "c-ivy")
  }

  // MARK: - linking and deleting

  @Test("linking a contact as champion fills an empty champion entry and says so; a set one is kept")
  func linkFills() throws {
    let ws = Self.workspace
    let edit = try LinkContact(dealId: "d-1", contactId: "c-eli", role: .champion).edit(in: F.context(ws))
    #expect(edit.summary == "linked Eli Park to Acme renewal as champion; MEDDPICC champion is now Eli Park")
    let after = F.applying(edit, to: ws)
    let entry = try #require(try Self.deal(after).qualification[.champion])
    #expect(entry.contactId == "c-eli" && entry.status == .unknown)
    // Another champion link does not replace the scorecard's pick.
    let again = try LinkContact(dealId: "d-1", contactId: "c-ivy", role: .champion).edit(in: F.context(after))
    #expect(!again.summary.contains("MEDDPICC"))
    #expect(try Self.deal(F.applying(again, to: after)).qualification[.champion]?.contactId == "c-eli")
    // An influencer link touches no MEDDPICC entry.
    let inf = try LinkContact(dealId: "d-1", contactId: "c-ivy", role: .influencer).edit(in: F.context(ws))
    #expect(try Self.deal(F.applying(inf, to: ws)).qualification.isEmpty)
  }

  @Test("deleting a contact clears the MEDDPICC pointers at them, and the plan lists the deals")
  func deleteClears() throws {
    var ws = Self.workspace
    var d = try Self.deal(ws)
    d.qualification[.economicBuyer] = QualificationEntry(status: .confirmed, contactId: "c-dana")
    d.qualification[.champion] = QualificationEntry(status: .unknown, contactId: "c-dana")
    ws.deals.upsert(d)
    let plan = try DeleteContact(contactId: "c-dana").plan(in: F.context(ws))
    #expect(
      plan.effects == [
        "removes them from 1 deal: Acme renewal", "unlinks 1 activity: Call Dana",
        "clears the MEDDPICC champion or economic buyer of 1 deal: Acme renewal",
      ])
    let after = F.applying(plan.edit, to: ws)
    let q = try Self.deal(after).qualification
    #expect(q[.economicBuyer]?.contactId == nil && q.status(.economicBuyer) == .confirmed)
    #expect(q[.champion] == nil, "an entry with nothing left (unknown, no note, nobody) goes")
    #expect(WorkspaceCheck.run(after).filter { $0.severity == .error }.isEmpty)
  }

  @Test("check flags a dangling contactId and a contact at another account")
  func check() throws {
    var ws = Self.workspace
    var d = try Self.deal(ws)
    d.qualification[.champion] = QualificationEntry(status: .partial, contactId: "c-gone")
    d.qualification[.economicBuyer] = QualificationEntry(status: .partial, contactId: "c-gus")
    ws.deals.upsert(d)
    let errors = WorkspaceCheck.run(ws).filter { $0.severity == .error }.map {
      "\($0.recordId): \($0.message)"
    }
    #expect(errors.contains("d-1: MEDDPICC champion: contact c-gone does not exist"))
    #expect(
      errors.contains(
        "d-1: MEDDPICC economicBuyer: contact c-gus (Gus Globex) works at account a-glob, not at the deal's a-acme"
      ))
  }

  // MARK: - who it is

  @Test("the MEDDPICC pick is the champion everyone reads: call mode's contact and the deal line")
  func pickComesFirst() throws {
    var ws = Self.workspace
    var d = try Self.deal(ws)
    // Before any pick: Dana is EB by the link; nobody is champion, so call mode calls the EB.
    #expect(CallQueue.contact(for: d, in: ws)?.contact.id == "c-dana")
    d.qualification[.champion] = QualificationEntry(status: .confirmed, contactId: "c-ivy")
    ws.deals.upsert(d)
    #expect(CallQueue.contact(for: d, in: ws)?.contact.id == "c-ivy")
    #expect(CallQueue.contact(for: d, in: ws)?.role == .champion)
    #expect(d.contact(withRole: .champion, in: ws)?.id == "c-ivy")
    #expect(
      QualificationContact.line(.champion, of: d, in: ws)
        == "Champion: Ivy Chen (CFO, +1 555 0199) · confirmed")
    #expect(QualificationContact.line(.economicBuyer, of: d, in: ws) == nil)
  }
}
