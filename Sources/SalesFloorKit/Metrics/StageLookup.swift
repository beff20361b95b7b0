/// Stage facts keyed by id, built once per report so each deal costs one hash lookup
/// instead of a scan of `Settings.stages`.
///
/// A deal whose stage id is unknown (a stage deleted from settings, a bad import) is treated
/// as open with probability 0 and category Pipeline: it stays visible instead of vanishing.
public struct StageLookup: Sendable {
  /// Stages by id.
  public let byId: [String: Stage]
  /// Open stages in process order.
  public let openStages: [Stage]
  /// Stages in process order.
  public let ordered: [Stage]
  /// Deals in open stages at or after this order are "qualified" (used by velocity):
  /// the order of the second open stage, so the first (prospecting) stage is excluded.
  public let qualifiedFromOrder: Int
  /// Converts deal amounts into the workspace currency (`amount(of:)`).
  public let money: CurrencyConverter
  /// The day open deals convert at (the report's as-of day); nil: the latest rate.
  public let today: Day?

  /// `today` is the report's as-of day: open deals convert at its rate.
  public init(_ settings: Settings, today: Day? = nil) {
    money = CurrencyConverter(settings)
    self.today = today
    var map: [String: Stage] = [:]
    for s in settings.stages where map[s.id] == nil { map[s.id] = s }
    byId = map
    ordered = settings.orderedStages
    openStages = ordered.filter(\.isOpen)
    if openStages.count >= 2 {
      qualifiedFromOrder = openStages[1].order
    } else {
      qualifiedFromOrder = openStages.first?.order ?? Int.max
    }
  }

  public subscript(_ id: String) -> Stage? { byId[id] }

  /// The kind of the deal's stage; unknown stages count as open.
  public func kind(of deal: Deal) -> Stage.Kind { byId[deal.stage]?.kind ?? .open }
  public func isOpen(_ deal: Deal) -> Bool { kind(of: deal) == .open }
  public func isWon(_ deal: Deal) -> Bool { kind(of: deal) == .won }
  public func isLost(_ deal: Deal) -> Bool { kind(of: deal) == .lost }

  /// Win probability in percent (0–100): the deal's override, else its stage's default.
  public func probability(of deal: Deal) -> Int {
    let p = deal.probability ?? byId[deal.stage]?.probability ?? 0
    return min(100, max(0, p))
  }

  /// Forecast category: won deals are always Closed and lost deals Omitted; an open deal
  /// uses its override, else the stage default. An open deal overridden to Closed counts as
  /// Commit, because Closed means money already won.
  public func forecastCategory(of deal: Deal) -> ForecastCategory {
    switch kind(of: deal) {
    case .won: return .closed
    case .lost: return .omitted
    case .open:
      let c = deal.forecastCategory ?? byId[deal.stage]?.forecastCategory ?? .pipeline
      return c == .closed ? .commit : c
    }
  }

  /// The deal's amount in the workspace currency, converted at its close date when closed and at
  /// `today` when open; nil when its currency has no rate then (the deal is counted nowhere and
  /// reports list it as an `UnconvertedDeal`).
  public func amount(of deal: Deal) -> Int64? {
    if deal.currency == money.target { return deal.amount }
    return money.convertMinor(
      deal.amount, from: deal.currency,
      on: CurrencyConverter.conversionDay(of: deal, kind: kind(of: deal), today: today))
  }

  /// Converted amount × probability in minor units, rounded half away from zero (0 without a rate).
  public func weightedAmount(of deal: Deal) -> Int64 {
    Ratio.percentOf(amount(of: deal) ?? 0, percent: probability(of: deal))
  }

  /// True for open deals in a stage at or after the second open stage.
  public func isQualified(_ deal: Deal) -> Bool {
    guard let s = byId[deal.stage], s.kind == .open else { return false }
    return s.order >= qualifiedFromOrder
  }
}

/// Small numeric helpers shared by the metrics: exact money rounding and nil-safe ratios.
public enum Ratio {
  /// `numerator ÷ denominator` as a Double; nil when the denominator is zero.
  public static func of(_ numerator: Int64, _ denominator: Int64) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
  }
  /// `numerator ÷ denominator` for counts; nil when the denominator is zero.
  public static func of(_ numerator: Int, _ denominator: Int) -> Double? {
    denominator == 0 ? nil : Double(numerator) / Double(denominator)
  }
  /// `amount × percent ÷ 100` in integer arithmetic, rounded half away from zero.
  public static func percentOf(_ amount: Int64, percent: Int) -> Int64 {
    divideRounded(amount * Int64(percent), 100)
  }
  /// Integer division rounded half away from zero (money must stay exact to the cent).
  public static func divideRounded(_ a: Int64, _ b: Int64) -> Int64 {
    guard b != 0 else { return 0 }
    let q = a / b
    let r = a % b
    if abs(r) * 2 >= abs(b) { return q + ((a < 0) != (b < 0) ? -1 : 1) }
    return q
  }
  /// Rounds a Double amount of minor units to Int64, clamping instead of trapping.
  public static func minor(_ value: Double) -> Int64 {
    guard value.isFinite else { return 0 }
    if value >= 9.2e18 { return Int64.max }
    if value <= -9.2e18 { return Int64.min }
    return Int64(value.rounded())
  }
}
