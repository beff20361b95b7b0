extension DemoBuilder {
  /// Weekly call, meeting and email goals for every rep, from eight weeks back, and a monthly demo
  /// goal per manager's team. Targets follow each rep's own pace over the four full weeks before
  /// this one, pushed by a per-rep stretch (0.9× to 1.5×), so some reps are ahead and some behind.
  /// No random numbers: every other demo record stays byte-identical.
  func addActivityGoals(to ws: inout Workspace) {
    let thisWeek = GoalPeriod(.weekly, containing: today)
    let history = thisWeek.start.adding(days: -28)...thisWeek.start.adding(days: -1)
    var done: [String: [Activity.Kind: Int]] = [:]
    for a in ws.activities.items {
      guard let day = a.doneAt?.day, history.contains(day) else { continue }
      done[a.ownerId, default: [:]][a.kind, default: 0] += 1
    }
    let from = thisWeek.start.adding(days: -56)
    let created = Timestamp(day: from, hour: 9)
    let stretch = [1.2, 1.5, 0.9, 1.3, 1.1]
    for (i, r) in reps.enumerated() {
      let id = people[r].id
      for (k, kind) in [Activity.Kind.call, .meeting, .email].enumerated() {
        let perWeek = Double(done[id]?[kind] ?? 0) / 4
        let target = max(2, Int((perWeek * stretch[(i + k) % stretch.count]).rounded(.up)))
        ws.activityGoals.upsert(
          ActivityGoal(
            id: "goal-\(id)-\(kind.rawValue)", scope: .person(id), kind: kind, cadence: .weekly,
            targetCount: target, targetMinutes: kind == .call ? target * 20 : nil, fromDay: from,
            createdAt: created))
      }
    }
    for m in managers {
      let id = people[m].id
      let team = ActivityGoals.members(of: .team(managerId: id), in: ws)
      guard !team.isEmpty else { continue }
      let demos = team.reduce(0) { $0 + (done[$1]?[.demo] ?? 0) }
      ws.activityGoals.upsert(
        ActivityGoal(
          id: "goal-\(id)-team-demo", scope: .team(managerId: id), kind: .demo, cadence: .monthly,
          targetCount: max(4, demos + demos / 2), fromDay: from, createdAt: created))
    }
  }
}
