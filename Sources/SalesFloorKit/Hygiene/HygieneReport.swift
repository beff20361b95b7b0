/// Per rep: the hygiene score with its parts, the weekly trend and the fixes worth most —
/// `salesfloor report hygiene` and the cockpit's Hygiene view read the same value.
public struct HygieneReport: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    public var personId: String
    public var name: String
    public var score: HygieneScore
    /// Scores at `HygieneReport.weekEnds`, oldest first; the last one is `score.score`.
    public var trend: [Int]
    /// The fixes that would raise the score most (`Hygiene.fixCount`, or every one with `allFixes`).
    public var fixes: [HygieneFix]
  }

  public var asOf: Day
  public var scope: String
  public var weekEnds: [Day]
  /// Active reps in scope, by name.
  public var rows: [Row]
  /// Required-field tokens in settings that name no field ("stage: token"), ignored in scoring.
  public var unknownRequiredFields: [String]
}

extension Reports {
  /// The hygiene report for the active reps in `scope` (or only `personId`, whatever their role);
  /// `weeks` ≥ 1 trend points; `fixLimit` fixes per rep (nil: every failing item).
  public static func hygiene(
    _ ws: Workspace, scope: Scope, asOf: Day, weeks: Int = 8, personId: String? = nil,
    fixLimit: Int? = Hygiene.fixCount
  ) -> HygieneReport {
    let owners = scope.ownerIds(in: ws)
    let reps = ws.people.items.filter { p in
      personId.map { p.id == $0 } ?? (p.active && p.role == .rep && owners.contains(p.id))
    }
    .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    let ids = reps.map(\.id)
    let book = HygieneBook(ws, owners: Set(ids), asOf: asOf)
    let trend = HygieneTrend(ws, people: ids, asOf: asOf, weeks: max(1, weeks), current: book)
    let ledger = HygieneGoal.ledger(ws, owners: Set(ids), around: asOf)
    let rows = reps.map { p in
      let score = book.score(
        p.id, goal: ledger.flatMap { HygieneGoal.of(p.id, on: asOf, ledger: $0, in: ws) })
      return HygieneReport.Row(
        personId: p.id, name: p.name, score: score, trend: trend.scores[p.id] ?? [],
        fixes: book.fixes(score, in: ws, limit: fixLimit ?? Int.max))
    }
    return HygieneReport(
      asOf: asOf, scope: scope.description, weekEnds: trend.weekEnds, rows: rows,
      unknownRequiredFields: RequiredField.unknownTokens(ws.settings))
  }
}
