import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor goal set|list|delete`: weekly or monthly activity goals per rep or team.
struct GoalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "goal", abstract: "Set, list and delete activity goals (calls, meetings, demos, emails).",
    subcommands: [GoalSet.self, GoalList.self, GoalDelete.self])
}

struct GoalSet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Set a weekly or monthly goal for a rep or a manager's team.",
    discussion: """
      The goal applies from --from (default today) until a later goal for the same rep or team and \
      kind replaces it; setting it again with the same --from changes that goal. A team goal \
      (--team MANAGER) counts everyone reporting to the manager, the manager excluded.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "The rep: name or id.") var person: String?
  @Option(help: "A manager: the goal is their team's, shared.") var team: String?
  @Option(help: "call, email, meeting, demo or task.") var kind: String
  @Option(help: "Activities per ISO week (Monday to Sunday).") var weekly: Int?
  @Option(help: "Activities per calendar month.") var monthly: Int?
  @Option(help: "Minutes logged per period (optional).") var minutes: Int?
  @Option(help: "First day it applies: YYYY-MM-DD, mon, +7d (default today).") var from: String?
  @OptionGroup var actor: ActorOption

  func validate() throws {
    if (person == nil) == (team == nil) { throw ValidationError("give exactly one of --person or --team") }
    if (weekly == nil) == (monthly == nil) {
      throw ValidationError("give exactly one of --weekly or --monthly")
    }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let k = try GoalRules.kind(kind)
    let scope: ActivityGoal.Scope =
      if let person { .person(try ctx.person(person).id) } else {
        .team(managerId: try ctx.person(team ?? "").id)
      }
    let fromDay = try from.map { try CLIInput.day($0, flag: "from", settings: ctx.workspace.settings) }
    let command = AddActivityGoal(
      scope: scope, kind: k, cadence: weekly != nil ? .weekly : .monthly, targetCount: weekly ?? monthly ?? 0,
      targetMinutes: minutes, fromDay: fromDay)
    let edit = try ctx.run(command, as: actor)
    Printer.write("\(edit.recordId ?? "") \(edit.summary)\n")
  }
}

struct GoalList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List goals, with progress this week or month for those in force.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Only this person's goals and the goals of the team they manage.") var person: String?

  /// One goal as listed; progress fields are null for a goal not in force on the day.
  struct Row: Encodable {
    var id: String
    var scope: String
    var personId: String?
    var teamManagerId: String?
    var kind: String
    var cadence: String
    var targetCount: Int
    var targetMinutes: Int?
    var fromDay: String
    var inForce: Bool
    var done: Int?
    var minutes: Int?
    var expected: Int?
    var status: String?
    var periodStart: String?
    var periodEnd: String?

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(id, forKey: .id)
      try c.encode(scope, forKey: .scope)
      try c.encode(personId, forKey: .personId)
      try c.encode(teamManagerId, forKey: .teamManagerId)
      try c.encode(kind, forKey: .kind)
      try c.encode(cadence, forKey: .cadence)
      try c.encode(targetCount, forKey: .targetCount)
      try c.encode(targetMinutes, forKey: .targetMinutes)
      try c.encode(fromDay, forKey: .fromDay)
      try c.encode(inForce, forKey: .inForce)
      try c.encode(done, forKey: .done)
      try c.encode(minutes, forKey: .minutes)
      try c.encode(expected, forKey: .expected)
      try c.encode(status, forKey: .status)
      try c.encode(periodStart, forKey: .periodStart)
      try c.encode(periodEnd, forKey: .periodEnd)
    }
    enum CodingKeys: String, CodingKey {
      case id, scope, personId, teamManagerId, kind, cadence, targetCount, targetMinutes, fromDay, inForce
      case done, minutes, expected, status, periodStart, periodEnd
    }
  }

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, asOf: asOf)
    let ws = ctx.workspace
    let who = try person.map { try ctx.person($0).id }
    let goals = ws.activityGoals.items.filter { who == nil || $0.personId == who || $0.teamManagerId == who }
    let inForce = ActivityGoals.goalsInForce(on: asOf, in: ws).filter { g in goals.contains { $0.id == g.id }
    }
    var owners: Set<String> = []
    for g in inForce { owners.formUnion(ActivityGoals.members(of: g.scope, in: ws)) }
    let ledger = ActivityLedger(
      ws.activities.items.lazy.filter { owners.contains($0.ownerId) },
      window: ActivityLedger.window(around: asOf))
    var progress: [String: ActivityGoalProgress] = [:]
    for g in inForce { progress[g.id] = ActivityGoals.progress(of: g, on: asOf, ledger: ledger, in: ws) }
    let rows = goals.sorted {
      (GoalText.scope($0.scope, in: ws), $0.kind.rawValue, $0.fromDay) < (
        GoalText.scope($1.scope, in: ws), $1.kind.rawValue, $1.fromDay
      )
    }
    .map { g in
      let p = progress[g.id]
      return Row(
        id: g.id, scope: GoalText.scope(g.scope, in: ws), personId: g.personId,
        teamManagerId: g.teamManagerId,
        kind: g.kind.rawValue, cadence: g.cadence.rawValue, targetCount: g.targetCount,
        targetMinutes: g.targetMinutes, fromDay: g.fromDay.iso, inForce: p != nil, done: p?.done,
        minutes: p?.minutes, expected: p?.expected, status: p?.status.rawValue,
        periodStart: p?.period.start.iso,
        periodEnd: p?.period.end.iso)
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "WHO"), .init(title: "KIND"), .init(title: "GOAL"),
          .init(title: "FROM"), .init(title: "DONE", align: .right), .init(title: "EXPECTED", align: .right),
          .init(title: "MINUTES", align: .right), .init(title: "STATUS"),
        ])
        for r in rows {
          let p = progress[r.id]
          t.add(
            [
              r.id, r.scope, r.kind, ws.activityGoals[id: r.id].map(GoalText.target) ?? "", r.fromDay,
              p.map { "\($0.done)/\($0.target)" } ?? "-", p.map { String($0.expected) } ?? "-",
              p.map { m in m.targetMinutes.map { "\(m.minutes)/\($0)" } ?? String(m.minutes) } ?? "-",
              p?.status.label ?? "replaced or not started",
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct GoalDelete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a goal (an earlier goal for the same rep and kind applies again).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Goal id (see `salesfloor goal list`).") var goal: String
  @OptionGroup var actor: ActorOption
  @OptionGroup var delete: DeleteOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    try DeleteConfirmation.run(DeleteActivityGoal(goalId: goal), in: ctx, actor: actor, options: delete)
  }
}
