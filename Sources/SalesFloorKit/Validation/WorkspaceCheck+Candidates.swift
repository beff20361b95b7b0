extension WorkspaceCheck {
  /// Candidates and what they point at: the hiring manager, interviewers and the hired person
  /// must exist (errors: a dangling link shows nobody); a person linked from two candidates, a
  /// stage that is not the last of its history, or a score outside 1…4 is a warning to clean up,
  /// because the hiring report would count it wrongly. A hire with no person is history from
  /// before the workspace (someone who has since left): it counts in the funnel, not in ramp.
  static func checkCandidates(_ ws: Workspace, _ out: inout [CheckFinding]) {
    var linked: [String: String] = [:]
    for c in ws.candidates.items {
      if let m = c.managerId, ws.people[id: m] == nil {
        out.append(.init(.error, .candidates, c.id, "hiring manager \(m) does not exist"))
      }
      if let p = c.personId {
        if ws.people[id: p] == nil {
          out.append(.init(.error, .candidates, c.id, "hired person \(p) does not exist"))
        }
        if let other = linked[p] {
          out.append(.init(.warning, .candidates, c.id, "person \(p) is also linked from candidate \(other)"))
        }
        linked[p] = c.id
      }
      if c.stageHistory.last?.stage != c.stage {
        out.append(
          .init(.warning, .candidates, c.id, "stage \(c.stage.rawValue) is not the last in its history"))
      }
      for s in c.scorecards {
        if ws.people[id: s.interviewerId] == nil {
          out.append(.init(.error, .candidates, c.id, "interviewer \(s.interviewerId) does not exist"))
        }
        for x in s.scores where !Scorecard.scoreRange.contains(x.score) {
          out.append(.init(.warning, .candidates, c.id, "\(x.competency) score \(x.score) is not 1–4"))
        }
      }
    }
  }
}
