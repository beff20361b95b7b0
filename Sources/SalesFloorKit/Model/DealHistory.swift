/// Rebuilding a deal as it stood at an earlier moment from its change history: the one place
/// "as of a past day" is decided for deals (`Workspace.asOf`, the forecast backtest, snapshots).
public enum DealHistory {
  /// The deal as of `cutoff` (changes at or after it undone), or nil when it did not exist yet.
  ///
  /// Each logged field's value at the cutoff is the `from` of its first change at or after the
  /// cutoff, else today's value; the history keeps only the earlier changes. Fields the history does
  /// not log (next step, tags, notes, persona, competitor, checklists) keep today's value, except the
  /// lost reason, which goes when a later stage change is undone (it came with that close).
  public static func asOf(_ deal: Deal, cutoff: Timestamp) -> Deal? {
    guard deal.createdAt < cutoff else { return nil }
    var d = deal
    var seen: Set<DealChange.Field> = []
    for c in deal.history where c.at >= cutoff && !seen.contains(c.field) {
      seen.insert(c.field)
      switch c.field {
      case .stage: if let v = c.from { d.stage = v }
      case .closeDate: d.closeDate = c.from.flatMap { Day(iso: $0) }
      case .amount: if let v = c.from.flatMap({ Int64($0) }) { d.amount = v }
      case .owner: if let v = c.from { d.ownerId = v }
      case .forecastCategory: d.forecastCategory = c.from.flatMap { ForecastCategory(rawValue: $0) }
      case .probability: d.probability = c.from.flatMap { Int($0) }
      case .currency: if let v = c.from { d.currency = v }
      case .name: if let v = c.from { d.name = v }
      case .account: d.accountId = c.from
      case .created, .checklist: break
      }
    }
    guard !seen.isEmpty else { return d }
    if d.stage != deal.stage { d.lostReason = nil }
    d.history = deal.history.filter { $0.at < cutoff }
    d.updatedAt = d.history.last.map { max($0.at, d.createdAt) } ?? d.createdAt
    return d
  }

  /// The activity as of `cutoff`: nil when created later, open again when it was done later.
  public static func asOf(_ activity: Activity, cutoff: Timestamp) -> Activity? {
    guard activity.createdAt < cutoff else { return nil }
    guard let done = activity.doneAt, done >= cutoff else { return activity }
    var a = activity
    a.doneAt = nil
    return a
  }

  /// The workspace with every deal and activity rebuilt as of `cutoff` (those created later
  /// removed); everything else (people, quotas, coaching, settings) as it is today.
  public static func workspace(_ workspace: Workspace, asOf cutoff: Timestamp) -> Workspace {
    var ws = workspace
    var deals = RecordTable<Deal>()
    deals.reserveCapacity(workspace.deals.count)
    for d in workspace.deals {
      if let old = asOf(d, cutoff: cutoff) { deals.upsert(old) }
    }
    ws.deals = deals
    var activities = RecordTable<Activity>()
    activities.reserveCapacity(workspace.activities.count)
    for a in workspace.activities {
      if let old = asOf(a, cutoff: cutoff) { activities.upsert(old) }
    }
    ws.activities = activities
    return ws
  }
}

extension Workspace {
  /// The workspace as it stood at the end of `day` (UTC): what every report and the cockpit see
  /// when asked about a past day, so "my pipeline as it was on the 1st" is a real answer
  /// (docs/salesops.md, "As of a past day").
  public func asOf(_ day: Day) -> Workspace {
    DealHistory.workspace(self, asOf: Timestamp(day: day.adding(days: 1)))
  }

  /// True when `day` is before `today` and something was recorded after its end (a deal created or
  /// changed, an activity created or done): only then does the past differ from the present.
  public func isPast(_ day: Day, today: Day) -> Bool {
    guard day < today else { return false }
    let cutoff = Timestamp(day: day.adding(days: 1))
    if deals.contains(where: { d in d.createdAt >= cutoff || d.history.contains { $0.at >= cutoff } }) {
      return true
    }
    return activities.contains { a in a.createdAt >= cutoff || a.doneAt.map { $0 >= cutoff } == true }
  }

  /// The workspace seen from `day` when today is `today`: rebuilt with `asOf` when `isPast`, else as
  /// it is (nothing is known about the future, and a pinned "today" in scripts and tests must not
  /// hide what was entered on it).
  public func seen(from day: Day, today: Day) -> Workspace {
    isPast(day, today: today) ? asOf(day) : self
  }
}
