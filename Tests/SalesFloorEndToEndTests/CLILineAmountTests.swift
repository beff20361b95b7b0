import Foundation
import SalesFloorKit
import Testing

/// A demo deal with line items takes its amount from them: `deal update --amount` says so and how
/// to change it, writes nothing, and works again once the lines are gone.
@Suite struct CLILineAmountTests {
  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @Test func typedAmountOnADealWithLinesIsRefusedWithTheWayOut() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = try #require(
      ws.deals.sortedById.first { ws.settings.stage($0.stage)?.isOpen == true && $0.lineItems.count == 1 })

    let refused = try run(box, ["deal", "update", deal.id, "--amount", "1k"])
    #expect(refused.status == 64, "\(refused.stdout)\(refused.stderr)")
    #expect(refused.stderr.contains("1 line item"), "\(refused.stderr)")
    #expect(refused.stderr.contains("deal line add") && refused.stderr.contains("deal line remove"))
    let after = try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal.id]
    #expect(after?.amount == deal.amount)

    #expect(try run(box, ["deal", "line", "remove", deal.id, "1"]).status == 0)
    let typed = try run(box, ["deal", "update", deal.id, "--amount", "1k"])
    #expect(typed.status == 0, "\(typed.stderr)")
    let now = try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal.id]
    #expect(now?.amount == 100_000 && now?.lineItems.isEmpty == true)
  }
}
