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
  /// Deals in the period left out because their currency has no rate.
  var unconverted = UnconvertedSet()

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
    s.unconverted.merge(b.unconverted)
    return s
  }

  /// Σwon ÷ (Σwon + Σlost) by count.
  var winRateByCount: Double? { Ratio.of(wonCount, wonCount + lostCount) }
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
    // Read the deals in place: `for deal in workspace.deals` copies each one (a dozen retains
    // and releases), which made a period switch over 100k deals cost tens of milliseconds.
    workspace.deals.items.withUnsafeBufferPointer { deals in
      for i in deals.indices {
        guard let close = deals[i].closeDate, close >= start, close <= end,
          owners.contains(deals[i].ownerId)
        else { continue }
        out[deals[i].ownerId, default: OwnerTally()].add(deals[i], closing: close, stages: stages)
      }
    }
    return out
  }

  /// Adds one deal that closes in the period (mutated in place in the dictionary); `sign` −1
  /// takes a previously added deal back out, so an edit can update a tally without a rescan.
  mutating func add(_ deal: Deal, closing close: Day, stages: StageLookup, sign: Int = 1) {
    guard let converted = stages.amount(of: deal) else {
      unconverted.adjust(deal, sign: sign)
      return
    }
    let amount = converted * Int64(sign)
    switch stages.kind(of: deal) {
    case .won:
      wonAmount += amount
      wonCount += sign
      cycleDays += Metrics.elapsedDays(from: deal.createdAt.day, to: close) * sign
      buckets.closed += amount
      bucketCounts.closed += Int64(sign)
    case .lost:
      lostAmount += amount
      lostCount += sign
    case .open:
      let c = stages.forecastCategory(of: deal)
      buckets[c] += amount
      bucketCounts[c] += Int64(sign)
      if c != .omitted {
        openAmount += amount
        openCount += sign
      }
    }
  }

  /// The sum of every owner's tally.
  static func total(_ tallies: [String: OwnerTally]) -> OwnerTally {
    tallies.values.reduce(OwnerTally(), +)
  }
}
