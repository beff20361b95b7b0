import Foundation
import Testing

@testable import SalesFloorKit

/// A USD workspace with two products and deals whose lines are hand-priced (rates as in
/// `CurrencyFloor`: EUR 1.05 from 2026-01-01, 1.10 from 2026-10-20).
enum ProductFloor {
  static var workspace: Workspace {
    var w = Workspace()
    w.settings.exchangeRates = [
      CurrencyFloor.rate("EUR", "1.05", "2026-01-01"), CurrencyFloor.rate("EUR", "1.10", "2026-10-20"),
    ]
    w.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    w.products = RecordTable([
      Product(
        id: "p1", name: "Platform", family: "Core", listPrices: [.init(currency: "USD", amount: usd(1_000))]),
      Product(id: "p2", name: "Onboarding", family: "Services"),
    ])
    func lined(_ d: Deal, _ lines: [LineItem]) -> Deal {
      var d = d
      d.lineItems = lines
      d.amount = LineItem.amount(of: lines)
      return d
    }
    w.deals = RecordTable([
      // open USD: 3 × 1,000 at 10 % off = 2,700 platform; 1 × 500 onboarding
      lined(
        deal("o1", owner: "r", 0, stage: "proposal", close: "2026-12-10"),
        [
          LineItem(productId: "p1", quantity: 3, unitPrice: usd(1_000), discountPercent: 10),
          LineItem(productId: "p2", quantity: 1, unitPrice: usd(500)),
        ]),
      // open EUR: 2 × 1,000 = EUR 2,000 → today's rate 1.10 → USD 2,200 platform
      lined(
        CurrencyFloor.money(deal("o2", owner: "r", 0, stage: "demo", close: "2026-12-20"), "EUR"),
        [LineItem(productId: "p1", quantity: 2, unitPrice: 100_000)]),
      // won EUR in Q4 at 1.05 (closed 10-10): 4 × 250 = EUR 1,000 → USD 1,050 onboarding
      lined(
        CurrencyFloor.money(deal("w1", owner: "r", 0, stage: "won", close: "2026-10-10"), "EUR"),
        [LineItem(productId: "p2", quantity: 4, unitPrice: 25_000)]),
      // won before the period and lost: counted nowhere
      lined(
        deal("w0", owner: "r", 0, stage: "won", close: "2026-09-10"),
        [LineItem(productId: "p1", quantity: 1, unitPrice: usd(9_999))]),
      lined(
        deal("l1", owner: "r", 0, stage: "lost", close: "2026-11-01"),
        [LineItem(productId: "p1", quantity: 1, unitPrice: usd(9_999))]),
    ])
    return w
  }

  static func ctx(_ ws: Workspace) -> CommandContext {
    CommandContext(
      workspace: ws, actor: "r", now: Timestamp(day: day("2026-11-15"), hour: 9), newId: { $0 + "new" })
  }
}

@Suite("Products and line items")
struct ProductTests {
  @Test("a line total rounds half away from zero after the discount")
  func lineTotal() {
    // 3 × 333 × 85 / 100 = 84,915 / 100 = 849.15 → 849
    #expect(LineItem(productId: "p", quantity: 3, unitPrice: 333, discountPercent: 15).total == 849)
    // 1 × 101 × 50 / 100 = 50.5 → 51
    #expect(LineItem(productId: "p", quantity: 1, unitPrice: 101, discountPercent: 50).total == 51)
    // 7 × 10 × 100 / 100 = 70
    #expect(LineItem(productId: "p", quantity: 7, unitPrice: 10).total == 70)
  }

  @Test("adding a line takes the list price and makes the amount the sum of the lines")
  func addLine() throws {
    var ws = ProductFloor.workspace
    let e = try AddLineItem(dealId: "o1", productId: "p1", quantity: 1, discountPercent: 50)
      .edit(in: ProductFloor.ctx(ws))
    for m in e.mutations { ws.apply(m) }
    let d = try #require(ws.deals[id: "o1"])
    #expect(d.lineItems.count == 3)
    #expect(d.lineItems[2].unitPrice == usd(1_000))
    // 2,700 + 500 + 1 × 1,000 × 50 % = 3,700 dollars
    #expect(d.amount == usd(3_700))
    #expect(d.history.last?.field == .amount)
  }

