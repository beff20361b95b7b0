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
    let e = try ReplaceLineItem(dealId: "o1", index: 2, line: line).edit(in: ProductFloor.ctx(ws))
    for m in e.mutations { ws.apply(m) }
    let d = try #require(ws.deals[id: "o1"])
    #expect(d.lineItems.count == 2)
    #expect(d.lineItems[0].quantity == 3)  // line 1 untouched
    #expect(d.lineItems[1] == line)
    // 2,700 (line 1) + 2 × 400 × 75 % = 2,700 + 600 = 3,300 dollars
    #expect(d.amount == usd(3_300))
    #expect(d.history.last?.field == .amount)
  }

  @Test("a line number the deal lacks, quantity 0 and a discount over 100 are refused in words")
  func refused() throws {
    let ws = ProductFloor.workspace
    let ok = LineItem(productId: "p1", quantity: 1, unitPrice: usd(1))
    #expect(throws: CommandError.invalid(field: "line", reason: "Deal o1 has 2 line items: use 1–2")) {
      try ReplaceLineItem(dealId: "o1", index: 3, line: ok).edit(in: ProductFloor.ctx(ws))
    }
    var zero = ok
    zero.quantity = 0
    #expect(throws: CommandError.invalid(field: "quantity", reason: "must be at least 1")) {
      try ReplaceLineItem(dealId: "o1", index: 1, line: zero).edit(in: ProductFloor.ctx(ws))
    }
    var discount = ok
    discount.discountPercent = 120
    #expect(throws: CommandError.invalid(field: "discount", reason: "120 is not 0–100 (percent)")) {
      try ReplaceLineItem(dealId: "o1", index: 1, line: discount).edit(in: ProductFloor.ctx(ws))
    }
  }
}
