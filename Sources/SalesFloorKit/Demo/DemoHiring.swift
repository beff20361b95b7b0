/// The demo's hiring history: about two years of candidates from every source, with stage
/// histories and the managers' (and ops') scorecards. Every demo rep was once a candidate (their
/// candidate record is linked to them, hired shortly before their hire date); the other past
/// hires have since left the floor (`addFormerReps` gives them inactive person records with the
/// quotas and deals of their time on the floor), so they count in the funnel, time to hire and
/// the ramp figures. Rejected and withdrawn candidates fill the funnel, and a few are still open (two
/// at offer, which the org view counts as headcount). Referrals convert and score better, agency
/// hires come fastest: a signal, not a law.
///
/// Drawn from its own generator (`seed + hiringSeedOffset`), never the shared one, so every other
/// demo record stays byte-identical.
extension DemoBuilder {
  static let hiringSeedOffset: UInt64 = 0x4849_5245

  /// Per source: weight, chance to pass each stage (sourced→screened→interviewed→offer→hired),
  /// mean competency score, days per stage.
  private struct SourceProfile {
    var source: Candidate.Source
    var weight: Int
    var pass: Double
    var score: Double
    var days: ClosedRange<Int>
  }

  private static let profiles = [
    SourceProfile(source: .referral, weight: 22, pass: 0.72, score: 3.2, days: 4...10),
    SourceProfile(source: .agency, weight: 20, pass: 0.55, score: 2.8, days: 2...6),
    SourceProfile(source: .jobBoard, weight: 35, pass: 0.42, score: 2.6, days: 5...14),
    SourceProfile(source: .inbound, weight: 18, pass: 0.5, score: 2.9, days: 4...12),
    SourceProfile(source: .other, weight: 5, pass: 0.45, score: 2.7, days: 5...14),
  ]

  mutating func addHiring(to ws: inout Workspace) {
    var g = SplitMix64(seed: seed &+ Self.hiringSeedOffset)
    let managerIds = managers.map { people[$0].id }
    guard !managerIds.isEmpty else { return }
    let interviewers = managerIds + people.filter { $0.role == .ops }.map(\.id)
    let competencies = HiringRules.competencies(settings)
    var taken = Set(people.map(\.name))
    var out: [Candidate] = []

    func freshName() -> String {
      for _ in 0..<50 {
        let n = g.pick(DemoNames.firstNames) + " " + g.pick(DemoNames.lastNames)
        if taken.insert(n).inserted { return n }
      }
      let n = "Candidate \(out.count + 1)"
      taken.insert(n)
      return n
    }
    /// A source for a hire (weight × pass rate: strong sources give more of the hires) or for
    /// someone who left the funnel (weight × the chance to fail).
    func profile(hired: Bool) -> SourceProfile {
      let weights = Self.profiles.map { p in
        Int((Double(p.weight) * (hired ? p.pass : 1 - p.pass) * 100).rounded())
      }
      return Self.profiles[g.weighted(weights)]
    }
    func cards(_ p: SourceProfile, on day: Day, manager: String) -> [Scorecard] {
      let panel = [manager] + Array(g.shuffled(interviewers.filter { $0 != manager }).prefix(g.int(0...1)))
      let quality = p.score + g.double(-0.6...0.6)
      return panel.map { who in
        let scores = competencies.map { c in
          Scorecard.Score(
            competency: c, score: min(4, max(1, Int((quality + g.double(-0.9...0.9)).rounded()))))
        }
        let mean = Double(scores.map(\.score).reduce(0, +)) / Double(max(1, scores.count))
        return Scorecard(
          interviewerId: who, day: day, scores: scores, recommendation: mean >= 2.75 ? .hire : .noHire)
      }
    }
    /// A history from `start` through the funnel up to `last`, then `end` (rejected/withdrew) if given.
    func history(
      _ p: SourceProfile, from start: Day, through last: CandidateStage, end: CandidateStage?
    )
      -> [Candidate.StageChange]
    {
      var day = start
      var h: [Candidate.StageChange] = []
      for s in CandidateStage.funnel.prefix((last.funnelIndex ?? 0) + 1) {
        h.append(.init(stage: s, day: day))
        day = day.adding(days: g.int(p.days))
      }
      if let end { h.append(.init(stage: end, day: day)) }
      return h
    }
    func add(
      _ name: String, _ p: SourceProfile, _ h: [Candidate.StageChange], manager: String,
      personId: String? = nil
    ) {
      let interviewed = h.first { $0.stage == .interviewed }?.day
      let id = DemoBuilder.id("cand", out.count + 1, count: 200, minWidth: 3)
      let first = h.first?.day ?? today
      out.append(
        Candidate(
          id: id, name: name, roleAppliedFor: .rep, source: p.source, stage: h.last?.stage ?? .sourced,
          stageHistory: h, managerId: manager,
          scorecards: interviewed.map { cards(p, on: $0, manager: manager) } ?? [], personId: personId,
          createdAt: Timestamp(day: first, hour: 9), updatedAt: Timestamp(day: h.last?.day ?? first, hour: 17)
        ))
    }

    // Every demo rep, hired as a candidate shortly before their hire date.
    for r in reps {
      let rep = people[r]
      guard let hire = rep.hireDate, let m = rep.managerId else { continue }
      let p = profile(hired: true)
      // Hired 7–21 days before the start day, after four stages of at most `days.upperBound` each.
      let hiredOn = hire.adding(days: -g.int(7...21))
      var h = history(p, from: hiredOn.adding(days: -4 * p.days.upperBound), through: .hired, end: nil)
      h[h.count - 1].day = max(h[h.count - 2].day, hiredOn)
      add(rep.name, p, h, manager: m, personId: rep.id)
    }
    // Past hires who have since left, over the last two years.
    while out.filter({ $0.stage == .hired }).count < max(30, reps.count + 26) {
      let p = profile(hired: true)
      let start = today.adding(days: -g.int(120...760))
      add(freshName(), p, history(p, from: start, through: .hired, end: nil), manager: g.pick(managerIds))
    }
    // Those who left the funnel: each stage passed with the source's chance, else rejected
    // (or, now and then, withdrew).
    for _ in 0..<60 {
      let p = profile(hired: false)
      var reached = CandidateStage.sourced
      while let i = reached.funnelIndex, i < 3, g.chance(p.pass) { reached = CandidateStage.funnel[i + 1] }
      let start = today.adding(days: -g.int(30...740))
      let end: CandidateStage = g.chance(0.25) ? .withdrew : .rejected
      add(freshName(), p, history(p, from: start, through: reached, end: end), manager: g.pick(managerIds))
    }
    // Still open: two at offer, the rest earlier.
    for last in [CandidateStage.offer, .offer, .interviewed, .interviewed, .screened, .sourced, .sourced] {
      let p = profile(hired: last == .offer)
      let steps = (last.funnelIndex ?? 0) + 1
      let start = today.adding(days: -(steps * p.days.upperBound + g.int(1...5)))
      add(freshName(), p, history(p, from: start, through: last, end: nil), manager: g.pick(managerIds))
    }
    ws.candidates = RecordTable(out)
  }
}
