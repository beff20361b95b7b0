/// Reps' forecast calls rolled up through the manager hierarchy, beside the deal-based
/// categories, with each manager's adjustment shown next to (never instead of) the roll-up.
public struct ForecastCallReport: Hashable, Sendable, Codable {
  /// A commit / best-case pair in minor units.
  public struct Call: Hashable, Sendable, Codable {
    public var commit: Int64
    public var bestCase: Int64
    public init(commit: Int64, bestCase: Int64) {
      self.commit = commit
      self.bestCase = bestCase
    }
    static func + (a: Call, b: Call) -> Call {
      Call(commit: a.commit + b.commit, bestCase: a.bestCase + b.bestCase)
    }
  }

  /// One person in hierarchy order.
  public struct Line: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var managerId: String?
    /// 0 for the top of the scope, +1 per level below.
    public var depth: Int
    /// Deal-based categories of the person's own deals and of their whole tree.
    public var own: ForecastTotals
    public var rollUp: ForecastTotals
    /// The person's own submitted call (nil when not submitted).
    public var call: Call?
    public var submittedAt: Timestamp?
    /// Who submitted the call (the person, or a manager for them); nil when unknown.
    public var submittedBy: String?
    /// The call this one replaced ("was …"), and when that one was made.
    public var was: Call?
    public var wasSubmittedAt: Timestamp?
    /// Own call + every report's rolled-up call (missing calls count as 0). Adjustments are
    /// never part of this sum.
    public var rolledUpCall: Call
    /// The manager's adjustment of their roll-up, shown beside `rolledUpCall`.
    public var adjustment: Call?
    /// Adjustment when given, else the rolled-up call: the number this person stands behind.
    public var effectiveCall: Call
    /// True when the person has a call (or, for a manager, a call or an adjustment).
    public var submitted: Bool
  }

  public struct PersonRef: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
  }

  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  /// The scope's deal-based totals (same as `salesfloor report forecast`).
  public var totals: ForecastTotals
  /// People in scope, depth-first; children sorted by name.
  public var people: [Line]
  /// Active reps and managers in scope with no call (or adjustment) for the period.
  public var notSubmitted: [PersonRef]
}

extension Reports {
  /// The forecast call sheet for `period`: deal roll-ups, calls, adjustments, who is missing.
  public static func forecastCalls(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day
  ) -> ForecastCallReport {
    let deals = Reports.forecast(workspace, period: period, scope: scope, asOf: asOf)
    let owners = scope.ownerIds(in: workspace)
    var calls: [String: ForecastSubmission] = [:]
    var adjustments: [String: ForecastSubmission] = [:]
    let key = period.description
    for s in workspace.forecastSubmissions where s.period == key {
      switch s.kind {
      case .call: calls[s.personId] = s
      case .adjustment: adjustments[s.personId] = s
      }
    }
    let tree = Scope.directReports(in: workspace)
    var memo: [String: ForecastCallReport.Call] = [:]
    func rolled(_ id: String, _ visiting: inout Set<String>) -> ForecastCallReport.Call {
      if let m = memo[id] { return m }
      var sum =
        calls[id].map { ForecastCallReport.Call(commit: $0.commit, bestCase: $0.bestCase) }
        ?? ForecastCallReport.Call(commit: 0, bestCase: 0)
      visiting.insert(id)
      for child in tree[id] ?? [] where !visiting.contains(child) { sum = sum + rolled(child, &visiting) }
      visiting.remove(id)
      memo[id] = sum
      return sum
    }
    let byId = Dictionary(deals.people.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var lines: [ForecastCallReport.Line] = []
    var missing: [ForecastCallReport.PersonRef] = []
    var placed: Set<String> = []
    func visit(_ id: String, depth: Int) {
      guard let p = byId[id], !placed.contains(id) else { return }
      placed.insert(id)
      var visiting: Set<String> = []
      let rollUp = rolled(id, &visiting)
      let call = calls[id].map { ForecastCallReport.Call(commit: $0.commit, bestCase: $0.bestCase) }
      let adj = adjustments[id].map { ForecastCallReport.Call(commit: $0.commit, bestCase: $0.bestCase) }
      let person = workspace.people[id: id]
      let hasReports = !(tree[id] ?? []).isEmpty
      let submitted = call != nil || (hasReports && adj != nil)
      if let person, person.active, person.role != .ops, !submitted, person.role == .rep || hasReports {
        missing.append(.init(id: id, name: person.name))
      }
      lines.append(
        ForecastCallReport.Line(
          id: id, name: p.name, managerId: p.managerId, depth: depth, own: p.own, rollUp: p.rollUp,
          call: call,
          submittedAt: calls[id]?.submittedAt, submittedBy: calls[id]?.submittedBy,
          was: calls[id].flatMap { c in
            c.wasCommit.map { ForecastCallReport.Call(commit: $0, bestCase: c.wasBestCase ?? $0) }
          }, wasSubmittedAt: calls[id]?.wasSubmittedAt, rolledUpCall: rollUp, adjustment: adj,
          effectiveCall: adj ?? rollUp, submitted: submitted))
      let children = (tree[id] ?? []).filter { owners.contains($0) }
        .sorted { (byId[$0]?.name ?? $0, $0) < (byId[$1]?.name ?? $1, $1) }
      for c in children { visit(c, depth: depth + 1) }
    }
    // Roots: people in scope whose manager is outside it (or who have none), by name.
    for p in deals.people where p.managerId.map({ !owners.contains($0) || $0 == p.id }) ?? true {
      visit(p.id, depth: 0)
    }
    for p in deals.people where !placed.contains(p.id) { visit(p.id, depth: 0) }  // cycles
    return ForecastCallReport(
      period: deals.period, asOf: asOf, scope: deals.scope, currency: deals.currency,
      totals: ForecastTotals(Self.buckets(deals.categories)), people: lines, notSubmitted: missing)
  }

  private static func buckets(_ categories: [ForecastReport.Category]) -> ForecastBuckets {
    var b = ForecastBuckets()
    for c in categories { b[c.category] = c.amount }
    return b
  }
}
