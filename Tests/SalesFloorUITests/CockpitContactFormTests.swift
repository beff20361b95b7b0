import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Contact forms in the cockpit: `K` on the deal card links a contact with a role (a new name adds
/// them at the deal's account), `:contact …` adds, links or edits from the palette.
@Suite("Cockpit contact forms")
struct CockpitContactFormTests {
  static let at = Timestamp(day: CockpitFixture.today, hour: 9)

  static func workspace() throws -> (Workspace, Deal) {
    var ws = CockpitFixture.demoWithoutContacts
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(store: MemoryStore(ws)).state))
    let accountId = try #require(deal.accountId)
    ws.contacts = RecordTable([
      Contact(id: "c-eli", accountId: accountId, name: "Eli Park", title: "CFO", createdAt: at)
    ])
    return (ws, deal)
  }

  @Test("K on the deal card links Eli as economic buyer; the card shows him on the buying team")
  func linkExisting() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun("<Enter> K", store: MemoryStore(ws))
    #expect(run.screen.contains("Link a contact · \(deal.name)"))
    // Tab completes a choice; a second Tab moves on.
    try run.press("\(typed("Eli")) <Tab> <Tab> \(typed("econ")) <Tab> <Enter>")
    let saved = try #require(run.store.workspace.deals[id: deal.id])
    #expect(saved.contacts == [DealContact(contactId: "c-eli", role: .economicBuyer)])
    // Back on the card, Eli is on the buying team with the deal's role.
    #expect(run.screen.contains("Eli Park · economic buyer · CFO"))
    #expect(run.store.committed.count == 1)
  }

  @Test("K with a new name adds the contact at the deal's account and links them in one undoable step")
  func linkNew() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun("<Enter> K", store: MemoryStore(ws))
    try run.press("\(typed("Dana Ruiz")) <Tab> \(typed("champion")) <Tab> \(typed("VP Ops")) <Enter>")
    let dana = try #require(run.store.workspace.contacts.items.first { $0.name == "Dana Ruiz" })
    #expect(dana.accountId == deal.accountId)
    #expect(dana.title == "VP Ops")
    #expect(
      run.store.workspace.deals[id: deal.id]?.contacts == [DealContact(contactId: dana.id, role: .champion)])
    #expect(run.store.committed.count == 1)
    try run.press("u")
    #expect(run.store.workspace.contacts.items.first { $0.name == "Dana Ruiz" } == nil)
    #expect(run.store.workspace.deals[id: deal.id]?.contacts == [])
  }

  @Test(":contact adds at the selected deal's account; :contact link links; bad roles say why")
  func palette() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun(
      ":\(typed("contact Dana Ruiz --title VP Ops --role eb --phone +1 555 0100")) <Enter>",
      store: MemoryStore(ws))
    let dana = try #require(run.store.workspace.contacts.items.first { $0.name == "Dana Ruiz" })
    #expect(dana.accountId == deal.accountId)
    #expect(dana.title == "VP Ops" && dana.phone == "+1 555 0100" && dana.buyingRole == .economicBuyer)
    try run.press(":\(typed("contact link Dana --role champion")) <Enter>")
    #expect(
      run.store.workspace.deals[id: deal.id]?.contacts == [DealContact(contactId: dana.id, role: .champion)])
    try run.press(":\(typed("contact link Eli --role boss")) <Enter>")
    #expect(run.screen.contains("\"boss\" is not a buying role"))
  }

  @Test(":contact edit opens the contact form with the buying-role choice; saving changes the title")
  func editForm() throws {
    let (ws, _) = try Self.workspace()
    var run = try CockpitRun(":\(typed("contact edit Eli")) <Enter>", store: MemoryStore(ws))
    let form = try #require(openForm(run))
    #expect(form.title == "Edit contact")
    #expect(form.fields.map(\.key) == ["name", "account", "title", "email", "phone", "role", "notes"])
    try run.press("<Tab> <Tab> <C-u> \(typed("Finance Director")) <Enter>")
    #expect(run.store.workspace.contacts[id: "c-eli"]?.title == "Finance Director")
  }
}
