/// Commitments a coaching item carries, checked against the data where possible
/// ("next step set on Acme by Friday": done or not, shown in the queue).
public enum CommitmentCheck {
  /// Where a commitment stands as of a day.
  public enum State: String, Hashable, Sendable, Codable {
    /// Met: ticked by hand, or the data shows it.
    case done
    /// Not met yet, and its `by` day has not passed.
    case open
    /// Not met and its `by` day is behind us.
    case missed
  }

  /// Whether a commitment is met, without knowing whose item it is: manual ones by their tick,
  /// data ones by the records. Prefer `isMet(_:of:workspace:asOf:)`, which scopes activity and
  /// training checks to the coached person.
  public static func isMet(_ c: CoachingItem.Commitment, workspace ws: Workspace, asOf: Day) -> Bool {
    isMet(c, personId: nil, since: nil, workspace: ws, asOf: asOf)
  }

  /// Whether a commitment of `item` is met: activity and training checks count only the coached
  /// person's records, and a stage move counts only after the item was created.
  public static func isMet(
    _ c: CoachingItem.Commitment, of item: CoachingItem, workspace ws: Workspace, asOf: Day
  ) -> Bool {
    isMet(c, personId: item.personId, since: item.createdAt.day, workspace: ws, asOf: asOf)
  }

  /// Done, open or missed (not met after its `by` day).
  public static func state(
    _ c: CoachingItem.Commitment, of item: CoachingItem, workspace ws: Workspace, asOf: Day
  ) -> State {
    if isMet(c, of: item, workspace: ws, asOf: asOf) { return .done }
    if let by = c.by, by < asOf { return .missed }
    return .open
  }

  /// "2/3 done" style text, empty when the item has no commitments.
  public static func summary(_ item: CoachingItem, workspace: Workspace, asOf: Day) -> String {
    guard !item.commitments.isEmpty else { return "" }
    let met = item.commitments.filter { isMet($0, of: item, workspace: workspace, asOf: asOf) }.count
    return "\(met)/\(item.commitments.count) done"
  }

  /// The shared rule. Activity: one completed on the deal (or, without a deal, by the person) in
  /// the 14 days up to `by` (or since the item was created). Training: the module completed (by
  /// the person when known). Stage: a stage change since the item was created (else within 30
  /// days before `by`).
  static func isMet(
    _ c: CoachingItem.Commitment, personId: String?, since: Day?, workspace ws: Workspace, asOf: Day
  ) -> Bool {
    switch c.check {
    case .manual: return c.done
    case .nextStepSet:
      guard let d = c.dealId.flatMap({ ws.deals[id: $0] }) else { return false }
      return d.nextStepDate.map { $0 >= asOf } ?? false
    case .activityLogged:
      let from = since ?? c.by.map { $0.adding(days: -14) } ?? Day(ordinal: .min)
      let until = max(asOf, c.by ?? asOf)
      return ws.activities.contains { a in
        guard let done = a.doneAt?.day, done >= from, done <= until else { return false }
        if let id = c.dealId { return a.dealId == id }
        if let p = personId { return a.ownerId == p }
        return false
      }
    case .trainingCompleted:
      guard let m = c.trainingModuleId else { return false }
      return ws.assignments.contains {
        $0.moduleId == m && $0.completedOn != nil && (personId == nil || $0.personId == personId)
      }
    case .stageAdvanced:
      guard let d = c.dealId.flatMap({ ws.deals[id: $0] }) else { return false }
      let from = since ?? (c.by ?? asOf).adding(days: -30)
      return d.history.contains { $0.field == .stage && $0.at.day >= from && $0.at.day <= asOf }
    }
  }
}
