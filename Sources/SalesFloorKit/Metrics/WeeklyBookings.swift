/// Won amount in one calendar week (Monday to Sunday): a point of a bookings sparkline.
public struct WeeklyBookings: Hashable, Sendable, Codable {
  /// The Monday the week starts on.
  public var weekStart: Day
  public var won: Int64
  public var count: Int
}

extension Metrics {
  /// Won amount per week for the last `weeks` calendar weeks, oldest first; the last week is
  /// the one containing asOf and counts only deals closed up to asOf.
  public static func weeklyBookings(
    _ workspace: Workspace, scope: Scope, asOf: Day, weeks: Int
  ) -> [WeeklyBookings] {
    guard weeks > 0 else { return [] }
    let thisMonday = asOf.adding(days: 1 - asOf.weekday)
    let first = thisMonday.adding(days: -7 * (weeks - 1))
    var out = (0..<weeks).map { WeeklyBookings(weekStart: first.adding(days: 7 * $0), won: 0, count: 0) }
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    // In place (no copy per deal; see `OwnerTally.byOwner`), the close date tested first.
    workspace.deals.items.withUnsafeBufferPointer { deals in
      for k in deals.indices {
        guard let close = deals[k].closeDate, close >= first, close <= asOf,
          owners.contains(deals[k].ownerId), stages.isWon(deals[k]),
          let amount = stages.amount(of: deals[k])  // no rate: counted nowhere (listed by the reports)
        else { continue }
        let i = first.days(to: close) / 7
        out[i].won += amount
        out[i].count += 1
      }
    }
    return out
  }
}
