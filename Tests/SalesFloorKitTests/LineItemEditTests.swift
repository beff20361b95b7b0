import Foundation
import Testing

@testable import SalesFloorKit

/// `ReplaceLineItem`: the cockpit's "edit line N" on the deal card, over `ProductFloor`'s deals.
@Suite("Line item edits")
struct LineItemEditTests {
  @Test("replacing a line changes only that line and makes the amount the sum again")
  func replace() throws {
    var ws = ProductFloor.workspace
    let line = LineItem(productId: "p2", quantity: 2, unitPrice: usd(400), discountPercent: 25)
    let e = try ReplaceLineItem(
      dealId: "o1", index: 2, productId: "p2", quantity: 2, unitPrice: usd(400), discountPercent: 25
    ).edit(in: ProductFloor.ctx(ws))
    for m in e.mutations { ws.apply(m) }
    let d = try #require(ws.deals[id: "o1"])
    #expect(d.lineItems.count == 2)
    #expect(d.lineItems[0].quantity == 3)  // line 1 untouched
    #expect(d.lineItems[1] == line)
    // 2,700 (line 1) + 2 × 400 × 75 % = 2,700 + 600 = 3,300 dollars
    #expect(d.amount == usd(3_300))
    #expect(d.history.last?.field == .amount)
  }

  @Test("a line number the deal lacks, quantity 0, a discount over 100 and no price are refused in words")
  func refused() throws {
    let ws = ProductFloor.workspace
    func replace(index: Int = 1, quantity: Int64 = 1, discount: Int = 0) throws {
      _ = try ReplaceLineItem(
        dealId: "o1", index: index, productId: "p1", quantity: quantity, discountPercent: discount
      ).edit(in: ProductFloor.ctx(ws))
    }
    #expect(throws: CommandError.invalid(field: "line", reason: "Deal o1 has 2 line items: use 1–2")) {
      try replace(index: 3)
    }
    #expect(throws: CommandError.invalid(field: "quantity", reason: "must be at least 1")) {
      try replace(quantity: 0)
    }
    #expect(throws: CommandError.invalid(field: "discount", reason: "120 is not 0–100 (percent)")) {
      try replace(discount: 120)
    }
    // No price given: the list price in the deal's currency, or the reason there is none (o2 is EUR).
    #expect(
      throws: CommandError.invalid(
        field: "price",
        reason: "Platform has no list price in EUR: give a unit price (--price on the command line)")
    ) {
      _ = try ReplaceLineItem(dealId: "o2", index: 1, productId: "p1", quantity: 1).edit(
        in: ProductFloor.ctx(ws))
    }
  }
}
