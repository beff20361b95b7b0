/// Per-owner sums over one period, gathered in a single pass over the deals.
///
/// Every period report starts from this, so 100k deals are read once per report.
struct OwnerTally: Sendable {
  var wonAmount: Int64 = 0
  var wonCount = 0
  var lostAmount: Int64 = 0
  var lostCount = 0
  /// Σ (close − created) days over won deals in the period.
  var cycleDays = 0
  /// Open deals closing in the period, Omitted excluded.
  var openAmount: Int64 = 0
  var openCount = 0
  var buckets = ForecastBuckets()
  /// Number of deals per forecast category (same buckets, counting deals instead of money).
  var bucketCounts = ForecastBuckets()

  static func + (a: OwnerTally, b: OwnerTally) -> OwnerTally {
    var s = a
    s.wonAmount += b.wonAmount
    s.wonCount += b.wonCount
    s.lostAmount += b.lostAmount
    s.lostCount += b.lostCount
    s.cycleDays += b.cycleDays
    s.openAmount += b.openAmount
    s.openCount += b.openCount
    s.buckets = s.buckets + b.buckets
    s.bucketCounts = s.bucketCounts + b.bucketCounts
    return s
  }

  /// Σwon ÷ (Σwon + Σlost) by count.
  var winRate: Double? { Ratio.of(wonCount, wonCount + lostCount) }
  /// Σwon ÷ (Σwon + Σlost) by value.
  var winRateByValue: Double? { Ratio.of(wonAmount, wonAmount + lostAmount) }
  /// Σwon ÷ |won|.
  var averageDealSize: Int64? {
    wonCount == 0 ? nil : Ratio.divideRounded(wonAmount, Int64(wonCount))
  }
  /// Mean (close − created) days over won deals.
  var averageCycleDays: Double? { wonCount == 0 ? nil : Double(cycleDays) / Double(wonCount) }

  /// Tallies deals closing in `period` whose owner is in `owners`, keyed by owner id.
  static func byOwner(
    _ workspace: Workspace, period: Period, owners: Set<String>, stages: StageLookup
  ) -> [String: OwnerTally] {
    var out: [String: OwnerTally] = [:]
    let start = period.start
    let end = period.end
    for deal in workspace.deals {
      guard let close = deal.closeDate, close >= start, close <= end, owners.contains(deal.ownerId)
      else { continue }
      out[deal.ownerId, default: OwnerTally()].add(deal, closing: close, stages: stages)
    }
    return out
  }

  /// Adds one deal that closes in the period (mutated in place in the dictionary).
  mutating func add(_ deal: Deal, closing close: Day, stages: StageLookup) {
    switch stages.kind(of: deal) {
    case .won:
      wonAmount += deal.amount
      wonCount += 1
      cycleDays += deal.createdAt.day.days(to: close)
      buckets.closed += deal.amount
      bucketCounts.closed += 1
    case .lost:
      lostAmount += deal.amount
      lostCount += 1
    case .open:
      let c = stages.forecastCategory(of: deal)
      buckets[c] += deal.amount
      bucketCounts[c] += 1
      if c != .omitted {
        openAmount += deal.amount
        openCount += 1
      }
    }
  }

  /// The sum of every owner's tally.
  static func total(_ tallies: [String: OwnerTally]) -> OwnerTally {
    tallies.values.reduce(OwnerTally(), +)
  }
}
