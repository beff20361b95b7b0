extension WorkspaceCheck {
  /// The catalogue and the deal lines that point at it: a line naming a product that is gone, or
  /// a deal whose amount is not the sum of its lines, would make `report products` and every
  /// pipeline figure disagree, so both are errors.
  static func checkProducts(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for p in ws.products.items {
      for price in p.listPrices where price.amount < 0 {
        out.append(.init(.error, .products, p.id, "list price in \(price.currency) is negative"))
      }
    }
    for d in ws.deals.items where !d.lineItems.isEmpty {
      for (i, l) in d.lineItems.enumerated() {
        if ws.products[id: l.productId] == nil {
          out.append(.init(.error, .deals, d.id, "line \(i + 1): product \(l.productId) does not exist"))
        }
        if !(0...100).contains(l.discountPercent) {
          out.append(
            .init(.error, .deals, d.id, "line \(i + 1): discount \(l.discountPercent)% is not 0–100"))
        }
      }
      let sum = LineItem.amount(of: d.lineItems)
      if sum != d.amount {
        out.append(
          .init(
            .error, .deals, d.id,
            "amount \(d.amount) is not the sum of its line items (\(sum)); fix: salesfloor deal line add or remove"
          ))
      }
    }
  }
}
