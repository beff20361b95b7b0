import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The deal card lists what the deal sells (#17 item 2), numbered as `deal line remove` takes them.
@Suite("Deal card line items")
struct DealCardLineItemsTests {
  @Test("Enter on a deal with lines shows each product, quantity, price, discount and total")
  func cardShowsLines() throws {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    ws.products.upsert(Product(id: "pr-x", name: "Widget Pro", family: "Hardware"))
    var d = try #require(ws.deals[id: deal.id])
    d.lineItems = [LineItem(productId: "pr-x", quantity: 3, unitPrice: 100_000, discountPercent: 10)]
    d.amount = LineItem.amount(of: d.lineItems)  // 3 × 1,000.00 × 90 % = 2,700.00
    ws.deals.upsert(d)
    let run = try CockpitRun("<Enter>", store: MemoryStore(ws))
    let c = d.currency
    #expect(run.screen.contains("Line items (1)"), "\(run.screen)")
    #expect(run.screen.contains("1. Widget Pro × 3 @ \(c) 1,000.00 −10% = \(c) 2,700.00"), "\(run.screen)")
  }

  @Test("a deal without lines shows no line-item section")
  func noLinesNoSection() throws {
    let run = try CockpitRun("<Enter>", store: MemoryStore(CockpitFixture.demo))
    #expect(!run.screen.contains("Line items"))
  }
}
