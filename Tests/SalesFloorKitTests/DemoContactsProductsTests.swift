import Testing

@testable import SalesFloorKit

/// The demo's buying teams and catalogue: enough for call mode, the product report and hygiene to
/// show something, without changing any figure the demo had before.
@Suite("Demo contacts and products")
struct DemoContactsProductsTests {
  let ws = DemoFixture.workspace

  @Test("every account has 2–4 contacts with an email at its domain, a phone and a role")
  func contactsPerAccount() {
    for a in ws.accounts {
      let people = ws.contacts(atAccount: a.id)
      #expect((2...4).contains(people.count), "\(a.id) has \(people.count) contacts")
      for c in people {
        let domain = a.website ?? "?"
        #expect(c.email?.hasSuffix("@" + domain) == true, "\(c.id): \(c.email ?? "no email")")
        #expect(c.email.map(ContactRules.isEmail) == true)
        #expect(c.phone != nil && c.title != nil && c.buyingRole != nil)
      }
      #expect(people.filter { $0.buyingRole == .champion }.count == 1)
    }
  }

  @Test("most open deals have a champion on the buying team; some have nobody, for hygiene")
  func openDealsBuyingTeams() {
    let stages = StageLookup(ws.settings, today: DemoFixture.today)
    let open = ws.deals.filter { stages.isOpen($0) }
    let withTeam = open.filter { !$0.contacts.isEmpty }
    #expect(open.count > 20)
    // ~85 % are linked: between 70 % and 95 % of the open deals, and at least one is not.
    #expect(withTeam.count * 100 >= open.count * 70)
    #expect(withTeam.count * 100 <= open.count * 95)
    #expect(withTeam.count < open.count)
    for d in withTeam {
      #expect(d.contact(withRole: .champion, in: ws) != nil, "\(d.id) has no champion")
      // Everyone linked works at the deal's account.
      #expect(d.buyingTeam(in: ws).allSatisfy { $0.contact.accountId == d.accountId })
    }
    #expect(withTeam.contains { $0.contact(withRole: .economicBuyer, in: ws) != nil })
  }

  @Test("a catalogue of 6–10 products in 2–3 families, priced in USD and some in EUR")
  func catalogue() {
    #expect((6...10).contains(ws.products.count))
    #expect((2...3).contains(Set(ws.products.map(\.family)).count))
    #expect(ws.products.allSatisfy { $0.listPrice(in: "USD") != nil })
    #expect(ws.products.contains { $0.listPrice(in: "EUR") != nil })
  }

  @Test("most deals have line items, and every deal's lines sum exactly to its amount")
  func lineItemsSumToAmounts() {
    let withLines = ws.deals.filter { !$0.lineItems.isEmpty }
    #expect(withLines.count * 100 >= ws.deals.count * 70)
    for d in withLines {
      #expect(LineItem.amount(of: d.lineItems) == d.amount, "\(d.id)")
      #expect(d.lineItems.allSatisfy { ws.products[id: $0.productId] != nil && $0.quantity > 0 })
    }
    // Some lines carry a discount, so the report is not all list price.
    #expect(withLines.contains { $0.lineItems.contains { $0.discountPercent > 0 } })
  }

  @Test("salesfloor check finds nothing wrong with the demo's contacts and line items")
  func checkIsClean() {
    let findings = WorkspaceCheck.run(ws, today: DemoFixture.today)
    #expect(findings.filter { $0.collection == .contacts || $0.collection == .products }.isEmpty)
    #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
  }

  @Test("the product report shows open pipeline and wins for the demo's products")
  func productReportHasData() {
    let quarter = Period.containing(
      DemoFixture.today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    let report = Reports.products(ws, period: quarter, today: DemoFixture.today)
    #expect(report.products.filter { $0.openDeals > 0 }.count >= 4)
    #expect(report.products.contains { $0.wonDeals > 0 })
  }

  @Test("the same seed gives the same contacts and lines; another seed gives other ones")
  func deterministic() {
    let again = DemoGenerator(seed: 42, today: DemoFixture.today).makeWorkspace()
    #expect(DemoFixture.snapshot(again) == DemoFixture.snapshot(ws))
    #expect(again.contacts.sortedById == ws.contacts.sortedById)
    #expect(again.products.sortedById == ws.products.sortedById)
    let other = DemoGenerator(seed: 43, today: DemoFixture.today).makeWorkspace()
    #expect(other.contacts.sortedById.map(\.name) != ws.contacts.sortedById.map(\.name))
  }
}
