/// What happens between Closed Won and delivery for one deal: the template's steps copied at the
/// win (so a later template edit never rewrites how an old handoff aged), each ticked done or
/// blocked with who and when. One handoff per deal, id `HandoffLifecycle.id(forDeal:)`, so a deal
/// card and `handoff show DEAL` find it without scanning.
public struct Handoff: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var dealId: String
  /// The template it was started from; kept for reports even when the template is gone.
  public var templateId: String
  /// The win day: the first step's age counts from it.
  public var startedOn: Day
  public var steps: [HandoffStep]
  /// The day the last step was done; nil while any step is open.
  public var completedOn: Day?

  public init(
    id: String, dealId: String, templateId: String, startedOn: Day, steps: [HandoffStep],
    completedOn: Day? = nil
  ) {
    self.id = id
    self.dealId = dealId
    self.templateId = templateId
    self.startedOn = startedOn
    self.steps = steps
    self.completedOn = completedOn
  }

  /// Index of the step the handoff waits on (the first not done); nil once complete.
  /// Steps are sequential, so this is the only step that can be done or blocked next.
  public var waitingIndex: Int? { steps.firstIndex { $0.status != .done } }

  /// Steps done so far (a done step is never followed by an open one, see `MarkHandoffStep`).
  public var doneCount: Int { steps.count(where: { $0.status == .done }) }

  /// The day step `index`'s clock started: the previous step's done day, the first step's the win.
  public func startDay(ofStep index: Int) -> Day {
    guard index > 0, let prev = steps[index - 1].doneAt else { return startedOn }
    return max(startedOn, prev.day)
  }
}

/// One step of a handoff: who owns it, how many days it should take, and where it stands.
public struct HandoffStep: Hashable, Sendable, Codable {
  public enum Status: String, Sendable, Codable, CaseIterable { case pending, done, blocked }

  public var name: String
  /// A team or function ("Finance", "Customer success") when no one person owns the step.
  public var ownerRole: String?
  /// The person who owns the step; shown instead of the role when set.
  public var ownerPersonId: String?
  /// Days the step should take from the previous step's done day.
  public var targetDays: Int
  public var status: Status
  /// Why it is blocked, or what was noted when it was done.
  public var note: String?
  /// Person id of who ticked it done or blocked it.
  public var doneBy: String?
  public var doneAt: Timestamp?
  public var blockedAt: Timestamp?

  public init(
    name: String, ownerRole: String? = nil, ownerPersonId: String? = nil, targetDays: Int,
    status: Status = .pending, note: String? = nil, doneBy: String? = nil, doneAt: Timestamp? = nil,
    blockedAt: Timestamp? = nil
  ) {
    self.name = name
    self.ownerRole = ownerRole
    self.ownerPersonId = ownerPersonId
    self.targetDays = targetDays
    self.status = status
    self.note = note
    self.doneBy = doneBy
    self.doneAt = doneAt
    self.blockedAt = blockedAt
  }
}
