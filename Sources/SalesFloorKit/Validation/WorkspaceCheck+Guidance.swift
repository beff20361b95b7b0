/// `check` rules for coaching, training, content and play situations: references that must
/// resolve, and situation rules that could never match a deal.
extension WorkspaceCheck {
  static func checkGuidance(_ ws: Workspace, _ stageIds: Set<String>, _ out: inout [CheckFinding]) {
    checkCoaching(ws, &out)
    checkTraining(ws, &out)
    checkSituations(ws, &out)
    for c in ws.content.items {
      for p in c.playIds where ws.playbooks[id: p] == nil {
        out.append(.init(.warning, .content, c.id, "serves missing play \"\(p)\""))
      }
      for s in c.stageIds where !stageIds.contains(s) {
        out.append(.init(.warning, .content, c.id, "serves unknown stage \"\(s)\""))
      }
    }
  }

  private static func checkCoaching(_ ws: Workspace, _ out: inout [CheckFinding]) {
    let kinds = Set(CoachingSignal.Kind.allCases.map(\.rawValue))
    for c in ws.coaching.items {
      if let coach = c.coachId, ws.people[id: coach] == nil {
        out.append(.init(.error, .coaching, c.id, "coach \(coach) does not exist"))
      }
      for d in c.dealIds where ws.deals[id: d] == nil {
        out.append(.init(.warning, .coaching, c.id, "deal \(d) does not exist"))
      }
      if let m = c.trainingModuleId, ws.training[id: m] == nil {
        out.append(.init(.error, .coaching, c.id, "training module \(m) does not exist"))
      }
      if let s = c.signal, !kinds.contains(s) {
        out.append(.init(.warning, .coaching, c.id, "signal \"\(s)\" is not a known signal kind"))
      }
      if c.status == .snoozed, c.snoozedUntil == nil {
        out.append(.init(.warning, .coaching, c.id, "snoozed without a snoozedUntil day"))
      }
      for m in c.commitments {
        if let d = m.dealId, ws.deals[id: d] == nil {
          out.append(.init(.error, .coaching, c.id, "commitment \"\(m.text)\": deal \(d) does not exist"))
        }
        if let t = m.trainingModuleId, ws.training[id: t] == nil {
          out.append(
            .init(.error, .coaching, c.id, "commitment \"\(m.text)\": training module \(t) does not exist"))
        }
        let needsDeal = m.check == .nextStepSet || m.check == .stageAdvanced
        if needsDeal, m.dealId == nil {
          out.append(
            .init(.warning, .coaching, c.id, "commitment \"\(m.text)\" checks a deal but names none"))
        }
        if m.check == .trainingCompleted, m.trainingModuleId == nil {
          out.append(
            .init(.warning, .coaching, c.id, "commitment \"\(m.text)\" checks training but names no module"))
        }
      }
    }
  }

  private static func checkTraining(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for m in ws.training.items {
      if let v = m.certificationValidDays, v <= 0 {
        out.append(.init(.error, .training, m.id, "certificationValidDays must be above 0"))
      }
      if m.title.isEmpty { out.append(.init(.error, .training, m.id, "module has no title")) }
    }
    for a in ws.assignments.items {
      if let c = a.coachingItemId, ws.coaching[id: c] == nil {
        out.append(.init(.warning, .assignments, a.id, "coaching item \(c) does not exist"))
      }
      if let due = a.dueDate, due < a.assignedOn {
        out.append(.init(.warning, .assignments, a.id, "due \(due.iso) before assigned \(a.assignedOn.iso)"))
      }
      if let done = a.completedOn, let exp = a.expiresOn, exp < done {
        out.append(.init(.error, .assignments, a.id, "expires \(exp.iso) before completion \(done.iso)"))
      }
    }
  }

  private static func checkSituations(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for p in ws.playbooks.items {
      let s = p.situation
      if let lo = s.minAmount, lo < 0 {
        out.append(.init(.error, .playbooks, p.id, "minAmount is negative"))
      }
      if let lo = s.minAmount, let hi = s.maxAmount, lo == hi {
        out.append(.init(.error, .playbooks, p.id, "deal size band is empty (minAmount = maxAmount)"))
      }
      let blanks = (s.personas + s.competitors + s.tags).filter {
        $0.trimmingCharacters(in: .whitespaces).isEmpty
      }
      if !blanks.isEmpty {
        out.append(.init(.error, .playbooks, p.id, "situation has an empty persona, competitor or tag"))
      }
      if s.anyCompetitor == false, !s.competitors.isEmpty {
        out.append(
          .init(.error, .playbooks, p.id, "situation names competitors but requires no competitor"))
      }
      if Set(s.stages).count != s.stages.count {
        out.append(.init(.warning, .playbooks, p.id, "situation lists a stage twice"))
      }
      let stageOf = Dictionary(ws.settings.stages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for st in s.stages where stageOf[st].map({ !$0.isOpen }) ?? false {
        out.append(.init(.warning, .playbooks, p.id, "situation names closed stage \"\(st)\""))
      }
    }
  }
}
