/// How a deal's line items read, the same on `deal show` and the cockpit's deal card:
/// `1. Platform × 3 @ USD 1,000.00 −10% = USD 2,700.00` (numbered as `deal line remove` takes them).
public enum LineItemText {
  public static func lines(of deal: Deal, in ws: Workspace) -> [String] {
    deal.lineItems.enumerated().map { i, l in
      let name = ws.products[id: l.productId]?.name ?? "\(l.productId) (missing product)"
      let unit = Money(minor: l.unitPrice, currency: deal.currency)
      let discount = l.discountPercent == 0 ? "" : " −\(l.discountPercent)%"
      let total = Money(minor: l.total, currency: deal.currency)
      return "\(i + 1). \(name) × \(l.quantity) @ \(unit)\(discount) = \(total)"
    }
  }
}
