import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The deal card names the product training its owner still has to take (#17 item 2: product
/// training is one of sales ops' jobs), under the line items.
@Suite("Deal card product training")
struct DealCardProductTrainingTests {
  @Test("a line for a product with linked training the owner has not completed shows Training: <module>")
  func cardNamesMissingTraining() throws {
    var ws = CockpitFixture.demo
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun().state))
    ws.products.upsert(Product(id: "pr-x", name: "Widget Pro", family: "Hardware"))
    ws.training.upsert(
      TrainingModule(id: "tm-x1", title: "Widget basics", kind: .product, productIds: ["pr-x"]))
    ws.training.upsert(
      TrainingModule(id: "tm-x2", title: "Widget safety", kind: .product, productIds: ["pr-x"]))
    let long = try #require(Day(iso: "2020-01-06"))
    ws.assignments.upsert(
      TrainingAssignment(
        id: "as-x1", personId: deal.ownerId, moduleId: "tm-x1", assignedOn: long, completedOn: long))
    var d = try #require(ws.deals[id: deal.id])
    d.lineItems = [LineItem(productId: "pr-x", quantity: 1, unitPrice: 100_000)]
    d.amount = LineItem.amount(of: d.lineItems)
    ws.deals.upsert(d)
    let run = try CockpitRun("<Enter>", store: MemoryStore(ws))
    #expect(run.screen.contains("Training: Widget safety"), "\(run.screen)")
    #expect(!run.screen.contains("Training: Widget basics"), "\(run.screen)")
  }
}
