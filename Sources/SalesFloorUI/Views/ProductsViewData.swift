import SalesFloorKit

/// The Products view's values: the catalogue with the Kit's `report products` numbers per
/// product, built when the view opens or the workspace changes (never per keystroke), so moving
/// the selection reads rows and rescans nothing.
public struct ProductsViewData: Sendable {
  /// `Reports.products` for the cockpit's period: the same numbers as `salesfloor report products`.
  public var report: ProductReport
  /// The catalogue entries in the report's order (family, then name).
  public var products: [Product]

  static func build(_ ws: Workspace, period: Period, asOf: Day) -> ProductsViewData {
    let report = Reports.products(ws, period: period, today: asOf)
    return ProductsViewData(report: report, products: report.products.compactMap { ws.products[id: $0.id] })
  }

  /// The product on row `i`, when there is one.
  func product(at i: Int) -> Product? { products.indices.contains(i) ? products[i] : nil }
}

/// The Products view's own state: the selected product and, after Enter, the deals selling it.
public struct ProductsViewState: Hashable, Sendable {
  public var cursor = ListCursor()
  /// Ids of the deals with a line for the selected product, in the order shown; nil while the
  /// catalogue shows. Found once on Enter, not on every frame.
  public var dealIds: [String]?
  public init() {}
}

extension ProductsViewData {
  /// Deals with at least one line for `productId`: open ones first by close date, then the rest
  /// newest close first (one pass over the deals, on Enter).
  static func deals(selling productId: String, in ws: Workspace) -> [String] {
    let stages = StageLookup(ws.settings)
    let selling = ws.deals.items.filter { d in d.lineItems.contains { $0.productId == productId } }
    let open = selling.filter { stages.isOpen($0) }.sorted {
      ($0.closeDate?.iso ?? "~", $0.name, $0.id) < ($1.closeDate?.iso ?? "~", $1.name, $1.id)
    }
    let closed = selling.filter { !stages.isOpen($0) }.sorted { a, b in
      a.closeDate != b.closeDate
        ? (a.closeDate?.iso ?? "") > (b.closeDate?.iso ?? "") : (a.name, a.id) < (b.name, b.id)
    }
    return (open + closed).map(\.id)
  }
}
