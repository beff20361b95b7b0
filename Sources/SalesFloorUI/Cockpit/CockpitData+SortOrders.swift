import SalesFloorKit

/// The pipeline table's sort orders over all open deals, kept with the data.
///
/// Why: sorting 100k deals by amount, days in stage or owner takes 20–60 ms, so computing an
/// order on the first `s` (and again after every edit, when the cache was keyed by data
/// generation) broke the 5 ms keystroke budget. The orders are built once when deals are
/// scanned and patched by `applyDealChanges` like the other lists.
extension CockpitData {
  /// Sort keys of one open deal, in the order `PipelineView.tableDeals` defines.
  struct SortKeys {
    var amount: Int64
    var days: Int
    var owner: String
    var id: String
  }

  /// `d`'s keys for the table's sorts (owner by display name, as the table shows it). With
  /// `only`, just the key that sort compares (and the id): a binary search computes thousands of
  /// keys, and days in stage reads the deal's history.
  static func sortKeys(
    _ d: Deal, asOf: Day, ownerNames: [String: String], only: PipelineSort? = nil
  ) -> SortKeys {
    SortKeys(
      amount: only == nil || only == .amount ? d.amount : 0,
      days: only == nil || only == .daysInStage ? Metrics.daysInStage(d, asOf: asOf) : 0,
      owner: only == nil || only == .owner ? ownerNames[d.ownerId] ?? d.ownerId : "",
      id: d.id)
  }

  /// Whether a deal with keys `a` comes before one with keys `b` in `sort` (ties by id).
  static func precedes(_ a: SortKeys, _ b: SortKeys, in sort: PipelineSort) -> Bool {
    switch sort {
    case .closeDate: return false  // `openDeals` order; not kept here
    case .amount: return a.amount != b.amount ? a.amount > b.amount : a.id < b.id
    case .daysInStage: return a.days != b.days ? a.days > b.days : a.id < b.id
    case .owner: return a.owner != b.owner ? a.owner < b.owner : a.id < b.id
    }
  }

  /// Sorts other than close date, whose orders are kept.
  static let keptSorts: [PipelineSort] = [.amount, .daysInStage, .owner]

