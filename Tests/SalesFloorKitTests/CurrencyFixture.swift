import SalesFloorKit

/// The currency workspace (#15): USD workspace, one rep with a 100,000 USD quota for
/// 2026-Q4, as of 2026-11-15. Rates: EUR 1.05 from 2026-01-01 and 1.10 from 2026-10-20; GBP 1.25
/// from 2026-01-01; CHF none.
///
/// Deals (converted amounts in USD):
/// - u1 won USD 10,000 closed 11-01                → 10,000
/// - e1 won EUR 10,000 closed 10-10 (rate 1.05)    → 10,500
/// - e2 won EUR 20,000 closed 11-05 (rate 1.10)    → 22,000
/// - g1 won GBP 8,000 closed 11-02 (rate 1.25)     → 10,000
/// - e3 open EUR 50,000, proposal 60 %, best case  → today's rate 1.10 → 55,000 (weighted 33,000)
/// - u2 open USD 30,000, demo 40 %, best case      → 30,000 (weighted 12,000)
/// - h1 open CHF 5,000, negotiation                → no rate: counted nowhere
enum CurrencyFloor {
  static let period = Period(kind: .quarter, year: 2026, index: 4)
  static let asOf = day("2026-11-15")

  static func rate(_ code: String, _ text: String, _ from: String) -> ExchangeRate {
    ExchangeRate(currency: code, micros: ExchangeRate.micros(parsing: text) ?? 0, from: day(from))
  }

  static func money(_ d: Deal, _ code: String) -> Deal {
    var d = d
    d.currency = code
    return d
  }

  static var workspace: Workspace {
    var w = Workspace()
    w.settings.exchangeRates = [
      rate("EUR", "1.05", "2026-01-01"), rate("EUR", "1.10", "2026-10-20"), rate("GBP", "1.25", "2026-01-01"),
    ]
    w.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    w.quotas = RecordTable([
      Quota(id: "qr", personId: "r", period: "2026-Q4", amount: usd(100_000), currency: "USD", ramp: false)
    ])
    w.deals = RecordTable([
      deal("u1", owner: "r", 10_000, stage: "won", close: "2026-11-01"),
      money(deal("e1", owner: "r", 10_000, stage: "won", close: "2026-10-10"), "EUR"),
      money(deal("e2", owner: "r", 20_000, stage: "won", close: "2026-11-05"), "EUR"),
      money(deal("g1", owner: "r", 8_000, stage: "won", close: "2026-11-02"), "GBP"),
      money(deal("e3", owner: "r", 50_000, stage: "proposal", close: "2026-12-10"), "EUR"),
      deal("u2", owner: "r", 30_000, stage: "demo", close: "2026-12-15"),
      money(deal("h1", owner: "r", 5_000, stage: "negotiation", close: "2026-12-01"), "CHF"),
    ])
    return w
  }
}
