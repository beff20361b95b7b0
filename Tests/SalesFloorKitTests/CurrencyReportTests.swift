import Foundation
import Testing

@testable import SalesFloorKit

@Suite("Currency: conversion")
struct CurrencyConverterTests {
  let converter = CurrencyConverter(CurrencyFloor.workspace.settings)

  @Test func theRateInForceIsTheLatestOnOrBeforeTheDay() {
    let eur = Money(minor: usd(100), currency: "EUR")
    #expect(converter.convert(eur, on: day("2026-10-19")) == Money(minor: usd(105), currency: "USD"))
    #expect(converter.convert(eur, on: day("2026-10-20")) == Money(minor: usd(110), currency: "USD"))
    // Before the first EUR rate there is none: not converted, never taken 1:1.
    #expect(converter.convert(eur, on: day("2025-12-31")) == nil)
    #expect(converter.convert(Money(minor: 500, currency: "CHF"), on: day("2026-11-01")) == nil)
    #expect(converter.convert(Money(minor: 500, currency: "USD"), on: day("2020-01-01"))?.minor == 500)
  }

  @Test func roundsHalfAwayFromZeroToTheTargetMinorUnit() {
    let c = CurrencyConverter(
      target: "USD",
      rates: [
        CurrencyFloor.rate("EUR", "1.5", "2026-01-01"), CurrencyFloor.rate("JPY", "0.006667", "2026-01-01"),
      ])
    let d = day("2026-06-01")
    // 1 cent × 1.5 = 1.5 cents → 2; −1 cent → −2.
    #expect(c.convertMinor(1, from: "EUR", on: d) == 2)
    #expect(c.convertMinor(-1, from: "EUR", on: d) == -2)
    // JPY has no minor unit: ¥1,000,000 × 0.006667 = USD 6,667.00 = 666,700 cents.
    #expect(c.convertMinor(1_000_000, from: "JPY", on: d) == 666_700)
    // ¥1 × 0.006667 = 0.6667 cents → 1 cent.
    #expect(c.convertMinor(1, from: "JPY", on: d) == 1)
    // Into a three-decimal currency: USD 1.00 × 0.376 = BHD 0.376 = 376 fils.
    let bhd = CurrencyConverter(target: "BHD", rates: [CurrencyFloor.rate("USD", "0.376", "2026-01-01")])
    #expect(bhd.convertMinor(100, from: "USD", on: d) == 376)
    // A billion euros at 1.08 does not overflow: 100,000,000,000 cents × 1.08.
    #expect(c.convertMinor(100_000_000_000, from: "EUR", on: d) == 150_000_000_000)
  }

  @Test func ratesAreKeptExactlyAsDecimalText() {
    #expect(ExchangeRate.micros(parsing: "1.08") == 1_080_000)
    #expect(ExchangeRate.micros(parsing: "0.000001") == 1)
    #expect(ExchangeRate.micros(parsing: "150") == 150_000_000)
    for bad in ["0", "-1.08", "1,08", "1.0000001", "abc", "", "1e3", "."] {
      #expect(ExchangeRate.micros(parsing: bad) == nil, "\(bad)")
    }
    #expect(CurrencyFloor.rate("EUR", "1.080", "2026-01-01").rateText == "1.08")
  }
}

@Suite("Currency: reports")
struct CurrencyReportTests {
  let w = CurrencyFloor.workspace

  @Test func attainmentConvertsEachWinAtItsCloseDate() {
    let r = Reports.attainment(w, period: CurrencyFloor.period, scope: .everyone, asOf: CurrencyFloor.asOf)
    // 10,000 + 10,000 × 1.05 + 20,000 × 1.10 + 8,000 × 1.25 = 10,000 + 10,500 + 22,000 + 10,000.
    #expect(r.team.won == usd(52_500))
    // 52,500 ÷ 100,000.
    #expect(r.team.attainment == 0.525)
    // Open, Omitted excluded: 50,000 × 1.10 + 30,000 = 85,000 (CHF 5,000 not counted).
    #expect(r.team.openPipeline == usd(85_000))
    #expect(r.currency == "USD")
    #expect(r.unconverted == [UnconvertedDeal(dealId: "h1", currency: "CHF", amount: usd(5_000))])
  }

  @Test func pipelineConvertsOpenDealsAtTodaysRate() {
    let r = Reports.pipeline(w, scope: .everyone, asOf: CurrencyFloor.asOf)
    // 55,000 + 30,000.
    #expect(r.totals.openAmount == usd(85_000))
    #expect(r.totals.openCount == 2)
    // 55,000 × 60 % + 30,000 × 40 % = 33,000 + 12,000.
    #expect(r.totals.weightedAmount == usd(45_000))
    #expect(r.unconverted.map(\.dealId) == ["h1"])
    // As of 2026-10-15 the EUR rate was 1.05: 50,000 × 1.05 + 30,000 = 82,500.
    let earlier = Reports.pipeline(w, scope: .everyone, asOf: day("2026-10-15"))
    #expect(earlier.totals.openAmount == usd(82_500))
  }

