import SalesFloorKit

/// The Hygiene view's values (`Y`): each rep in scope with the score from the cockpit's patched
/// book, the weekly trend, and the selected rep's fixes; built from `CockpitData`, never by
/// rescanning the deals (the past weeks are computed once per full refresh).
public struct HygieneViewData: Sendable {
  public struct Row: Sendable {
    public var personId: String
    public var name: String
    public var score: HygieneScore
    /// Oldest first; the last is `score.score`.
    public var trend: [Int]
  }

  /// Weeks of trend the view shows, the current one included.
  public static let weeks = 8

  public var weekEnds: [Day]
  /// Active reps in scope by name.
  public var rows: [Row]
  /// The selected rep's fixes, most points first.
  public var fixes: [HygieneFix]
}

extension CockpitState {
  /// Fills the Hygiene view from `data.hygiene` (the live scores) and the cached past weeks.
  mutating func refreshHygieneView() {
    let ws = workspace
    let reps = ws.people.items.filter { $0.active && $0.role == .rep && data.scopeIds.contains($0.id) }
      .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    data.ensureHygieneTrend(ws, people: reps.map(\.id), asOf: asOf, weeks: HygieneViewData.weeks)
    let trend = data.hygieneTrend
    let ledger = data.activityLedger
    func goal(_ id: String) -> HygieneGoal? { HygieneGoal.of(id, on: asOf, ledger: ledger, in: ws) }
    let rows = reps.map { p in
      let score = data.hygiene.score(p.id, goal: goal(p.id), withIds: false)
      let past = (trend?.scores[p.id] ?? []).dropLast()
      return HygieneViewData.Row(
        personId: p.id, name: p.name, score: score, trend: Array(past) + [score.score])
    }
    views.hygieneCursor.clamp(count: rows.count)
    let i = views.hygieneCursor.index
    let fixes =
      rows.indices.contains(i)
      ? data.hygiene.fixes(
        data.hygiene.score(rows[i].personId, goal: goal(rows[i].personId)), in: ws, limit: 10)
      : []
    views.content = .hygiene(
      HygieneViewData(weekEnds: trend?.weekEnds ?? [], rows: rows, fixes: fixes))
  }
}
