import SalesFloorKit

/// The pipeline pane's filtered and sorted deals, kept in the state and rebuilt only when its
/// inputs change (data generation, filter, sort, direction, view mode).
///
/// Why: with 100k deals, filtering and sorting inside `render` cost tens of milliseconds per
/// frame; with this cache, moving the selection and drawing a frame touch only the visible rows,
/// and typing a filter narrows the previous match list instead of rescanning every deal.
public struct PipelineCache: Sendable {
  /// What the cached lists were computed from.
  public struct Key: Hashable, Sendable {
    var generation: Int
    var filter: String
    var sort: PipelineSort
    var descending: Bool
    var mode: PipelineMode
  }

  public internal(set) var key: Key
  /// Indexes into `CockpitData.openDeals` that match the filter (all when the filter is empty).
  var matching: [Int32]
  /// Board: filtered deals per open stage, in close-date order, with their sums.
  public internal(set) var columns: [(stage: Stage, deals: DealColumn)]
  public internal(set) var columnTotals: [(amount: Int64, weighted: Int64)]
  /// Table: indexes into `CockpitData.openDeals` of the filtered deals in the table's sort order
  /// (only filled in table mode). Indexes, not deals: copying 100k deal values costs ~20 ms.
  public internal(set) var table: [Int32]
  /// Orderings of all open deals per sort (indexes into `openDeals`), computed on first use.
  var orderings: [PipelineSort: [Int32]]

  /// The key the cache must have to be valid for `s`.
  static func key(for s: CockpitState) -> Key {
    Key(
      generation: s.dataGeneration, filter: s.filter(for: .pipeline).lowercased(), sort: s.pipeline.sort,
      descending: s.pipeline.descending, mode: s.pipeline.mode)
  }

  /// Builds the cache for `s`, reusing what `previous` computed for the same data.
  init(_ s: CockpitState, previous: PipelineCache?) {
    let key = Self.key(for: s)
    let data = s.data
    let sameData = previous?.key.generation == key.generation
    orderings = sameData ? previous?.orderings ?? [:] : [:]
    // Filter: narrow the previous matches when the new filter extends the old one (typing).
    if key.filter.isEmpty {
      matching = Array(0..<Int32(data.openDeals.count))
    } else {
      let needle = Array(key.filter.utf8)
      let index = data.search
      let candidates: [Int32]
      if sameData, let previous, !previous.key.filter.isEmpty, key.filter.hasPrefix(previous.key.filter) {
        candidates = previous.matching
      } else {
        candidates = Array(0..<Int32(data.openDeals.count))
      }
      // A deal matches by its text or by its stage's name (one test per stage, not per deal).
      let stageHit = data.openStages.map { $0.name.lowercased().contains(key.filter) }
      let column = data.facts.column
      matching = candidates.filter { i in
        let c = Int(column[Int(i)])
        return (c >= 0 && stageHit[c]) || index.matches(Int(i), needle)
      }
    }
    // Board columns.
    if key.filter.isEmpty {
      columns = data.openStages.map { ($0, data.deals(inStage: $0.id)) }
      columnTotals = data.openStages.map {
        let sum = data.boardSums[$0.id] ?? BoardSum()
        return (sum.amount, sum.weighted)
      }
    } else {
      let known = data.facts
      var byColumn = [[Int32]](repeating: [], count: data.openStages.count)
      var sums = [(amount: Int64, weighted: Int64)](repeating: (0, 0), count: data.openStages.count)
      for i in matching {
        let c = Int(known.column[Int(i)])
        guard c >= 0 else { continue }
        byColumn[c].append(i)
        sums[c].amount += known.amount[Int(i)]
        sums[c].weighted += known.weighted[Int(i)]
      }
      columns = data.openStages.indices.map {
        (data.openStages[$0], DealColumn(indexes: byColumn[$0], of: data.openDeals))
      }
      columnTotals = sums
    }
    self.key = key
    table = []
    if key.mode == .table { table = makeTable(s) }
    if key.mode == .board, key.sort != .closeDate || key.descending { sortColumns(s) }
  }

  /// Board: orders each column's cards by the table's sort (`s`), keeping each column's deals.
  private mutating func sortColumns(_ s: CockpitState) {
    let data = s.data
    var order = ordering(key.sort, s)
    if key.descending { order.reverse() }
    var keep: [Bool]?
    if matching.count != data.openDeals.count {
      var mask = [Bool](repeating: false, count: data.openDeals.count)
      for i in matching { mask[Int(i)] = true }
      keep = mask
    }
    var byColumn = [[Int32]](repeating: [], count: data.openStages.count)
    for i in order where keep?[Int(i)] ?? true {
      let c = Int(data.facts.column[Int(i)])
      if c >= 0 { byColumn[c].append(i) }
    }
    columns = data.openStages.indices.map {
      (data.openStages[$0], DealColumn(indexes: byColumn[$0], of: data.openDeals))
    }
  }

  /// The filtered deals in the table's order.
  private mutating func makeTable(_ s: CockpitState) -> [Int32] {
    let count = s.data.openDeals.count
    let order = ordering(key.sort, s)
    var result: [Int32]
    if matching.count == count {
      result = order
    } else {
      var keep = [Bool](repeating: false, count: count)
      for i in matching { keep[Int(i)] = true }
      result = order.filter { keep[Int($0)] }
    }
    if key.descending { result.reverse() }
    return result
  }

  /// All open deals' indexes in `sort` order (ties by id as `PipelineView.tableDeals` orders them).
  private mutating func ordering(_ sort: PipelineSort, _ s: CockpitState) -> [Int32] {
    if let cached = orderings[sort] { return cached }
    if let kept = s.data.sortOrders[sort] { return kept }
    let deals = s.data.openDeals
    var idx = Array(0..<Int32(deals.count))
    switch sort {
    case .closeDate: break  // openDeals is in close-date order
    case .amount:
      idx.sort { a, b in
        let x = deals[Int(a)]
        let y = deals[Int(b)]
        return (x.amount, y.id) > (y.amount, x.id)
      }
    case .daysInStage:
      let days = deals.map { Metrics.daysInStage($0, asOf: s.asOf) }
      idx.sort { a, b in
        (days[Int(a)], deals[Int(b)].id) > (days[Int(b)], deals[Int(a)].id)
      }
    case .owner:
      let people = s.workspace.people
      let names = deals.map { people[id: $0.ownerId]?.name ?? $0.ownerId }
      idx.sort { a, b in
        (names[Int(a)], deals[Int(a)].id) < (names[Int(b)], deals[Int(b)].id)
      }
    }
    orderings[sort] = idx
    return idx
  }
}
