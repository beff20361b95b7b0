/// What a person earns for one period under their comp plan: credited deals, attainment of the
/// ramped quota, each tier's slice and payout, the cap, the draw and the total.
public struct CompStatement: Hashable, Sendable, Codable {
  public struct CreditedDeal: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var closeDate: Day?
    /// In the workspace currency (converted at the close date, `CurrencyConverter`).
    public var amount: Int64
    /// True for open deals counted by a what-if.
    public var hypothetical: Bool
  }
  public struct TierLine: Hashable, Sendable, Codable {
    /// Tier bounds in percent of quota (`to` nil = no upper bound).
    public var from: Double
    public var to: Double?
    public var rate: Double
    /// Percentage points of attainment inside this tier.
    public var portion: Double
    /// targetVariable × portion ÷ 100 × rate, rounded to minor units.
    public var payout: Int64
  }

  public var personId: String
  public var personName: String
  public var planId: String
  public var planName: String
  public var period: String
  public var currency: String
  public var targetVariable: Int64
  public var deals: [CreditedDeal]
  /// Σ credited amounts.
  public var credited: Int64
  /// Quota after the ramp (QuotaBook), and before it.
  public var quota: Int64
  public var fullQuota: Int64
  public var ramped: Bool
  /// credited ÷ quota; nil without a quota.
  public var attainment: Double?
  public var tiers: [TierLine]
  /// Σ tier payouts before the cap.
  public var earned: Int64
  /// capPercent × targetVariable ÷ 100 when the plan has a cap.
  public var cap: Int64?
  /// min(earned, cap).
  public var afterCap: Int64
  public var draw: Int64?
  /// max(0, draw − afterCap): paid on top as a recoverable draw.
  public var drawTopUp: Int64
  /// afterCap + drawTopUp.
  public var total: Int64
  /// Won deals left out of `credited`: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

/// A statement with and without some open deals closing.
public struct CompWhatIf: Hashable, Sendable, Codable {
  public var base: CompStatement
  public var withDeals: CompStatement
  /// Deal ids that were added to the credited list.
  public var addedDealIds: [String]
  /// withDeals.total − base.total.
  public var payoutDelta: Int64
}

/// Why a statement could not be built.
public enum CompError: Error, Equatable, CustomStringConvertible {
  case noPlan(personId: String)
  case unknownDeal(String)
  /// A what-if deal owned by someone else: it would credit the wrong person's payout.
  case notOwnDeal(dealId: String, dealName: String, owner: String)
  /// A what-if deal that is already won or lost: only open deals can still close.
  case closedDeal(dealId: String, dealName: String, stage: String)

  public var description: String {
    switch self {
    case .noPlan(let p): return "no comp plan lists person \(p) (CompPlan.personIds)"
    case .unknownDeal(let d): return "no deal with id \(d)"
    case .notOwnDeal(let id, let name, let owner):
      return "deal \(id) (\(name)) is owned by \(owner): a what-if counts only the person's own open deals"
    case .closedDeal(let id, let name, let stage):
      return "deal \(id) (\(name)) is already closed (\(stage)): a what-if counts only open deals"
    }
  }
}

public enum Compensation {
  /// The plan that lists the person (first by id when several do).
  public static func plan(for personId: String, in workspace: Workspace) -> CompPlan? {
    workspace.compPlans.sortedById.first { $0.personIds.contains(personId) }
  }

  /// Tier slices for an attainment ratio (1.3 = 130 %): the same arithmetic as
  /// `Metrics.payoutMultiple`, kept per tier.
  public static func tierLines(plan: CompPlan, attainment: Double) -> [CompStatement.TierLine] {
    let pct = attainment * 100
    return plan.tiers.map { t in
      let top = min(pct, t.to ?? .infinity)
      let portion = max(0, top - t.from)
      return CompStatement.TierLine(
        from: t.from, to: t.to, rate: t.rate, portion: portion,
        payout: Ratio.minor(Double(plan.targetVariable) * portion / 100 * t.rate))
    }
  }

