/// The activity part's goal for a rep's week, read through `ActivityGoals` (h-goals' one place for
/// "which goal is in force and what counts"): the rep's own weekly goals in force on the day,
/// each kind counted on its own, so thirty emails do not make up for missing calls.
public struct HygieneGoal: Hashable, Sendable, Codable {
  /// Σ target counts of the weekly goals.
  public var target: Int
  /// Σ per kind max(0, target − done this ISO week up to the day): the part's failing count.
  public var short: Int
  /// "calls 3/10 · emails 12/15", for the fix and the view.
  public var detail: String

  public init(target: Int, short: Int, detail: String) {
    self.target = target
    self.short = short
    self.detail = detail
  }

  /// The goal from progress on goals (only personal weekly ones count); nil when there are none.
  public init?(_ progress: [ActivityGoalProgress]) {
    let weekly = progress.filter { $0.goal.personId != nil && $0.goal.cadence == .weekly }
    guard !weekly.isEmpty else { return nil }
    target = weekly.reduce(0) { $0 + max(0, $1.target) }
    short = weekly.reduce(0) { $0 + max(0, $1.target - $1.done) }
    detail = weekly.map { "\(ActivityGoals.plural($0.goal.kind)) \($0.done)/\($0.target)" }.joined(
      separator: " · ")
  }

  /// A person's goal on a day from a ledger that covers the day's week (`ActivityLedger.window`).
  public static func of(
    _ personId: String, on day: Day, ledger: ActivityLedger, in ws: Workspace
  ) -> HygieneGoal? {
    all([personId], on: day, ledger: ledger, in: ws)[personId]
  }

  /// `of` for many people at once: the goals in force are read once, not once per person (a
  /// floor of 900 reps opens the Hygiene view).
  public static func all(
    _ people: Set<String>, on day: Day, ledger: ActivityLedger, in ws: Workspace
  ) -> [String: HygieneGoal] {
    var byPerson: [String: [ActivityGoal]] = [:]
    for g in ActivityGoals.goalsInForce(on: day, in: ws) where g.cadence == .weekly {
      if let p = g.personId, people.contains(p) { byPerson[p, default: []].append(g) }
    }
    return byPerson.compactMapValues { goals in
      HygieneGoal(goals.map { ActivityGoals.progress(of: $0, on: day, ledger: ledger, in: ws) })
    }
  }

  /// The ledger of `owners`' done activities around `day` (one pass), or nil when the workspace has
  /// no activity goals at all (then every goal is nil and nothing needs counting).
  public static func ledger(_ ws: Workspace, owners: Set<String>, around day: Day) -> ActivityLedger? {
    guard !ws.activityGoals.isEmpty else { return nil }
    return ActivityLedger(
      ws.activities.items.lazy.filter { owners.contains($0.ownerId) },
      window: ActivityLedger.window(around: day))
  }
}
