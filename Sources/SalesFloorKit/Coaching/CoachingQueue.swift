/// The coaching queue: what a rep (their own) or a manager (the team's) works through.
public enum CoachingQueue {
  /// Active items of people in scope, plus snoozed ones whose snooze has ended, sorted by
  /// priority, then due day (undated last), then creation.
  public static func items(_ ws: Workspace, scope: Scope, asOf: Day) -> [CoachingItem] {
    let owners = scope.ownerIds(in: ws)
    let list = ws.coaching.items.filter { c in
      guard owners.contains(c.personId) else { return false }
      if c.isActive { return true }
      if c.status == .snoozed, let until = c.snoozedUntil { return until <= asOf }
      return false
    }
    return list.sorted { a, b in
      if a.priority != b.priority { return a.priority < b.priority }
      switch (a.dueDate, b.dueDate) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, .none): return true
      case (.none, .some): return false
      default: return (a.createdAt, a.id) < (b.createdAt, b.id)
      }
    }
  }
}
