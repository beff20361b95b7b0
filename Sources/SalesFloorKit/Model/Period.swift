import Foundation

/// A reporting period: a calendar month, or a quarter or year of the fiscal calendar.
///
/// The fiscal year is named by the calendar year in which it *starts* (FY2026 with a February
/// start runs 2026-02-01 … 2027-01-31), and `2026-Q1` is its first quarter.
/// Months are always calendar months (`2026-11`).
public struct Period: Hashable, Sendable, CustomStringConvertible {
  public enum Kind: String, Sendable, Codable { case month, quarter, year }
  public var kind: Kind
  /// Calendar year for a month; fiscal year for a quarter or a year.
  public var year: Int
  /// Month 1–12 for a month, quarter 1–4 for a quarter, 0 for a year.
  public var index: Int
  /// First month (1–12) of the fiscal year this period belongs to.
  public var fiscalStartMonth: Int

  public init(kind: Kind, year: Int, index: Int, fiscalStartMonth: Int = 1) {
    self.kind = kind
    self.year = year
    self.index = index
    self.fiscalStartMonth = fiscalStartMonth
  }

  /// Parses `2026-11`, `2026-Q4` (also `Q4-2026`, `2026q4`), `FY2026` (also `2026`).
  public init?(parsing raw: String, fiscalStartMonth: Int = 1) {
    // The stored forms (`2026-Q4`, `2026-11`, `FY2026`) without Foundation: a workspace's
    // quotas are parsed whenever attainment is built, and the general path below costs ~10 µs.
    if let fast = Self.canonical(raw.utf8, fiscalStartMonth: fiscalStartMonth) {
      self = fast
      return
    }
    let text = raw.trimmingCharacters(in: .whitespaces).uppercased()
    func int(_ s: Substring) -> Int? { s.allSatisfy(\.isNumber) && !s.isEmpty ? Int(s) : nil }
    if text.hasPrefix("FY"), let y = int(text.dropFirst(2)), y >= 1000, y <= 9999 {
      self.init(kind: .year, year: y, index: 0, fiscalStartMonth: fiscalStartMonth)
      return
    }
    if text.count == 4, let y = int(Substring(text)), y >= 1000 {
      self.init(kind: .year, year: y, index: 0, fiscalStartMonth: fiscalStartMonth)
      return
    }
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == "/" })
    if parts.count == 1, let qi = text.firstIndex(of: "Q"), let y = int(text[..<qi]),
      let q = int(text[text.index(after: qi)...]), (1...4).contains(q)
    {
      self.init(kind: .quarter, year: y, index: q, fiscalStartMonth: fiscalStartMonth)
      return
    }
    guard parts.count == 2 else { return nil }
    var a = parts[0]
    var b = parts[1]
    if a.hasPrefix("Q") { swap(&a, &b) }
    guard let y = int(a), y >= 1000, y <= 9999 else { return nil }
    if b.hasPrefix("Q"), let q = int(b.dropFirst()), (1...4).contains(q) {
      self.init(kind: .quarter, year: y, index: q, fiscalStartMonth: fiscalStartMonth)
    } else if let m = int(b), (1...12).contains(m) {
      self.init(kind: .month, year: y, index: m, fiscalStartMonth: fiscalStartMonth)
    } else {
      return nil
    }
  }

  /// `YYYY-Qn`, `YYYY-MM` or `FYYYYY` exactly (uppercase, no spaces), else nil.
  static func canonical(_ b: String.UTF8View, fiscalStartMonth: Int) -> Period? {
    func digit(_ c: UInt8) -> Int? { c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : nil }
    func year(_ a: [UInt8]) -> Int? {
      guard a.count == 4, let d0 = digit(a[0]), let d1 = digit(a[1]), let d2 = digit(a[2]),
        let d3 = digit(a[3]), d0 >= 1
      else { return nil }
      return d0 * 1000 + d1 * 100 + d2 * 10 + d3
    }
    guard b.count == 6 || b.count == 7 else { return nil }
    let a = Array(b)
    if a.count == 6, a[0] == UInt8(ascii: "F"), a[1] == UInt8(ascii: "Y"), let y = year(Array(a[2...])) {
      return Period(kind: .year, year: y, index: 0, fiscalStartMonth: fiscalStartMonth)
    }
    guard a.count == 7, a[4] == UInt8(ascii: "-"), let y = year(Array(a[..<4])) else { return nil }
    if a[5] == UInt8(ascii: "Q"), let q = digit(a[6]), (1...4).contains(q) {
      return Period(kind: .quarter, year: y, index: q, fiscalStartMonth: fiscalStartMonth)
    }
    if let m1 = digit(a[5]), let m2 = digit(a[6]), (1...12).contains(m1 * 10 + m2) {
      return Period(kind: .month, year: y, index: m1 * 10 + m2, fiscalStartMonth: fiscalStartMonth)
    }
    return nil
  }

  /// The period of the given kind that contains `day`.
  public static func containing(_ day: Day, kind: Kind, fiscalStartMonth: Int = 1) -> Period {
    let c = day.components
    switch kind {
    case .month:
      return Period(kind: .month, year: c.year, index: c.month, fiscalStartMonth: fiscalStartMonth)
    case .quarter, .year:
      let offset = (c.month - fiscalStartMonth + 12) % 12
      let fy = c.month >= fiscalStartMonth ? c.year : c.year - 1
      if kind == .year {
        return Period(kind: .year, year: fy, index: 0, fiscalStartMonth: fiscalStartMonth)
      }
      return Period(kind: .quarter, year: fy, index: offset / 3 + 1, fiscalStartMonth: fiscalStartMonth)
    }
  }

  /// First day of the period.
  public var start: Day {
    switch kind {
    case .month:
      return Day(year: year, month: index, day: 1) ?? Day(ordinal: 0)
    case .quarter:
      let fyStart = Day(year: year, month: fiscalStartMonth, day: 1) ?? Day(ordinal: 0)
      return fyStart.adding(months: (index - 1) * 3)
    case .year:
      return Day(year: year, month: fiscalStartMonth, day: 1) ?? Day(ordinal: 0)
    }
  }
  /// Last day of the period (inclusive).
  public var end: Day { next.start.adding(days: -1) }
  /// Number of days in the period.
  public var length: Int { start.days(to: end) + 1 }
  public func contains(_ day: Day) -> Bool { day >= start && day <= end }

  /// Days elapsed up to and including `asOf`, clamped to `0...length`.
  public func elapsedDays(asOf: Day) -> Int {
    let first = start
    let last = end
    if asOf < first { return 0 }
    if asOf > last { return first.days(to: last) + 1 }
    return first.days(to: asOf) + 1
  }

  public var next: Period { shifted(by: 1) }
  public var previous: Period { shifted(by: -1) }

  /// The period `n` steps later (earlier when negative) of the same kind.
  public func shifted(by n: Int) -> Period {
    var p = self
    switch kind {
    case .month:
      let t = year * 12 + (index - 1) + n
      p.year = t / 12
      p.index = t % 12 + 1
    case .quarter:
      let t = year * 4 + (index - 1) + n
      p.year = t / 4
      p.index = t % 4 + 1
    case .year:
      p.year += n
    }
    return p
  }

  /// The months (as month periods) this period spans.
  public var months: [Period] {
    // Month arithmetic, no calendar days: quotas are resolved per person on every report.
    let first: Int
    let count: Int
    switch kind {
    case .month: return [self]
    case .quarter:
      first = year * 12 + (fiscalStartMonth - 1) + (index - 1) * 3
      count = 3
    case .year:
      first = year * 12 + (fiscalStartMonth - 1)
      count = 12
    }
    return (first..<first + count).map {
      Period(kind: .month, year: $0 / 12, index: $0 % 12 + 1, fiscalStartMonth: fiscalStartMonth)
    }
  }

  /// Canonical text: `2026-11`, `2026-Q4`, `FY2026`.
  public var description: String {
    switch kind {
    case .month: return "\(year)-\(Day.pad(index, 2))"
    case .quarter: return "\(year)-Q\(index)"
    case .year: return "FY\(year)"
    }
  }
}
