/// Where a number stands against the calendar: the bar's pace marker and "needed per day".
public struct Pace: Hashable, Sendable, Codable {
  /// Days of the period elapsed up to and including asOf (e).
  public var elapsedDays: Int
  /// Days in the period (E).
  public var totalDays: Int
  /// won ÷ e × E; nil before the period starts.
  public var projected: Int64?
  /// quota × e ÷ E: where a rep on a straight line to quota would be today.
  public var onTrack: Int64
  /// (quota − won) ÷ (E − e), never below 0; nil once the period is over.
  public var neededPerDay: Int64?

  public init(elapsedDays: Int, totalDays: Int, projected: Int64?, onTrack: Int64, neededPerDay: Int64?) {
    self.elapsedDays = elapsedDays
    self.totalDays = totalDays
    self.projected = projected
    self.onTrack = onTrack
    self.neededPerDay = neededPerDay
  }
}

/// The formulas of DESIGN.md §3 that work on plain numbers; reports feed them tallies.
public enum Metrics {
  /// Pace of `won` against `quota` in `period` as of a day.
  public static func pace(won: Int64, quota: Int64, period: Period, asOf: Day) -> Pace {
    pace(won: won, quota: quota, elapsedDays: period.elapsedDays(asOf: asOf), totalDays: period.length)
  }

  /// Pace over any span of `totalDays` of which `elapsedDays` have passed (an ISO week for an
  /// activity goal): the same formulas as a quota's.
  public static func pace(won: Int64, quota: Int64, elapsedDays e: Int, totalDays total: Int) -> Pace {
    let projected: Int64? = e > 0 ? Ratio.divideRounded(won * Int64(total), Int64(e)) : nil
    let onTrack = Ratio.divideRounded(quota * Int64(e), Int64(total))
    let left = total - e
    let needed: Int64? = left > 0 ? Ratio.divideRounded(max(0, quota - won), Int64(left)) : nil
    return Pace(
      elapsedDays: e, totalDays: total, projected: projected, onTrack: onTrack, neededPerDay: needed)
  }

  /// Open pipeline ÷ (quota − won); nil when nothing remains to be won (or there is no quota).
  public static func coverage(openPipeline: Int64, quota: Int64, won: Int64) -> Double? {
    let remaining = quota - won
    return remaining > 0 ? Double(openPipeline) / Double(remaining) : nil
  }

  /// The coverage a rep needs: 1 ÷ win rate, or `fallback` (Settings.defaultCoverageTarget)
  /// when there is no win rate to go on.
  public static func neededCoverage(winRate: Double?, fallback: Double) -> Double {
    guard let w = winRate, w > 0 else { return fallback }
    return 1 / w
  }

  /// 1 − |forecast − actual| ÷ actual; nil when actual is 0. Not clamped: a forecast more than
  /// twice the actual scores below 0, which is the honest reading.
  public static func forecastAccuracy(forecast: Int64, actual: Int64) -> Double? {
    guard actual != 0 else { return nil }
    return 1 - Double(abs(forecast - actual)) / Double(abs(actual))
  }

  /// Σ tier rate × the part of attainment inside the tier, as a multiple of target variable.
  /// `attainment` is a ratio (1.3 = 130 %); tiers are in percent.
  public static func payoutMultiple(tiers: [CompPlan.Tier], attainment: Double) -> Double {
    let pct = attainment * 100
    var sum = 0.0
    for t in tiers {
      let top = min(pct, t.to ?? .infinity)
      if top > t.from { sum += (top - t.from) / 100 * t.rate }
    }
    return sum
  }

  /// Commission payout in minor units: target variable × payout multiple, capped at
  /// `capPercent` of target variable when the plan has a cap.
  public static func commission(plan: CompPlan, attainment: Double) -> Int64 {
    var payout = Double(plan.targetVariable) * payoutMultiple(tiers: plan.tiers, attainment: attainment)
    if let cap = plan.capPercent { payout = min(payout, Double(plan.targetVariable) * cap / 100) }
    return Ratio.minor(max(0, payout))
  }

  /// Days since the deal entered its current stage (asOf − entry day), never negative: a stage
  /// entered after `asOf` (a later edit seen from the past) is 0 days old, not −35.
  public static func daysInStage(_ deal: Deal, asOf: Day) -> Int {
    elapsedDays(from: max(deal.createdAt.day, deal.enteredCurrentStageOn), to: asOf)
  }
}
