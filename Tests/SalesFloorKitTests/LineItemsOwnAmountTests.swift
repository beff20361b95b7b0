import Testing

@testable import SalesFloorKit

/// A deal with line items takes its amount from them: a typed amount is refused with the way out,
/// and a deal import keeps the lines' sum and says so (`ProductFloor.workspace`: deal o1 has
/// 3 × 1,000 at 10 % off + 1 × 500 = USD 3,200).
@Suite("Line items own a deal's amount")
struct LineItemsOwnAmountTests {
  static func update(_ ws: Workspace, _ amount: Money) throws(CommandError) -> Edit {
    var u = UpdateDeal(dealId: "o1")
    u.amount = amount
    return try u.edit(in: ProductFloor.ctx(ws))
  }

  @Test("deal update --amount on a deal with lines is refused, naming the sum and the line commands")
  func typedAmountRefused() throws {
    let ws = ProductFloor.workspace
    do {
      _ = try Self.update(ws, Money(minor: usd(4_000), currency: "USD"))
      Issue.record("a typed amount replaced the lines' sum")
    } catch {
      let text = error.description
      #expect(text.contains("2 line items"), "\(text)")
      // 2,700 + 500 = 3,200 dollars
      #expect(text.contains("USD 3,200.00"), "\(text)")
      #expect(text.contains("salesfloor deal line add") && text.contains("salesfloor deal line remove"))
    }
    #expect(ws.deals[id: "o1"]?.amount == usd(3_200))
  }

  @Test("the same sum in another currency is refused too: the lines are priced in the deal's")
  func currencyChangeRefused() {
    #expect(throws: CommandError.self) {
      try Self.update(ProductFloor.workspace, Money(minor: usd(3_200), currency: "EUR"))
    }
  }

  @Test("the lines' own sum is accepted, and once the last line is gone an amount can be typed")
  func sumAndNoLinesAccepted() throws {
    var ws = ProductFloor.workspace
    _ = try Self.update(ws, Money(minor: usd(3_200), currency: "USD"))
    for index in [2, 1] {
      for m in try RemoveLineItem(dealId: "o1", index: index).edit(in: ProductFloor.ctx(ws)).mutations {
        ws.apply(m)
      }
    }
    for m in try Self.update(ws, Money(minor: usd(4_000), currency: "USD")).mutations { ws.apply(m) }
    #expect(ws.deals[id: "o1"]?.amount == usd(4_000))
    #expect(ws.deals[id: "o1"]?.lineItems.isEmpty == true)
  }

  @Test("a deal import keeps the lines' sum, warns on the row, and still applies the other columns")
  func importKeepsTheSum() throws {
    let ws = ProductFloor.workspace
    let header = ["id", "name", "owner", "amount", "stage", "closeDate"]
    let table = CSVTable(
      header: header, rows: [["o1", "o1 renamed", "Rae", "9000", "proposal", "2026-12-11"]])
    let importer = DealImporter(
      mapping: DealImporter.identityMapping(for: header), now: Timestamp(day: day("2026-11-15"), hour: 8))
    let plan = try importer.plan(table, workspace: ws)
    let after = try #require(plan.updated.first?.after, "\(plan.rejected)")
    #expect(after.amount == usd(3_200))
    #expect(after.name == "o1 renamed")
    #expect(after.closeDate == day("2026-12-11"))
    let warning = try #require(plan.warnings.first { $0.reason.contains("line items") })
    #expect(warning.reason.contains("USD 3,200.00") && warning.reason.contains("USD 9,000.00"), "\(warning)")
    var applied = ws
    for m in plan.mutations { applied.apply(m) }
    #expect(WorkspaceCheck.run(applied, today: day("2026-11-15")).filter { $0.severity == .error }.isEmpty)
  }
}
