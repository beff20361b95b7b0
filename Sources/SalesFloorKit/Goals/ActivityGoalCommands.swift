/// Sets a goal (`goal set`, `:goal`, the goal form): a new goal for a scope and kind from a day,
/// or, when that scope and kind already have a goal from the same day, that goal changed, so
/// setting twice never stacks two goals where only one can be in force.
public struct AddActivityGoal: WorkspaceCommand {
  public var scope: ActivityGoal.Scope
  public var kind: Activity.Kind
  public var cadence: ActivityGoal.Cadence
  public var targetCount: Int
  public var targetMinutes: Int?
  /// nil: today.
  public var fromDay: Day?

  public init(
    scope: ActivityGoal.Scope, kind: Activity.Kind, cadence: ActivityGoal.Cadence, targetCount: Int,
    targetMinutes: Int? = nil, fromDay: Day? = nil
  ) {
    self.scope = scope
    self.kind = kind
    self.cadence = cadence
    self.targetCount = targetCount
    self.targetMinutes = targetMinutes
    self.fromDay = fromDay
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let who = try GoalRules.scope(scope, ws)
    let target = try GoalRules.target(targetCount)
    let minutes = try GoalRules.targetMinutes(targetMinutes, cadence: cadence)
    let from = fromDay ?? ctx.today
    let same = ws.activityGoals.items.first { $0.scope == scope && $0.kind == kind && $0.fromDay == from }
    var g =
      same
      ?? ActivityGoal(
        id: ctx.newId("goal-"), scope: scope, kind: kind, cadence: cadence, targetCount: target,
        fromDay: from, createdAt: ctx.now)
    g.cadence = cadence
    g.targetCount = target
    g.targetMinutes = minutes
    g.updatedAt = ctx.now
    return Edit(
      summary: "goal \(who): \(GoalText.target(g)) from \(from.iso)", mutations: [.put(.activityGoal(g))],
      recordId: g.id)
  }
}

/// Changes a goal by id; nil leaves a field, `targetMinutes: .some(nil)` clears the minutes.
public struct UpdateActivityGoal: WorkspaceCommand {
  public var goalId: String
  public var cadence: ActivityGoal.Cadence?
  public var targetCount: Int?
  public var targetMinutes: Int??
  public var fromDay: Day?

  public init(
    goalId: String, cadence: ActivityGoal.Cadence? = nil, targetCount: Int? = nil, targetMinutes: Int?? = nil,
    fromDay: Day? = nil
  ) {
    self.goalId = goalId
    self.cadence = cadence
    self.targetCount = targetCount
    self.targetMinutes = targetMinutes
    self.fromDay = fromDay
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var g = try GoalRules.goal(goalId, ws)
    if let cadence { g.cadence = cadence }
    if let targetCount { g.targetCount = try GoalRules.target(targetCount) }
    if let targetMinutes { g.targetMinutes = targetMinutes }
    g.targetMinutes = try GoalRules.targetMinutes(g.targetMinutes, cadence: g.cadence)
    if let fromDay {
      if ws.activityGoals.items.contains(where: {
        $0.id != g.id && $0.scope == g.scope && $0.kind == g.kind && $0.fromDay == fromDay
      }) {
        throw .invalid(
          field: "from",
          reason: "another \(g.kind.rawValue) goal for them starts on \(fromDay.iso); change that one")
      }
      g.fromDay = fromDay
    }
    g.updatedAt = ctx.now
    let who = (try? GoalRules.scope(g.scope, ws)) ?? GoalText.scopeId(g.scope)
    return Edit(
      summary: "goal \(who): \(GoalText.target(g)) from \(g.fromDay.iso)",
      mutations: [.put(.activityGoal(g))],
      recordId: g.id)
  }
}

/// Deletes a goal. Nothing refers to a goal, so nothing cascades; an earlier goal for the same
/// scope and kind is in force again from then on, which the plan says.
public struct DeleteActivityGoal: DeleteCommand {
  public var goalId: String
  public init(goalId: String) { self.goalId = goalId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let g = try GoalRules.goal(goalId, ws)
    let who = (try? GoalRules.scope(g.scope, ws)) ?? GoalText.scopeId(g.scope)
    let edit = Edit(
      summary: "deleted goal \(who): \(GoalText.target(g))", mutations: [.delete(.activityGoals, id: g.id)],
      recordId: g.id)
    var effects: [String] = []
    if let earlier = ws.activityGoals.items.filter({
      $0.id != g.id && $0.scope == g.scope && $0.kind == g.kind && $0.fromDay <= g.fromDay
    }).max(by: { ($0.fromDay, $0.updatedAt) < ($1.fromDay, $1.updatedAt) }) {
      effects.append("puts back the earlier goal \(GoalText.target(earlier)) from \(earlier.fromDay.iso)")
    }
    return DeletePlan(record: "goal \(who): \(GoalText.target(g))", effects: effects, edit: edit)
  }
}

/// How goals read in summaries, lists and forms: "40 calls a week, 600 min".
public enum GoalText {
  public static func target(_ g: ActivityGoal) -> String {
    "\(g.targetCount) \(ActivityGoals.plural(g.kind)) a \(g.cadence.noun)"
      + (g.targetMinutes.map { ", \($0) min" } ?? "")
  }

  /// The scope by id when the person is gone ("team of p-3").
  public static func scopeId(_ s: ActivityGoal.Scope) -> String {
    switch s {
    case .person(let id): return id
    case .team(let m): return "team of \(m)"
    }
  }

  /// The scope by name ("Dana Reyes", "Sam Ito's team"), falling back to ids.
  public static func scope(_ s: ActivityGoal.Scope, in ws: Workspace) -> String {
    switch s {
    case .person(let id): return ws.people[id: id]?.name ?? id
    case .team(let m): return (ws.people[id: m]?.name).map { "\($0)'s team" } ?? "team of \(m)"
    }
  }
}
