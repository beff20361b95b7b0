/// How well the predictive and the weighted-pipeline methods would have called past periods.
public struct ForecastBacktest: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    public var period: String
    /// The day the pipeline was rebuilt as of (the period's first day).
    public var asOf: Day
    /// Won amount with a close date in the period (today's data).
    public var actual: Int64
    public var predictive: Int64
    public var weighted: Int64
    /// 1 − |F − A| ÷ A; nil when A is 0.
    public var predictiveAccuracy: Double?
    public var weightedAccuracy: Double?
  }
  public var scope: String
  public var currency: String
  /// Oldest first.
  public var periods: [Row]
  /// Means over the rows that have an accuracy.
  public var meanPredictiveAccuracy: Double?
  public var meanWeightedAccuracy: Double?
}

extension Reports {
  /// Backtests the `count` periods (of `kind`) before the one containing `asOf`: the pipeline is
  /// rebuilt as of each period's first day, both methods forecast it, and today's won amount in
  /// that period is the actual.
  public static func forecastBacktest(
    _ workspace: Workspace, kind: Period.Kind, count: Int, scope: Scope, asOf: Day
  ) -> ForecastBacktest {
    let fiscal = workspace.settings.fiscalYearStartMonth
    let current = Period.containing(asOf, kind: kind, fiscalStartMonth: fiscal)
    let stages = StageLookup(workspace.settings)
    let owners = scope.ownerIds(in: workspace)
    var rows: [ForecastBacktest.Row] = []
    for i in stride(from: max(1, count), through: 1, by: -1) {
      let p = current.shifted(by: -i)
      let then = DealHistory.workspace(workspace, asOf: Timestamp(day: p.start))
      let f = predictiveForecast(then, period: p, scope: scope, asOf: p.start)
      var actual: Int64 = 0
      for d in workspace.deals where owners.contains(d.ownerId) && stages.isWon(d) {
        if let c = d.closeDate, p.contains(c) { actual += stages.amount(of: d) ?? 0 }
      }
      rows.append(
        ForecastBacktest.Row(
          period: p.description, asOf: p.start, actual: actual, predictive: f.expected,
          weighted: f.weightedForecast,
          predictiveAccuracy: Metrics.forecastAccuracy(forecast: f.expected, actual: actual),
          weightedAccuracy: Metrics.forecastAccuracy(forecast: f.weightedForecast, actual: actual)))
    }
    func mean(_ xs: [Double?]) -> Double? {
      let v = xs.compactMap { $0 }
      return v.isEmpty ? nil : v.reduce(0, +) / Double(v.count)
    }
    return ForecastBacktest(
      scope: scope.description, currency: workspace.settings.currency, periods: rows,
      meanPredictiveAccuracy: mean(rows.map(\.predictiveAccuracy)),
      meanWeightedAccuracy: mean(rows.map(\.weightedAccuracy)))
  }
}
