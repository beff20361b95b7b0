/// How long handoff steps take: every figure the Handoffs view, `handoff list` and
/// `report handoff` show comes from these, so the three agree. Days are whole calendar days
/// (`Metrics.elapsedDays`): a step done the day its clock started took 0 days.
extension Handoff {
  /// Days step `index` took (done steps) or has been waiting so far (the waiting step, as of
  /// `asOf`); nil for steps whose clock has not started.
  public func days(ofStep index: Int, asOf: Day) -> Int? {
    let s = steps[index]
    let start = startDay(ofStep: index)
    if s.status == .done, let at = s.doneAt { return Metrics.elapsedDays(from: start, to: at.day) }
    guard index == waitingIndex else { return nil }
    return Metrics.elapsedDays(from: start, to: asOf)
  }

  /// The step the handoff waits on, with its age; nil once every step is done.
  public func wait(asOf: Day) -> HandoffWait? {
    guard let i = waitingIndex, let days = days(ofStep: i, asOf: asOf) else { return nil }
    return HandoffWait(index: i, step: steps[i], since: startDay(ofStep: i), days: days)
  }

  /// Whether any step took, or has been waiting, longer than its target.
  public func isPastTarget(asOf: Day) -> Bool {
    steps.indices.contains { i in days(ofStep: i, asOf: asOf).map { $0 > steps[i].targetDays } ?? false }
  }
}

/// Where an open handoff stands: the step it waits on and for how long.
public struct HandoffWait: Hashable, Sendable {
  /// 0-based index of the waiting step.
  public var index: Int
  public var step: HandoffStep
  /// The day its clock started (the previous step's done day, or the win).
  public var since: Day
  public var days: Int
  /// Waiting longer than the step's target: shown as overdue.
  public var isPastTarget: Bool { days > step.targetDays }
}

extension HandoffStep {
  /// Who owns the step, as a user reads it: the person's name, else the role, else "unassigned".
  public func ownerText(in ws: Workspace) -> String {
    if let p = ownerPersonId { return ws.people[id: p]?.name ?? p }
    return ownerRole ?? "unassigned"
  }
}
