extension WorkspaceCheck {
  /// Activity goals and logged time: a goal's person or manager must exist and a goal needs
  /// exactly one of them (errors: the goal would count nobody); targets and minutes out of the
  /// ranges the commands accept are warnings (a hand-edited file), as is a team goal whose
  /// manager has nobody reporting to them.
  static func checkGoals(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for g in ws.activityGoals.items {
      if (g.personId == nil) == (g.teamManagerId == nil) {
        out.append(
          .init(.error, .activityGoals, g.id, "a goal needs exactly one of personId or teamManagerId"))
        continue
      }
      if let p = g.personId, ws.people[id: p] == nil {
        out.append(.init(.error, .activityGoals, g.id, "person \(p) does not exist"))
      }
      if let m = g.teamManagerId {
        if ws.people[id: m] == nil {
          out.append(.init(.error, .activityGoals, g.id, "manager \(m) does not exist"))
        } else if ActivityGoals.members(of: g.scope, in: ws).isEmpty {
          out.append(
            .init(.warning, .activityGoals, g.id, "nobody reports to \(m): the team goal counts nobody"))
        }
      }
      if (try? GoalRules.target(g.targetCount)) == nil {
        out.append(
          .init(
            .warning, .activityGoals, g.id, "targetCount \(g.targetCount) is not 1–\(GoalRules.maxTarget)"))
      }
      if let m = g.targetMinutes, (try? GoalRules.targetMinutes(m, cadence: g.cadence)) == nil {
        out.append(.init(.warning, .activityGoals, g.id, "targetMinutes \(m) is out of range"))
      }
    }
    for a in ws.activities.items {
      if let m = a.durationMinutes, (try? GoalRules.minutes(m)) == nil {
        out.append(
          .init(.warning, .activities, a.id, "durationMinutes \(m) is not 1–\(GoalRules.maxMinutes)"))
      }
    }
  }
}
