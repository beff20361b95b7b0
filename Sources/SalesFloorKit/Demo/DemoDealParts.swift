extension DemoBuilder {
  /// One of the rep's accounts (any account when the rep has none).
  mutating func pickAccount(rep r: Int) -> Int {
    let own = accountsByRep[r]
    return own.isEmpty ? rng.index(accounts.count) : own[rng.index(own.count)]
  }

  /// `r`, or the next rep who is not a new hire (older deals predate new hires).
  func tenuredRep(_ r: Int) -> Int {
    for step in 0..<reps.count {
      let candidate = (r + step) % reps.count
      if !newHire[candidate] { return candidate }
    }
    return r
  }

  /// Days from creation to close for a won deal: bigger companies buy more slowly.
  mutating func cycleDays(_ segment: Account.Segment?) -> Int {
    switch segment {
    case .enterprise: return rng.int(60...160)
    case .midMarket: return rng.int(35...100)
    case .smb, nil: return rng.int(20...60)
    }
  }

  /// A deal size typical of the segment, in minor units.
  mutating func dealAmount(_ segment: Account.Segment?) -> Int64 {
    switch segment {
    case .enterprise: return DemoBuilder.dollars(rng.double(40_000...160_000))
    case .midMarket: return DemoBuilder.dollars(rng.double(15_000...55_000))
    case .smb, nil: return DemoBuilder.dollars(rng.double(4_000...18_000))
    }
  }

  /// The stages a deal passed through up to open stage `k`: most start at the first stage, some
  /// inbound ones at the second, and a few skip a stage. `final` (won/lost) is appended.
  mutating func stagePath(to k: Int, final: String?) -> [String] {
    let open = openStageIds
    let start = k >= 1 && rng.chance(0.2) ? 1 : 0
    var path = Array(open[start...k])
    if path.count >= 3 && rng.chance(0.12) { path.remove(at: 1 + rng.index(path.count - 2)) }
    if let final { path.append(final) }
    return path
  }

  /// The creation entry and one stage change per later step of `path`, on strictly increasing
  /// days from `created` to `end` (the day the last stage was entered).
  mutating func timeline(
    path: [String], created: Day, end: Day, by owner: String
  )
    -> (Timestamp, [DealChange])
  {
    let createdAt = stamp(created)
    var changes = [DealChange(at: createdAt, field: .created, to: path.first, by: owner)]
    let n = path.count - 1
    guard n > 0 else { return (createdAt, changes) }
    let span = max(n, created.days(to: end))
    var weights: [Double] = []
    for _ in 0..<n { weights.append(rng.double(0.5...1.5)) }
    let total = weights.reduce(0, +)
    var cumulative = 0.0
    var previous = 0
    for i in 1...n {
      cumulative += weights[i - 1]
      var offset = i == n ? span : Int((Double(span) * cumulative / total).rounded())
      offset = max(previous + 1, min(offset, span - (n - i)))
      previous = offset
      changes.append(
        DealChange(
          at: stamp(created.adding(days: offset)), field: .stage, from: path[i - 1], to: path[i], by: owner))
    }
    return (createdAt, changes)
  }

  /// Close-date changes moving through `dates` (oldest promise first), each made a few days
  /// before the promise it breaks, within `earliest…latest`.
  mutating func slips(_ dates: [Day], earliest: Day, latest: Day, by owner: String) -> [DealChange] {
    guard earliest <= latest, dates.count >= 2 else { return [] }
    var out: [DealChange] = []
    var last = earliest
    for i in 0..<(dates.count - 1) {
      var day = dates[i].adding(days: -rng.int(0...7))
      day = max(last, min(max(day, earliest), latest))
      last = day
      out.append(
        DealChange(at: stamp(day), field: .closeDate, from: dates[i].iso, to: dates[i + 1].iso, by: owner))
    }
    return out
  }

  /// History in time order; the creation entry stays first (every other entry is on a later day).
  func sortedHistory(_ changes: [DealChange]) -> [DealChange] {
    guard let first = changes.first else { return [] }
    let rest = changes.dropFirst().enumerated().sorted {
      $0.element.at == $1.element.at ? $0.offset < $1.offset : $0.element.at < $1.element.at
    }
    return [first] + rest.map(\.element)
  }

  /// Name, kind tags, persona and competitor.
  mutating func decorate(_ deal: inout Deal, account: Int) {
    let accountName = accounts[account].name
    switch rng.weighted([70, 15, 15]) {
    case 1:
      deal.name = accountName + " - " + rng.pick(DemoNames.expansions)
      deal.tags = ["expansion"]
    case 2:
      let year = (deal.closeDate ?? today).year
      deal.name = accountName + " - Renewal " + String(year)
      deal.tags = ["renewal"]
    default:
      deal.name = accountName + " - " + rng.pick(DemoNames.newBusiness)
      deal.tags = [rng.pick(DemoNames.tags)]
    }
    if rng.chance(0.6) { deal.persona = rng.pick(DemoNames.personas) }
    if rng.chance(0.35) { deal.competitor = rng.pick(DemoNames.competitors) }
  }

  /// Checklist progress on up to two starter plays that fit the deal: later stages have ticked
  /// more steps.
  mutating func addPlayProgress(_ deal: inout Deal, account: Int, stalled: Bool, stageIndex k: Int) {
    let segment = accounts[account].segment
    var fitting: [Playbook] = []
    for play in StarterLibrary.playbooks
    where DemoBuilder.fits(play.situation, deal: deal, segment: segment, stalled: stalled) {
      fitting.append(play)
    }
    for _ in 0..<min(2, fitting.count) {
      let play = fitting.remove(at: rng.index(fitting.count))
      let most = max(1, play.steps.count - 1)
      let done = max(1, min(most, rng.int(1...most) + k / 2))
      deal.playProgress[play.id] = Array(0..<done)
    }
  }

  /// Whether a play's situation fits a deal (every non-empty rule must match; `tags` matches
  /// when the deal has any of them).
  static func fits(_ s: Playbook.Situation, deal: Deal, segment: Account.Segment?, stalled: Bool) -> Bool {
    if !s.stages.isEmpty && !s.stages.contains(deal.stage) { return false }
    if !s.segments.isEmpty && !(segment.map { s.segments.contains($0) } ?? false) { return false }
    if let low = s.minAmount, deal.amount < low { return false }
    if let high = s.maxAmount, deal.amount >= high { return false }
    if !s.personas.isEmpty && !(deal.persona.map { s.personas.contains($0) } ?? false) { return false }
    if !s.competitors.isEmpty && !(deal.competitor.map { s.competitors.contains($0) } ?? false) {
      return false
    }
    if s.anyCompetitor == true && deal.competitor == nil { return false }
    if !s.tags.isEmpty && !s.tags.contains(where: { deal.tags.contains($0) }) { return false }
    if let wanted = s.stalled, wanted != stalled { return false }
    return true
  }
}
