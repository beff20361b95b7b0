import SalesFloorKit

/// Many deals changed at once (an import, a sync round, another process's bulk edit).
///
/// Why a path of its own: patching one deal at a time inserts into and removes from the
/// close-ordered open-deal list and every index kept beside it, each an O(n) shift; 500 deals
/// cost ~0.3 s at 100k deals that way. Here every list is rebuilt once by merging: the deals that
/// stay are copied in order, the new versions merged in at their places, and the indexes that
/// point into the list are renumbered through one old → new map. The result equals a full
/// rebuild (`CockpitChangeSetTests`), at a fraction of its cost.
extension CockpitData {
  /// From this many changed deals on, one merge is cheaper than patching deal by deal.
  static let batchThreshold = 12

  /// Where each slot of the rebuilt open-deal list comes from.
  private enum Source {
    case kept(Int)
    case inserted(Int)
  }

  /// Replaces the listed versions of every pair at once (the list work of `replace`, batched).
  mutating func replaceBatch(
    _ pairs: [(old: Deal?, new: Deal?)], workspace ws: Workspace, lookup: StageLookup, period: Period,
    asOf: Day
  ) {
    var removed: [Int] = []
    var inserted: [Deal] = []
    var dueOld: [Deal] = []
    var dueNew: [Deal] = []
    for (old, new) in pairs {
      if let o = old, isListed(o, lookup) {
        let i = Self.lowerBound(o, in: openDeals, by: Self.byClose)
        if i < openDeals.count, openDeals[i].id == o.id { removed.append(i) }
        if Self.isDue(o, asOf: asOf) { dueOld.append(o) }
        stalled[o.id] = nil
      }
      if let n = new, isListed(n, lookup) {
        inserted.append(n)
        if Self.isDue(n, asOf: asOf) { dueNew.append(n) }
      }
    }
    removed.sort()
    inserted.sort(by: Self.byClose)

    // One merge of the kept deals and the new versions, in close-date order: where each slot of
    // the new list comes from, and each kept deal's new index.
    let (sources, newIndex) = openDeals.withUnsafeBufferPointer { all in
      Self.plan(
        count: all.count, removed: removed,
        insertAt: inserted.map { n in all.partitionPoint { Self.byClose($0, n) } })
    }
    Self.rearrange(&openDeals, newIndex: newIndex, sources: sources, inserted: inserted)

    // The lists kept beside `openDeals`, slot by slot from the same sources.
    var names = DealSearchIndex.Names(ws)
    var text = DealSearchIndex()
    var facts = DealFacts(like: self.facts)
    text.bytes.reserveCapacity(search.bytes.count)
    text.starts.reserveCapacity(sources.count + 1)
    var k = 0
    while k < sources.count {
      switch sources[k] {
      case .kept(let first):
        // A run of kept deals with consecutive old indexes is copied as one block.
        var end = k + 1
        while end < sources.count, case .kept(let i) = sources[end], i == first + (end - k) { end += 1 }
        text.append(segmentsOf: search, from: first, to: first + (end - k))
        facts.append(copiesOf: self.facts, from: first, to: first + (end - k))
        k = end
      case .inserted(let j):
        text.append(names.text(inserted[j]))
        facts.append(inserted[j], lookup)
        k += 1
      }
    }
    search = text
    self.facts = facts

    // Stage columns: one pass over the new list (a column is the open deals of a stage, ascending).
    var byStage: [String: [Int32]] = [:]
    openDeals.withUnsafeBufferPointer { all in
      for i in all.indices { byStage[all[i].stage, default: []].append(Int32(i)) }
    }
    stageIndexes = byStage

    // Sort orders: renumber the kept indexes, then splice the new ones in at their places.
    let positions = sources.indices.compactMap { k -> Int32? in
      if case .inserted = sources[k] { return Int32(k) }
      return nil
    }
    renumberSortOrders(newIndex, inserting: positions, asOf: asOf)

    for (old, new) in pairs {
      if let o = old, isListed(o, lookup) {
        boardSums[o.stage, default: BoardSum()].add(o, lookup, sign: -1)
        if stageIndexes[o.stage] == nil { boardSums[o.stage] = nil }
      }
      if let n = new, isListed(n, lookup) {
        boardSums[n.stage, default: BoardSum()].add(n, lookup, sign: 1)
        let reasons = Metrics.stallReasons(
          n, stage: lookup[n.stage], lastActivity: lastActivity[n.id], asOf: asOf
        )
        .reasons
        stalled[n.id] = reasons.isEmpty ? nil : reasons
      }
    }
    Self.merge(removing: dueOld, inserting: dueNew, into: &nextStepsDue, by: Self.byNextStep)
    locateClosing(period)
  }

