import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The MEDDPICC form (`Q` in the deal card) picks the champion and economic buyer from the
/// deal's contacts; the card's scorecard shows who they are.
@Suite("Cockpit MEDDPICC contacts")
struct CockpitQualificationContactTests {
  static let at = Timestamp(day: CockpitFixture.today, hour: 9)

  /// The demo with Dana (champion by her own role, on the selected deal's buying team) and Eli
  /// (CFO, not on it) at the deal's account.
  static func workspace() throws -> (Workspace, Deal) {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(store: MemoryStore(ws)).state))
    let accountId = try #require(deal.accountId)
    ws.contacts = RecordTable([
      Contact(id: "c-dana", accountId: accountId, name: "Dana Ruiz", buyingRole: .champion, createdAt: at),
      Contact(
        id: "c-eli", accountId: accountId, name: "Eli Park", title: "CFO", phone: "+1 555 0142", createdAt: at
      ),
    ])
    var linked = deal
    linked.contacts = [DealContact(contactId: "c-dana")]
    ws.deals.upsert(linked)
    return (ws, linked)
  }

  @Test("Q offers the buying team then the account for champion and EB; picking Eli shows him on the card")
  func pickChampionInForm() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun("<Enter> Q", store: MemoryStore(ws))
    let form = try #require(openForm(run))
    let index = try #require(form.fields.firstIndex { $0.key == "contact.champion" })
    #expect(form.fields.contains { $0.key == "contact.economicBuyer" })
    #expect(!form.fields.contains { $0.key == "contact.metrics" }, "only the two person elements")
    guard case .choice(let options, _) = form.fields[index].kind else {
      Issue.record("contact.champion is not a choice: \(form.fields[index].kind)")
      return
    }
    #expect(options.map(\.label) == ["Dana Ruiz (champion)", "Eli Park"])
    let tabs = Array(repeating: "<Tab>", count: index).joined(separator: " ")
    try run.press("\(tabs) \(typed("Eli")) <Tab> <Enter>")
    #expect(run.store.committed.count == 1, "one edit, one undo step")
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(d.qualification[.champion]?.contactId == "c-eli")
    #expect(d.contacts.map(\.contactId) == ["c-dana", "c-eli"], "Eli joined the buying team")
    #expect(run.screen.contains("Deal \(deal.id)"), "back on the deal card")
    #expect(run.screen.contains("[ ] Champion           unknown · Eli Park (CFO, +1 555 0142)"))
    #expect(run.screen.contains("Eli Park · champion · CFO · +1 555 0142"))
    try run.press("u")
    let undone = try #require(run.store.workspace.deals[id: deal.id])
    #expect(undone.qualification.isEmpty && undone.contacts.map(\.contactId) == ["c-dana"])
  }

  @Test(
    "saving the form without touching a contact field keeps the pick; a deal without contacts has no field")
  func untouchedKeeps() throws {
    var (ws, deal) = try Self.workspace()
    deal.qualification[.economicBuyer] = QualificationEntry(status: .partial, contactId: "c-eli")
    ws.deals.upsert(deal)
    var run = try CockpitRun("<Enter> Q", store: MemoryStore(ws))
    let field = try #require(openForm(run)?.fields.first { $0.key == "contact.economicBuyer" })
    #expect(field.text == "Eli Park")
    try run.press("<C-u> confirmed <Enter>")
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(d.qualification.status(.metrics) == .confirmed)
    #expect(d.qualification[.economicBuyer]?.contactId == "c-eli")
    #expect(d.contacts.map(\.contactId) == ["c-dana"], "an untouched field links nobody")
    let plain = try CockpitRun("<Enter> Q", store: MemoryStore(CockpitFixture.demoWithoutContacts))
    #expect(openForm(plain)?.fields.contains { $0.key.hasPrefix("contact.") } == false)
  }

  @Test("K linking a contact as champion fills the empty MEDDPICC champion and the status says so")
  func linkFillsChampion() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun("<Enter> K", store: MemoryStore(ws))
    try run.press("\(typed("Eli")) <Tab> <Tab> \(typed("champion")) <Tab> <Enter>")
    #expect(run.store.workspace.deals[id: deal.id]?.qualification[.champion]?.contactId == "c-eli")
    #expect(run.footer.contains("MEDDPICC champion is now Eli Park"))
    #expect(run.screen.contains("[ ] Champion           unknown · Eli Park (CFO, +1 555 0142)"))
    #expect(run.store.committed.count == 1)
  }

  @Test("call mode calls the MEDDPICC champion before the buying team's champion")
  func callModePrefersThePick() throws {
    var ws = CallFloor.workspace
    ws.contacts.upsert(
      Contact(
        id: "c-eve", accountId: "a-acme", name: "Eve Ng", title: "COO", phone: "+1 555 0123",
        createdAt: Self.at))
    var d = try #require(ws.deals[id: "d-acme"])
    d.qualification[.champion] = QualificationEntry(status: .confirmed, contactId: "c-eve")
    ws.deals.upsert(d)
    let run = try CallFloor.run("c", store: MemoryStore(ws))
    // Dana is the champion on the buying team (her own role); the scorecard names Eve.
    #expect(run.screen.contains("Call   Eve Ng · champion · COO · +1 555 0123"))
  }
}
