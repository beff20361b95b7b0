/// Expected bookings for a period: won so far + open deals × historical conversion × age
/// discount + an estimate of deals not created yet; the weighted-pipeline method beside it.
public struct PredictiveForecast: Hashable, Sendable, Codable {
  public struct DealLine: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var ownerId: String
    public var stage: String
    public var amount: Int64
    public var conversion: Double
    public var conversionSource: ConversionModel.Source
    public var ageDays: Int
    public var ageFactor: Double
    /// amount × conversion × ageFactor, rounded.
    public var expected: Int64
  }
  public struct StageRate: Hashable, Sendable, Codable {
    public var stage: String
    public var teamRate: Double?
    public var sample: Int
  }

  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  /// Won deals closing in the period up to asOf.
  public var wonToDate: Int64
  /// Σ expected over open deals closing in the period (Omitted excluded).
  public var openExpected: Int64
  /// Average create-and-win amount of the lookback periods × share of the period remaining.
  public var notYetCreated: Int64
  /// The lookback periods that average came from, and the average itself.
  public var lookbackPeriods: [String]
  public var lookbackAverage: Int64
  /// (days from asOf to period end, inclusive) ÷ period length.
  public var remainingShare: Double
  /// wonToDate + openExpected + notYetCreated.
  public var expected: Int64
  /// Σ amount × probability over the same open deals.
  public var weightedPipeline: Int64
  /// wonToDate + weightedPipeline: the weighted-pipeline method's forecast.
  public var weightedForecast: Int64
  public var typicalCycleDays: Int?
  public var stages: [StageRate]
  /// Closed deals the conversion rates left out: their history shows no open stage.
  public var excludedNoStageHistory: Int
  public var deals: [DealLine]
}

extension Reports {
  /// The predictive forecast for `period` as of `asOf`; conversion is learned from deals closed
  /// before asOf, the create-and-close rate from the `lookback` periods before the current one.
  public static func predictiveForecast(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day, lookback: Int = 4, minSample: Int = 20
  ) -> PredictiveForecast {
    let stages = StageLookup(workspace.settings, today: asOf)
    let model = ConversionModel(workspace, before: asOf, minSample: minSample)
    let owners = scope.ownerIds(in: workspace)
    var won: Int64 = 0
    var weighted: Int64 = 0
    var lines: [PredictiveForecast.DealLine] = []
    for d in workspace.deals where owners.contains(d.ownerId) {
      // A deal whose currency has no rate counts nowhere (`forecast` and `pipeline` list it).
      guard let close = d.closeDate, period.contains(close), let amount = stages.amount(of: d) else {
        continue
      }
      switch stages.kind(of: d) {
      case .won: if close <= asOf { won += amount }
      case .lost: break
      case .open:
        guard stages.forecastCategory(of: d) != .omitted else { continue }
        let (rate, source) = model.rate(stage: d.stage, owner: d.ownerId)
        let age = Metrics.elapsedDays(from: d.createdAt.day, to: asOf)
        let factor = model.ageFactor(ageDays: age)
        weighted += stages.weightedAmount(of: d)
        lines.append(
          PredictiveForecast.DealLine(
            id: d.id, name: d.name, ownerId: d.ownerId, stage: d.stage, amount: amount, conversion: rate,
            conversionSource: source, ageDays: age, ageFactor: factor,
            expected: Ratio.minor(Double(amount) * rate * factor)))
      }
    }
    lines.sort { ($0.expected, $0.id) > ($1.expected, $1.id) }
    let openExpected = lines.reduce(Int64(0)) { $0 + $1.expected }
    let (periods, average) = createAndWinAverage(
      workspace, before: period, count: lookback, asOf: asOf, owners: owners, stages: stages)
    let remainingDays = max(
      0, min(period.length, asOf < period.start ? period.length : asOf.days(to: period.end) + 1))
    let share = Double(remainingDays) / Double(period.length)
    let notYet = Ratio.minor(Double(average) * share)
    let stageRates = stages.openStages.map { s in
      let t = model.teamRate(stage: s.id)
      return PredictiveForecast.StageRate(stage: s.id, teamRate: t.rate, sample: t.sample)
    }
    return PredictiveForecast(
      period: period.description, asOf: asOf, scope: scope.description, currency: workspace.settings.currency,
      wonToDate: won, openExpected: openExpected, notYetCreated: notYet, lookbackPeriods: periods,
      lookbackAverage: average, remainingShare: share, expected: won + openExpected + notYet,
      weightedPipeline: weighted, weightedForecast: won + weighted, typicalCycleDays: model.typicalCycleDays,
      stages: stageRates, excludedNoStageHistory: model.excludedNoStageHistory, deals: lines)
  }

  /// Mean over the `count` periods before `period` (those ending before asOf and not before the
  /// first deal was created) of Σ amount won on deals created and won inside the same period.
  static func createAndWinAverage(
    _ workspace: Workspace, before period: Period, count: Int, asOf: Day, owners: Set<String>,
    stages: StageLookup
  ) -> (periods: [String], average: Int64) {
    let first = workspace.deals.map(\.createdAt.day).min()
    var candidates: [Period] = []
    for i in 1...max(1, count) {
      let p = period.shifted(by: -i)
      guard p.end < asOf, let first, p.end >= first else { continue }
      candidates.append(p)
    }
    guard !candidates.isEmpty else { return ([], 0) }
    var total: Int64 = 0
    for d in workspace.deals where owners.contains(d.ownerId) && stages.isWon(d) {
      guard let close = d.closeDate, close < asOf else { continue }
      let created = d.createdAt.day
      if candidates.contains(where: { $0.contains(created) && $0.contains(close) }) {
        total += stages.amount(of: d) ?? 0
      }
    }
    return (candidates.map(\.description), Ratio.divideRounded(total, Int64(candidates.count)))
  }
}
