import SalesFloorKit

/// Incremental refresh after the cockpit's own edit of a few deals.
///
/// A full `refreshDeals` scans, filters and sorts every deal (about a second at 100k deals);
/// an edit touches one or two, so each list and sum takes the old version out and puts the
/// new one in. The result equals a full rebuild (checked by `CockpitDeltaTests`).
extension CockpitData {
  /// Brings `self` up to date for the deals in `before` (their versions before the change, nil
  /// for deals that did not exist) whose current versions are in `ws` (absent when deleted).
  /// Only valid when nothing but these deals changed; returns false (and changes nothing) when
  /// the sums it needs are missing, so the caller does a full refresh instead.
  public mutating func applyDealChanges(
    before: [String: Deal?], workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day
  ) -> Bool {
    guard var pipe = pipelineTally, var att = attainmentTally, att.period == period else { return false }
    let lookup = StageLookup(ws.settings)
    for (id, old) in before {
      if let old { remove(old, lookup: lookup, period: period, asOf: asOf) }
      if let old { pipe.remove(old, stages: lookup) }
      if let old { att.remove(old, stages: lookup) }
      if let old { adjustWeekly(old, lookup: lookup, asOf: asOf, sign: -1) }
      guard let new = ws.deals[id: id] else { continue }
      insert(new, lookup: lookup, period: period, asOf: asOf)
      pipe.add(new, stages: lookup)
      att.add(new, stages: lookup)
      adjustWeekly(new, lookup: lookup, asOf: asOf, sign: 1)
    }
    pipelineTally = pipe
    attainmentTally = att
    pipeline = pipe.report(stages: lookup, scope: viewer.scope, asOf: asOf, currency: ws.settings.currency)
    attainment = Reports.attainment(ws, tally: att, scope: viewer.scope, asOf: asOf)
    return true
  }

  static func byClose(_ a: Deal, _ b: Deal) -> Bool {
    (a.closeDate ?? Day(ordinal: .max), a.id) < (b.closeDate ?? Day(ordinal: .max), b.id)
  }

  static func byNextStep(_ a: Deal, _ b: Deal) -> Bool {
    (a.nextStepDate ?? Day(ordinal: .max), a.id) < (b.nextStepDate ?? Day(ordinal: .max), b.id)
  }

  private func isListed(_ d: Deal, _ lookup: StageLookup) -> Bool {
    scopeIds.contains(d.ownerId) && lookup.isOpen(d)
  }

  private static func isDue(_ d: Deal, asOf: Day) -> Bool { d.nextStepDate.map { $0 <= asOf } ?? false }

  private static func closes(_ d: Deal, in period: Period) -> Bool {
    d.closeDate.map { period.contains($0) } ?? false
  }

  /// Takes an old version out of the open-deal lists and the stalled map.
  private mutating func remove(_ d: Deal, lookup: StageLookup, period: Period, asOf: Day) {
    guard isListed(d, lookup) else { return }
    Self.remove(d, from: &openDeals, by: Self.byClose)
    // In place (`if var column = …` would copy the whole column before the removal).
    Self.remove(d, from: &dealsByStage[d.stage, default: []], by: Self.byClose)
    if dealsByStage[d.stage]?.isEmpty ?? false { dealsByStage[d.stage] = nil }
    stalled[d.id] = nil
    boardSums[d.stage, default: BoardSum()].add(d, lookup, sign: -1)
    if dealsByStage[d.stage] == nil { boardSums[d.stage] = nil }
    if Self.isDue(d, asOf: asOf) { Self.remove(d, from: &nextStepsDue, by: Self.byNextStep) }
    if Self.closes(d, in: period) { Self.remove(d, from: &closingThisPeriod, by: Self.byClose) }
  }

  /// Puts a new version into the open-deal lists (in their sort order) and the stalled map.
  private mutating func insert(_ d: Deal, lookup: StageLookup, period: Period, asOf: Day) {
    guard isListed(d, lookup) else { return }
    Self.insert(d, into: &openDeals, by: Self.byClose)
    Self.insert(d, into: &dealsByStage[d.stage, default: []], by: Self.byClose)
    let reasons = Metrics.stallReasons(
      d, stage: lookup[d.stage], lastActivity: lastActivity[d.id], asOf: asOf
    )
    .reasons
    stalled[d.id] = reasons.isEmpty ? nil : reasons
    boardSums[d.stage, default: BoardSum()].add(d, lookup, sign: 1)
    if Self.isDue(d, asOf: asOf) { Self.insert(d, into: &nextStepsDue, by: Self.byNextStep) }
    if Self.closes(d, in: period) { Self.insert(d, into: &closingThisPeriod, by: Self.byClose) }
  }

  /// As `Metrics.weeklyBookings`: won deals in scope closed in the window up to asOf.
  private mutating func adjustWeekly(_ d: Deal, lookup: StageLookup, asOf: Day, sign: Int) {
    guard let first = weekly.first?.weekStart, let close = d.closeDate, close >= first, close <= asOf,
      scopeIds.contains(d.ownerId), lookup.isWon(d)
    else { return }
    let i = first.days(to: close) / 7
    guard weekly.indices.contains(i) else { return }
    weekly[i].won += d.amount * Int64(sign)
    weekly[i].count += sign
  }

  /// First index whose element is not ordered before `d`.
  static func lowerBound<C: RandomAccessCollection<Deal>>(
    _ d: Deal, in list: C, by less: (Deal, Deal) -> Bool
  ) -> Int where C.Index == Int {
    var lo = list.startIndex
    var hi = list.endIndex
    while lo < hi {
      let mid = (lo + hi) / 2
      if less(list[mid], d) { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  static func insert(_ d: Deal, into list: inout [Deal], by less: (Deal, Deal) -> Bool) {
    list.insert(d, at: lowerBound(d, in: list, by: less))
  }

  /// Removes the entry with `d`'s id at `d`'s sort position (keys include the id, so it is unique).
  static func remove(_ d: Deal, from list: inout [Deal], by less: (Deal, Deal) -> Bool) {
    let i = lowerBound(d, in: list, by: less)
    if i < list.count, list[i].id == d.id { list.remove(at: i) }
  }
}

/// A board column's money: Σ amount and Σ per-deal weighted amount (as the board shows them).
public struct BoardSum: Sendable, Equatable {
  public var amount: Int64 = 0
  public var weighted: Int64 = 0

  mutating func add(_ d: Deal, _ lookup: StageLookup, sign: Int64) {
    amount += d.amount * sign
    weighted += lookup.weightedAmount(of: d) * sign
  }
}
