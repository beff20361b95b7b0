import Foundation

/// Reads amounts the way people type them in forms and CLI flags: `12400`, `12,400.50`,
/// `12.4k`, `1.2m`, `1.5b`, `$12,400.00`, `€12.400,00`, `12.400,00 €`, `USD 1200`.
///
/// The result is exact integer minor units: no floating point ever touches the amount.
/// When the last separator is a comma followed by one or two digits the number is read the
/// European way (`.` groups thousands, `,` marks decimals).
public enum AmountParser {
  /// The field name used in errors.
  public static let field = "amount"
  /// What a valid amount looks like, shown when the text cannot be read.
  public static let hint = "a number like 12400, 12.4k or 1.2m"

  static let symbols: [Character: String] = [
    "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
  ]

  /// Parses `text` into money; the currency is the one typed (symbol or ISO code) else
  /// `defaultCurrency`. Negative amounts are refused: a deal is never worth less than nothing.
  public static func parse(_ text: String, defaultCurrency: String) -> Result<Money, InputError> {
    var s = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    var currency: String?
    var negative = false
    func fail(_ message: String = hint) -> Result<Money, InputError> {
      .failure(InputError(field: field, message: message))
    }
    guard !s.isEmpty else { return fail() }

    // Peel signs, symbols and ISO codes off both ends, in any order.
    var changed = true
    while changed, !s.isEmpty {
      changed = false
      if let f = s.first, f == "-" || f == "−" {
        negative = true
        s = s.dropFirst()
        changed = true
      } else if let f = s.first, let code = symbols[f] {
        currency = code
        s = s.dropFirst()
        changed = true
      } else if let l = s.last, let code = symbols[l] {
        currency = code
        s = s.dropLast()
        changed = true
      } else if let code = isoCode(s.prefix(while: \.isLetter)), s.dropFirst(3).first?.isLetter != true {
        currency = code
        s = s.dropFirst(3)
        changed = true
      } else if s.count > 3, let code = isoCode(Substring(s.suffix(3))),
        s.dropLast(3).last?.isLetter != true
      {
        currency = code
        s = s.dropLast(3)
        changed = true
      }
      s = s.drop(while: \.isWhitespace)
      while let l = s.last, l.isWhitespace { s = s.dropLast() }
    }
    if negative { return fail("cannot be negative") }

    var body = String(s.filter { !$0.isWhitespace && $0 != "'" && $0 != "_" })
    var multiplier: Int64 = 1
    if let last = body.last?.lowercased() {
      switch last {
      case "k": multiplier = 1_000
      case "m": multiplier = 1_000_000
      case "b": multiplier = 1_000_000_000
      default: break
      }
      if multiplier > 1 { body.removeLast() }
    }
    guard let (digits, fractionLength) = normalized(body) else { return fail() }

    let code = (currency ?? defaultCurrency).uppercased()
    let scale = Money.scale(of: code)
    if multiplier == 1, pow10(fractionLength) > scale {
      if scale == 1 { return fail("no decimals in \(code)") }
      return fail("at most \(scale == 1000 ? 3 : 2) decimals in \(code)")
    }
    guard let n = Int64(digits) else { return fail("too large") }
    let (scaled, o1) = n.multipliedReportingOverflow(by: multiplier)
    let (minorTimesPow, o2) = scaled.multipliedReportingOverflow(by: scale)
    guard !o1, !o2 else { return fail("too large") }
    let minor = Ratio.divideRounded(minorTimesPow, pow10(fractionLength))
    return .success(Money(minor: minor, currency: code))
  }

  /// A 3-letter ISO 4217 code (any case), else nil.
  static func isoCode(_ s: Substring) -> String? {
    guard s.count == 3, s.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return s.uppercased()
  }

  /// Digits with separators removed and the count of decimal digits; nil when the grouping
  /// is malformed (`1,2345`), there are two decimal marks, or anything else is mixed in.
  static func normalized(_ body: String) -> (digits: String, fractionLength: Int)? {
    guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }) else {
      return nil
    }
    let chars = Array(body)
    var decimal: Character = "."
    var group: Character = ","
    if let lastSep = chars.lastIndex(where: { $0 == "," || $0 == "." }) {
      let after = chars.count - lastSep - 1
      let commas = chars.filter { $0 == "," }.count
      let dots = chars.filter { $0 == "." }.count
      if chars[lastSep] == "," && (1...2).contains(after) {
        decimal = ","
        group = "."
      } else if commas == 0 && dots > 1 {
        decimal = ","  // `1.200.000`: dots group thousands, no decimals
        group = "."
      }
    }
    let parts = body.split(separator: decimal, omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return nil }
    let whole = parts[0]
    let fraction = parts.count == 2 ? parts[1] : ""
    if parts.count == 2 && (fraction.isEmpty || fraction.count > 9) { return nil }
    guard fraction.allSatisfy(\.isNumber) else { return nil }
    let groups = whole.split(separator: group, omittingEmptySubsequences: false)
    if groups.count > 1 {
      guard let first = groups.first, (1...3).contains(first.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    }
    let intDigits = groups.joined()
    guard intDigits.allSatisfy(\.isNumber), !(intDigits.isEmpty && fraction.isEmpty) else { return nil }
    let all = (intDigits.isEmpty ? "0" : intDigits) + fraction
    return (all, fraction.count)
  }

  static func pow10(_ n: Int) -> Int64 {
    var v: Int64 = 1
    for _ in 0..<n { v *= 10 }
    return v
  }
}
