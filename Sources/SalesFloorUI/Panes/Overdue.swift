import SalesFloorKit

/// The one rule for "overdue" on screen: a date before the cockpit's day. Board cards, the table,
/// My Day and the deal card draw such items in the theme's `overdue` role.
public enum Overdue {
  /// True when the deal's next step was due before `asOf` (today's is not overdue).
  public static func nextStep(_ deal: Deal, asOf: Day) -> Bool {
    guard let due = deal.nextStepDate else { return false }
    return due < asOf
  }

  /// True when an open activity was due before `asOf`.
  public static func activity(_ activity: Activity, asOf: Day) -> Bool {
    guard !activity.isDone, let due = activity.dueDate else { return false }
    return due < asOf
  }
}
