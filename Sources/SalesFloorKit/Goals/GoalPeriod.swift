/// The calendar span a goal counts over on a given day: the ISO week (Monday to Sunday) or the
/// calendar month containing it. One place for "which week is this", so My Day, the manager's
/// view, `goal list` and `report activity` never disagree about where a week starts.
public struct GoalPeriod: Hashable, Sendable {
  public var cadence: ActivityGoal.Cadence
  /// First day (a Monday for a week).
  public var start: Day
  /// Last day, inclusive.
  public var end: Day

  public init(_ cadence: ActivityGoal.Cadence, containing day: Day) {
    self.cadence = cadence
    switch cadence {
    case .weekly:
      start = day.adding(days: 1 - day.weekday)
      end = start.adding(days: 6)
    case .monthly:
      start = day.startOfMonth
      end = day.endOfMonth
    }
  }

  /// Days in the period (7, or 28–31).
  public var length: Int { start.days(to: end) + 1 }

  public func contains(_ day: Day) -> Bool { day >= start && day <= end }

  /// Days elapsed up to and including `asOf`, clamped to `0...length` (as `Period.elapsedDays`).
  public func elapsedDays(asOf: Day) -> Int {
    if asOf < start { return 0 }
    if asOf > end { return length }
    return start.days(to: asOf) + 1
  }

  /// "this week" reads better than dates in a bar; the report and CLI print the dates.
  public var label: String { cadence == .weekly ? "this week" : "this month" }
}
