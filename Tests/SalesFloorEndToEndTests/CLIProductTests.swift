import Foundation
import SalesFloorKit
import Testing

/// Products through the real binary (#17 item 2): the catalogue, deal lines that set the amount,
/// `deal show`, `report products` and a delete refused while a deal sells the product.
@Suite struct CLIProductTests {
  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @Test func productAddLineShowReportDelete() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let home = ws.settings.currency
    let stages = StageLookup(ws.settings)
    // A deal without lines: the demo's other deals already carry a catalogue's line items.
    let deal = try #require(
      ws.deals.sortedById.first { stages.isOpen($0) && $0.currency == home && $0.lineItems.isEmpty })

    let add = try run(
      box, ["product", "add", "Widget Pro", "--family", "Hardware", "--price", "\(home) 1000"])
    #expect(add.status == 0, "\(add.stderr)")
    let product = try #require(
      try WorkspaceStore(opening: box.data, readOnly: true).workspace.products.first {
        $0.name == "Widget Pro"
      })
    #expect(product.listPrices == [.init(currency: home, amount: 100_000)])
    #expect(try run(box, ["product", "add", "widget pro"]).status != 0)

    // 3 × 1,000 at 10 % off = 2,700; then 1 × 500 = 500 → amount 3,200
    let line = try run(
      box, ["deal", "line", "add", deal.id, "--product", product.id, "--qty", "3", "--discount", "10"])
    #expect(line.status == 0, "\(line.stderr)")
    #expect(
      try run(box, ["deal", "line", "add", deal.id, "--product", product.id, "--qty", "1", "--price", "500"])
        .status
        == 0)
    let after = try #require(
      try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal.id])
    #expect(after.amount == 320_000)
    #expect(after.lineItems.count == 2)
    let bad = try run(box, ["deal", "line", "add", deal.id, "--product", "nope", "--qty", "1"])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("no product with id \"nope\""), "\(bad.stderr)")

    let show = try run(box, ["deal", "show", deal.id])
    #expect(
      show.stdout.contains("1. Widget Pro × 3 @ \(home) 1,000.00 −10% = \(home) 2,700.00"), "\(show.stdout)")

    let report = try run(box, ["report", "products", "--format", "csv"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("Widget Pro,Hardware,1,3200"), "\(report.stdout)")
    let json = try run(box, ["report", "products", "--format", "json"])
    #expect(json.stdout.contains("\"openAmount\" : 320000") || json.stdout.contains("\"openAmount\":320000"))

    let refused = try run(box, ["product", "delete", product.id])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("on 1 deal"), "\(refused.stderr)")
    #expect(try run(box, ["deal", "line", "remove", deal.id, "2"]).status == 0)
    #expect(try run(box, ["deal", "line", "remove", deal.id, "1"]).status == 0)
    #expect(try run(box, ["product", "delete", product.id]).status == 0)
  }
}
