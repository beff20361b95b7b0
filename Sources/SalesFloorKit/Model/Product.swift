/// Something the team sells: what a deal's line items point at, so pipeline and wins can be
/// read per product instead of from free-text tags.
public struct Product: Hashable, Sendable, Codable, Identifiable {
  /// The list price in one currency; a product may be priced in several.
  public struct Price: Hashable, Sendable, Codable {
    public var currency: String
    /// Minor units of `currency`.
    public var amount: Int64
    public init(currency: String, amount: Int64) {
      self.currency = currency
      self.amount = amount
    }
    public var money: Money { Money(minor: amount, currency: currency) }
  }

  public var id: String
  public var name: String
  /// Product line ("Platform", "Services"): groups products on reports and in training.
  public var family: String
  public var listPrices: [Price]
  public var description: String
  /// Editions or options a rep may quote ("Standard", "Enterprise").
  public var configurations: [String]
  /// Inactive products stay for old deals but are not offered for new line items.
  public var active: Bool

  public init(
    id: String, name: String, family: String = "", listPrices: [Price] = [], description: String = "",
    configurations: [String] = [], active: Bool = true
  ) {
    self.id = id
    self.name = name
    self.family = family
    self.listPrices = listPrices
    self.description = description
    self.configurations = configurations
    self.active = active
  }

  /// The list price in `currency`, when the catalogue has one.
  public func listPrice(in currency: String) -> Money? {
    listPrices.first { $0.currency == currency }?.money
  }
}

/// One product sold on a deal: what a quote line says. Prices are in the deal's currency.
public struct LineItem: Hashable, Sendable, Codable {
  public var productId: String
  public var quantity: Int64
  /// Minor units of the deal's currency, before discount.
  public var unitPrice: Int64
  /// 0–100.
  public var discountPercent: Int

  public init(productId: String, quantity: Int64, unitPrice: Int64, discountPercent: Int = 0) {
    self.productId = productId
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.discountPercent = discountPercent
  }

  /// quantity × unitPrice × (100 − discount) / 100, rounded half away from zero (docs/salesops.md
  /// "Line items"): the one place a line's total is computed.
  public var total: Int64 {
    let gross = quantity * unitPrice * Int64(100 - discountPercent)
    let (q, r) = gross.quotientAndRemainder(dividingBy: 100)
    if r * 2 >= 100 { return q + 1 }
    if r * 2 <= -100 { return q - 1 }
    return q
  }

  /// The amount of a deal with these lines: the sum of their totals.
  public static func amount(of lines: [LineItem]) -> Int64 {
    lines.reduce(0) { $0 + $1.total }
  }
}
