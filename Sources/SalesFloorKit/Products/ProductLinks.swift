/// The plays, content and training linked to one product: what `product show` lists, what
/// deleting the product unlinks, and where the deal card and `report products` find the
/// product's training. Each list is in id order.
public struct ProductLinks: Hashable, Sendable {
  public var plays: [Playbook]
  public var content: [ContentItem]
  public var training: [TrainingModule]

  public init(productId: String, in ws: Workspace) {
    plays = ws.playbooks.sortedById.filter { $0.productIds.contains(productId) }
    content = ws.content.sortedById.filter { $0.productIds.contains(productId) }
    training = ws.training.sortedById.filter { $0.productIds.contains(productId) }
  }

  public var isEmpty: Bool { plays.isEmpty && content.isEmpty && training.isEmpty }

  /// The name of the first of the deal's line-item products (in line order) the play is linked
  /// to, or nil: why PlayFit ranks the play up ("sells Platform Pro").
  public static func soldProduct(of play: Playbook, on deal: Deal, in ws: Workspace) -> String? {
    guard !play.productIds.isEmpty else { return nil }
    guard let line = deal.lineItems.first(where: { play.productIds.contains($0.productId) }) else {
      return nil
    }
    return ws.products[id: line.productId]?.name ?? line.productId
  }
}