  /// Builds every kept order from `openDeals` (sorting small key records, not deals).
  mutating func buildSortOrders(_ ws: Workspace, asOf: Day) {
    ownerNames = Dictionary(ws.people.items.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let keys = openDealKeys(asOf: asOf)
    sortOrders = Dictionary(uniqueKeysWithValues: Self.keptSorts.map { ($0, Self.order(keys, by: $0)) })
  }

  /// Sorts one kept order afresh (after the owner names it sorts by changed).
  mutating func rebuildSortOrder(_ sort: PipelineSort, asOf: Day) {
    sortOrders[sort] = Self.order(openDealKeys(asOf: asOf), by: sort)
  }

  private func openDealKeys(asOf: Day) -> [SortKeys] {
    let names = ownerNames
    return openDeals.withUnsafeBufferPointer { all in
      all.indices.map { Self.sortKeys(all[$0], asOf: asOf, ownerNames: names) }
    }
  }

  private static func order(_ keys: [SortKeys], by sort: PipelineSort) -> [Int32] {
    var idx = Array(0..<Int32(keys.count))
    keys.withUnsafeBufferPointer { k in
      idx.sort { Self.precedes(k[Int($0)], k[Int($1)], in: sort) }
    }
    return idx
  }

  /// Open-deal index `i` changes from `old` to `new` in place (a stage move, an amount edit):
  /// only the orders whose key changed move it, found by binary search. Call before
  /// `openDeals[i]` is replaced (the search for `old` reads the list as it was).
  mutating func moveInSortOrders(_ i: Int32, from old: Deal, to new: Deal, asOf: Day) {
    let names = ownerNames
    let a = Self.sortKeys(old, asOf: asOf, ownerNames: names)
    let b = Self.sortKeys(new, asOf: asOf, ownerNames: names)
    let deals = openDeals
    deals.withUnsafeBufferPointer { buf in  // read in place: an array subscript copies the deal
      func key(_ index: Int32) -> SortKeys { Self.sortKeys(buf[Int(index)], asOf: asOf, ownerNames: names) }
      for k in sortOrders.values.indices {
        let sort = sortOrders.keys[k]
        if !Self.precedes(a, b, in: sort) && !Self.precedes(b, a, in: sort) { continue }
        Self.reposition(&sortOrders.values[k], i, from: a, to: b, sort: sort, key: key)
      }
    }
  }

  /// Moves `i` within one order from its place for keys `a` to its place for keys `b`.
  private static func reposition(
    _ order: inout [Int32], _ i: Int32, from a: SortKeys, to b: SortKeys, sort: PipelineSort,
    key: (Int32) -> SortKeys
  ) {
    func lowerBound(_ target: SortKeys) -> Int {
      order.partitionPoint { $0 != i && precedes(key($0), target, in: sort) }
    }
    let found = lowerBound(a)
    guard let at = found < order.count && order[found] == i ? found : order.firstIndex(of: i) else { return }
    order.remove(at: at)
    order.insert(i, at: lowerBound(b))
  }

  /// Takes open-deal index `i` out of every kept order; indexes above it are shifted down when
  /// `shift` (the deal left `openDeals`).
  mutating func removeFromSortOrders(_ i: Int32, shift: Bool) {
    for k in sortOrders.values.indices {
      var found = false
      sortOrders.values[k].withUnsafeMutableBufferPointer { order in
        var write = 0
        for read in order.indices {
          let v = order[read]
          if v == i {
            found = true
            continue
          }
          order[write] = shift && v > i ? v - 1 : v
          write += 1
        }
      }
      if found { sortOrders.values[k].removeLast() }
    }
  }

  /// Puts open-deal index `j` (now holding `d`) into every kept order; indexes at or above it
  /// are shifted up first when `shift` (the deal was inserted into `openDeals`).
  mutating func insertIntoSortOrders(_ j: Int32, _ d: Deal, shift: Bool, asOf: Day) {
    let key = Self.sortKeys(d, asOf: asOf, ownerNames: ownerNames)
    let deals = openDeals
    let names = ownerNames
    for k in sortOrders.values.indices {
      let sort = sortOrders.keys[k]
      if shift {
        sortOrders.values[k].withUnsafeMutableBufferPointer { order in
          for c in order.indices where order[c] >= j { order[c] += 1 }
        }
      }
      let at = deals.withUnsafeBufferPointer { buf in
        sortOrders.values[k].partitionPoint {
          Self.precedes(Self.sortKeys(buf[Int($0)], asOf: asOf, ownerNames: names, only: sort), key, in: sort)
        }
      }
      sortOrders.values[k].insert(j, at: at)
    }
  }

  /// After a batch rebuilt `openDeals`: kept indexes renumbered through `newIndex` (-1: gone),
  /// then the new list's `inserting` positions spliced into each order at their places (one
  /// binary search each, one copy of the order).
  mutating func renumberSortOrders(_ newIndex: [Int32], inserting positions: [Int32], asOf: Day) {
    let names = ownerNames
    let deals = openDeals
    deals.withUnsafeBufferPointer { buf in  // read in place: an array subscript copies the deal
      renumberSortOrders(newIndex, inserting: positions) {
        Self.sortKeys(buf[Int($0)], asOf: asOf, ownerNames: names, only: $1)
      }
    }
  }

  private mutating func renumberSortOrders(
    _ newIndex: [Int32], inserting positions: [Int32], key: (Int32, PipelineSort?) -> SortKeys
  ) {
    let newKeys = positions.map { ($0, key($0, nil)) }
    for k in sortOrders.values.indices {
      let sort = sortOrders.keys[k]
      var kept: [Int32] = []
      kept.reserveCapacity(sortOrders.values[k].count)
      for v in sortOrders.values[k] where newIndex[Int(v)] >= 0 { kept.append(newIndex[Int(v)]) }
      let adding = newKeys.sorted { Self.precedes($0.1, $1.1, in: sort) }
      var out: [Int32] = []
      out.reserveCapacity(kept.count + adding.count)
      var start = 0
      for (position, keys) in adding {
        let at = kept[start...].partitionPoint { Self.precedes(key($0, sort), keys, in: sort) }
        out.append(contentsOf: kept[start..<at])
        out.append(position)
        start = at
      }
      out.append(contentsOf: kept[start...])
      sortOrders.values[k] = out
    }
  }
}
