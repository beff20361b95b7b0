/// Quota attainment for a scope and period: the Quota pane and `salesfloor quota --json`.
public struct AttainmentReport: Hashable, Sendable, Codable {
  /// The scope's totals. Attainment is Σ won ÷ Σ quota, not the mean of percentages.
  public struct Team: Hashable, Sendable, Codable {
    /// The scope's target: each team wholly in scope with a team quota counts that quota, everyone
    /// else their own (docs/salesops.md, "Team quotas"). Attainment, coverage and pace use it.
    public var quota: Int64
    /// Σ the team quotas counted in `quota`; nil when no team quota applies to the scope.
    public var teamQuota: Int64?
    /// Σ every person's quota in scope (the reps' quotas), shown beside a differing team quota.
    public var repsQuota: Int64
    public var won: Int64
    public var attainment: Double?
    /// Share (0–1) of people with a quota who are at or above 100 %; nil when nobody has one.
    public var repsAtOrAbove100: Double?
    public var repsAtOrAbove100Count: Int
    /// People with a quota above zero.
    public var repCount: Int
    /// Open pipeline closing in the period, Omitted excluded.
    public var openPipeline: Int64
    public var coverage: Double?
    public var neededCoverage: Double
    /// Cumulative Commit (Commit + Closed) and Best Case (Best Case + Commit + Closed).
    public var commit: Int64
    public var bestCase: Int64
    public var pace: Pace
  }

  /// One person's line.
  public struct Person: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Quota that counts (ramped when the ramp applies); 0 when none is set.
    public var quota: Int64
    public var fullQuota: Int64
    /// True when the ramp lowered this quota.
    public var ramped: Bool
    /// False when no quota record covers the period.
    public var hasQuota: Bool
    public var won: Int64
    public var attainment: Double?
    /// max(0, quota − won).
    public var gap: Int64
    public var openPipeline: Int64
    public var coverage: Double?
    /// 1 ÷ the person's win rate by value in the period, else the workspace default.
    public var neededCoverage: Double
    /// Σwon ÷ (Σwon + Σlost) over the person's deals closed in the period.
    public var winRateByValue: Double?
    public var commit: Int64
    public var bestCase: Int64
    public var pace: Pace
  }

  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  public var team: Team
  /// People in scope with a quota, active reps, and anyone with deals closing in the period;
  /// sorted by name.
  public var people: [Person]
  /// Deals in scope closing in the period left out of every sum: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

