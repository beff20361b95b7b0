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
  /// The rows' table cells (the name behind two spaces, where the selection draws its pointer),
  /// their roles when not selected and `Table.naturalWidths`: measured once when the rows are
  /// built, so a keystroke lays out only the rows on screen (a floor of 900 reps took ~10 ms).
  var cells: [[String]] = []
  var roles: [StyleRole] = []
  var natural: [Int] = []

  init(weekEnds: [Day], rows: [Row], fixes: [HygieneFix], glyphs: Glyphs) {
    self.weekEnds = weekEnds
    self.rows = rows
    self.fixes = fixes
    cells = rows.map { HygieneViewText.cells($0, glyphs: glyphs) }
    roles = rows.map { HygieneViewText.role($0.score.score) }
    natural = Table.naturalWidths(HygieneViewText.columns, cells)
  }
}

extension CockpitState {
  /// Fills the Hygiene view from `data.hygiene` (the live scores) and the cached past weeks.
  mutating func refreshHygieneView() {
    if let cached = hygieneRows, cached.generation == dataGeneration, cached.ascii == glyphs.isASCII {
      views.hygieneCursor.clamp(count: cached.data.rows.count)
      views.content = .hygiene(cached.data)
      return refreshHygieneFixes()
    }
    let ws = workspace
    let reps = ws.people.items.filter { $0.active && $0.role == .rep && data.scopeIds.contains($0.id) }
      .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    data.ensureHygieneTrend(ws, people: reps.map(\.id), asOf: asOf, weeks: HygieneViewData.weeks)
    let trend = data.hygieneTrend
    let goals = HygieneGoal.all(Set(reps.map(\.id)), on: asOf, ledger: data.activityLedger, in: ws)
    let rows = reps.map { p in
      let score = data.hygiene.score(p.id, goal: goals[p.id], withIds: false)
      let past = (trend?.scores[p.id] ?? []).dropLast()
      return HygieneViewData.Row(
        personId: p.id, name: p.name, score: score, trend: Array(past) + [score.score])
    }
    views.hygieneCursor.clamp(count: rows.count)
    let built = HygieneViewData(weekEnds: trend?.weekEnds ?? [], rows: rows, fixes: [], glyphs: glyphs)
    hygieneRows = (dataGeneration, glyphs.isASCII, built)
    views.content = .hygiene(built)
    refreshHygieneFixes()
  }

  /// The selected rep's fixes: all a cursor move recomputes (one rep's failing items).
  mutating func refreshHygieneFixes() {
    guard case .hygiene(var d) = views.content else { return }
    let i = views.hygieneCursor.index
    guard d.rows.indices.contains(i) else { return }
    let id = d.rows[i].personId
    let goal = HygieneGoal.of(id, on: asOf, ledger: data.activityLedger, in: workspace)
    d.fixes = data.hygiene.fixes(data.hygiene.score(id, goal: goal), in: workspace, limit: 10)
    views.content = .hygiene(d)
  }
}
