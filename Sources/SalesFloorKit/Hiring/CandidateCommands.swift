/// Adds a candidate at the first stage (`candidate add`, the pipeline view's add form).
public struct AddCandidate: WorkspaceCommand {
  public var name: String
  public var roleAppliedFor: Person.Role
  public var source: Candidate.Source
  public var managerId: String?
  /// The day they were sourced; nil is today.
  public var on: Day?

  public init(
    name: String, roleAppliedFor: Person.Role = .rep, source: Candidate.Source, managerId: String? = nil,
    on: Day? = nil
  ) {
    self.name = name
    self.roleAppliedFor = roleAppliedFor
    self.source = source
    self.managerId = managerId
    self.on = on
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let n = try CommandRules.name(name)
    if let managerId { _ = try CommandRules.person(managerId, field: "manager", ctx.workspace) }
    let day = on ?? ctx.today
    let c = Candidate(
      id: ctx.newId("cand-"), name: n, roleAppliedFor: roleAppliedFor, source: source,
      stageHistory: [.init(stage: .sourced, day: day)], managerId: managerId, createdAt: ctx.now)
    return Edit(summary: "added candidate \(c.name)", mutations: [.put(.candidate(c))], recordId: c.id)
  }
}

/// Moves a candidate along the funnel or out of it (`candidate move`, `m` in the pipeline view);
/// only `HiringRules.moves(from:)` are allowed, with a message naming the legal ones otherwise.
public struct MoveCandidate: WorkspaceCommand {
  public var candidateId: String
  public var to: CandidateStage
  /// The day of the change; nil is today. Never before the stage the candidate is in.
  public var on: Day?

  public init(candidateId: String, to: CandidateStage, on: Day? = nil) {
    self.candidateId = candidateId
    self.to = to
    self.on = on
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var c = try HiringRules.candidate(candidateId, ctx.workspace)
    if let reason = HiringRules.refusal(from: c.stage, to: to) {
      throw .invalid(field: "stage", reason: reason)
    }
    let day = on ?? ctx.today
    try Self.checkOrder(day, after: c)
    c.stage = to
    c.stageHistory.append(.init(stage: to, day: day))
    c.updatedAt = ctx.now
    return Edit(
      summary: "moved candidate \(c.name) → \(to.rawValue)", mutations: [.put(.candidate(c))], recordId: c.id)
  }

  /// A stage change dated before the last one would make time in stage negative.
  static func checkOrder(_ day: Day, after c: Candidate) throws(CommandError) {
    if let last = c.stageHistory.last, day < last.day {
      throw .invalid(
        field: "on", reason: "\(day) is before \(c.name) entered \(last.stage.rawValue) on \(last.day)")
    }
  }
}

/// Records one interviewer's scorecard (`candidate score`): every score 1…4 on a workspace
/// competency, and at least one. A second scorecard from the same interviewer replaces the first,
/// so a corrected verdict does not count twice in the averages.
public struct ScoreCandidate: WorkspaceCommand {
  public var candidateId: String
  public var scorecard: Scorecard

  public init(candidateId: String, scorecard: Scorecard) {
    self.candidateId = candidateId
    self.scorecard = scorecard
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var c = try HiringRules.candidate(candidateId, ws)
    let interviewer = try CommandRules.person(scorecard.interviewerId, field: "interviewer", ws)
    guard !scorecard.scores.isEmpty else {
      throw .invalid(
        field: "scores",
        reason: "score at least one competency ("
          + HiringRules.competencies(ws.settings).joined(separator: ", ") + ")")
    }
    let known = HiringRules.competencies(ws.settings)
    var seen: Set<String> = []
    for s in scorecard.scores {
      guard known.contains(s.competency) else {
        throw .invalid(
          field: s.competency, reason: "not a competency (one of " + known.joined(separator: ", ") + ")")
      }
      guard Scorecard.scoreRange.contains(s.score) else {
        throw .invalid(field: s.competency, reason: "\(s.score) is not a score from 1 to 4")
      }
      guard seen.insert(s.competency).inserted else {
        throw .invalid(field: s.competency, reason: "scored twice")
      }
    }
    var card = scorecard
    card.note = CommandRules.text(card.note)
    c.scorecards.removeAll { $0.interviewerId == card.interviewerId }
    c.scorecards.append(card)
    c.updatedAt = ctx.now
    return Edit(
      summary: "scored candidate \(c.name) (\(interviewer.name))", mutations: [.put(.candidate(c))],
      recordId: c.id)
  }
}

/// Hires a candidate holding an offer (`candidate hire`, `h` in the pipeline view), in one
/// transaction: a new person (the candidate's role and name, the hiring manager as manager and
/// their team, hire date = start day, the chosen ramp plan, which onboarding then follows), and
/// the candidate moved to `hired` and linked to that person. Undo removes both.
public struct HireCandidate: WorkspaceCommand {
  public var candidateId: String
  public var start: Day
  /// A `RampPlan` id; nil leaves the person on the workspace's default ramp schedule.
  public var rampPlanId: String?
  /// The day the hire is recorded (the end of time to hire); nil is today.
  public var on: Day?

  public init(candidateId: String, start: Day, rampPlanId: String? = nil, on: Day? = nil) {
    self.candidateId = candidateId
    self.start = start
    self.rampPlanId = rampPlanId
    self.on = on
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var c = try HiringRules.candidate(candidateId, ws)
    guard c.stage == .offer else {
      throw .invalid(
        field: "stage",
        reason: "\(c.name) is \(c.stage.rawValue): only a candidate holding an offer can be hired"
          + (c.stage.isOpen ? " (move them to offer first)" : ""))
    }
    let name = try CommandRules.uniquePersonName(c.name, ws)
    if let rampPlanId, ws.rampPlans[id: rampPlanId] == nil {
      throw .missing(kind: "ramp plan", id: rampPlanId, hint: "see `salesfloor onboarding plans`")
    }
    let day = on ?? ctx.today
    try MoveCandidate.checkOrder(day, after: c)
    var p = PersonRecords.make(id: ctx.newId("p-"), name: name, role: c.roleAppliedFor)
    if let m = c.managerId {
      p.managerId = try CommandRules.person(m, field: "manager", ws).id
      p.team = ws.people[id: m]?.team
    }
    p.hireDate = start
    p.rampPlanId = rampPlanId
    c.stage = .hired
    c.stageHistory.append(.init(stage: .hired, day: day))
    c.personId = p.id
    c.updatedAt = ctx.now
    return Edit(
      summary: "hired \(c.name) (starts \(start))", mutations: [.put(.person(p)), .put(.candidate(c))],
      recordId: c.id)
  }
}
