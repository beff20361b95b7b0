extension DemoBuilder {
  /// Up to three coaching items per rep, raised from what the generated pipeline shows (idle deals,
  /// missing next steps, slipped close dates, a quarter behind pace, the new hire's ramp — a manual item, no
  /// signal), using the signal engine's kind names (`CoachingSignal.Kind`), with
  /// the manager as coach and some verifiable commitments.
  mutating func makeCoaching() {
    var byRep: [[DealDraft]] = Array(repeating: [], count: reps.count)
    for d in drafts where d.deal.stage != "won" && d.deal.stage != "lost" { byRep[d.rep].append(d) }
    var items: [CoachingItem] = []
    items.reserveCapacity(reps.count * 3)
    for r in 0..<reps.count {
      let rep = people[reps[r]]
      let open = byRep[r]
      let rotting = open.filter { $0.stall == .rotting }.map(\.deal)
      let noNext = open.filter { $0.stall == .noNextStep }.map(\.deal)
      let slipped = open.filter { $0.deal.closeDateSlips > 0 }.map(\.deal)
      var mine: [CoachingItem] = []
      func item(
        _ title: String, _ reason: String, signal: String?, skill: String?, priority: CoachingItem.Priority,
        deals: [Deal], commitments: [CoachingItem.Commitment], module: String? = nil
      ) -> CoachingItem {
        CoachingItem(
          id: "", personId: rep.id, coachId: rep.managerId, title: title, reason: reason, signal: signal,
          focusSkill: skill, priority: priority, dealIds: deals.prefix(5).map(\.id), trainingModuleId: module,
          commitments: commitments, createdAt: Timestamp(day: today))
      }
      if newHire[r], let hire = rep.hireDate {
        mine.append(
          item(
            "Ramp plan: first 90 days", "New hire since \(hire.iso); ramped quota this quarter",
            signal: nil, skill: "Product demo", priority: .high, deals: [],
            commitments: [
              CoachingItem.Commitment(
                text: "Pass the demo certification", check: .trainingCompleted,
                trainingModuleId: "train-product-demo-certification", by: hire.adding(days: 75)),
              CoachingItem.Commitment(
                text: "Shadow two discovery calls with a senior rep", by: today.adding(days: 10)),
            ], module: "train-product-demo-certification"))
      }
      if let first = rotting.first {
        mine.append(
          item(
            "Revive idle deals", "\(rotting.count) deal(s) idle past their stage's rotting days",
            signal: CoachingSignal.Kind.stalledDeals.rawValue, skill: "Pipeline hygiene",
            priority: rotting.count >= 3 ? .high : .medium,
            deals: rotting,
            commitments: [
              CoachingItem.Commitment(
                text: "Set a dated next step on \(first.name)", check: .nextStepSet, dealId: first.id,
                by: today.adding(days: 3))
            ]))
      }
      if !noNext.isEmpty {
        mine.append(
          item(
            "Every deal needs a next step", "\(noNext.count) open deal(s) have no next step date",
            signal: CoachingSignal.Kind.missingNextSteps.rawValue, skill: "Next-step discipline",
            priority: .medium, deals: noNext,
            commitments: noNext.prefix(2).map {
              CoachingItem.Commitment(
                text: "Agree a next step on \($0.name)", check: .nextStepSet, dealId: $0.id,
                by: today.adding(days: 5))
            }))
      }
      if !slipped.isEmpty {
        let many = slipped.filter { $0.closeDateSlips >= 3 }.count
        mine.append(
          item(
            "Tighten close dates",
            "\(slipped.count) deal(s) slipped their close date, \(many) of them three times or more",
            signal: CoachingSignal.Kind.closeDateSlips.rawValue, skill: "Qualification (MEDDPICC)",
            priority: many > 0 ? .high : .low,
            deals: slipped, commitments: [], module: "train-skills-meddpicc"))
      }
      if attainmentTarget[r] < 0.6 && !newHire[r] {
        mine.append(
          item(
            "Behind pace this quarter", "Won well under the on-track line for \(currentQuarter)",
            signal: CoachingSignal.Kind.behindPace.rawValue, skill: "Prospecting", priority: .high, deals: [],
            commitments: [
              CoachingItem.Commitment(
                text: "Log 15 prospecting calls this week", check: .activityLogged, by: today.adding(days: 7))
            ]))
      }
      for var c in mine.prefix(3) {
        let created = today.adding(days: -rng.int(1...20))
        c.createdAt = stamp(created)
        c.status = [.open, .inProgress, .done, .snoozed][rng.weighted([55, 30, 10, 5])]
        c.dueDate =
          c.status == .done ? today.adding(days: -rng.int(1...7)) : today.adding(days: rng.int(-3...14))
        if c.status == .snoozed { c.snoozedUntil = today.adding(days: 7) }
        if c.status != .open {
          c.notes = [
            CoachingItem.SessionNote(
              at: stamp(max(created, today.adding(days: -3))), authorId: rep.managerId,
              text: "Walked through the deals in 1:1; agreed the commitments above.")
          ]
        }
        items.append(c)
      }
    }
    let order = items.indices.sorted {
      items[$0].createdAt == items[$1].createdAt ? $0 < $1 : items[$0].createdAt < items[$1].createdAt
    }
    coaching = order.enumerated().map { n, i in
      var c = items[i]
      c.id = DemoBuilder.id("c", n + 1, count: items.count, minWidth: 4)
      return c
    }
  }

  /// Required modules for every manager and rep: tenured people mostly certified (a few
  /// overdue), the new hire half-way through onboarding; plus some modules coaching assigned.
  mutating func makeAssignments() {
    var out: [TrainingAssignment] = []
    let modules = StarterLibrary.trainingModules
    let coachingModule = Dictionary(
      coaching.compactMap { c in c.trainingModuleId.map { (c.personId + "|" + $0, c.id) } },
      uniquingKeysWith: { first, _ in first })
    var repIndexOf = [Int?](repeating: nil, count: people.count)
    for (r, p) in reps.enumerated() { repIndexOf[p] = r }
    for p in managers + reps {
      let person = people[p]
      let repIndex = repIndexOf[p]
      let isNew = repIndex.map { newHire[$0] } ?? false
      let hire = person.hireDate ?? today
      for m in modules where m.requiredFor.contains(person.role) {
        let link = coachingModule[person.id + "|" + m.id]
        var a = TrainingAssignment(
          id: "", personId: person.id, moduleId: m.id, assignedOn: hire, coachingItemId: link)
        if isNew {
          a.dueDate = hire.adding(days: m.id == "train-product-demo-certification" ? 75 : 30)
          if m.id != "train-product-demo-certification" && rng.chance(0.5) {
            a.completedOn = hire.adding(days: rng.int(5...28))
          }
        } else {
          a.assignedOn = today.adding(days: -rng.int(60...300))
          a.dueDate = a.assignedOn.adding(days: 30)
          if rng.chance(0.12) {
            a.assignedOn = today.adding(days: -rng.int(35...50))
            a.dueDate = a.assignedOn.adding(days: 30)
          } else {
            a.completedOn = a.assignedOn.adding(days: rng.int(1...28))
          }
        }
        if let done = a.completedOn {
          a.score = rng.int(72...100)
          a.expiresOn = m.certificationValidDays.map { done.adding(days: $0) }
        }
        out.append(a)
      }
      if repIndex != nil && !isNew && rng.chance(0.3) {
        let elective = rng.pick([
          "train-skills-negotiation", "train-skills-objections", "train-market-finance-buyer",
        ])
        let assigned = today.adding(days: -rng.int(5...40))
        out.append(
          TrainingAssignment(
            id: "", personId: person.id, moduleId: elective, assignedOn: assigned,
            dueDate: assigned.adding(days: 30), coachingItemId: coachingModule[person.id + "|" + elective]))
      }
    }
    for i in out.indices where out[i].moduleId == "train-skills-meddpicc" {
      if let link = coachingModule[out[i].personId + "|train-skills-meddpicc"] {
        out[i].coachingItemId = link
      }
    }
    let order = out.indices.sorted {
      out[$0].assignedOn == out[$1].assignedOn ? $0 < $1 : out[$0].assignedOn < out[$1].assignedOn
    }
    assignments = order.enumerated().map { n, i in
      var a = out[i]
      a.id = DemoBuilder.id("ta", n + 1, count: out.count, minWidth: 4)
      return a
    }
  }
}
