/// An amount in integer minor units (cents) of one ISO 4217 currency.
///
/// Never a floating-point number: sums of thousands of deals must be exact to the cent.
public struct Money: Hashable, Sendable, Codable, CustomStringConvertible {
  public var minor: Int64
  public var currency: String

  public init(minor: Int64, currency: String) {
    self.minor = minor
    self.currency = currency
  }
  public static func zero(_ currency: String) -> Money { Money(minor: 0, currency: currency) }

  /// Minor units per major unit: 100 for most currencies, 1 for JPY/KRW-style ones.
  public static func scale(of currency: String) -> Int64 {
    switch currency.uppercased() {
    case "JPY", "KRW", "CLP", "ISK", "VND", "UGX", "XAF", "XOF", "PYG": return 1
    case "BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD": return 1000
    default: return 100
    }
  }

  /// Plain major-unit text without thousands separators, e.g. `12400.50` (for CSV cells).
  public var plainMajor: String {
    let scale = Money.scale(of: currency)
    let neg = minor < 0
    let m = neg ? -minor : minor
    var s = String(m / scale)
    if scale > 1 {
      let digits = scale == 1000 ? 3 : 2
      s += "." + Day.pad(Int(m % scale), digits)
    }
    return neg ? "-" + s : s
  }

  /// Human text with grouping, e.g. `USD 12,400.50`.
  public var description: String { "\(currency) \(Money.grouped(minor, currency: currency, cents: true))" }

  /// Grouped major units: `12,400` (or `12,400.50` with `cents`).
  public static func grouped(_ minor: Int64, currency: String, cents: Bool = false) -> String {
    let scale = scale(of: currency)
    let neg = minor < 0
    let m = neg ? -minor : minor
    let whole = cents ? m / scale : (m + scale / 2) / scale
    var digits = Array(String(whole))
    var out: [Character] = []
    while digits.count > 3 {
      out.insert(contentsOf: [","] + digits.suffix(3), at: 0)
      digits.removeLast(3)
    }
    out.insert(contentsOf: digits, at: 0)
    var s = String(out)
    if cents && scale > 1 { s += "." + Day.pad(Int(m % scale), scale == 1000 ? 3 : 2) }
    return neg ? "-" + s : s
  }

  /// Compact text for narrow columns: `950`, `12.4k`, `1.2m` in major units.
  /// A compact amount that names its currency when it is not the workspace's ("EUR 92k"), so a
  /// foreign deal's own amount is never read as the home currency beside converted totals.
  public static func compact(_ minor: Int64, currency: String, home: String) -> String {
    let text = compact(minor, currency: currency)
    return currency == home ? text : currency + " " + text
  }

  public static func compact(_ minor: Int64, currency: String) -> String {
    let major = Double(minor) / Double(scale(of: currency))
    let a = abs(major)
    let sign = major < 0 ? "-" : ""
    func fmt(_ v: Double, _ suffix: String) -> String {
      let r = (v * 10).rounded() / 10
      if r >= 100 || r == r.rounded() { return sign + String(Int(r.rounded())) + suffix }
      return sign + String(format1(r)) + suffix
    }
    if a >= 999_950_000 { return fmt(a / 1_000_000_000, "b") }
    if a >= 999_950 { return fmt(a / 1_000_000, "m") }
    if a >= 1000 { return fmt(a / 1000, "k") }
    return sign + String(Int(a.rounded()))
  }
  private static func format1(_ v: Double) -> String {
    let tenths = Int((v * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
