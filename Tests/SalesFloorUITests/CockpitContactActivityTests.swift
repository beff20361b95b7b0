import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Activities against a contact in the cockpit: the one-line log (`A`) offers the deal's buying
/// team, and the deal card shows when each contact was last touched.
@Suite("Cockpit activities with a contact")
struct CockpitContactActivityTests {
  static let at = Timestamp(day: CockpitFixture.today, hour: 9)

  /// The demo with Dana (champion, on the selected deal's buying team) and Eli at its account.
  static func workspace() throws -> (Workspace, Deal) {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(store: MemoryStore(ws)).state))
    let accountId = try #require(deal.accountId)
    ws.contacts = RecordTable([
      Contact(id: "c-dana", accountId: accountId, name: "Dana Ruiz", buyingRole: .champion, createdAt: at),
      Contact(id: "c-eli", accountId: accountId, name: "Eli Park", createdAt: at),
    ])
    var linked = deal
    linked.contacts = [DealContact(contactId: "c-dana")]
    ws.deals.upsert(linked)
    return (ws, linked)
  }

  @Test("A offers the buying team as Contact; the logged call names Dana")
  func quickLogWithContact() throws {
    let (ws, deal) = try Self.workspace()
    var run = try CockpitRun("A", store: MemoryStore(ws))
    let form = try #require(openForm(run))
    let field = try #require(form.fields.first { $0.key == "contact" })
    guard case .choice(let options, _) = field.kind else {
      Issue.record("contact is not a choice: \(field.kind)")
      return
    }
    // The buying team first, with the role; then the account's other contacts.
    #expect(options.map(\.label) == ["Dana Ruiz (champion)", "Eli Park"])
    try run.press("\(typed("call: walked through pricing")) <Tab> \(typed("Dan")) <Tab> <Enter>")
    let tx = try #require(run.store.committed.first)
    guard case .put(.activity(let a)) = tx.mutations[0] else {
      Issue.record("expected an activity: \(tx.mutations)")
      return
    }
    #expect(a.contactId == "c-dana")
    #expect(a.dealId == deal.id)
    #expect(a.subject == "walked through pricing")
  }

  @Test("a deal without contacts logs as before: no Contact field")
  func noContactsNoField() throws {
    let run = try CockpitRun("A", workspace: CockpitFixture.demoWithoutContacts)
    let form = try #require(openForm(run))
    #expect(form.fields.map(\.key) == ["line"])
  }

  @Test("the deal card shows each contact's last touch, and who was never touched")
  func dealCardLastTouch() throws {
    let (base, deal) = try Self.workspace()
    var ws = base
    // Done 2026-11-20 and 2026-11-24 with Dana: the later one counts; 2026-11-27 − 2026-11-24 = 3 days.
    for (id, day) in [("act-t1", 20), ("act-t2", 24)] {
      var a = Activity(
        id: id, kind: id == "act-t1" ? .email : .call, subject: "touch", ownerId: deal.ownerId,
        createdAt: Self.at)
      a.contactId = "c-dana"
      a.doneAt = Day(year: 2026, month: 11, day: day).map { Timestamp(day: $0, hour: 10) }
      ws.activities.upsert(a)
    }
    let run = try CockpitRun("<Enter>", store: MemoryStore(ws))
    #expect(run.screen.contains("Dana Ruiz · champion · last touch call 2026-11-24 (3 days ago)"))
    #expect(run.screen.contains("Eli Park · never touched"))
  }
}