/// One builder per report; each is a pure function of the workspace, the scope and asOf.
public enum Reports {
  /// Attainment, coverage, forecast calls and pace per person and for the scope.
  public static func attainment(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day
  ) -> AttainmentReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    let tally = AttainmentTally(workspace, period: period, owners: owners, stages: stages)
    return attainment(workspace, tally: tally, scope: scope, asOf: asOf)
  }

  /// The attainment report from sums kept up to date by the caller (the cockpit after an edit);
  /// `tally` must cover `scope`'s owners in the workspace and the period to report.
  /// `quotas` may be passed in by a caller that keeps one (the cockpit builds it once per
  /// workspace change rather than re-reading every quota record on each edit and period switch).
  public static func attainment(
    _ workspace: Workspace, tally: AttainmentTally, scope: Scope, asOf: Day, quotas book: QuotaBook? = nil
  ) -> AttainmentReport {
    let quotas = book ?? QuotaBook(workspace)
    var lines: [AttainmentReport.Person] = []
    for person in workspace.people where tally.owners.contains(person.id) {
      if let line = personLine(person, workspace, tally: tally, asOf: asOf, quotas: quotas) {
        lines.append(line)
      }
    }
    return assemble(sortedByName(lines), workspace, tally: tally, scope: scope, asOf: asOf, quotas: quotas)
  }

  /// `previous` brought up to date after an edit of deals owned by `changedOwners` only (quotas,
  /// people and the period unchanged; `tally` already updated): the other people's lines are
  /// kept, so a stage move does not recompute a thousand quota and pace lines. Equal to a full
  /// `attainment(_:tally:scope:asOf:quotas:)` (checked by the cockpit's delta tests).
  public static func attainment(
    updating previous: AttainmentReport, changedOwners: Set<String>, _ workspace: Workspace,
    tally: AttainmentTally, scope: Scope, asOf: Day, quotas: QuotaBook
  ) -> AttainmentReport {
    var lines = previous.people.filter { !changedOwners.contains($0.id) }
    for id in changedOwners where tally.owners.contains(id) {
      guard let person = workspace.people[id: id],
        let line = personLine(person, workspace, tally: tally, asOf: asOf, quotas: quotas)
      else { continue }
      lines.insert(line, at: lines.partitionPoint { ($0.name, $0.id) < (line.name, line.id) })
    }
    return assemble(lines, workspace, tally: tally, scope: scope, asOf: asOf, quotas: quotas)
  }

  /// One person's line, or nil for someone without a quota, not an active rep and without deals.
  static func personLine(
    _ person: Person, _ workspace: Workspace, tally: AttainmentTally, asOf: Day, quotas: QuotaBook
  ) -> AttainmentReport.Person? {
    let period = tally.period
    let t = tally.byOwner[person.id] ?? OwnerTally()
    let q = quotas.quota(for: person.id, period: period)
    let activeRep = person.active && person.role == .rep
    guard q != nil || activeRep || t.wonCount + t.lostCount + t.openCount > 0 else { return nil }
    let quota = q?.amount ?? 0
    let cumulative = t.buckets.cumulative
    return AttainmentReport.Person(
      id: person.id, name: person.name, quota: quota, fullQuota: q?.fullAmount ?? 0,
      ramped: q?.ramped ?? false, hasQuota: q != nil, won: t.wonAmount,
      attainment: Ratio.of(t.wonAmount, quota),
      gap: max(0, quota - t.wonAmount), openPipeline: t.openAmount,
      coverage: Metrics.coverage(openPipeline: t.openAmount, quota: quota, won: t.wonAmount),
      neededCoverage: Metrics.neededCoverage(
        winRate: t.winRateByValue, fallback: workspace.settings.defaultCoverageTarget),
      winRateByValue: t.winRateByValue, commit: cumulative.commit, bestCase: cumulative.bestCase,
      pace: Metrics.pace(won: t.wonAmount, quota: quota, period: period, asOf: asOf))
  }

  /// The report around sorted person lines: the target (`teamTarget`) and reps at 100 % from the
  /// lines, the rest from every owner's sums (owners without a person record count in the team).
  static func assemble(
    _ lines: [AttainmentReport.Person], _ workspace: Workspace, tally: AttainmentTally, scope: Scope,
    asOf: Day, quotas: QuotaBook
  ) -> AttainmentReport {
    let period = tally.period
    var repsQuota: Int64 = 0
    var atOrAbove = 0
    var withQuota = 0
    for line in lines where line.quota > 0 {
      withQuota += 1
      repsQuota += line.quota
      if line.won >= line.quota { atOrAbove += 1 }
    }
    let target = teamTarget(
      lines, workspace, owners: tally.owners, scope: scope, quotas: quotas, period: period)
    let teamQuota = target?.amount ?? repsQuota
    let fallback = workspace.settings.defaultCoverageTarget
    let total = OwnerTally.total(tally.byOwner)
    let cumulative = total.buckets.cumulative
    let team = AttainmentReport.Team(
      quota: teamQuota, teamQuota: target?.teams, repsQuota: repsQuota, won: total.wonAmount,
      attainment: Ratio.of(total.wonAmount, teamQuota),
      repsAtOrAbove100: Ratio.of(atOrAbove, withQuota), repsAtOrAbove100Count: atOrAbove,
      repCount: withQuota, openPipeline: total.openAmount,
      coverage: Metrics.coverage(openPipeline: total.openAmount, quota: teamQuota, won: total.wonAmount),
      neededCoverage: Metrics.neededCoverage(winRate: total.winRateByValue, fallback: fallback),
      commit: cumulative.commit, bestCase: cumulative.bestCase,
      pace: Metrics.pace(won: total.wonAmount, quota: teamQuota, period: period, asOf: asOf))
    return AttainmentReport(
      period: period.description, asOf: asOf, scope: scope.description,
      currency: workspace.settings.currency, team: team, people: lines, unconverted: total.unconverted.list)
  }

  /// The scope's target when a team quota applies: every team whose people are all in scope and
  /// that has a quota for the period counts that quota instead of its people's; people on no such
  /// team count their own. `teams` is Σ the team quotas used. Nil when no team quota applies (one
  /// person's scope never takes a team's).
  static func teamTarget(
    _ lines: [AttainmentReport.Person], _ workspace: Workspace, owners: Set<String>, scope: Scope,
    quotas: QuotaBook, period: Period
  ) -> (amount: Int64, teams: Int64)? {
    if case .person = scope.kind { return nil }
    guard quotas.hasTeamQuotas else { return nil }
    var covered: [String: Bool] = [:]
    for p in workspace.people {
      guard let t = p.team else { continue }
      covered[t] = (covered[t] ?? true) && owners.contains(p.id)
    }
    var teams: Int64 = 0
    var counted: Set<String> = []
    for (t, whole) in covered where whole {
      guard let q = quotas.teamQuota(for: t, period: period) else { continue }
      teams += q.amount
      counted.insert(t)
    }
    guard !counted.isEmpty else { return nil }
    var amount = teams
    for line in lines where !(workspace.people[id: line.id]?.team.map(counted.contains) ?? false) {
      amount += line.quota
    }
    return (amount, teams)
  }

  /// `lines` by name then id. Sorts small (name, id, position) keys and gathers once: a person
  /// line is a few hundred bytes, and moving them through a merge sort cost more than comparing.
  static func sortedByName(_ lines: [AttainmentReport.Person]) -> [AttainmentReport.Person] {
    var keys = lines.indices.map { (name: lines[$0].name, id: lines[$0].id, at: $0) }
    keys.sort { ($0.name, $0.id) < ($1.name, $1.id) }
    return keys.map { lines[$0.at] }
  }
}

extension AttainmentReport.Team {
  /// "team quota 690k · reps' quotas 765k" when a team quota applies and differs from the sum of
  /// the people's quotas, else nil: the Quota pane and `report attainment` show both, so a
  /// manager sees which number the percentage is of and how far the reps' quotas are apart.
  /// `amount` formats minor units (compact in the pane, grouped in the CLI); `short` drops the
  /// second "quotas" for a narrow pane ("team quota 690k · reps' 765k").
  public func quotaComparison(short: Bool = false, amount: (Int64) -> String) -> String? {
    guard let t = teamQuota, t != repsQuota else { return nil }
    return "team quota \(amount(t)) · reps'\(short ? "" : " quotas") \(amount(repsQuota))"
  }

  /// `quotaComparison` with compact amounts (`690k`).
  public func quotaComparison(currency: String, short: Bool = false) -> String? {
    quotaComparison(short: short) { Money.compact($0, currency: currency) }
  }
}
