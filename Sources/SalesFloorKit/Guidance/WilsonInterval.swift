import Foundation

/// A 95 % Wilson score interval for a proportion: honest about small samples (2/2 wins is not
/// "100 %"), and never outside 0…1, unlike the normal approximation.
public struct WilsonInterval: Hashable, Sendable, Codable {
  public var lower: Double
  public var upper: Double

  /// z for a two-sided 95 % interval.
  public static let z95 = 1.959964

  /// The interval for `successes` out of `trials`; nil when there are no trials.
  public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
    guard trials > 0, successes >= 0, successes <= trials else { return nil }
    let n = Double(trials)
    let p = Double(successes) / n
    let z2 = z * z
    let denom = 1 + z2 / n
    let center = (p + z2 / (2 * n)) / denom
    let half = z / denom * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot()
    lower = max(0, center - half)
    upper = min(1, center + half)
  }
}
