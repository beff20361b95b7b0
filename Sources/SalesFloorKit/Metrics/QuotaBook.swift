/// A person's quota for one period, after the new-hire ramp.
public struct QuotaAmount: Hashable, Sendable, Codable {
  /// The quota that counts (ramped when the ramp applies), in minor units.
  public var amount: Int64
  /// The unramped quota, in minor units.
  public var fullAmount: Int64
  /// True when the ramp lowered the quota below the full amount.
  public var ramped: Bool
  /// Currency of the quota records (the first one's, when several add up).
  public var currency: String

  public init(amount: Int64, fullAmount: Int64, ramped: Bool, currency: String) {
    self.amount = amount
    self.fullAmount = fullAmount
    self.ramped = ramped
    self.currency = currency
  }
}

/// Quota records indexed by person and period, so a report can ask for hundreds of people's
/// quotas without rescanning `Workspace.quotas` or re-parsing period text each time.
///
/// A quarter or year quota can be given directly; otherwise it is the sum of the smaller
/// periods inside it (a year from its quarters, a quarter from its calendar months).
/// Several records for the same person and period add up (e.g. split by product line).
/// A team's quota (`quota set --team`) is kept beside its people's: `teamQuota(for:period:)`,
/// never ramped (a team has no hire date); roll-ups use it as the team's target (docs/salesops.md).
public struct QuotaBook: Sendable {
  struct Key: Hashable {
    var kind: Period.Kind
    var year: Int
    var index: Int
    init(_ p: Period) {
      kind = p.kind
      year = p.year
      index = p.index
    }
  }

  private let byPerson: [String: [Key: [Quota]]]
  private let byTeam: [String: [Key: [Quota]]]
  private let hireDates: [String: Day]
  private let rampSchedule: [Int]
  /// Per-person ramp from the person's `RampPlan` (when set and found), else `rampSchedule`.
  private let personSchedules: [String: [Int]]
  private let fiscalStartMonth: Int

  public init(_ workspace: Workspace) {
    let fsm = workspace.settings.fiscalYearStartMonth
    var index: [String: [Key: [Quota]]] = [:]
    var teams: [String: [Key: [Quota]]] = [:]
    for q in workspace.quotas {
      guard let p = Period(parsing: q.period, fiscalStartMonth: fsm) else { continue }
      if let pid = q.personId {
        index[pid, default: [:]][Key(p), default: []].append(q)
      } else if let team = q.team {
        teams[team, default: [:]][Key(p), default: []].append(q)
      }
    }
    byTeam = teams
    var hires: [String: Day] = [:]
    var schedules: [String: [Int]] = [:]
    for p in workspace.people {
      if let h = p.hireDate { hires[p.id] = h }
      if let planId = p.rampPlanId, let plan = workspace.rampPlans[id: planId] {
        schedules[p.id] = plan.quotaRamp
      }
    }
    personSchedules = schedules
    byPerson = index
    hireDates = hires
    rampSchedule = workspace.settings.rampSchedule
    fiscalStartMonth = fsm
  }

  /// The person's quota for `period`, or nil when no record covers it.
  public func quota(for personId: String, period: Period) -> QuotaAmount? {
    let p = Period(
      kind: period.kind, year: period.year, index: period.index, fiscalStartMonth: fiscalStartMonth)
    guard let mine = byPerson[personId] else { return nil }
    return resolve(personId, p, mine)
  }

  /// The team's own quota for `period` (a record with `team` and no person), or nil when none
  /// covers it; months add up to a quarter and quarters to a year, as for a person.
  public func teamQuota(for team: String, period: Period) -> QuotaAmount? {
    let p = Period(
      kind: period.kind, year: period.year, index: period.index, fiscalStartMonth: fiscalStartMonth)
    guard let mine = byTeam[team] else { return nil }
    return resolve(nil, p, mine)
  }

  /// Whether any team has a quota record (lets a roll-up skip the team pass entirely).
  public var hasTeamQuotas: Bool { !byTeam.isEmpty }

  /// `personId` nil: a team's records, never ramped.
  private func resolve(_ personId: String?, _ period: Period, _ mine: [Key: [Quota]]) -> QuotaAmount? {
    if let direct = mine[Key(period)], let first = direct.first {
      var full: Int64 = 0
      var counted: Int64 = 0
      for q in direct {
        full += q.amount
        if q.ramp, let personId, let hire = hireDates[personId] {
          counted += rampedAmount(q.amount, period: period, hire: hire, personId: personId)
        } else {
          counted += q.amount
        }
      }
      return QuotaAmount(amount: counted, fullAmount: full, ramped: counted < full, currency: first.currency)
    }
    let parts: [Period]
    switch period.kind {
    case .month: return nil
    case .quarter: parts = period.months
    case .year:
      parts = (1...4).map {
        Period(kind: .quarter, year: period.year, index: $0, fiscalStartMonth: fiscalStartMonth)
      }
    }
    var total: QuotaAmount?
    for part in parts {
      guard let q = resolve(personId, part, mine) else { continue }
      if var t = total {
        t.amount += q.amount
        t.fullAmount += q.fullAmount
        t.ramped = t.ramped || q.ramped
        total = t
      } else {
        total = q
      }
    }
    return total
  }

  /// Ramp percent for a calendar month: month 1 is the hire month; before hire 0 %,
  /// after the schedule 100 %.
  /// The person's ramp plan schedule is used when `personId` has one.
  public func rampPercent(monthYear: Int, month: Int, hire: Day, personId: String? = nil) -> Int {
    let schedule = personId.flatMap { personSchedules[$0] } ?? rampSchedule
    let n = (monthYear * 12 + month) - (hire.year * 12 + hire.month) + 1
    if n < 1 { return 0 }
    if n > schedule.count { return 100 }
    return min(100, max(0, schedule[n - 1]))
  }

  /// Full × ramp % for a month; for longer periods each month gets an equal share of the
  /// full amount times that month's percent (computed as full × Σ% ÷ (100 × months), exact).
  func rampedAmount(_ full: Int64, period: Period, hire: Day, personId: String? = nil) -> Int64 {
    let months = period.kind == .month ? [period] : period.months
    guard !months.isEmpty else { return full }
    var pctSum: Int64 = 0
    for m in months {
      pctSum += Int64(rampPercent(monthYear: m.year, month: m.index, hire: hire, personId: personId))
    }
    return Ratio.divideRounded(full * pctSum, 100 * Int64(months.count))
  }
}
