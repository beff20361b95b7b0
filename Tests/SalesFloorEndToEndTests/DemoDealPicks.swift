import SalesFloorKit

extension Workspace {
  /// Open deals without line items, in id order. Setups that type `--amount` pick from these:
  /// most demo deals have lines, and a deal with lines takes its amount from them
  /// (`LineItem.amountRefusal`).
  var openDealsWithoutLines: [Deal] {
    deals.sortedById.filter { settings.stage($0.stage)?.isOpen == true && $0.lineItems.isEmpty }
  }
}
