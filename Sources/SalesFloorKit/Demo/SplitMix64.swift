/// A tiny seeded pseudo-random generator (Steele, Lea & Flood's SplitMix64).
///
/// The demo must be reproducible: the same seed gives the same workspace on every machine and
/// Swift version, so it never touches the system generator, and the helpers below map bits to
/// ranges with their own arithmetic rather than the standard library's (which may change).
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform integer in `range` (multiply-high mapping; the bias is negligible for demo data).
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) &+ 1
    if width == 0 { return Int(truncatingIfNeeded: next()) }
    let high = next().multipliedFullWidth(by: width).high
    return range.lowerBound + Int(high)
  }

  /// A uniform index below `count` (which must be positive).
  public mutating func index(_ count: Int) -> Int { int(0...(max(count, 1) - 1)) }

  /// A uniform double in `[0, 1)` built from the top 53 bits.
  public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// A uniform double in `range`.
  public mutating func double(_ range: ClosedRange<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// True with probability `p` (0…1).
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// One element of a non-empty array.
  public mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

  /// An index drawn with the given relative weights.
  public mutating func weighted(_ weights: [Int]) -> Int {
    let total = weights.reduce(0, +)
    var roll = int(0...(max(total, 1) - 1))
    for (i, w) in weights.enumerated() {
      if roll < w { return i }
      roll -= w
    }
    return weights.count - 1
  }

  /// The array in a seeded random order (Fisher–Yates).
  public mutating func shuffled<T>(_ items: [T]) -> [T] {
    var out = items
    var i = out.count - 1
    while i > 0 {
      out.swapAt(i, int(0...i))
      i -= 1
    }
    return out
  }
}
