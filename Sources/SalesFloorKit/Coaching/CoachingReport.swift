/// Signals and the coaching queue for a scope, with evidence: `salesfloor report coaching` and
/// the coaching pane read the same value. JSON keys are documented in docs/coaching.md.
public struct CoachingReport: Hashable, Sendable, Codable {
  /// One commitment with its data-checked state.
  public struct CommitmentRow: Hashable, Sendable, Codable {
    public var text: String
    public var check: CoachingItem.Commitment.Check
    public var dealId: String?
    public var trainingModuleId: String?
    public var by: Day?
    public var state: CommitmentCheck.State
  }

  /// One queued coaching item.
  public struct ItemRow: Hashable, Sendable, Codable {
    public var id: String
    public var personId: String
    public var personName: String?
    public var coachId: String?
    public var title: String
    public var reason: String
    public var signal: String?
    public var focusSkill: String?
    public var priority: CoachingItem.Priority
    public var status: CoachingItem.Status
    public var dueDate: Day?
    public var overdue: Bool
    public var dealIds: [String]
    public var trainingModuleId: String?
    public var commitments: [CommitmentRow]
    /// "met/total done", empty without commitments.
    public var commitmentSummary: String
  }

  public var asOf: Day
  public var period: String
  public var scope: String
  /// Every signal, handled or not (see `CoachingSignal.handling`).
  public var signals: [CoachingSignal]
  /// The queue, by priority then due day.
  public var items: [ItemRow]
}

extension Reports {
  /// Signals for the reps in scope and their coaching queue.
  public static func coaching(_ ws: Workspace, scope: Scope, period: Period, asOf: Day) -> CoachingReport {
    let signals = CoachingSignals.detect(ws, scope: scope, period: period, asOf: asOf)
    let items = CoachingQueue.items(ws, scope: scope, asOf: asOf).map { c in
      CoachingReport.ItemRow(
        id: c.id, personId: c.personId, personName: ws.people[id: c.personId]?.name, coachId: c.coachId,
        title: c.title, reason: c.reason, signal: c.signal, focusSkill: c.focusSkill, priority: c.priority,
        status: c.status, dueDate: c.dueDate, overdue: c.dueDate.map { $0 < asOf } ?? false,
        dealIds: c.dealIds, trainingModuleId: c.trainingModuleId,
        commitments: c.commitments.map { m in
          CoachingReport.CommitmentRow(
            text: m.text, check: m.check, dealId: m.dealId, trainingModuleId: m.trainingModuleId, by: m.by,
            state: CommitmentCheck.state(m, of: c, workspace: ws, asOf: asOf))
        }, commitmentSummary: CommitmentCheck.summary(c, workspace: ws, asOf: asOf))
    }
    return CoachingReport(
      asOf: asOf, period: period.description, scope: scope.description, signals: signals, items: items)
  }
}
