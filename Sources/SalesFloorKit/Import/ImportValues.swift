import Foundation

/// Lenient parsing of the date and timestamp formats CRM exports use.
public enum ImportDate {
  /// `2026-12-15`, `2026/12/15`, `12/15/2026` (US), `15.12.2026` (European), `12/15/26`, `15/12/2026`
  /// (day first when the first number exceeds 12, or when `dayFirst`), and ISO timestamps.
  public static func parse(_ raw: String, dayFirst: Bool = false) -> Day? {
    let text = raw.trimmingCharacters(in: .whitespaces)
    if text.isEmpty { return nil }
    if text.count >= 10, let d = Day(iso: text.prefix(10)) { return d }
    if let t = Timestamp(iso: text) { return t.day }
    if let d = monthNamed(text) { return d }
    let datePart = text.split(separator: " ").first.map(String.init) ?? text
    let sep: Character? =
      datePart.contains("/") ? "/" : datePart.contains(".") ? "." : datePart.contains("-") ? "-" : nil
    guard let sep else { return nil }
    let parts = datePart.split(separator: sep).map { Int($0) }
    guard parts.count == 3, let a = parts[0], let b = parts[1], var c = parts[2] else { return nil }
    if a > 31 { return Day(year: a, month: b, day: c) }  // year first
    if c < 100 { c += 2000 }
    let europeanDot = sep == "."
    if dayFirst || europeanDot || a > 12 { return Day(year: c, month: b, day: a) }
    return Day(year: c, month: a, day: b)
  }

  /// A UTC timestamp: ISO 8601, `2026-11-02 14:31` (HubSpot, minutes only), else a date at midnight.
  public static func timestamp(_ raw: String, dayFirst: Bool = false) -> Timestamp? {
    let text = raw.trimmingCharacters(in: .whitespaces)
    if let t = Timestamp(iso: text) { return t }
    if text.count == 16, let t = Timestamp(iso: text + ":00") { return t }
    return parse(text, dayFirst: dayFirst).map { Timestamp(day: $0) }
  }
}

extension ImportDate {
  static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// `Dec 15, 2026`, `December 15 2026`, `15 Dec 2026`, `15-Dec-2026` (report exports in a
  /// readable locale format).
  static func monthNamed(_ text: String) -> Day? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map(String.init)
    guard words.count >= 3 else { return nil }
    func month(_ w: String) -> Int? {
      let key = String(w.lowercased().prefix(3))
      guard w.count >= 3, w.allSatisfy(\.isLetter), let i = months.firstIndex(of: key) else { return nil }
      return i + 1
    }
    if let m = month(words[0]), let d = Int(words[1]), let y = Int(words[2]) {
      return Day(year: y < 100 ? y + 2000 : y, month: m, day: d)
    }
    if let d = Int(words[0]), let m = month(words[1]), let y = Int(words[2]) {
      return Day(year: y < 100 ? y + 2000 : y, month: m, day: d)
    }
    return nil
  }
}

extension String {
  /// Trimmed text, nil when empty: CSV cells use empty for "no value".
  var nonEmptyTrimmed: String? {
    let t = trimmingCharacters(in: .whitespacesAndNewlines)
    return t.isEmpty ? nil : t
  }
}

/// Rules for dates a row leaves out, shared by every importer.
public enum ImportDates {
  /// The created date of a row without one: never silently the moment of the import.
  ///
  /// The earliest date the row carries that is not after the import day (a closed deal's close
  /// date, a past next-step date), else the import day; `source` names which, for the preview.
  public static func createdFallback(
    _ candidates: [(String, Day?)], importDay: Day
  ) -> (
    stamp: Timestamp, source: String
  ) {
    let usable = candidates.compactMap { c in c.1.map { (c.0, $0) } }.filter { $0.1 <= importDay }
    if let earliest = usable.min(by: { $0.1 < $1.1 }) {
      return (Timestamp(day: earliest.1), earliest.0)
    }
    return (Timestamp(day: importDay), "import day")
  }
}