  /// The statement for `personId` in `period`; `extraDeals` are counted as if won in the period.
  public static func statement(
    _ workspace: Workspace, personId: String, period: Period, extraDeals: [Deal] = []
  ) throws(CompError) -> CompStatement {
    guard let plan = plan(for: personId, in: workspace) else { throw .noPlan(personId: personId) }
    let stages = StageLookup(workspace.settings)
    var credited: [CompStatement.CreditedDeal] = []
    var unconverted = UnconvertedSet()
    for d in workspace.deals where d.ownerId == personId && stages.isWon(d) {
      guard let c = d.closeDate, period.contains(c) else { continue }
      guard let amount = stages.amount(of: d) else {
        unconverted.adjust(d, sign: 1)
        continue
      }
      credited.append(.init(id: d.id, name: d.name, closeDate: c, amount: amount, hypothetical: false))
    }
    credited.sort { ($0.closeDate ?? Day(ordinal: 0), $0.id) < ($1.closeDate ?? Day(ordinal: 0), $1.id) }
    for d in extraDeals where !credited.contains(where: { $0.id == d.id }) {
      guard let amount = stages.amount(of: d) else {
        unconverted.adjust(d, sign: 1)
        continue
      }
      credited.append(
        .init(id: d.id, name: d.name, closeDate: d.closeDate, amount: amount, hypothetical: true))
    }
    let total = credited.reduce(Int64(0)) { $0 + $1.amount }
    let q = QuotaBook(workspace).quota(for: personId, period: period)
    let quota = q?.amount ?? 0
    let attainment = Ratio.of(total, quota)
    let tiers = tierLines(plan: plan, attainment: attainment ?? 0)
    let earned = tiers.reduce(Int64(0)) { $0 + $1.payout }
    let cap = plan.capPercent.map { Ratio.minor(Double(plan.targetVariable) * $0 / 100) }
    let afterCap = min(earned, cap ?? .max)
    let topUp = max(0, (plan.draw ?? 0) - afterCap)
    return CompStatement(
      personId: personId, personName: workspace.people[id: personId]?.name ?? personId, planId: plan.id,
      planName: plan.name, period: period.description, currency: plan.currency,
      targetVariable: plan.targetVariable, deals: credited, credited: total, quota: quota,
      fullQuota: q?.fullAmount ?? 0, ramped: q?.ramped ?? false, attainment: attainment, tiers: tiers,
      earned: earned, cap: cap, afterCap: afterCap, draw: plan.draw, drawTopUp: topUp,
      total: afterCap + topUp,
      unconverted: unconverted.list)
  }

  /// "If these deals close in the period, payout becomes X." Only the person's own open deals can
  /// be added: another rep's deal would pay the wrong person, a closed one cannot close again.
  public static func whatIf(
    _ workspace: Workspace, personId: String, period: Period, dealIds: [String]
  ) throws(CompError) -> CompWhatIf {
    let stages = StageLookup(workspace.settings)
    var extra: [Deal] = []
    for id in dealIds {
      guard let d = workspace.deals[id: id] else { throw .unknownDeal(id) }
      guard d.ownerId == personId else {
        let owner = workspace.people[id: d.ownerId].map { "\($0.name) (\(d.ownerId))" } ?? d.ownerId
        throw .notOwnDeal(dealId: d.id, dealName: d.name, owner: owner)
      }
      guard stages.isOpen(d) else {
        throw .closedDeal(dealId: d.id, dealName: d.name, stage: stages[d.stage]?.name ?? d.stage)
      }
      extra.append(d)
    }
    let base = try statement(workspace, personId: personId, period: period)
    let with = try statement(workspace, personId: personId, period: period, extraDeals: extra)
    let added = with.deals.filter(\.hypothetical).map(\.id)
    return CompWhatIf(base: base, withDeals: with, addedDealIds: added, payoutDelta: with.total - base.total)
  }
}
