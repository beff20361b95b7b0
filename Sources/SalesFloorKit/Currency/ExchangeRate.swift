import Foundation

/// One row of the workspace's rates table: how much one unit of `currency` is worth in the
/// workspace currency from `from` on (until the next row of the same currency takes over).
///
/// The rate is kept as an exact scaled integer (`micros` = rate × 1,000,000) and written as a
/// decimal string (`"1.08"`), so no floating-point error ever reaches a sum of minor units.
public struct ExchangeRate: Hashable, Sendable, Codable {
  /// ISO 4217 code of the foreign currency (never the workspace currency itself).
  public var currency: String
  /// Rate × 1,000,000: `1.08` is `1_080_000`.
  public var micros: Int64
  /// First day the rate holds.
  public var from: Day

  /// Decimal places a rate may have (the scale of `micros`).
  public static let decimals = 6
  static let scale: Int64 = 1_000_000

  public init(currency: String, micros: Int64, from: Day) {
    self.currency = currency
    self.micros = micros
    self.from = from
  }

  /// The rate as people write it: `1.08`, `0.8525`, `150` (no trailing zeros).
  public var rateText: String { Self.text(micros) }

  /// `micros` as a decimal string without trailing zeros.
  public static func text(_ micros: Int64) -> String {
    let whole = micros / scale
    var frac = String(micros % scale)
    frac = String(repeating: "0", count: decimals - frac.count) + frac
    while frac.last == "0" { frac.removeLast() }
    return frac.isEmpty ? String(whole) : "\(whole).\(frac)"
  }

  /// Parses a positive decimal rate (`1.08`, `0.000123`, `150`) into micros; nil for anything else
  /// (a sign, an exponent, more than six decimals, zero, or a value too large to keep exactly).
  public static func micros(parsing text: String) -> Int64? {
    let t = text.trimmingCharacters(in: .whitespaces)
    let parts = t.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty || parts.count == 2 else {
      return nil
    }
    let fracPart = parts.count == 2 ? parts[1] : ""
    guard intPart.allSatisfy(\.isASCIIDigit), fracPart.allSatisfy(\.isASCIIDigit),
      fracPart.count <= decimals, intPart.count + fracPart.count > 0, intPart.count <= 12
    else { return nil }
    let whole = Int64(intPart.isEmpty ? "0" : String(intPart)) ?? 0
    let padded = String(fracPart) + String(repeating: "0", count: decimals - fracPart.count)
    let value = whole * scale + (Int64(padded) ?? 0)
    return value > 0 ? value : nil
  }

  private enum CodingKeys: String, CodingKey { case currency, from, rate }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    currency = try c.decode(String.self, forKey: .currency)
    from = try c.decode(Day.self, forKey: .from)
    let text = try c.decode(String.self, forKey: .rate)
    guard let m = Self.micros(parsing: text) else {
      throw DecodingError.dataCorruptedError(
        forKey: .rate, in: c,
        debugDescription: "expected a positive decimal rate like \"1.08\", found \"\(text)\"")
    }
    micros = m
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(currency, forKey: .currency)
    try c.encode(from, forKey: .from)
    try c.encode(rateText, forKey: .rate)
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension ExchangeRate {
  /// The rule every surface applies to a rate row: a current ISO 4217 code that is not the
  /// workspace currency, and a rate above zero.
  public static func validated(
    _ rate: ExchangeRate, _ settings: Settings
  ) throws(CommandError) -> ExchangeRate {
    let c = try CommandRules.currency(rate.currency)
    guard c != settings.currency else {
      throw .invalid(
        field: "currency", reason: "\(c) is the workspace currency: its amounts need no rate")
    }
    guard rate.micros > 0 else { throw .invalid(field: "rate", reason: "must be above 0") }
    return ExchangeRate(currency: c, micros: rate.micros, from: rate.from)
  }

  /// A rate typed by a user (`1.08`), or a message saying what is wrong with it.
  public static func micros(_ text: String, field: String = "rate") throws(CommandError) -> Int64 {
    guard let m = micros(parsing: text) else {
      throw .invalid(
        field: field,
        reason:
          "\"\(text)\" is not a rate: a positive decimal number such as 1.08, at most \(decimals) decimals")
    }
    return m
  }
}
