/// The one place money in another currency becomes money in the workspace currency, so every
/// sum across deals (pipeline, bookings, forecast, commission…) converts the same way.
///
/// The rate in force on a day is the latest row of the rates table whose `from` is on or before
/// that day; before a currency's first row there is no rate, and the amount is not converted
/// (nil), never summed as if the currencies were equal. Rounding: half away from zero to the minor
/// unit of the workspace currency (`Money.scale`: 0, 2 or 3 decimals).
public struct CurrencyConverter: Sendable {
  /// The workspace currency every amount converts into.
  public let target: String
  /// Rates per currency, oldest `from` first.
  let rates: [String: [ExchangeRate]]

  public init(_ settings: Settings) {
    self.init(target: settings.currency, rates: settings.exchangeRates)
  }

  public init(target: String, rates: [ExchangeRate]) {
    self.target = target
    var map: [String: [ExchangeRate]] = [:]
    for r in rates where r.currency != target { map[r.currency, default: []].append(r) }
    self.rates = map.mapValues { $0.sorted { $0.from < $1.from } }
  }

  /// Whether any rate is known (a single-currency workspace has none).
  public var isEmpty: Bool { rates.isEmpty }

  /// The rate row in force for `currency` on `day`; nil before the first one.
  public func rate(for currency: String, on day: Day) -> ExchangeRate? {
    guard let list = rates[currency] else { return nil }
    return list.last { $0.from <= day }
  }

  /// `money` in the workspace currency at the rate in force on `day`; nil without a rate.
  public func convert(_ money: Money, on day: Day) -> Money? {
    convertMinor(money.minor, from: money.currency, on: day).map { Money(minor: $0, currency: target) }
  }

  /// `minor` units of `currency` in minor units of the workspace currency; nil without a rate.
  /// `day` nil means "the latest rate" (a caller that has no today).
  public func convertMinor(_ minor: Int64, from currency: String, on day: Day?) -> Int64? {
    if currency == target { return minor }
    guard let list = rates[currency] else { return nil }
    let found = day.map { d in list.last { $0.from <= d } } ?? list.last
    guard let rate = found else { return nil }
    return Self.apply(minor, micros: rate.micros, from: currency, to: target)
  }

  /// `minor × rate`, rescaled from the minor unit of `from` to that of `to`, rounded half away
  /// from zero (128-bit intermediate, so no overflow before the result is clamped).
  static func apply(_ minor: Int64, micros: Int64, from: String, to: String) -> Int64 {
    let num = Int128(minor) * Int128(micros) * Int128(Money.scale(of: to))
    let den = Int128(ExchangeRate.scale) * Int128(Money.scale(of: from))
    var q = num / den
    let r = num % den
    if (r < 0 ? -r : r) * 2 >= den { q += num < 0 ? -1 : 1 }
    if q > Int128(Int64.max) { return Int64.max }
    if q < Int128(Int64.min) { return Int64.min }
    return Int64(q)
  }

  /// The day a deal's amount converts at: a closed deal (won or lost) at its close date, an open
  /// deal at `today` (the report's as-of day). nil `today`: the latest rate.
  public static func conversionDay(of deal: Deal, kind: Stage.Kind, today: Day?) -> Day? {
    kind == .open ? today : (deal.closeDate ?? today)
  }
}

extension StageLookup {
  /// A deal's amount as a person reads it on its card: `USD 12,400.00`, or for another currency
  /// its own amount beside the converted one, `EUR 100,000.00 ≈ USD 108,000.00`, or
  /// `CHF 5,000.00 · no CHF rate: not counted`.
  public func amountText(of deal: Deal) -> String {
    guard deal.currency != money.target else { return deal.money.description }
    guard let converted = amount(of: deal) else {
      return "\(deal.money) · no \(deal.currency) rate: not counted"
    }
    return "\(deal.money) ≈ \(Money(minor: converted, currency: money.target))"
  }
}
