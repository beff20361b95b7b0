import Foundation

/// Reads days the way people type them: `2026-12-15`, `12/15`, `today`, `tomorrow`,
/// `yesterday`, weekday names (`fri`, `friday`), `+14d`, `+2w`, `+3m`, `-5d`, `eom`, `eoq`, `eoy`.
///
/// Everything is relative to a `today` passed in, so tests and reports can pin the date.
public enum DateParser {
  /// The field name used in errors.
  public static let field = "date"
  /// What a valid date looks like, shown when the text cannot be read.
  public static let hint = "like 2026-12-15, +14d, fri, eom or eoq"

  static let weekdays: [String: Int] = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
  ]

  /// Parses `text` relative to `today`.
  ///
  /// - `12/15` (US month/day) is the next occurrence on or after today.
  /// - A weekday is the next one after today (`fri` on a Friday is a week later).
  /// - `+3m` adds calendar months, clamping to the month's end (Jan 31 + 1m = Feb 28/29).
  /// - `eoq` and `eoy` end the fiscal quarter and year (per `fiscalStartMonth`); `eom` the month.
  public static func parse(_ text: String, today: Day, fiscalStartMonth: Int) -> Result<Day, InputError> {
    let s = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    func fail(_ message: String = hint) -> Result<Day, InputError> {
      .failure(InputError(field: field, message: message))
    }
    switch s {
    case "today": return .success(today)
    case "tomorrow": return .success(today.adding(days: 1))
    case "yesterday": return .success(today.adding(days: -1))
    case "eom": return .success(today.endOfMonth)
    case "eoq":
      return .success(Period.containing(today, kind: .quarter, fiscalStartMonth: fiscalStartMonth).end)
    case "eoy":
      return .success(Period.containing(today, kind: .year, fiscalStartMonth: fiscalStartMonth).end)
    default: break
    }
    if let w = weekdays[s] {
      let ahead = (w - today.weekday + 7) % 7
      return .success(today.adding(days: ahead == 0 ? 7 : ahead))
    }
    if let first = s.first, first == "+" || first == "-" {
      return relative(s, today: today).map(Result.success) ?? fail()
    }
    let dash = s.split(separator: "-", omittingEmptySubsequences: false)
    if dash.count == 3, dash[0].count == 4, let y = number(dash[0]), let m = number(dash[1]),
      let d = number(dash[2])
    {
      guard let day = Day(year: y, month: m, day: d) else {
        return fail("\(text) is not a day on the calendar")
      }
      return .success(day)
    }
    let slash = s.split(separator: "/", omittingEmptySubsequences: false)
    if slash.count == 2 || slash.count == 3, let m = number(slash[0]), let d = number(slash[1]) {
      if slash.count == 3 {
        guard slash[2].count == 4, let y = number(slash[2]) else { return fail() }
        guard let day = Day(year: y, month: m, day: d) else {
          return fail("\(text) is not a day on the calendar")
        }
        return .success(day)
      }
      // Next occurrence on or after today; Feb 29 may be up to eight years away.
      for y in today.year...(today.year + 8) {
        if let day = Day(year: y, month: m, day: d), day >= today { return .success(day) }
      }
      return fail("\(text) is not a day on the calendar")
    }
    return fail()
  }

  /// `+14d`, `-5d`, `+2w`, `+3m`, `+1y` (a bare `+14` means days).
  static func relative(_ s: String, today: Day) -> Day? {
    let sign = s.first == "-" ? -1 : 1
    var body = s.dropFirst().filter { !$0.isWhitespace }
    var unit: Character = "d"
    if let last = body.last, last.isLetter {
      unit = last
      body.removeLast()
    }
    guard let n = number(Substring(body)), n <= 100_000 else { return nil }
    switch unit {
    case "d": return today.adding(days: sign * n)
    case "w": return today.adding(days: sign * n * 7)
    case "m": return today.adding(months: sign * n)
    case "y": return today.adding(months: sign * n * 12)
    default: return nil
    }
  }

  static func number(_ s: Substring) -> Int? {
    guard !s.isEmpty, s.count <= 9, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(s)
  }
}
