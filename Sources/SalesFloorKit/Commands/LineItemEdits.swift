/// Changes one line of a deal in place (the cockpit's line-item form on the deal card): the
/// product, quantity, price and discount of line `index` (1-based, as `deal show` numbers them),
/// through `SetLineItems` so the amount and the history follow the same rule as adding a line.
public struct ReplaceLineItem: WorkspaceCommand {
  public var dealId: String
  public var index: Int
  public var line: LineItem

  public init(dealId: String, index: Int, line: LineItem) {
    self.dealId = dealId
    self.index = index
    self.line = line
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let d = try CommandRules.existingDeal(dealId, in: ctx.workspace)
    try LineItemRules.check(index: index, of: d)
    var lines = d.lineItems
    lines[index - 1] = line
    return try SetLineItems(dealId: d.id, lineItems: lines).edit(in: ctx)
  }
}

/// The rules every line-item command shares, so `deal line remove` and the cockpit refuse a line
/// number in the same words.
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
}
