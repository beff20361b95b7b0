import Foundation
import Testing

@testable import SalesFloorKit

/// A deal export's product column (#17 item 2: "real exports carry a product column: it ends up
/// in tags") becomes a line item of the catalogue product, keeping every imported amount.
@Suite struct ImportProductColumnTests {
  static let now = Timestamp(day: Day(year: 2026, month: 11, day: 20) ?? Day(ordinal: 0), hour: 12)

  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people.upsert(Person(id: "p-1", name: "Ana Rep", role: .rep))
    ws.products.upsert(
      Product(id: "pr-1", name: "Platform Pro", listPrices: [.init(currency: "USD", amount: 100_000)]))
    return ws
  }

  /// HubSpot's deals export (Deals → Export, "Include associated records": the line item's
  /// product name and quantity), trimmed to the columns that matter.
  static let hubspot = """
    Record ID,Deal Name,Associated Company,Deal owner,Amount,Deal Stage,Close Date,Create Date,Pipeline,Product,Quantity
    101,Acme seats,Acme,Ana Rep,3000,contractsent,2026-12-15 00:00,2026-11-02 14:31,Sales Pipeline,Platform Pro,3
    102,Globex,Globex,Ana Rep,2500,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,platform pro,2
    103,Initech,Initech,Ana Rep,800,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,Analytics Add-on,
    104,Hooli,Hooli,Ana Rep,1000,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,Platform Pro,3
    105,Umbrella,Umbrella,Ana Rep,900,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,Platform Pro,two
    106,Stark,Stark,Ana Rep,,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,Platform Pro,2
    107,Wayne,Wayne,Ana Rep,400,qualifiedtobuy,2026-12-20 00:00,2026-11-03 09:00,Sales Pipeline,analytics add-on,1

    """

  static func plan(_ ws: Workspace) throws -> DealImportPlan {
    let table = try CSVTable.parse(Data(hubspot.utf8))
    return try DealImporter(preset: .hubspot, header: table.header, now: now).plan(table, workspace: ws)
  }

  @Test func hubspotProductColumnBecomesLineItems() throws {
    let plan = try Self.plan(Self.workspace())
    func deal(_ id: String) throws -> Deal { try #require(plan.created.first { $0.externalId == id }) }
    // 3 × list 1,000 = 3,000: the file agrees with the catalogue
    let acme = try deal("101")
    #expect(acme.lineItems == [LineItem(productId: "pr-1", quantity: 3, unitPrice: 100_000)])
    #expect(acme.amount == 300_000)
    #expect(!acme.tags.contains("Platform Pro"))
    // 2,500 ≠ 2 × 1,000: the file's amount stays, at 1,250 a unit (names match in any case)
    let globex = try deal("102")
    #expect(globex.lineItems == [LineItem(productId: "pr-1", quantity: 2, unitPrice: 125_000)])
    #expect(globex.amount == 250_000)
    // 1,000 does not divide by 3 (333.33…): 1 × 1,000 keeps the total
    let hooli = try deal("104")
    #expect(hooli.lineItems == [LineItem(productId: "pr-1", quantity: 1, unitPrice: 100_000)])
    #expect(hooli.amount == 100_000)
    // blank amount: list 1,000 × 2 = 2,000 becomes the amount
    let stark = try deal("106")
    #expect(stark.amount == 200_000)
    #expect(!plan.noAmountLines.contains(7))
    // an unknown product is created once (listed), priced from the file's amounts
    #expect(plan.newProducts.map(\.name) == ["Analytics Add-on"])
    let analytics = try #require(plan.newProducts.first)
    #expect(try deal("103").lineItems == [LineItem(productId: analytics.id, quantity: 1, unitPrice: 80_000)])
    #expect(try deal("107").lineItems == [LineItem(productId: analytics.id, quantity: 1, unitPrice: 40_000)])
    // a bad quantity rejects its row, naming the line and the value
    #expect(plan.rejected.map(\.row) == [6])
    #expect(plan.rejected.first?.reason == "quantity \"two\" is not a whole number of at least 1")
    #expect(plan.notes(on: 3).first?.contains("not 2 × list USD 1,000.00 = USD 2,000.00") == true)
    #expect(plan.notes(on: 5).first?.contains("does not divide by 3") == true)
    #expect(plan.productNotes.map(\.row) == [3, 5])

    let preview = DealImportSummary(plan).previewLines()
    #expect(preview.contains("  products to create: 1 (Analytics Add-on)"))
    #expect(
      preview.contains {
        $0.hasPrefix("  priced line 3: Platform Pro priced from the file's amount USD 2,500.00")
      })
  }

  @Test func reimportChangesNothingAndCheckIsClean() throws {
    var ws = Self.workspace()
    for m in try Self.plan(ws).mutations { ws.apply(m) }
    #expect(ws.products.count == 2)
    let lineErrors = WorkspaceCheck.run(ws).filter { $0.message.contains("line") && $0.severity == .error }
    #expect(lineErrors.isEmpty, "\(lineErrors)")
    let again = try Self.plan(ws)
    #expect(again.isNoOp)
    #expect(again.newProducts.isEmpty)
    #expect(again.unchanged == 6)
  }

  @Test func plainImportMapsProductNameAndQuantity() throws {
    let csv = """
      name,owner,amount,stage,Product Name,Quantity
      Acme,Ana Rep,2000,demo,Platform Pro,2

      """
    let table = try CSVTable.parse(Data(csv.utf8))
    let mapping = DealImporter.identityMapping(for: table.header)
    #expect(mapping[.product] == "Product Name")
    #expect(mapping[.quantity] == "quantity")  // the field's own name; columns match in any case
    let plan = try DealImporter(mapping: mapping, now: Self.now).plan(table, workspace: Self.workspace())
    #expect(plan.created.first?.lineItems == [LineItem(productId: "pr-1", quantity: 2, unitPrice: 100_000)])
    #expect(plan.productNotes.isEmpty)
  }
}

extension DealImportPlan {
  fileprivate func notes(on row: Int) -> [String] { productNotes.filter { $0.row == row }.map(\.reason) }
}
