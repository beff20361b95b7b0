import SalesFloorKit

/// Integer facts per open deal (index into `CockpitData.openDeals`; amounts converted into the
/// workspace currency) for filtered board columns:
/// a filtered board is bucketed and summed over these arrays, copying no `Deal` values.
/// Kept with the data and patched by its deal deltas.
struct DealFacts: Sendable {
  /// Index into `openStages`, −1 for a stage that has no column.
  var column: [Int32] = []
  var amount: [Int64] = []
  var weighted: [Int64] = []
  /// Column of each open stage id.
  private var slot: [String: Int32] = [:]

  init() {}

  init(deals: [Deal], stages: [Stage], lookup: StageLookup) {
    for (i, st) in stages.enumerated() { slot[st.id] = Int32(i) }
    column.reserveCapacity(deals.count)
    amount.reserveCapacity(deals.count)
    weighted.reserveCapacity(deals.count)
    deals.withUnsafeBufferPointer { all in  // in place: `for d in deals` copies each deal
      for i in all.indices { append(all[i], lookup) }
    }
  }

  mutating func append(_ d: Deal, _ lookup: StageLookup) {
    column.append(slot[d.stage] ?? -1)
    amount.append(lookup.amount(of: d) ?? 0)  // workspace currency; no rate: 0
    weighted.append(lookup.weightedAmount(of: d))
  }

  /// Empty facts with the same stage columns as `other` (for a rebuild slot by slot).
  init(like other: DealFacts) { slot = other.slot }

  /// Appends the facts of `other`'s deals `from..<to` (deals kept by a batch rebuild).
  mutating func append(copiesOf other: DealFacts, from: Int, to: Int) {
    column.append(contentsOf: other.column[from..<to])
    amount.append(contentsOf: other.amount[from..<to])
    weighted.append(contentsOf: other.weighted[from..<to])
  }

  /// Open deal `i` now is `d` (same place in the list).
  mutating func replace(at i: Int, with d: Deal, _ lookup: StageLookup) {
    column[i] = slot[d.stage] ?? -1
    amount[i] = lookup.amount(of: d) ?? 0
    weighted[i] = lookup.weightedAmount(of: d)
  }

  mutating func remove(at i: Int) {
    column.remove(at: i)
    amount.remove(at: i)
    weighted.remove(at: i)
  }

  mutating func insert(_ d: Deal, at i: Int, _ lookup: StageLookup) {
    column.insert(slot[d.stage] ?? -1, at: i)
    amount.insert(lookup.amount(of: d) ?? 0, at: i)
    weighted.insert(lookup.weightedAmount(of: d), at: i)
  }
}
