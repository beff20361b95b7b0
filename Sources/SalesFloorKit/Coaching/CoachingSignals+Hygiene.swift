/// The hygiene-drop detector (docs/salesops.md "CRM hygiene", docs/coaching.md).
extension CoachingSignals {
  /// `hygieneDropped`: a rep's hygiene score as of asOf is at least `Hygiene.dropPoints` below
  /// their score a week earlier (asOf − 7, by time travel). The evidence names the parts that got
  /// worse and the deals now failing them; high priority from twice the threshold.
  static func hygieneDrops(_ ws: Workspace, people: Set<String>, asOf: Day) -> [CoachingSignal] {
    let weekAgo = asOf.adding(days: -7)
    let now = HygieneBook(ws, owners: people, asOf: asOf)
    let before = HygieneBook(ws, owners: people, asOf: weekAgo, historical: true)
    let ledgerNow = HygieneGoal.ledger(ws, owners: people, around: asOf)
    let ledgerBefore = HygieneGoal.ledger(ws, owners: people, around: weekAgo)
    var out: [CoachingSignal] = []
    for person in people.sorted() {
      let a = before.score(
        person, goal: ledgerBefore.flatMap { HygieneGoal.of(person, on: weekAgo, ledger: $0, in: ws) })
      let b = now.score(
        person, goal: ledgerNow.flatMap { HygieneGoal.of(person, on: asOf, ledger: $0, in: ws) })
      let drop = a.score - b.score
      guard drop >= Hygiene.dropPoints else { continue }
      let worse = b.parts.filter { p in p.pointsLost > (a[p.part]?.pointsLost ?? 0) + 0.05 }
      let detail = worse.map { p in "\(p.part.title) \(a[p.part]?.count ?? 0)→\(p.count)" }
      out.append(
        CoachingSignal(
          personId: person, kind: .hygieneDropped,
          evidence: .init(
            metric: "hygiene score drop week over week (points)", value: Double(drop),
            threshold: Double(Hygiene.dropPoints), dealIds: Array(Set(worse.flatMap(\.recordIds))).sorted(),
            detail: detail.joined(separator: ", ")),
          reason: "Hygiene \(a.score) → \(b.score) in a week: \(detail.joined(separator: ", "))",
          priority: drop >= 2 * Hygiene.dropPoints ? .high : .medium))
    }
    return out
  }
}