  /// The slots of a merged list: the old list's `count` items less the `removed` positions
  /// (ascending), with inserted item `j` placed before old position `insertAt[j]` (ascending).
  /// Integer work only: the positions come from binary searches, so no item is compared or
  /// copied per slot. Also each kept item's new index (-1: removed).
  private static func plan(count: Int, removed: [Int], insertAt: [Int]) -> ([Source], [Int32]) {
    var sources: [Source] = []
    sources.reserveCapacity(count - removed.count + insertAt.count)
    var newIndex = [Int32](repeating: -1, count: count)
    var r = 0
    var j = 0
    for i in 0...count {
      while j < insertAt.count, insertAt[j] == i {
        sources.append(.inserted(j))
        j += 1
      }
      guard i < count else { break }
      if r < removed.count, removed[r] == i {
        r += 1
        continue
      }
      newIndex[i] = Int32(sources.count)
      sources.append(.kept(i))
    }
    return (sources, newIndex)
  }

  /// Puts `list` into the order `sources` gives, in place: kept deals are moved (swapped, so no
  /// copy and no reference counting of their strings), the inserted ones assigned into the slots
  /// the removed ones leave or that are appended. A kept deal only ever moves down or up to its
  /// new index, which every source pins exactly once.
  private static func rearrange<E>(
    _ list: inout [E], newIndex: [Int32], sources: [Source], inserted: [E]
  ) {
    let newCount = sources.count
    if newCount > list.count, let filler = inserted.first {
      list.append(contentsOf: repeatElement(filler, count: newCount - list.count))
    }
    list.withUnsafeMutableBufferPointer { buf in
      // Kept deals moving down (toward the front) go in ascending order, those moving up in
      // descending order, so a move never lands on a kept deal that has not moved yet.
      for i in newIndex.indices where newIndex[i] >= 0 && Int(newIndex[i]) < i {
        buf.swapAt(i, Int(newIndex[i]))
      }
      for i in newIndex.indices.reversed() where Int(newIndex[i]) > i {
        buf.swapAt(i, Int(newIndex[i]))
      }
      for k in sources.indices {
        if case .inserted(let j) = sources[k] { buf[k] = inserted[j] }
      }
    }
    if list.count > newCount { list.removeLast(list.count - newCount) }
  }

  /// Takes `removing` out of a sorted list and merges `inserting` in, in one pass, moving the
  /// deals that stay in place (no copies).
  static func merge(
    removing: [Deal], inserting: [Deal], into list: inout [Deal], by less: (Deal, Deal) -> Bool
  ) {
    guard !removing.isEmpty || !inserting.isEmpty else { return }
    let add = inserting.sorted(by: less)
    let (sources, newIndex) = list.withUnsafeBufferPointer { all in
      var gone: [Int] = []
      for d in removing {
        let i = all.partitionPoint { less($0, d) }
        if i < all.count, all[i].id == d.id { gone.append(i) }
      }
      return plan(
        count: all.count, removed: gone.sorted(),
        insertAt: add.map { n in all.partitionPoint { less($0, n) } })
    }
    rearrange(&list, newIndex: newIndex, sources: sources, inserted: add)
  }
}
