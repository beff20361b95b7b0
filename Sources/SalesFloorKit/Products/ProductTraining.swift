/// Who has done a product's training: the one rule for "completed" behind `product show`, the
/// "training done" column of `report products` and the deal card's "Training:" line
/// (docs/salesops.md, "Product links").
public enum ProductTraining {
  /// Person id → the modules they have completed by `asOf`: an assignment completed on or before
  /// `asOf` whose certification, if the module grants one, has not expired (an expired
  /// certification means the rep should take it again).
  public static func completions(_ ws: Workspace, asOf: Day) -> [String: Set<String>] {
    var out: [String: Set<String>] = [:]
    for a in ws.assignments where isDone(a, asOf: asOf) {
      out[a.personId, default: []].insert(a.moduleId)
    }
    return out
  }

  /// The distinct people who completed `moduleId` by `asOf`.
  public static func completedCount(_ moduleId: String, _ ws: Workspace, asOf: Day) -> Int {
    Set(ws.assignments.items.filter { $0.moduleId == moduleId && isDone($0, asOf: asOf) }.map(\.personId))
      .count
  }

  /// The modules linked to the deal's line-item products that its owner has not completed, in
  /// line order then id, each once: what the deal card tells the rep to take. Costs one pass over
  /// the (small) training catalogue and the owner's assignments, so it runs per card render.
  public static func missing(for deal: Deal, in ws: Workspace, asOf: Day) -> [TrainingModule] {
    guard !deal.lineItems.isEmpty else { return [] }
    let linked = ws.training.sortedById.filter { !$0.productIds.isEmpty }
    guard !linked.isEmpty else { return [] }
    var wanted: [TrainingModule] = []
    var seen = Set<String>()
    for line in deal.lineItems {
      for m in linked where m.productIds.contains(line.productId) && seen.insert(m.id).inserted {
        wanted.append(m)
      }
    }
    guard !wanted.isEmpty else { return [] }
    let done = Set(
      ws.assignments.items.filter { $0.personId == deal.ownerId && isDone($0, asOf: asOf) }.map(\.moduleId))
    return wanted.filter { !done.contains($0.id) }
  }

  static func isDone(_ a: TrainingAssignment, asOf: Day) -> Bool {
    guard let completed = a.completedOn, completed <= asOf else { return false }
    return a.expiresOn.map { $0 >= asOf } ?? true
  }
}
