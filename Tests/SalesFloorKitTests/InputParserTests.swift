import SalesFloorKit
import Testing

@Suite("Input: amounts and dates as people type them")
struct InputParserTests {
  @Test(arguments: [
    ("12400", "USD", 1_240_000),
    ("12,400.50", "USD", 1_240_050),
    ("12.4k", "USD", 1_240_000),  // 12.4 × 1,000 = 12,400.00
    ("1.2m", "USD", 120_000_000),  // 1,200,000.00
    ("12k", "USD", 1_200_000),
    ("1.5b", "USD", 150_000_000_000),  // 1,500,000,000.00
    ("1.5B", "USD", 150_000_000_000),
    ("$12,400.00", "USD", 1_240_000),
    ("€12.400,00", "EUR", 1_240_000),  // European: `,` then 2 digits is the decimal mark
    ("12.400,00 €", "EUR", 1_240_000),
    ("12,40", "USD", 1_240),  // European: 12.40
    ("1.200.000", "USD", 120_000_000),  // dots only grouping
    ("USD 1200", "USD", 120_000),
    ("1200 eur", "EUR", 120_000),
    ("¥1200", "JPY", 1_200),  // yen has no minor unit
    ("  950  ", "USD", 95_000),
    ("0", "USD", 0),
  ])
  func amounts(text: String, currency: String, minor: Int64) {
    #expect(
      AmountParser.parse(text, defaultCurrency: "usd") == .success(Money(minor: minor, currency: currency)))
  }

  @Test func defaultCurrencyApplies() {
    #expect(
      AmountParser.parse("12k", defaultCurrency: "GBP") == .success(Money(minor: 1_200_000, currency: "GBP")))
  }

  @Test(arguments: [
    ("", "amount: a number like 12400, 12.4k or 1.2m"),
    ("abc", "amount: a number like 12400, 12.4k or 1.2m"),
    ("12x", "amount: a number like 12400, 12.4k or 1.2m"),
    ("1,2345", "amount: a number like 12400, 12.4k or 1.2m"),  // commas must group by three
    ("1.2.3,4.5", "amount: a number like 12400, 12.4k or 1.2m"),
    ("12..5", "amount: a number like 12400, 12.4k or 1.2m"),
    ("-500", "amount: cannot be negative"),
    ("$-12k", "amount: cannot be negative"),
    ("12.345", "amount: at most 2 decimals in USD"),
    ("99999999999999999999", "amount: too large"),
    ("99999999999999b", "amount: too large"),
  ])
  func badAmounts(text: String, message: String) {
    let result = AmountParser.parse(text, defaultCurrency: "USD")
    guard case .failure(let error) = result else {
      Issue.record("\(text) parsed as \(result)")
      return
    }
    #expect(error.description == message)
    #expect(error.field == "amount")
  }

  // Sunday 2026-11-15; calendar fiscal year unless stated.
  static let today = day("2026-11-15")

  @Test(arguments: [
    ("2026-12-15", "2026-12-15"),
    ("12/15", "2026-12-15"),
    ("11/15", "2026-11-15"),  // today is the next occurrence of itself
    ("11/14", "2027-11-14"),  // already past this year
    ("2/29", "2028-02-29"),  // next leap day
    ("12/15/2027", "2027-12-15"),
    ("today", "2026-11-15"),
    ("Tomorrow", "2026-11-16"),
    ("yesterday", "2026-11-14"),
    ("fri", "2026-11-20"),
    ("friday", "2026-11-20"),
    ("mon", "2026-11-16"),
    ("sun", "2026-11-22"),  // today is Sunday: the next one, a week on
    ("+14d", "2026-11-29"),
    ("+2w", "2026-11-29"),
    ("+3m", "2027-02-15"),
    ("-5d", "2026-11-10"),
    ("+1y", "2027-11-15"),
    ("eom", "2026-11-30"),
    ("eoq", "2026-12-31"),
    ("eoy", "2026-12-31"),
  ])
  func dates(text: String, expected: String) {
    #expect(DateParser.parse(text, today: Self.today, fiscalStartMonth: 1) == .success(day(expected)))
  }

  @Test func fiscalEndsFollowTheFiscalYear() {
    // Fiscal year starting February: Nov 15 is in Q4 (Nov, Dec, Jan) of FY2026 (Feb 2026 – Jan 2027).
    #expect(DateParser.parse("eoq", today: Self.today, fiscalStartMonth: 2) == .success(day("2027-01-31")))
    #expect(DateParser.parse("eoy", today: Self.today, fiscalStartMonth: 2) == .success(day("2027-01-31")))
    // April start: Q3 = Oct, Nov, Dec.
    #expect(DateParser.parse("eoq", today: Self.today, fiscalStartMonth: 4) == .success(day("2026-12-31")))
    #expect(DateParser.parse("eoy", today: Self.today, fiscalStartMonth: 4) == .success(day("2027-03-31")))
  }

  @Test func monthsClampToMonthEnd() {
    #expect(
      DateParser.parse("+1m", today: day("2027-01-31"), fiscalStartMonth: 1) == .success(day("2027-02-28")))
  }

  @Test(arguments: [
    ("", "date: like 2026-12-15, +14d, fri, eom or eoq"),
    ("next week", "date: like 2026-12-15, +14d, fri, eom or eoq"),
    ("+14x", "date: like 2026-12-15, +14d, fri, eom or eoq"),
    ("+d", "date: like 2026-12-15, +14d, fri, eom or eoq"),
    ("13/45", "date: 13/45 is not a day on the calendar"),
    ("2026-02-30", "date: 2026-02-30 is not a day on the calendar"),
    ("frid", "date: like 2026-12-15, +14d, fri, eom or eoq"),
  ])
  func badDates(text: String, message: String) {
    let result = DateParser.parse(text, today: Self.today, fiscalStartMonth: 1)
    guard case .failure(let error) = result else {
      Issue.record("\(text) parsed as \(result)")
      return
    }
    #expect(error.description == message)
  }

  /// Periods as stored (`2026-Q4`, read by the fast path) and as people type them (the general
  /// path) mean the same thing; malformed ones are refused by both.
  @Test(arguments: [
    ("2026-Q4", Period.Kind.quarter, 2026, 4),
    ("2026-q4", .quarter, 2026, 4),
    (" 2026-Q4 ", .quarter, 2026, 4),
    ("Q4-2026", .quarter, 2026, 4),
    ("2026Q4", .quarter, 2026, 4),
    ("2026-11", .month, 2026, 11),
    ("2026-01", .month, 2026, 1),
    ("2026/1", .month, 2026, 1),
    ("FY2026", .year, 2026, 0),
    ("fy2026", .year, 2026, 0),
    ("2026", .year, 2026, 0),
  ])
  func periods(text: String, kind: Period.Kind, year: Int, index: Int) throws {
    let p = try #require(Period(parsing: text, fiscalStartMonth: 2))
    #expect(p == Period(kind: kind, year: year, index: index, fiscalStartMonth: 2))
  }

  @Test(arguments: [
    "2026-Q0", "2026-Q5", "2026-13", "2026-00", "0999-Q1", "FY999", "26-Q1", "2026-QQ", "", "Q4",
  ])
  func badPeriods(text: String) {
    #expect(Period(parsing: text) == nil, "\(text) is not a period")
  }
}
