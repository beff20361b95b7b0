/// A calendar day with no time zone (close dates, hire dates, due dates).
///
/// Stored as days since 1970-01-01 so arithmetic and comparison are integer operations,
/// and encoded in JSON as `"YYYY-MM-DD"` so the files read well and sort as text.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (may be negative).
  public var ordinal: Int32

  public init(ordinal: Int32) { self.ordinal = ordinal }

  /// Builds a day from a proleptic Gregorian year, month (1–12) and day (1–31); nil when invalid.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(year: year, month: month),
      (1...9999).contains(year)
    else { return nil }
    self.ordinal = Int32(Day.daysFromCivil(year, month, day))
  }

  /// Parses exactly `YYYY-MM-DD`; nil for anything else.
  public init?(iso text: some StringProtocol) {
    let u = Array(text.utf8)
    guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
    func num(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        let c = u[i]
        guard c >= 48, c <= 57 else { return nil }
        v = v * 10 + Int(c - 48)
      }
      return v
    }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    self.init(year: y, month: m, day: d)
  }

  public var year: Int { Day.civilFromDays(Int(ordinal)).y }
  public var month: Int { Day.civilFromDays(Int(ordinal)).m }
  public var dayOfMonth: Int { Day.civilFromDays(Int(ordinal)).d }
  public var components: (year: Int, month: Int, day: Int) {
    let c = Day.civilFromDays(Int(ordinal))
    return (c.y, c.m, c.d)
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let w = (Int(ordinal) + 3) % 7  // 1970-01-01 was a Thursday (3 when Monday = 0)
    return (w < 0 ? w + 7 : w) + 1
  }

  public var iso: String {
    let c = components
    return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
  }
  public var description: String { iso }

  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + Int32(n)) }
  /// Adds calendar months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29).
  public func adding(months n: Int) -> Day {
    let c = components
    let total = c.year * 12 + (c.month - 1) + n
    let y = total / 12
    let m = total % 12 + 1
    let d = min(c.day, Day.daysIn(year: y, month: m))
    return Day(ordinal: Int32(Day.daysFromCivil(y, m, d)))
  }
  /// Whole days from `self` to `other` (positive when `other` is later).
  public func days(to other: Day) -> Int { Int(other.ordinal) - Int(ordinal) }

  public var startOfMonth: Day { Day(ordinal: ordinal - Int32(dayOfMonth - 1)) }
  public var endOfMonth: Day { startOfMonth.adding(months: 1).adding(days: -1) }

  public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

  public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
  public static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's civil calendar algorithms (public domain).
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }
  static func civilFromDays(_ z0: Int) -> (y: Int, m: Int, d: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
  static func pad(_ v: Int, _ width: Int) -> String {
    let s = String(v)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }
}

extension Day: Codable {
  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    guard let d = Day(iso: s) else {
      throw DecodingError.dataCorruptedError(
        in: c, debugDescription: "expected a date as YYYY-MM-DD, found \"\(s)\"")
    }
    self = d
  }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(iso)
  }
}
