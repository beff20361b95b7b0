/// Where one goal stands on one day: done so far in its period against the target, and against
/// the straight line to the target (the same pace line a quota bar shows).
public struct ActivityGoalProgress: Hashable, Sendable {
  /// Ahead of, on, or behind the straight line to the target.
  public enum Status: String, Hashable, Sendable, Codable {
    case ahead, onPace, behind

    /// "behind pace", as the bar says it.
    public var label: String {
      switch self {
      case .ahead: return "ahead of pace"
      case .onPace: return "on pace"
      case .behind: return "behind pace"
      }
    }
  }

  public var goal: ActivityGoal
  public var period: GoalPeriod
  /// Done activities of the goal's kind in the period up to and including the day.
  public var done: Int
  /// Σ their `durationMinutes`.
  public var minutes: Int
  /// target × e ÷ E (e = days elapsed including today, E = days in the period), as `Pace.onTrack`.
  public var pace: Pace
  public var status: Status

  public var target: Int { goal.targetCount }
  public var targetMinutes: Int? { goal.targetMinutes }
  /// The count a rep on a straight line to the target would have by today.
  public var expected: Int { Int(pace.onTrack) }
  /// done ÷ target (0 when the target is 0).
  public var ratio: Double { Ratio.of(done, target) ?? 0 }
  /// e ÷ E: where the pace marker sits on the bar.
  public var paceRatio: Double { Ratio.of(pace.elapsedDays, pace.totalDays) ?? 0 }

  public init(goal: ActivityGoal, period: GoalPeriod, tally: ActivityTally, asOf: Day) {
    self.goal = goal
    self.period = period
    done = tally.count
    minutes = tally.minutes
    let e = period.elapsedDays(asOf: asOf)
    pace = Metrics.pace(
      won: Int64(tally.count), quota: Int64(goal.targetCount), elapsedDays: e, totalDays: period.length)
    status = Self.status(done: tally.count, target: goal.targetCount, elapsed: e, total: period.length)
  }

  /// On pace within ±10 % of the exact expected count target × e ÷ E; below that behind, above it
  /// ahead (docs/salesops.md "Activity goals"). Integer arithmetic: 10·done·E against 9 or 11 ×
  /// target·e, so 23 done of 40 on day 5 of 7 (28.6 expected, 25.7 the floor) is behind.
  public static func status(done: Int, target: Int, elapsed e: Int, total: Int) -> Status {
    let have = 10 * done * total
    let line = target * e
    if have < 9 * line { return .behind }
    if have > 11 * line { return .ahead }
    return .onPace
  }

  /// "Calls 23/40 this week · behind pace (29 expected)": the bar's caption in My Day.
  public var summary: String {
    let noun = ActivityGoals.plural(goal.kind).capitalizedFirst
    var s = "\(noun) \(done)/\(target) \(period.label) · \(status.label)"
    if status != .ahead || done < target { s += " (\(expected) expected)" }
    if let m = targetMinutes { s += " · \(minutes)/\(m) min" }
    return s
  }
}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
