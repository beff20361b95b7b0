import Foundation

/// A rates file for `salesfloor currency import`: a header naming `currency`, `rate` and `from`
/// (any order, any case), then one rate per line. Read line by line (a rates file has no quoted
/// line breaks), so every message names the line of the file it is about.
public enum ExchangeRateCSV {
  public struct Result: Sendable {
    public var rates: [ExchangeRate]
    /// `line 4: rate: "1,o8" is not a rate …`; empty when every row is usable.
    public var errors: [String]
  }

  public static func parse(_ text: String, _ settings: Settings) -> Result {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
    guard let headerAt = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
      return Result(rates: [], errors: ["the file is empty: expected a header currency,rate,from"])
    }
    let separator: Character = [";", "\t"].first { lines[headerAt].contains($0) } ?? ","
    let header = cells(lines[headerAt], separator).map { $0.lowercased() }
    let columns = ["currency", "rate", "from"].map { name in header.firstIndex(of: name) }
    guard let ci = columns[0], let ri = columns[1], let fi = columns[2] else {
      let missing = zip(["currency", "rate", "from"], columns).filter { $0.1 == nil }.map(\.0)
      return Result(
        rates: [],
        errors: [
          "line \(headerAt + 1): the header needs the columns currency, rate and from; missing "
            + missing.joined(separator: ", ")
        ])
    }
    var rates: [ExchangeRate] = []
    var errors: [String] = []
    var seen: [String: Int] = [:]
    for n in (headerAt + 1)..<lines.count {
      let line = lines[n]
      if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      let c = cells(line, separator)
      func cell(_ i: Int) -> String { i < c.count ? c[i] : "" }
      let at = "line \(n + 1)"
      guard let from = Day(iso: cell(fi)) else {
        errors.append("\(at): from: \"\(cell(fi))\" is not a date like 2026-01-01")
        continue
      }
      do throws(CommandError) {
        let micros = try ExchangeRate.micros(cell(ri))
        let r = try ExchangeRate.validated(
          ExchangeRate(currency: cell(ci), micros: micros, from: from), settings)
        let key = "\(r.currency) \(r.from)"
        if let earlier = seen[key] {
          errors.append("\(at): \(r.currency) from \(r.from) is also on line \(earlier)")
          continue
        }
        seen[key] = n + 1
        rates.append(r)
      } catch {
        errors.append("\(at): \(error)")
      }
    }
    return Result(rates: rates, errors: errors)
  }

  /// A line's cells, trimmed, with surrounding double quotes removed.
  static func cells(_ line: String, _ separator: Character) -> [String] {
    line.split(separator: separator, omittingEmptySubsequences: false).map { raw in
      var t = raw.trimmingCharacters(in: .whitespaces)
      if t.count >= 2, t.hasPrefix("\""), t.hasSuffix("\"") { t = String(t.dropFirst().dropLast()) }
      return t
    }
  }
}
