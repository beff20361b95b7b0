/// Cost of sales per team: what the floor pays in variable compensation for each unit it books,
/// so sales ops can tell an expensive team from a productive one (docs/salesops.md, "Cost of sales").
public struct CostOfSales: Hashable, Sendable, Codable {
  public struct Team: Hashable, Sendable, Codable {
    public var managerId: String
    public var managerName: String
    /// Members (manager and direct reports, `OrgTeam`) with a comp plan.
    public var onPlan: Int
    /// Σ comp statement totals of the members, in the workspace currency.
    public var payouts: Int64
    /// Σ won amount closing in the period of the members (StageLookup.amount), workspace currency.
    public var bookings: Int64
    /// payouts ÷ bookings; nil without bookings.
    public var costOfSales: Double?
  }
  public var period: String
  public var currency: String
  public var teams: [Team]
  /// Over everyone in the shown teams, each person once (a nested manager is in two teams).
  public var totalPayouts: Int64
  public var totalBookings: Int64
  public var costOfSales: Double?
  /// People whose payout is in a currency without a rate: left out of `payouts`.
  public var unconvertedPayouts: [String] = []
}

/// Reps close to an accelerator: one more deal may change the rate on every point above it, so a
/// manager knows whom to help and ops knows what the next weeks may cost.
public struct WithinReach: Hashable, Sendable, Codable {
  public struct Person: Hashable, Sendable, Codable {
    public var personId: String
    public var name: String
    public var planName: String
    /// Attainment in percent of the ramped quota.
    public var attainmentPercent: Double
    /// The accelerator's lower bound, percent of quota.
    public var thresholdPercent: Double
    /// The rate above the threshold and the rate below it.
    public var rate: Double
    public var rateBelow: Double
    /// thresholdPercent − attainmentPercent.
    public var gapPoints: Double
    /// quota × threshold ÷ 100 − credited, rounded to the minor unit: bookings still needed.
    public var gapAmount: Int64
  }
  public var period: String
  public var currency: String
  /// The margin: a rep within this many points below a threshold is within reach.
  public var marginPoints: Double
  /// Nearest first (smallest gap in points), then name.
  public var people: [Person]
}

/// The levers on compensation: cost of sales per team and who is within reach of an accelerator.
public enum CompLever {
  /// Points below an accelerator threshold that count as within reach.
  public static let reachMarginPoints = 10.0

  /// The statements of everyone in `scope` on a plan, by person id (what the Comp view already has).
  public static func statements(
    _ ws: Workspace, scope: Scope, period: Period
  ) -> [String: CompStatement] {
    var out: [String: CompStatement] = [:]
    for id in scope.ownerIds(in: ws) where ws.people[id: id] != nil {
      if let s = try? Compensation.statement(ws, personId: id, period: period) { out[id] = s }
    }
    return out
  }

  /// A statement's total in the workspace currency, converted at the period's last day; nil
  /// without a rate for the plan's currency.
  public static func payout(_ s: CompStatement, _ ws: Workspace, period: Period) -> Int64? {
    CurrencyConverter(ws.settings).convertMinor(s.total, from: s.currency, on: period.end)
  }

  /// Cost of sales for the teams whose manager is in `scope`; `statements` may be passed when
  /// already computed (keyed by person id, for the whole scope).
  public static func costOfSales(
    _ ws: Workspace, period: Period, scope: Scope, statements given: [String: CompStatement]? = nil
  ) -> CostOfSales {
    let inScope = scope.ownerIds(in: ws)
    let statements = given ?? self.statements(ws, scope: scope, period: period)
    let stages = StageLookup(ws.settings)
    var won: [String: Int64] = [:]
    for d in ws.deals where stages.isWon(d) {
      guard let c = d.closeDate, period.contains(c), let a = stages.amount(of: d) else { continue }
      won[d.ownerId, default: 0] += a
    }
    var unconverted: Set<String> = []
    func sums(_ ids: [String]) -> (onPlan: Int, payouts: Int64, bookings: Int64) {
      var n = 0
      var pay: Int64 = 0
      var booked: Int64 = 0
      for id in ids {
        booked += won[id] ?? 0
        guard let s = statements[id] else { continue }
        n += 1
        if let p = payout(s, ws, period: period) { pay += p } else { unconverted.insert(id) }
      }
      return (n, pay, booked)
    }
    var teams: [CostOfSales.Team] = []
    var everyone: [String] = []
    var seen: Set<String> = []
    for t in OrgTeam.all(in: ws) where inScope.contains(t.manager.id) {
      let ids = t.memberIds.filter(inScope.contains)
      let s = sums(ids)
      teams.append(
        .init(
          managerId: t.manager.id, managerName: t.manager.name, onPlan: s.onPlan, payouts: s.payouts,
          bookings: s.bookings, costOfSales: Ratio.of(s.payouts, s.bookings)))
      for id in ids where seen.insert(id).inserted { everyone.append(id) }
    }
    let total = sums(everyone)
    return CostOfSales(
      period: period.description, currency: ws.settings.currency, teams: teams, totalPayouts: total.payouts,
      totalBookings: total.bookings, costOfSales: Ratio.of(total.payouts, total.bookings),
      unconvertedPayouts: unconverted.sorted())
  }

  /// The accelerator thresholds of a plan: the lower bound of each tier (above 0 %) whose rate is
  /// higher than the rate of the tier below it, with both rates; ascending.
  public static func accelerators(_ plan: CompPlan) -> [(threshold: Double, rate: Double, below: Double)] {
    let tiers = plan.tiers.sorted { $0.from < $1.from }
    var out: [(threshold: Double, rate: Double, below: Double)] = []
    for (i, t) in tiers.enumerated() where i > 0 && t.from > 0 && t.rate > tiers[i - 1].rate {
      out.append((t.from, t.rate, tiers[i - 1].rate))
    }
    return out
  }

  /// People in `statements` below an accelerator threshold by at most `margin` points (the
  /// nearest threshold above their attainment counts); without a quota nobody is within reach.
  public static func withinReach(
    _ ws: Workspace, period: Period, statements: [String: CompStatement],
    margin: Double = reachMarginPoints
  ) -> WithinReach {
    var people: [WithinReach.Person] = []
    for s in statements.values {
      guard let a = s.attainment, s.quota > 0, let plan = ws.compPlans[id: s.planId] else { continue }
      let pct = a * 100
      guard let next = accelerators(plan).first(where: { $0.threshold > pct }),
        next.threshold - pct <= margin
      else { continue }
      let needed = Ratio.minor(Double(s.quota) * next.threshold / 100) - s.credited
      people.append(
        .init(
          personId: s.personId, name: s.personName, planName: s.planName, attainmentPercent: pct,
          thresholdPercent: next.threshold, rate: next.rate, rateBelow: next.below,
          gapPoints: next.threshold - pct, gapAmount: max(0, needed)))
    }
    people.sort { ($0.gapPoints, $0.name, $0.personId) < ($1.gapPoints, $1.name, $1.personId) }
    return WithinReach(
      period: period.description, currency: ws.settings.currency, marginPoints: margin, people: people)
  }
}
