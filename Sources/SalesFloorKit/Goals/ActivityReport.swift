/// `report activity`: per rep and activity kind over a span of days, how many activities were
/// done against the goal for that span, the time logged, and how much of the time spent on deals
/// went to deals that were won (docs/salesops.md "Activity report").
public struct ActivityReport: Hashable, Sendable, Codable, StableKeysEncodable {
  /// One rep's (or one team's) figures for one kind.
  public struct Row: Hashable, Sendable, Codable, StableKeysEncodable {
    /// A person id, or the manager id for a team row.
    public var id: String
    public var name: String
    public var kind: String
    /// Done activities with a done day in the span.
    public var count: Int
    /// The goal pro-rated to the span (Σ over its days of target ÷ days of the goal's period);
    /// nil when no goal applies on any day of it.
    public var goal: Double?
    /// count ÷ goal; nil without a goal.
    public var goalRatio: Double?
    /// Σ durationMinutes of those activities.
    public var minutes: Int
    /// Minutes on activities whose deal is now won.
    public var wonMinutes: Int
    /// Minutes on activities whose deal is now closed (won or lost).
    public var closedMinutes: Int
    /// wonMinutes ÷ closedMinutes; nil when no minutes went to a closed deal.
    public var wonShare: Double?
  }

  /// First and last day (inclusive).
  public var from: String
  public var to: String
  /// Per rep, by name, then by kind.
  public var people: [Row]
  /// Team goals (`goal set --team`): the team's count over its members against the team goal.
  public var teams: [Row]
  /// Per kind, Σ over the rows in `people`; the goal is Σ of the reps' goals (nil when none has one).
  public var totals: [Row]
}

extension Reports {
  /// The activity report over `from...to` for the people in `scope` who did something of a kind
  /// or have a goal for it. One pass over the activities.
  public static func activity(_ ws: Workspace, from: Day, to: Day, scope: Scope) -> ActivityReport {
    let owners = scope.ownerIds(in: ws)
    let stages = StageLookup(ws.settings)
    struct Cell {
      var tally = ActivityTally()
      var won = 0
      var closed = 0
    }
    var cells: [String: [Activity.Kind: Cell]] = [:]
    for a in ws.activities.items where owners.contains(a.ownerId) {
      guard let day = a.doneAt?.day, day >= from, day <= to else { continue }
      var c = cells[a.ownerId]?[a.kind] ?? Cell()
      let m = a.durationMinutes ?? 0
      c.tally += ActivityTally(count: 1, minutes: m)
      if m > 0, let d = a.dealId.flatMap({ ws.deals[id: $0] }) {
        switch stages.kind(of: d) {
        case .won:
          c.won += m
          c.closed += m
        case .lost: c.closed += m
        case .open: break
        }
      }
      cells[a.ownerId, default: [:]][a.kind] = c
    }
    func row(
      _ id: String, _ name: String, _ kind: Activity.Kind, _ c: Cell, goal: Double?
    ) -> ActivityReport.Row {
      .init(
        id: id, name: name, kind: kind.rawValue, count: c.tally.count, goal: goal,
        goalRatio: goal.flatMap { $0 > 0 ? Double(c.tally.count) / $0 : nil }, minutes: c.tally.minutes,
        wonMinutes: c.won, closedMinutes: c.closed, wonShare: Ratio.of(c.won, c.closed))
    }
    var people: [ActivityReport.Row] = []
    var totals: [Activity.Kind: (Cell, Double?)] = [:]
    let named = owners.map { (id: $0, name: ws.people[id: $0]?.name ?? $0) }.sorted {
      ($0.name, $0.id) < ($1.name, $1.id)
    }
    for p in named {
      for kind in Activity.Kind.allCases {
        let goal = ActivityGoals.goalForSpan(.person(p.id), kind: kind, from: from, to: to, in: ws)
        let c = cells[p.id]?[kind]
        guard c != nil || goal != nil else { continue }
        let cell = c ?? Cell()
        people.append(row(p.id, p.name, kind, cell, goal: goal))
        var t = totals[kind] ?? (Cell(), nil)
        t.0.tally += cell.tally
        t.0.won += cell.won
        t.0.closed += cell.closed
        if let goal { t.1 = (t.1 ?? 0) + goal }
        totals[kind] = t
      }
    }
    var teams: [ActivityReport.Row] = []
    let teamGoals = Set(
      ws.activityGoals.items.compactMap { g in g.teamManagerId.map { TeamKind(manager: $0, kind: g.kind) } })
    for t in teamGoals.sorted(by: { ($0.manager, $0.kind.rawValue) < ($1.manager, $1.kind.rawValue) }) {
      let members = ActivityGoals.members(of: .team(managerId: t.manager), in: ws)
      // A team row needs every member in scope, or its count would read as the team's when it is not.
      guard !members.isEmpty, owners.isSuperset(of: members) else { continue }
      guard
        let goal = ActivityGoals.goalForSpan(
          .team(managerId: t.manager), kind: t.kind, from: from, to: to, in: ws)
      else { continue }
      var c = Cell()
      for m in members {
        guard let x = cells[m]?[t.kind] else { continue }
        c.tally += x.tally
        c.won += x.won
        c.closed += x.closed
      }
      teams.append(row(t.manager, GoalText.scope(.team(managerId: t.manager), in: ws), t.kind, c, goal: goal))
    }
    let totalRows = Activity.Kind.allCases.compactMap { k in
      totals[k].map { row("", "TOTAL", k, $0.0, goal: $0.1) }
    }
    return ActivityReport(from: from.iso, to: to.iso, people: people, teams: teams, totals: totalRows)
  }

  private struct TeamKind: Hashable {
    var manager: String
    var kind: Activity.Kind
  }
}

extension ActivityGoals {
  /// The goal for a span of days: Σ over each day of target ÷ days in the period of the goal in
  /// force that day. A whole week of a weekly goal is its target; a 30-day November under a weekly
  /// 40 is 40 × 30 ÷ 7 = 171.4; one week inside a 30-day month under a monthly 10 is 10 × 7 ÷ 30.
  /// nil when no goal is in force on any day of the span.
  public static func goalForSpan(
    _ scope: ActivityGoal.Scope, kind: Activity.Kind, from: Day, to: Day, in ws: Workspace
  ) -> Double? {
    let goals = ws.activityGoals.items.filter { $0.scope == scope && $0.kind == kind }
    guard !goals.isEmpty, from <= to else { return nil }
    // Days per (goal, period), then target × days ÷ period length once per group: a whole period
    // is exactly its target (no sum of sevenths).
    struct Part: Hashable {
      var target: Int
      var start: Day
      var length: Int
    }
    var days: [Part: Int] = [:]
    var d = from
    while d <= to {
      if let g = inForce(goals, on: d) {
        let p = GoalPeriod(g.cadence, containing: d)
        days[Part(target: g.targetCount, start: p.start, length: p.length), default: 0] += 1
      }
      d = d.adding(days: 1)
    }
    guard !days.isEmpty else { return nil }
    return days.sorted { $0.key.start < $1.key.start }.reduce(0.0) {
      $0 + Double($1.key.target * $1.value) / Double($1.key.length)
    }
  }
}
