/// Activity goals read against the activities: which goal is in force, who it counts, and the
/// progress a bar shows. Every surface (My Day, the manager's Activity view, `goal list`,
/// hygiene's "activities this week vs goal") asks here, so they agree.
public enum ActivityGoals {
  /// The goal in force for a scope and kind on a day: the one with the latest `fromDay` not after
  /// the day (a later goal replaces an earlier one; on the same day the last updated wins).
  public static func goal(
    for scope: ActivityGoal.Scope, kind: Activity.Kind, on day: Day, in ws: Workspace
  ) -> ActivityGoal? {
    inForce(ws.activityGoals.items.filter { $0.scope == scope && $0.kind == kind }, on: day)
  }

  /// Every goal in force on a day, one per (scope, kind), in a stable order: personal goals
  /// first, then team goals, each by kind.
  public static func goalsInForce(on day: Day, in ws: Workspace) -> [ActivityGoal] {
    var groups: [GroupKey: [ActivityGoal]] = [:]
    for g in ws.activityGoals.items { groups[GroupKey(scope: g.scope, kind: g.kind), default: []].append(g) }
    return groups.values.compactMap { inForce($0, on: day) }.sorted(by: order)
  }

  /// The people whose activities count toward a scope: the person, or everyone reporting to the
  /// manager directly or indirectly, the manager excluded (a team goal is the reps' shared goal).
  public static func members(of scope: ActivityGoal.Scope, in ws: Workspace) -> Set<String> {
    switch scope {
    case .person(let id): return [id]
    case .team(let manager):
      var ids = Scope.reportsClosure(of: manager, in: ws)
      ids.remove(manager)
      return ids
    }
  }

  /// A person's own goal of one kind on a day, with progress; nil when they have none. One pass
  /// over the activities: callers asking for many people should build an `ActivityLedger` once
  /// and use `progress(of:on:ledger:in:)`.
  public static func progress(
    for personId: String, kind: Activity.Kind, on day: Day, in ws: Workspace
  ) -> ActivityGoalProgress? {
    guard let g = goal(for: .person(personId), kind: kind, on: day, in: ws) else { return nil }
    let ledger = ActivityLedger(
      ws.activities.items.lazy.filter { $0.ownerId == personId && $0.kind == kind },
      window: ActivityLedger.window(around: day))
    return progress(of: g, on: day, ledger: ledger, in: ws)
  }

  /// Progress on every goal a person sees on a day: their own goals, then the goals of the teams
  /// they manage (`teamManagerId` = them), each counted over its members.
  public static func progressAll(personId: String, on day: Day, in ws: Workspace) -> [ActivityGoalProgress] {
    let goals = goalsInForce(on: day, in: ws).filter {
      $0.personId == personId || $0.teamManagerId == personId
    }
    guard !goals.isEmpty else { return [] }
    var owners: Set<String> = []
    for g in goals { owners.formUnion(members(of: g.scope, in: ws)) }
    let ledger = ActivityLedger(
      ws.activities.items.lazy.filter { owners.contains($0.ownerId) },
      window: ActivityLedger.window(around: day))
    return goals.map { progress(of: $0, on: day, ledger: ledger, in: ws) }
  }

  /// Progress on one goal from a ledger that covers its period (the cockpit's patched ledger).
  public static func progress(
    of goal: ActivityGoal, on day: Day, ledger: ActivityLedger, in ws: Workspace
  ) -> ActivityGoalProgress {
    let period = GoalPeriod(goal.cadence, containing: day)
    let tally = ledger.tally(
      owners: members(of: goal.scope, in: ws), kind: goal.kind, from: period.start, through: day)
    return ActivityGoalProgress(goal: goal, period: period, tally: tally, asOf: day)
  }

  /// "calls", "emails", "meetings", "demos", "tasks".
  public static func plural(_ kind: Activity.Kind) -> String { kind.rawValue + "s" }

  private struct GroupKey: Hashable {
    var scope: ActivityGoal.Scope
    var kind: Activity.Kind
  }

  /// The one in force among goals of one scope and kind.
  static func inForce(_ goals: [ActivityGoal], on day: Day) -> ActivityGoal? {
    goals.filter { $0.fromDay <= day }.max { a, b in
      (a.fromDay, a.updatedAt, a.id) < (b.fromDay, b.updatedAt, b.id)
    }
  }

  private static func order(_ a: ActivityGoal, _ b: ActivityGoal) -> Bool {
    func key(_ g: ActivityGoal) -> (Int, String, Int) {
      let kindIndex = Activity.Kind.allCases.firstIndex(of: g.kind) ?? 0
      switch g.scope {
      case .person(let p): return (0, p, kindIndex)
      case .team(let m): return (1, m, kindIndex)
      }
    }
    return key(a) < key(b)
  }
}
