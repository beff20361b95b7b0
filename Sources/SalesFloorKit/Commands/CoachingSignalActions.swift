/// What a manager does with a signal: turn it into a coaching item, dismiss or snooze it (the
/// reason is kept on a stored item), or assign a training module. Pure functions: the caller
/// stores the returned records (`Mutation.put`).
extension CoachingSignals {
  /// A new open coaching item from a signal, carrying its reason, deals and focus skill.
  public static func makeItem(
    from signal: CoachingSignal, id: String, coachId: String?, dueDate: Day?, createdAt: Timestamp
  ) -> CoachingItem {
    CoachingItem(
      id: id, personId: signal.personId, coachId: coachId, title: signal.kind.title, reason: signal.reason,
      signal: signal.kind.rawValue, focusSkill: signal.focusSkill, priority: signal.priority,
      status: .open, dueDate: dueDate, dealIds: Array(signal.evidence.dealIds.prefix(10)),
      trainingModuleId: signal.trainingModuleId, createdAt: createdAt)
  }

  /// Dismisses a signal: a `dismissed` item that keeps the reason and quiets the same person and
  /// kind for `CoachingThresholds.dismissQuietDays`.
  public static func dismiss(
    _ signal: CoachingSignal, id: String, coachId: String?, reason: String, at: Timestamp
  ) -> CoachingItem {
    dismiss(makeItem(from: signal, id: id, coachId: coachId, dueDate: nil, createdAt: at), reason: reason)
  }

  /// Snoozes a signal until a day: a `snoozed` item with the reason kept.
  public static func snooze(
    _ signal: CoachingSignal, id: String, coachId: String?, until: Day, reason: String, at: Timestamp
  ) -> CoachingItem {
    snooze(
      makeItem(from: signal, id: id, coachId: coachId, dueDate: nil, createdAt: at), until: until,
      reason: reason)
  }

  /// The item dismissed, with why.
  public static func dismiss(_ item: CoachingItem, reason: String) -> CoachingItem {
    var c = item
    c.status = .dismissed
    c.statusReason = reason
    c.snoozedUntil = nil
    return c
  }

  /// The item snoozed until a day, with why.
  public static func snooze(_ item: CoachingItem, until: Day, reason: String) -> CoachingItem {
    var c = item
    c.status = .snoozed
    c.snoozedUntil = until
    c.statusReason = reason
    return c
  }

  /// A coaching item assigns a training module: the assignment links back by `coachingItemId`,
  /// and the item gains the module and a data-checked commitment to complete it by `due`.
  public static func assignTraining(
    _ item: CoachingItem, module: TrainingModule, assignmentId: String, on: Day, due: Day?
  ) -> (item: CoachingItem, assignment: TrainingAssignment) {
    var c = item
    c.trainingModuleId = module.id
    c.commitments.append(
      CoachingItem.Commitment(
        text: "Complete \(module.title)", check: .trainingCompleted, trainingModuleId: module.id, by: due))
    let a = TrainingStatus.assign(
      module: module, to: item.personId, id: assignmentId, on: on, due: due, coachingItemId: item.id)
    return (c, a)
  }
}
