/// Assigns a training module to a person (`training assign`, `coach assign-training`). With a
/// coaching item, the item gains a data-checked commitment to complete it.
public struct AssignTraining: WorkspaceCommand {
  public var personId: String?
  public var moduleId: String
  public var dueDate: Day?
  public var coachingItemId: String?

  /// `personId` nil means the coaching item's person.
  public init(personId: String?, moduleId: String, dueDate: Day? = nil, coachingItemId: String? = nil) {
    self.personId = personId
    self.moduleId = moduleId
    self.dueDate = dueDate
    self.coachingItemId = coachingItemId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let m = try CommandRules.record(
      ws.training[id: moduleId], kind: "training module", id: moduleId, hint: "see `salesfloor training list`"
    )
    let id = ctx.newId("ta-")
    var item: CoachingItem?
    if let cid = coachingItemId { item = try CoachingTarget.item(cid, in: ws) }
    guard let pid = personId ?? item?.personId else {
      throw .invalid(field: "person", reason: "give who is to take the training")
    }
    let p = try CommandRules.person(pid, field: "person", ws)
    if let item {
      guard item.personId == p.id else {
        throw .invalid(
          field: "coaching", reason: "coaching item \(item.id) is about \(item.personId), not \(p.id)")
      }
      let (newItem, a) = CoachingSignals.assignTraining(
        item, module: m, assignmentId: id, on: ctx.today, due: dueDate)
      return Edit(
        summary: "assign \(m.title) to \(p.name)",
        mutations: [.put(.assignment(a)), .put(.coaching(newItem))],
        recordId: a.id)
    }
    let a = TrainingStatus.assign(module: m, to: p.id, id: id, on: ctx.today, due: dueDate)
    return Edit(summary: "assign \(m.title) to \(p.name)", mutations: [.put(.assignment(a))], recordId: a.id)
  }
}

/// Records a completion on a day (default today); a module with a validity certifies until expiry.
public struct CompleteTraining: WorkspaceCommand {
  public var assignmentId: String
  public var on: Day?
  public var score: Int?

  public init(assignmentId: String, on: Day? = nil, score: Int? = nil) {
    self.assignmentId = assignmentId
    self.on = on
    self.score = score
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let a = try CommandRules.record(
      ws.assignments[id: assignmentId], kind: "training assignment", id: assignmentId,
      hint: "see `salesfloor training list`")
    if let s = score, !(0...100).contains(s) { throw .invalid(field: "score", reason: "\(s): must be 0–100") }
    let done = TrainingStatus.complete(
      a, module: ws.training[id: a.moduleId], on: on ?? ctx.today, score: score)
    return Edit(summary: "complete \(a.id)", mutations: [.put(.assignment(done))], recordId: a.id)
  }
}

extension TrainingStatus {
  /// A new assignment of a module to a person, due on a day (the one place an assignment record
  /// is built: training and coaching commands both assign through it).
  public static func assign(
    module: TrainingModule, to personId: String, id: String, on: Day, due: Day?, coachingItemId: String? = nil
  ) -> TrainingAssignment {
    TrainingAssignment(
      id: id, personId: personId, moduleId: module.id, assignedOn: on, dueDate: due,
      coachingItemId: coachingItemId)
  }
}
