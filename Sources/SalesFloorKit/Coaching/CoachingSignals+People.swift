/// Person-level detectors: pace, coverage, activity, stage conversion and training.
extension CoachingSignals {
  /// `behindPace` and `lowCoverage` from the attainment report (same numbers as the Quota pane).
  static func paceAndCoverage(
    _ ws: Workspace, people: Set<String>, period: Period, asOf: Day
  )
    -> [CoachingSignal]
  {
    let report = Reports.attainment(ws, period: period, scope: .everyone, asOf: asOf)
    var out: [CoachingSignal] = []
    for p in report.people where people.contains(p.id) && p.hasQuota && p.quota > 0 {
      let pace = p.pace
      if pace.elapsedDays >= CoachingThresholds.paceMinElapsedDays, pace.onTrack > 0 {
        let ratio = Double(p.won) / Double(pace.onTrack)
        if ratio < CoachingThresholds.behindPaceRatio {
          let pct = Int((ratio * 100).rounded())
          out.append(
            CoachingSignal(
              personId: p.id, kind: .behindPace,
              evidence: .init(
                metric: "won ÷ on-track line for \(report.period)", value: ratio,
                threshold: CoachingThresholds.behindPaceRatio,
                detail: "won \(Money.compact(p.won, currency: report.currency)) vs on-track "
                  + "\(Money.compact(pace.onTrack, currency: report.currency))"),
              reason: "Won \(pct)% of where a straight line to quota would be on day "
                + "\(pace.elapsedDays) of \(pace.totalDays)",
              priority: ratio < CoachingThresholds.behindPaceRatio / 2 ? .high : .medium))
        }
      }
      if let coverage = p.coverage {
        let needed = p.neededCoverage * CoachingThresholds.coverageFactor
        if coverage < needed {
          out.append(
            CoachingSignal(
              personId: p.id, kind: .lowCoverage,
              evidence: .init(
                metric: "open pipeline closing in \(report.period) ÷ quota left", value: coverage,
                threshold: needed,
                detail: p.winRateByValue.map { "win rate \(Int(($0 * 100).rounded()))%" }
                  ?? "default coverage target"),
              reason: "Coverage \(oneDecimal(coverage))x, needs \(oneDecimal(needed))x for the win rate",
              priority: coverage < needed / 2 ? .high : .medium))
        }
      }
    }
    return out
  }

  /// `lowActivity`: completed activities in the window against the peer median.
  static func lowActivity(_ ws: Workspace, subjects: [Person], asOf: Day) -> [CoachingSignal] {
    let from = asOf.adding(days: -(CoachingThresholds.activityWindowDays - 1))
    var counts: [String: Int] = [:]
    for a in ws.activities {
      guard let done = a.doneAt?.day, done >= from, done <= asOf else { continue }
      counts[a.ownerId, default: 0] += 1
    }
    let reps = ws.people.items.filter { $0.active && $0.role == .rep }
    var out: [CoachingSignal] = []
    for person in subjects {
      let peers = peerGroup(person, reps: reps)
      guard peers.count >= CoachingThresholds.activityMinPeers,
        let median = median(peers.map { counts[$0.id] ?? 0 }), median > 0
      else { continue }
      let mine = counts[person.id] ?? 0
      let threshold = median * CoachingThresholds.activityShareOfMedian
      guard Double(mine) < threshold else { continue }
      out.append(
        CoachingSignal(
          personId: person.id, kind: .lowActivity,
          evidence: .init(
            metric: "completed activities in the last \(CoachingThresholds.activityWindowDays) days",
            value: Double(mine), threshold: threshold,
            detail: "peer median \(oneDecimal(median)) over \(peers.count) reps"),
          reason: "\(mine) activities in \(CoachingThresholds.activityWindowDays) days; "
            + "the team's median is \(oneDecimal(median))",
          priority: mine == 0 ? .high : .medium))
    }
    return out
  }

  /// `stageConversion`: the open stage where the rep's conversion trails the peers' the most.
  static func stageConversion(_ ws: Workspace, subjects: [Person], asOf: Day) -> [CoachingSignal] {
    var peerReports: [String: ConversionReport] = [:]
    var out: [CoachingSignal] = []
    for person in subjects {
      let key = person.team ?? ""
      let peers =
        peerReports[key]
        ?? Reports.conversion(ws, scope: person.team.map(Scope.team) ?? .everyone, asOf: asOf)
      peerReports[key] = peers
      let mine = Reports.conversion(ws, scope: .person(person.id), asOf: asOf)
      var worst: (row: ConversionReport.Row, team: Double, gap: Double)?
      for row in mine.stages where row.entered >= CoachingThresholds.conversionMinSample {
        guard let rate = row.rate,
          let team = peers.stages.first(where: { $0.stage == row.stage })?.rate
        else { continue }
        let gap = team - rate
        if gap >= CoachingThresholds.conversionGap, gap > (worst?.gap ?? 0) { worst = (row, team, gap) }
      }
      guard let w = worst, let rate = w.row.rate else { continue }
      out.append(
        CoachingSignal(
          personId: person.id, kind: .stageConversion,
          evidence: .init(
            metric: "conversion out of \(w.row.name)", value: rate,
            threshold: w.team - CoachingThresholds.conversionGap,
            detail: "stage \(w.row.stage): \(w.row.advanced)/\(w.row.entered) advanced; "
              + "peers \(Int((w.team * 100).rounded()))%"),
          reason: "Converts \(Int((rate * 100).rounded()))% out of \(w.row.name) vs the team's "
            + "\(Int((w.team * 100).rounded()))% (\(w.row.entered) deals)",
          priority: w.gap >= 2 * CoachingThresholds.conversionGap ? .high : .medium))
    }
    return out
  }

  /// `overdueTraining`: assignments past due and not completed.
  static func overdueTraining(_ ws: Workspace, people: Set<String>, asOf: Day) -> [CoachingSignal] {
    var byPerson: [String: [TrainingAssignment]] = [:]
    for a in TrainingStatus.overdue(ws, asOf: asOf) where people.contains(a.personId) {
      byPerson[a.personId, default: []].append(a)
    }
    var out: [CoachingSignal] = []
    for (person, list) in byPerson where list.count >= CoachingThresholds.overdueTraining {
      let titles = list.map { ws.training[id: $0.moduleId]?.title ?? $0.moduleId }
      let oldest = list.compactMap(\.dueDate).min()
      out.append(
        CoachingSignal(
          personId: person, kind: .overdueTraining,
          evidence: .init(
            metric: "training assignments past due", value: Double(list.count),
            threshold: Double(CoachingThresholds.overdueTraining),
            detail: list.map(\.moduleId).joined(separator: ", ")),
          reason: "\(list.count) overdue: \(titles.joined(separator: ", "))"
            + (oldest.map { " (due since \($0.iso))" } ?? ""),
          priority: list.count >= 2 ? .high : .medium, trainingModuleId: list.first?.moduleId))
    }
    return out
  }

  /// Reps compared with this one: the same team, else every active rep.
  static func peerGroup(_ person: Person, reps: [Person]) -> [Person] {
    guard let team = person.team else { return reps }
    return reps.filter { $0.team == team }
  }

  static func oneDecimal(_ x: Double) -> String {
    let tenths = Int((x * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
  }
}