  @Test("a product without a price in the deal's currency needs --price")
  func addLineNeedsPrice() {
    let ws = ProductFloor.workspace
    #expect(throws: CommandError.self) {
      try AddLineItem(dealId: "o2", productId: "p1", quantity: 1).edit(in: ProductFloor.ctx(ws))
    }
  }

  @Test("removing a line recomputes the amount; a bad line number is refused")
  func removeLine() throws {
    var ws = ProductFloor.workspace
    let e = try RemoveLineItem(dealId: "o1", index: 2).edit(in: ProductFloor.ctx(ws))
    for m in e.mutations { ws.apply(m) }
    #expect(ws.deals[id: "o1"]?.amount == usd(2_700))
    #expect(throws: CommandError.self) {
      try RemoveLineItem(dealId: "o1", index: 5).edit(in: ProductFloor.ctx(ws))
    }
  }

  @Test("a product on deals cannot be deleted, and the message says how many")
  func deleteRefused() throws {
    let ws = ProductFloor.workspace
    do {
      _ = try DeleteProduct(productId: "p1").edit(in: ProductFloor.ctx(ws))
      Issue.record("deleted a product four deals use")
    } catch {
      #expect(error.description.contains("4 deals"))
    }
    var empty = ws
    empty.products.upsert(Product(id: "p3", name: "Unused"))
    let e = try DeleteProduct(productId: "p3").edit(in: ProductFloor.ctx(empty))
    #expect(e.mutations == [.delete(.products, id: "p3")])
  }

  @Test("add and update keep names unique and prices per currency")
  func addUpdate() throws {
    var ws = ProductFloor.workspace
    #expect(throws: CommandError.self) { try AddProduct(name: "platform").edit(in: ProductFloor.ctx(ws)) }
    let e = try AddProduct(
      name: "Analytics",
      fields: ProductFields(family: "Core", listPrices: [Money(minor: 500, currency: "EUR")])
    ).edit(in: ProductFloor.ctx(ws))
    for m in e.mutations { ws.apply(m) }
    let u = try UpdateProduct(
      productId: "pr-new",
      fields: ProductFields(listPrices: [Money(minor: 700, currency: "EUR")], active: false)
    ).edit(in: ProductFloor.ctx(ws))
    for m in u.mutations { ws.apply(m) }
    let p = try #require(ws.products[id: "pr-new"])
    #expect(p.listPrices == [.init(currency: "EUR", amount: 700)])
    #expect(!p.active)
  }

  @Test("check flags a line for a missing product and an amount that disagrees with the lines")
  func check() {
    var ws = ProductFloor.workspace
    #expect(
      WorkspaceCheck.run(ws).filter { $0.collection == .products || $0.message.contains("line") }.isEmpty)
    if var o1 = ws.deals[id: "o1"] {
      o1.amount += 1
      ws.deals.upsert(o1)
    }
    if var o2 = ws.deals[id: "o2"] {
      o2.lineItems[0].productId = "gone"
      ws.deals.upsert(o2)
    }
    let messages = WorkspaceCheck.run(ws).filter { $0.severity == .error }.map {
      "\($0.recordId): \($0.message)"
    }
    #expect(messages.contains { $0.hasPrefix("o1: amount") && $0.contains("sum of its line items") })
    #expect(messages.contains("o2: line 1: product gone does not exist"))
  }

  @Test("report products: open pipeline and period wins per product, in the workspace currency")
  func report() {
    let r = Reports.products(ProductFloor.workspace, period: CurrencyFloor.period, today: CurrencyFloor.asOf)
    #expect(r.currency == "USD")
    #expect(r.products.map(\.id) == ["p1", "p2"])  // family Core before Services
    let p1 = r.products[0]
    // open: o1 2,700 + o2 EUR 2,000 × 1.10 = 2,200 → 4,900 in 2 deals; won: w0 before Q4, l1 lost
    #expect(p1.openDeals == 2)
    #expect(p1.openAmount == usd(4_900))
    #expect(p1.wonDeals == 0)
    #expect(p1.wonAmount == 0)
    let p2 = r.products[1]
    // open: o1 500; won: w1 EUR 1,000 × 1.05 (rate on its close date 10-10) = 1,050
    #expect(p2.openDeals == 1)
    #expect(p2.openAmount == usd(500))
    #expect(p2.wonDeals == 1)
    #expect(p2.wonAmount == usd(1_050))
  }

  @Test("a deal saved before products loads with no line items and writes none")
  func oldDealFormat() throws {
    let d = deal("x", owner: "r", 10, stage: "demo", close: nil)
    let text = String(decoding: try JSONEncoder().encode(d), as: UTF8.self)
    #expect(!text.contains("lineItems"))
    let back = try JSONDecoder().decode(Deal.self, from: Data(text.utf8))
    #expect(back.lineItems.isEmpty)
  }
}
