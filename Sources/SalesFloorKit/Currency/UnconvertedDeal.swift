/// A deal left out of a report's sums because its currency has no rate on the day it converts at
/// (`CurrencyConverter`): reports list these so a missing rate is never a silent gap.
public struct UnconvertedDeal: Hashable, Sendable, Codable {
  public var dealId: String
  public var currency: String
  /// The deal's own amount, in minor units of `currency`.
  public var amount: Int64

  public init(dealId: String, currency: String, amount: Int64) {
    self.dealId = dealId
    self.currency = currency
    self.amount = amount
  }

  public init(_ deal: Deal) { self.init(dealId: deal.id, currency: deal.currency, amount: deal.amount) }

  /// How many ids a notice names before "…".
  static let namedIds = 5

  /// One line per currency, for table output and `check`:
  /// `Not counted: 2 deals in CHF (no rate) — D-12, D-40`.
  public static func notices(_ list: [UnconvertedDeal]) -> [String] {
    let byCurrency = Dictionary(grouping: list, by: \.currency)
    return byCurrency.keys.sorted().map { c in
      let ids = (byCurrency[c] ?? []).map(\.dealId).sorted()
      return "Not counted: \(countText(ids.count)) in \(c) (no rate) — \(idList(ids))"
    }
  }

  /// `1 deal`, `3 deals`.
  static func countText(_ n: Int) -> String { n == 1 ? "1 deal" : "\(n) deals" }

  /// The first few ids, then `… (+N more)`.
  static func idList(_ ids: [String]) -> String {
    let shown = ids.prefix(namedIds).joined(separator: ", ")
    return ids.count > namedIds ? shown + ", … (+\(ids.count - namedIds) more)" : shown
  }

  /// A short marker for a cockpit pane: `2 deals not counted: no CHF rate`.
  public static func marker(_ list: [UnconvertedDeal]) -> String? {
    guard !list.isEmpty else { return nil }
    let codes = Set(list.map(\.currency)).sorted().joined(separator: "/")
    return "\(countText(list.count)) not counted: no \(codes) rate"
  }
}

/// The deals a tally left out, keyed by id so a one-deal edit can take its old version back out.
public struct UnconvertedSet: Sendable, Equatable {
  var byId: [String: UnconvertedDeal] = [:]

  public init() {}

  /// Adds (`sign` 1) or takes back (`sign` −1) one deal.
  mutating func adjust(_ deal: Deal, sign: Int) {
    if sign > 0 { byId[deal.id] = UnconvertedDeal(deal) } else { byId[deal.id] = nil }
  }

  mutating func merge(_ other: UnconvertedSet) { byId.merge(other.byId) { a, _ in a } }

  /// In id order.
  public var list: [UnconvertedDeal] { byId.values.sorted { $0.dealId < $1.dealId } }
  public var isEmpty: Bool { byId.isEmpty }
}
