/// The forecast call for a period: amounts per category, the cumulative calls, and each
/// person's own numbers beside their roll-up (own + everyone reporting to them).
public struct ForecastReport: Hashable, Sendable, Codable {
  public struct Category: Hashable, Sendable, Codable {
    public var category: ForecastCategory
    public var title: String
    public var count: Int
    public var amount: Int64
  }
  public struct PersonRollUp: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var managerId: String?
    /// The person's own deals.
    public var own: ForecastTotals
    /// Own + every direct and indirect report's deals.
    public var rollUp: ForecastTotals
  }

  public var period: String
  public var asOf: Day
  public var scope: String
  public var currency: String
  /// Closed (won in the period), Commit, Best Case, Pipeline and Omitted for open deals
  /// closing in the period; lost deals are not part of a forecast.
  public var categories: [Category]
  public var cumulative: ForecastCumulative
  /// People in scope, sorted by name.
  public var people: [PersonRollUp]
  /// Deals in scope closing in the period left out of every sum: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

extension Reports {
  /// Forecast categories, cumulative calls and per-person roll-ups for deals closing in `period`.
  public static func forecast(
    _ workspace: Workspace, period: Period, scope: Scope, asOf: Day
  ) -> ForecastReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    // Roll-ups follow the hierarchy wherever it leads, so tally every owner once.
    let all = OwnerTally.byOwner(
      workspace, period: period, owners: Scope.everyone.ownerIds(in: workspace), stages: stages)
    var scoped = OwnerTally()
    for (id, t) in all where owners.contains(id) { scoped = scoped + t }

    let order: [ForecastCategory] = [.closed, .commit, .bestCase, .pipeline, .omitted]
    let categories = order.map {
      ForecastReport.Category(
        category: $0, title: $0.title, count: Int(scoped.bucketCounts[$0]), amount: scoped.buckets[$0])
    }

    let tree = Scope.directReports(in: workspace)
    var memo: [String: ForecastBuckets] = [:]
    func rollUp(_ id: String, _ visiting: inout Set<String>) -> ForecastBuckets {
      if let m = memo[id] { return m }
      var sum = all[id]?.buckets ?? ForecastBuckets()
      visiting.insert(id)
      for child in tree[id] ?? [] where !visiting.contains(child) {
        sum = sum + rollUp(child, &visiting)
      }
      visiting.remove(id)
      memo[id] = sum
      return sum
    }
    var people: [ForecastReport.PersonRollUp] = []
    for p in workspace.people where owners.contains(p.id) {
      var visiting: Set<String> = []
      let rolled = rollUp(p.id, &visiting)
      // Inactive people keep their history but leave roll-ups: a line only for a period they sold in.
      guard p.active || rolled != ForecastBuckets() || all[p.id] != nil else { continue }
      people.append(
        ForecastReport.PersonRollUp(
          id: p.id, name: p.name, managerId: p.managerId,
          own: ForecastTotals(all[p.id]?.buckets ?? ForecastBuckets()), rollUp: ForecastTotals(rolled)))
    }
    people.sort { ($0.name, $0.id) < ($1.name, $1.id) }
    return ForecastReport(
      period: period.description, asOf: asOf, scope: scope.description,
      currency: workspace.settings.currency, categories: categories, cumulative: scoped.buckets.cumulative,
      people: people, unconverted: scoped.unconverted.list)
  }
}
