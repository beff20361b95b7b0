/// Changes one line of a deal in place (the cockpit's line-item form on the deal card): the
/// product, quantity, price and discount of line `index` (1-based, as `deal show` numbers them),
/// through `SetLineItems` so the amount and the history follow the same rule as adding a line.
public struct ReplaceLineItem: WorkspaceCommand {
  public var dealId: String
  public var index: Int
  public var productId: String
  public var quantity: Int64
  /// Minor units of the deal's currency; nil takes the product's list price.
  public var unitPrice: Int64?
  public var discountPercent: Int

  public init(
    dealId: String, index: Int, productId: String, quantity: Int64, unitPrice: Int64? = nil,
    discountPercent: Int = 0
  ) {
    self.dealId = dealId
    self.index = index
    self.productId = productId
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.discountPercent = discountPercent
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let d = try CommandRules.existingDeal(dealId, in: ctx.workspace)
    try LineItemRules.check(index: index, of: d)
    var lines = d.lineItems
    lines[index - 1] = try LineItemRules.line(
      on: d, productId: productId, quantity: quantity, unitPrice: unitPrice, discountPercent: discountPercent,
      ctx.workspace)
    return try SetLineItems(dealId: d.id, lineItems: lines).edit(in: ctx)
  }
}

/// The rules every line-item command shares, so `deal line add/remove` and the cockpit's forms
/// refuse in the same words.
public enum LineItemRules {
  /// Refuses a line number the deal does not have, naming the numbers it does.
  public static func check(index: Int, of d: Deal) throws(CommandError) {
    guard index >= 1, index <= d.lineItems.count else {
      throw .invalid(
        field: "line",
        reason: d.lineItems.isEmpty
          ? "\(d.name) has no line items"
          : "\(d.name) has \(d.lineItems.count) line items: use 1–\(d.lineItems.count)")
    }
  }

  /// A line for `productId` on `d`: the price defaults to the product's list price in the deal's
  /// currency, and is required when the catalogue has none in it. (Quantity, price and discount
  /// ranges are checked by `SetLineItems`.)
  public static func line(
    on d: Deal, productId: String, quantity: Int64, unitPrice: Int64?, discountPercent: Int,
    _ ws: Workspace
  ) throws(CommandError) -> LineItem {
    let p = try ProductRules.product(productId, ws)
    guard let price = unitPrice ?? p.listPrice(in: d.currency)?.minor else {
      throw .invalid(
        field: "price",
        reason:
          "\(p.name) has no list price in \(d.currency): give a unit price (--price on the command line)")
    }
    return LineItem(productId: p.id, quantity: quantity, unitPrice: price, discountPercent: discountPercent)
  }
}
