extension RandomAccessCollection {
  /// The first index whose element is not `before` — where a value belongs in a sorted
  /// collection (`before` must hold for a prefix and fail for the rest). One binary search for
  /// the cockpit's sorted lists and the reports' sorted lines, instead of one per call site.
  public func partitionPoint(where before: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var n = count
    while n > 0 {
      let half = n / 2
      let mid = index(low, offsetBy: half)
      if try before(self[mid]) {
        low = index(after: mid)
        n -= half + 1
      } else {
        n = half
      }
    }
    return low
  }
}
