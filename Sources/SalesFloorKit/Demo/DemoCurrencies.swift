/// Foreign-currency deals for the demo, so the rates table and converted amounts are visible: a
/// few open deals are priced in EUR and GBP at rates that convert back to their dollar amounts
/// exactly (EUR 1.125 = 9/8, GBP 1.25 = 5/4), so every demo total stays what it was in dollars.
extension DemoBuilder {
  /// The demo's rates, holding from two years before today (before every demo deal).
  func demoRates() -> [ExchangeRate] {
    let from = today.adding(days: -730)
    return [
      ExchangeRate(currency: "EUR", micros: 1_125_000, from: from),
      ExchangeRate(currency: "GBP", micros: 1_250_000, from: from),
    ]
  }

  /// Prices up to three open deals in EUR and two in GBP (the last, by id, whose dollar amount
  /// divides exactly: cents × 8 ÷ 9 for EUR, cents × 4 ÷ 5 for GBP).
  func addForeignCurrencies(to ws: inout Workspace) {
    ws.settings.exchangeRates = demoRates()
    let stages = StageLookup(ws.settings)
    var eur = 0
    var gbp = 0
    for d in ws.deals.sortedById.reversed() where stages.isOpen(d) && d.currency == ws.settings.currency {
      var foreign = d
      if eur < 3, d.amount % 9 == 0 {
        foreign.currency = "EUR"
        foreign.amount = d.amount / 9 * 8
        eur += 1
      } else if gbp < 2, eur >= 3, d.amount % 5 == 0 {
        foreign.currency = "GBP"
        foreign.amount = d.amount / 5 * 4
        gbp += 1
      } else {
        continue
      }
      ws.deals.upsert(foreign)
      if eur >= 3 && gbp >= 2 { break }
    }
  }
}