  @Test func forecastTotalsAreConverted() {
    let r = Reports.forecast(w, period: CurrencyFloor.period, scope: .everyone, asOf: CurrencyFloor.asOf)
    // Closed 52,500; best case 55,000 + 30,000 = 85,000; commit: only CHF h1, not counted → 0.
    #expect(r.cumulative.closed == usd(52_500))
    #expect(r.cumulative.commit == usd(52_500))
    // 85,000 + 52,500.
    #expect(r.cumulative.bestCase == usd(137_500))
    #expect(r.categories.first { $0.category == .commit }?.count == 0)
    #expect(r.unconverted.map(\.dealId) == ["h1"])
  }

  @Test func winRateAndWeeklyBookingsUseConvertedAmounts() {
    var ws = w
    ws.deals.upsert(
      CurrencyFloor.money(deal("e4", owner: "r", 10_000, stage: "lost", close: "2026-11-10"), "EUR"))
    let r = Reports.winRate(ws, period: CurrencyFloor.period, scope: .everyone, asOf: CurrencyFloor.asOf)
    // Lost 10,000 × 1.10 = 11,000; by value 52,500 ÷ (52,500 + 11,000).
    #expect(r.lostAmount == usd(11_000))
    #expect(r.winRateByValue == 52_500.0 / 63_500.0)
    let weeks = Metrics.weeklyBookings(w, scope: .everyone, asOf: CurrencyFloor.asOf, weeks: 3)
    // Weeks from 10-26, 11-02, 11-09: u1 (11-01) 10,000; g1 (11-02) 10,000 + e2 (11-05) 22,000; none.
    #expect(weeks.map(\.won) == [usd(10_000), usd(32_000), 0])
  }

  @Test func aDealBeforeTheFirstRateIsListedNotSummed() {
    var ws = w
    ws.settings.exchangeRates = [CurrencyFloor.rate("EUR", "1.10", "2026-11-01")]
    let r = Reports.attainment(ws, period: CurrencyFloor.period, scope: .everyone, asOf: CurrencyFloor.asOf)
    // e1 (10-10) predates every EUR rate and g1 has no GBP rate: 10,000 + 20,000 × 1.10.
    #expect(r.team.won == usd(32_000))
    #expect(r.unconverted.map(\.dealId) == ["e1", "g1", "h1"])
    #expect(
      UnconvertedDeal.notices(r.unconverted) == [
        "Not counted: 1 deal in CHF (no rate) — h1", "Not counted: 1 deal in EUR (no rate) — e1",
        "Not counted: 1 deal in GBP (no rate) — g1",
      ])
  }

  @Test func missingRateIsInTheReportJSON() throws {
    let r = Reports.pipeline(w, scope: .everyone, asOf: CurrencyFloor.asOf)
    let json = try #require(
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(r)) as? [String: Any])
    #expect(json["currency"] as? String == "USD")
    let list = try #require(json["unconverted"] as? [[String: Any]])
    #expect(list.count == 1)
    #expect(list.first?["dealId"] as? String == "h1")
    #expect(list.first?["currency"] as? String == "CHF")
    #expect(list.first?["amount"] as? Int == 500_000)
  }

  @Test func commissionIsOnConvertedBookings() throws {
    var ws = w
    ws.compPlans = RecordTable([
      CompPlan(
        id: "cp", name: "AE", targetVariable: usd(10_000), currency: "USD",
        tiers: [CompPlan.Tier(from: 0, to: nil, rate: 1)], personIds: ["r"])
    ])
    let s = try Compensation.statement(ws, personId: "r", period: CurrencyFloor.period)
    #expect(s.credited == usd(52_500))
    // 10,000 × 52.5 % × 1.0.
    #expect(s.total == usd(5_250))
  }

  @Test func checkWarnsForEachCurrencyWithoutARate() {
    let findings = WorkspaceCheck.run(w, today: CurrencyFloor.asOf)
    let currency = findings.filter { $0.message.contains("no rate") }
    #expect(currency.count == 1)
    #expect(currency.first?.severity == .warning)
    let m = currency.first?.message ?? ""
    #expect(m.contains("1 deal in CHF"))
    #expect(m.contains("h1"))
    #expect(m.contains("salesfloor currency set CHF RATE --from 2026-11-15"))
    #expect(findings.filter { $0.severity == .error }.isEmpty)
  }

  @Test func settingsWithRatesRoundTripAndOldSettingsLoad() throws {
    let s = w.settings
    let data = try JSONEncoder().encode(s)
    #expect(try JSONDecoder().decode(Settings.self, from: data) == s)
    #expect(String(decoding: data, as: UTF8.self).contains(#""rate":"1.05""#))
    // A file written before rates existed has no key.
    let old = try JSONEncoder().encode(Settings())
    #expect(!String(decoding: old, as: UTF8.self).contains("exchangeRates"))
    #expect(try JSONDecoder().decode(Settings.self, from: old).exchangeRates.isEmpty)
  }
}
