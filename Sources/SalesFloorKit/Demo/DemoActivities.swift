extension DemoBuilder {
  /// Calls, emails, meetings, demos and tasks on deals (and some on accounts alone): most are
  /// done, within the deal's life; some are open, due around today, a few of them overdue.
  /// Rotting deals get no done activity after they stalled, which is why they are rotting.
  mutating func makeActivities() -> RecordTable<Activity> {
    var drafts: [Activity] = []
    drafts.reserveCapacity(activityTarget)
    let kinds = Activity.Kind.allCases
    let kindWeights = [30, 30, 15, 8, 17]  // call, email, meeting, demo, task
    let openStages = Set(openStageIds)
    // What an activity needs to know about its deal, gathered once (copying whole drafts is slow).
    let refs = self.drafts.map { d in
      let isOpen = openStages.contains(d.deal.stage)
      return (
        id: d.deal.id, owner: d.deal.ownerId, account: d.account, from: d.deal.createdAt.day,
        until: isOpen ? d.quietSince : (d.deal.closeDate ?? today), isOpen: isOpen, demo: d.reachedDemo
      )
    }
    for _ in 0..<activityTarget {
      var kind = kinds[rng.weighted(kindWeights)]
      var owner: String
      var dealId: String?
      var accountIndex: Int
      var from: Day
      var until: Day
      var open = false
      if !refs.isEmpty && rng.chance(0.85) {
        let d = refs[rng.index(refs.count)]
        owner = d.owner
        dealId = d.id
        accountIndex = d.account
        from = d.from
        until = d.until
        open = d.isOpen && rng.chance(0.3)
        if kind == .demo && !d.demo { kind = .meeting }
      } else {
        accountIndex = rng.index(accounts.count)
        owner = accounts[accountIndex].ownerId ?? people[reps[0]].id
        until = today
        from = today.adding(days: -120)
        if kind == .demo { kind = .call }
      }
      if until < from { until = from }
      if until > today { until = today }
      let subject = activitySubject(kind) + " - " + accounts[accountIndex].name
      let duration = activityMinutes(kind)
      if open {
        let due = today.adding(days: rng.int(-10...14))
        let createdDay = max(from, min(due, today).adding(days: -rng.int(0...10)))
        drafts.append(
          Activity(
            id: "", kind: kind, subject: subject, ownerId: owner, dealId: dealId,
            accountId: accounts[accountIndex].id, dueDate: due, durationMinutes: duration,
            createdAt: stamp(min(createdDay, today))))
      } else {
        let day = from.adding(days: rng.int(0...from.days(to: until)))
        let doneAt = stamp(day)
        let planned = rng.chance(0.5)
        let createdAt = planned ? stamp(max(from, day.adding(days: -rng.int(1...7)))) : doneAt
        drafts.append(
          Activity(
            id: "", kind: kind, subject: subject, ownerId: owner, dealId: dealId,
            accountId: accounts[accountIndex].id, dueDate: planned ? day : nil, doneAt: doneAt,
            durationMinutes: duration, createdAt: min(createdAt, doneAt)))
      }
    }
    let keys = drafts.map(\.createdAt.seconds)
    let order = drafts.indices.sorted { keys[$0] == keys[$1] ? $0 < $1 : keys[$0] < keys[$1] }
    var table = RecordTable<Activity>()
    table.reserveCapacity(drafts.count)
    for (n, i) in order.enumerated() {
      var a = drafts[i]
      a.id = DemoBuilder.id("act", n + 1, count: drafts.count, minWidth: 6)
      table.upsert(a)
    }
    return table
  }

  mutating func activitySubject(_ kind: Activity.Kind) -> String {
    switch kind {
    case .call: return rng.pick(DemoNames.callSubjects)
    case .email: return rng.pick(DemoNames.emailSubjects)
    case .meeting: return rng.pick(DemoNames.meetingSubjects)
    case .demo: return rng.pick(DemoNames.demoSubjects)
    case .task: return rng.pick(DemoNames.taskSubjects)
    }
  }

  mutating func activityMinutes(_ kind: Activity.Kind) -> Int? {
    switch kind {
    case .call: return rng.int(1...6) * 5 + 10
    case .meeting: return [30, 45, 60, 90][rng.index(4)]
    case .demo: return [45, 60][rng.index(2)]
    case .email, .task: return nil
    }
  }
}
