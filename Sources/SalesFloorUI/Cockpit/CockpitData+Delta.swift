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
    let lookup = StageLookup(ws.settings, today: asOf)
    let batched = before.count >= Self.batchThreshold
    if batched {
      let pairs = before.map { id, old in (old: old, new: ws.deals[id: id]) }
      replaceBatch(pairs, workspace: ws, lookup: lookup, period: period, asOf: asOf)
    }
    for (id, old) in before {
      let new = ws.deals[id: id]
      if !batched { replace(old, with: new, workspace: ws, lookup: lookup, period: period, asOf: asOf) }
      if let old {
        pipe.remove(old, stages: lookup)
        att.remove(old, stages: lookup)
        if let p = talliedPeriod(of: old, besides: period) { tallies[p]?.remove(old, stages: lookup) }
        adjustWeekly(old, lookup: lookup, asOf: asOf, sign: -1)
      }
      guard let new else { continue }
      pipe.add(new, stages: lookup)
      att.add(new, stages: lookup)
      if let p = talliedPeriod(of: new, besides: period) {
        tallies[p, default: AttainmentTally(empty: p, owners: scopeIds)].add(new, stages: lookup)
      }
      adjustWeekly(new, lookup: lookup, asOf: asOf, sign: 1)
    }
    pipelineTally = pipe
    attainmentTally = att
    tallies[period] = att
    pipeline = pipe.report(stages: lookup, scope: viewer.scope, asOf: asOf, currency: ws.settings.currency)
    var owners: Set<String> = []
    for (id, old) in before {
      if let o = old?.ownerId { owners.insert(o) }
      if let n = ws.deals[id: id]?.ownerId { owners.insert(n) }
    }
    attainment = Reports.attainment(
      updating: attainment, changedOwners: owners, ws, tally: att, scope: viewer.scope, asOf: asOf,
      quotas: quotaBook)
    reports = [period: attainment]
    return true
  }

  /// The kept period (other than the current one, which is `attainmentTally`) `d` counts in.
  private func talliedPeriod(of d: Deal, besides current: Period) -> Period? {
    guard let kind = talliedKind, let close = d.closeDate else { return nil }
    let p = Period.containing(close, kind: kind, fiscalStartMonth: current.fiscalStartMonth)
    return p == current ? nil : p
  }

  static func byClose(_ a: Deal, _ b: Deal) -> Bool {
    (a.closeDate ?? Day(ordinal: .max), a.id) < (b.closeDate ?? Day(ordinal: .max), b.id)
  }

  static func byNextStep(_ a: Deal, _ b: Deal) -> Bool {
    (a.nextStepDate ?? Day(ordinal: .max), a.id) < (b.nextStepDate ?? Day(ordinal: .max), b.id)
  }

  func isListed(_ d: Deal, _ lookup: StageLookup) -> Bool {
    scopeIds.contains(d.ownerId) && lookup.isOpen(d)
  }

  static func isDue(_ d: Deal, asOf: Day) -> Bool { d.nextStepDate.map { $0 <= asOf } ?? false }

  /// Swaps `old` for `new` (either may be nil) in the open-deal lists, the stalled map and the
  /// column sums. A list whose sort key did not change (a stage move keeps the close date) is
  /// updated in place; only a changed key removes and inserts, which shifts the array.
  private mutating func replace(
    _ old: Deal?, with new: Deal?, workspace ws: Workspace, lookup: StageLookup, period: Period, asOf: Day
  ) {
    var names = DealSearchIndex.Names(ws)
    let o = old.flatMap { isListed($0, lookup) ? $0 : nil }
    let n = new.flatMap { isListed($0, lookup) ? $0 : nil }
    guard o != nil || n != nil else { return }
    if let o, let n, !Self.byClose(o, n), !Self.byClose(n, o),
      case let i = Self.lowerBound(o, in: openDeals, by: Self.byClose), i < openDeals.count,
      openDeals[i].id == o.id
    {
      // Same place in close-date order (a stage move): replace, and move the index between columns.
      moveInSortOrders(Int32(i), from: o, to: n, asOf: asOf)
      openDeals[i] = n
      search.replace(at: i, with: names.text(n))
      facts.replace(at: i, with: n, lookup)
      if o.stage != n.stage {
        removeIndex(Int32(i), stage: o.stage)
        insertIndex(Int32(i), stage: n.stage)
      }
    } else {
      if let o {
        let i = Self.lowerBound(o, in: openDeals, by: Self.byClose)
        if i < openDeals.count, openDeals[i].id == o.id {
          openDeals.remove(at: i)
          search.remove(at: i)
          facts.remove(at: i)
          removeIndex(Int32(i), stage: o.stage)
          shiftIndexes(after: Int32(i), by: -1)
          removeFromSortOrders(Int32(i), shift: true)
        }
      }
      if let n {
        let j = Self.lowerBound(n, in: openDeals, by: Self.byClose)
        openDeals.insert(n, at: j)
        search.insert(names.text(n), at: j)
        facts.insert(n, at: j, lookup)
        shiftIndexes(after: Int32(j) - 1, by: 1)
        insertIndex(Int32(j), stage: n.stage)
        insertIntoSortOrders(Int32(j), n, shift: true, asOf: asOf)
      }
    }
    if let o {
      boardSums[o.stage, default: BoardSum()].add(o, lookup, sign: -1)
      if stageIndexes[o.stage] == nil { boardSums[o.stage] = nil }
    }
    if let n { boardSums[n.stage, default: BoardSum()].add(n, lookup, sign: 1) }
    if let o { stalled[o.id] = nil }
    if let n {
      let reasons = Metrics.stallReasons(
        n, stage: lookup[n.stage], lastActivity: lastActivity[n.id], asOf: asOf
      )
      .reasons
      stalled[n.id] = reasons.isEmpty ? nil : reasons
    }
    func due(_ d: Deal?) -> Deal? { d.flatMap { Self.isDue($0, asOf: asOf) ? $0 : nil } }
    Self.update(due(o), due(n), in: &nextStepsDue, by: Self.byNextStep)
    locateClosing(period)
  }

  /// Takes open-deal index `i` out of a stage's column (dropping the column when it empties).
  private mutating func removeIndex(_ i: Int32, stage: String) {
    guard var column = stageIndexes.removeValue(forKey: stage) else { return }
    let at = Self.lowerBound(i, in: column)
    if at < column.count, column[at] == i { column.remove(at: at) }
    if !column.isEmpty { stageIndexes[stage] = column }
  }

  /// Puts open-deal index `i` into a stage's column in order.
  private mutating func insertIndex(_ i: Int32, stage: String) {
    var column = stageIndexes.removeValue(forKey: stage) ?? []
    column.insert(i, at: Self.lowerBound(i, in: column))
    stageIndexes[stage] = column
  }

  /// After an insert or removal in `openDeals`: every index greater than `after` moves by `delta`.
  private mutating func shiftIndexes(after: Int32, by delta: Int32) {
    for k in stageIndexes.values.indices {
      stageIndexes.values[k].withUnsafeMutableBufferPointer { column in
        for c in column.indices where column[c] > after { column[c] += delta }
      }
    }
  }

  static func lowerBound(_ i: Int32, in column: [Int32]) -> Int { column.partitionPoint { $0 < i } }

  /// As `Metrics.weeklyBookings`: won deals in scope closed in the window up to asOf.
  private mutating func adjustWeekly(_ d: Deal, lookup: StageLookup, asOf: Day, sign: Int) {
    guard let first = weekly.first?.weekStart, let close = d.closeDate, close >= first, close <= asOf,
      scopeIds.contains(d.ownerId), lookup.isWon(d)
    else { return }
    let i = first.days(to: close) / 7
    guard weekly.indices.contains(i) else { return }
    // No rate for its currency: counted nowhere, as in `Metrics.weeklyBookings`.
    guard let amount = lookup.amount(of: d) else { return }
    weekly[i].won += amount * Int64(sign)
    weekly[i].count += sign
  }

  /// First index whose element is not ordered before `d`.
  static func lowerBound<E, C: RandomAccessCollection<E>>(
    _ d: E, in list: C, by less: (E, E) -> Bool
  ) -> Int where C.Index == Int {
    list.partitionPoint { less($0, d) }
  }

  /// Replaces `old` by `new` in a sorted list (nil: absent before / after). The order's keys end
  /// with the id, so each record has one place.
  static func update<E: Identifiable>(_ old: E?, _ new: E?, in list: inout [E], by less: (E, E) -> Bool)
  where E.ID == String {
    if let old, let new, !less(old, new), !less(new, old) {
      let i = lowerBound(old, in: list, by: less)
      if i < list.count, list[i].id == old.id {
        list[i] = new
        return
      }
    }
    if let old {
      let i = lowerBound(old, in: list, by: less)
      if i < list.count, list[i].id == old.id { list.remove(at: i) }
    }
    if let new { list.insert(new, at: lowerBound(new, in: list, by: less)) }
  }
}

/// A board column's money: Σ amount and Σ per-deal weighted amount (as the board shows them), in
/// the workspace currency (a deal without a rate adds nothing, as in `PipelineTally`).
public struct BoardSum: Sendable, Equatable {
  public var amount: Int64 = 0
  public var weighted: Int64 = 0

  mutating func add(_ d: Deal, _ lookup: StageLookup, sign: Int64) {
    amount += (lookup.amount(of: d) ?? 0) * sign
    weighted += lookup.weightedAmount(of: d) * sign
  }
}
