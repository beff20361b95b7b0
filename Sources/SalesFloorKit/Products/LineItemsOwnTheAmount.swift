extension LineItem {
  /// Why a typed `amount` cannot replace the amount of `deal`, or nil when it may.
  ///
  /// A deal with line items takes its amount from them (`SetLineItems`) and prices them in its
  /// currency, so a different typed amount or currency would make the deal disagree with its own
  /// lines (and `salesfloor check` report it). `UpdateDeal` refuses with this reason; the deal
  /// importer keeps the lines' sum. A deal without lines keeps whatever amount is typed.
  public static func amountRefusal(for deal: Deal, typed amount: Money) -> String? {
    guard !deal.lineItems.isEmpty else { return nil }
    let sum = Money(minor: LineItem.amount(of: deal.lineItems), currency: deal.currency)
    guard amount != sum else { return nil }
    let lines = deal.lineItems.count == 1 ? "1 line item" : "\(deal.lineItems.count) line items"
    return "\(deal.name) has \(lines), so its amount is their sum (\(sum)) in \(deal.currency): "
      + "change the lines with `salesfloor deal line add` or `salesfloor deal line remove` "
      + "(once every line is removed, an amount can be typed again)"
  }
}
