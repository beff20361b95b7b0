import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The deal card shows whom to call: the buying team with their role in the deal, title and
/// phone, then the account's other contacts.
@Suite("Cockpit contacts on the deal card")
struct CockpitContactTests {
  @Test("Enter on a deal lists its buying team and the account's other contacts")
  func dealCardListsContacts() throws {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(store: MemoryStore(ws)).state))
    let accountId = try #require(deal.accountId)
    let at = Timestamp(day: CockpitFixture.today, hour: 9)
    ws.contacts = RecordTable([
      Contact(
        id: "c-dana", accountId: accountId, name: "Dana Ruiz", title: "VP Ops", phone: "+1 555 0100",
        buyingRole: .champion, createdAt: at),
      Contact(id: "c-eli", accountId: accountId, name: "Eli Park", title: "CFO", createdAt: at),
    ])
    var linked = deal
    linked.contacts = [DealContact(contactId: "c-dana", role: .economicBuyer)]
    ws.deals.upsert(linked)
    let run = try CockpitRun("<Enter>", store: MemoryStore(ws))
    #expect(run.screen.contains("Buying team"))
    // The link's role (economic buyer) wins over Dana's own (champion).
    #expect(run.screen.contains("Dana Ruiz · economic buyer · VP Ops · +1 555 0100"))
    let account = ws.accounts[id: accountId]?.name ?? "?"
    #expect(run.screen.contains("Also at \(account)"))
    #expect(run.screen.contains("Eli Park · CFO"))
  }

  @Test("a deal whose account has no contacts shows no contact section")
  func noContactsNoSection() throws {
    let run = try CockpitRun("<Enter>", store: MemoryStore(CockpitFixture.demoWithoutContacts))
    #expect(!run.screen.contains("Buying team"))
  }
}
