extension WorkspaceCheck {
  /// The catalogue and the deal lines that point at it: a line naming a product that is gone, or
  /// a deal whose amount is not the sum of its lines, would make `report products` and every
  /// pipeline figure disagree, so both are errors. A play, content item or module linked to a
  /// product that is gone is a warning (the link is ignored, as for content serving a missing play).
  static func checkProducts(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for p in ws.products.items {
      for price in p.listPrices where price.amount < 0 {
        out.append(.init(.error, .products, p.id, "list price in \(price.currency) is negative"))
      }
    }
    for p in ws.playbooks.items {
      for id in p.productIds where ws.products[id: id] == nil {
        out.append(.init(.warning, .playbooks, p.id, "linked to missing product \"\(id)\""))
      }
    }
    for c in ws.content.items {
      for id in c.productIds where ws.products[id: id] == nil {
        out.append(.init(.warning, .content, c.id, "linked to missing product \"\(id)\""))
      }
    }
    for m in ws.training.items {
      for id in m.productIds where ws.products[id: id] == nil {
        out.append(.init(.warning, .training, m.id, "linked to missing product \"\(id)\""))
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
