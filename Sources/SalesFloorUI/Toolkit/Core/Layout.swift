/// How much of a split one part takes; lets panes say "8 rows", "30 %" or "the rest".
public enum Constraint: Hashable, Sendable {
  /// Exactly this many cells (less if the rect is too small).
  case fixed(Int)
  /// This percentage of the space left after spacing (rounded down).
  case percent(Int)
  /// A share of whatever fixed and percent parts leave, by weight (1 = equal shares).
  case fill(Int)
}

/// The direction of a split.
public enum Axis: Hashable, Sendable {
  /// Parts side by side (columns).
  case horizontal
  /// Parts stacked (rows).
  case vertical
}

extension Rect {
  /// Splits the rect along `axis` into one rect per constraint, `spacing` cells apart.
  ///
  /// Fixed and percent parts are served first in order, then fill parts share the rest by weight;
  /// the last fill part absorbs rounding so the parts always tile the rect exactly when any fill exists.
  public func split(_ axis: Axis, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    guard !constraints.isEmpty else { return [] }
    let length = axis == .horizontal ? width : height
    let gaps = max(0, spacing) * (constraints.count - 1)
    let total = max(0, length - gaps)
    var sizes = [Int](repeating: 0, count: constraints.count)
    var remaining = total
    for (index, constraint) in constraints.enumerated() {
      switch constraint {
      case .fixed(let n): sizes[index] = min(max(0, n), remaining)
      case .percent(let p): sizes[index] = min(total * max(0, min(100, p)) / 100, remaining)
      case .fill: continue
      }
      remaining -= sizes[index]
    }
    let weights = constraints.map { constraint -> Int in
      if case .fill(let w) = constraint { return max(1, w) }
      return 0
    }
    let totalWeight = weights.reduce(0, +)
    if totalWeight > 0 {
      let pool = remaining
      var given = 0
      let lastFill = weights.lastIndex { $0 > 0 } ?? 0
      for index in weights.indices where weights[index] > 0 {
        let share = index == lastFill ? pool - given : pool * weights[index] / totalWeight
        sizes[index] = share
        given += share
      }
    }
    var rects: [Rect] = []
    var offset = axis == .horizontal ? x : y
    for size in sizes {
      switch axis {
      case .horizontal: rects.append(Rect(x: offset, y: y, width: size, height: height))
      case .vertical: rects.append(Rect(x: x, y: offset, width: width, height: size))
      }
      offset += size + max(0, spacing)
    }
    return rects
  }
}
