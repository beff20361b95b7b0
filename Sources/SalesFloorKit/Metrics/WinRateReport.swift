/// Won versus lost over deals closed in a period.
public struct WinRateReport: Hashable, Sendable, Codable {
  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  public var wonCount: Int
  public var lostCount: Int
  /// |won| ÷ (|won| + |lost|); nil when nothing closed.
  public var winRateByCount: Double?
  /// Σwon ÷ (Σwon + Σlost); nil when nothing closed.
  public var winRateByValue: Double?
  public var wonAmount: Int64
  public var lostAmount: Int64
  /// Σwon ÷ |won|; nil when nothing was won.
  public var averageDealSize: Int64?
  /// Mean (close − created) days over won deals; nil when nothing was won.
  public var averageCycleDays: Double?
  /// Deals in scope closed in the period left out of every figure: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

/// Sales velocity: how much money the pipeline turns into per day.
public struct VelocityReport: Hashable, Sendable, Codable {
  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  /// Open deals in a stage at or after the second open stage (any close date).
  public var qualifiedOpenCount: Int
  public var qualifiedOpenAmount: Int64
  /// Win rate by count, average deal size and cycle over deals closed in the period.
  public var winRateByCount: Double?
  public var averageDealSize: Int64?
  public var averageCycleDays: Double?
  /// qualified count × win rate × average deal ÷ cycle days, minor units per day; nil when a
  /// factor is unknown. A cycle under one day counts as one day.
  public var velocityPerDay: Int64?
  /// Deals left out of every figure: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

extension Reports {
  /// Win rates, average deal size and sales cycle over deals in scope closed in `period`.
  public static func winRate(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day
  ) -> WinRateReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    let t = OwnerTally.total(OwnerTally.byOwner(workspace, period: period, owners: owners, stages: stages))
    return WinRateReport(
      period: period.description, asOf: asOf, scope: scope.description,
      currency: workspace.settings.currency, wonCount: t.wonCount, lostCount: t.lostCount,
      winRateByCount: t.winRateByCount, winRateByValue: t.winRateByValue, wonAmount: t.wonAmount,
      lostAmount: t.lostAmount,
      averageDealSize: t.averageDealSize, averageCycleDays: t.averageCycleDays,
      unconverted: t.unconverted.list)
  }

  /// Velocity from today's qualified open deals and the period's win rate, deal size and cycle.
  public static func velocity(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day
  ) -> VelocityReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    var t = OwnerTally()
    var qualifiedCount = 0
    var qualifiedAmount: Int64 = 0
    let start = period.start
    let end = period.end
    for deal in workspace.deals where owners.contains(deal.ownerId) {
      let closes = deal.closeDate.map { $0 >= start && $0 <= end } ?? false
      guard stages.isQualified(deal) || closes else { continue }
      guard let amount = stages.amount(of: deal) else {
        t.unconverted.adjust(deal, sign: 1)
        continue
      }
      if stages.isQualified(deal) {
        qualifiedCount += 1
        qualifiedAmount += amount
      }
      guard closes, let close = deal.closeDate else { continue }
      switch stages.kind(of: deal) {
      case .won:
        t.wonCount += 1
        t.wonAmount += amount
        t.cycleDays += Metrics.elapsedDays(from: deal.createdAt.day, to: close)
      case .lost:
        t.lostCount += 1
      case .open:
        break
      }
    }
    var velocity: Int64?
    if let w = t.winRateByCount, let avg = t.averageDealSize, let cycle = t.averageCycleDays {
      velocity = Ratio.minor(Double(qualifiedCount) * w * Double(avg) / max(1, cycle))
    }
    return VelocityReport(
      period: period.description, asOf: asOf, scope: scope.description,
      currency: workspace.settings.currency, qualifiedOpenCount: qualifiedCount,
      qualifiedOpenAmount: qualifiedAmount, winRateByCount: t.winRateByCount,
      averageDealSize: t.averageDealSize,
      averageCycleDays: t.averageCycleDays, velocityPerDay: velocity, unconverted: t.unconverted.list)
  }
}
