/// The demo catalogue (eight products in three families, priced in USD and some in EUR) and line
/// items on most demo deals, so `report products` and the deal card have something to show.
///
/// Lines always sum exactly to the deal's existing amount (seats at list price, with a discount
/// where one fits, else at the negotiated unit price the amount implies); a deal whose amount no
/// line fits keeps no lines. Amounts never change, so every pipeline figure stays as before, and
/// the step draws from its own generator so no other demo record moves.
extension DemoBuilder {
  /// Salt for the products' generator: any constant other than the other demo steps' salts.
  static let productSeedSalt: UInt64 = 0x9D0D_0C75

  mutating func addProducts(to ws: inout Workspace) {
    var r = SplitMix64(seed: seed &+ Self.productSeedSalt)
    ws.products = RecordTable(DemoCatalogue.products)
    for id in deals.map(\.id) {
      guard var d = ws.deals[id: id], Self.addLines(to: &d, r: &r) else { continue }
      ws.deals.upsert(d)
    }
  }

  /// Lines on ~85 % of deals, when some fit the amount exactly; false when the deal keeps none.
  static func addLines(to d: inout Deal, r: inout SplitMix64) -> Bool {
    guard r.chance(0.85) else { return false }
    let lines = lines(for: d, r: &r)
    guard !lines.isEmpty, LineItem.amount(of: lines) == d.amount else { return false }
    d.lineItems = lines
    return true
  }

  /// The main product(s) the deal's name implies, after an onboarding line on ~40 % of deals of
  /// $20k or more; empty when nothing fits the amount exactly.
  static func lines(for deal: Deal, r: inout SplitMix64) -> [LineItem] {
    var lines: [LineItem] = []
    var rest = deal.amount
    let services = DemoCatalogue.onboarding
    if deal.amount >= 2_000_000, r.chance(0.4), let fee = DemoCatalogue.price(services, in: deal.currency) {
      lines.append(LineItem(productId: services, quantity: 1, unitPrice: fee))
      rest -= fee
    }
    let main = DemoCatalogue.mainProducts(for: deal)
    // A bundle: the second product takes about a third of what is left, in whole seats.
    if main.count == 2, let price = DemoCatalogue.price(main[1], in: deal.currency) {
      let seats = max(1, rest / 3 / price)
      if seats * price < rest {
        lines.append(LineItem(productId: main[1], quantity: seats, unitPrice: price))
        rest -= seats * price
      }
    }
    guard let id = main.first, let line = seats(of: id, worth: rest, currency: deal.currency, r: &r) else {
      return []
    }
    return [line] + lines
  }

  /// A line of `productId` whose total is exactly `amount`: list price with the first discount
  /// (in a seeded order of 0, 10, 15 and 20 %) that gives whole seats, else the seat count nearest
  /// the list price whose unit price divides the amount evenly.
  static func seats(
    of productId: String, worth amount: Int64, currency: String, r: inout SplitMix64
  ) -> LineItem? {
    guard amount > 0, let list = DemoCatalogue.price(productId, in: currency) else { return nil }
    for discount in r.shuffled([0, 0, 10, 15, 20]) {
      let (gross, remainder) = (amount * 100).quotientAndRemainder(dividingBy: Int64(100 - discount))
      if remainder == 0, gross % list == 0 {
        let line = LineItem(
          productId: productId, quantity: gross / list, unitPrice: list, discountPercent: discount)
        if line.total == amount { return line }
      }
    }
    let guess = max(1, (amount + list / 2) / list)
    for step in 0..<20 {
      for q in [guess - Int64(step), guess + Int64(step)] where q >= 1 && amount % q == 0 {
        return LineItem(productId: productId, quantity: q, unitPrice: amount / q)
      }
    }
    return nil
  }
}

/// The demo's products, named like the demo deals ("Bluefin Logistics - Harbor Procure").
enum DemoCatalogue {
  static let onboarding = "pr-onboard"

  static let products: [Product] = [
    product(
      "pr-procure", "Harbor Procure", "Platform", usd: 50_000, eur: 46_000,
      "Purchase requests, approvals and POs; priced per seat per year.", ["Standard", "Enterprise"]),
    product(
      "pr-pay", "Harbor Pay", "Platform", usd: 25_000, eur: 23_000,
      "Invoice capture, matching and payment runs; per seat per year.", ["Standard", "Enterprise"]),
    product(
      "pr-suite", "Harbor Suite", "Platform", usd: 70_000, eur: 64_000,
      "Procure and Pay together with one approval flow; per seat per year.", ["Enterprise"]),
    product(
      "pr-portal", "Supplier Portal", "Platform", usd: 10_000, eur: nil,
      "Supplier onboarding and self-service invoicing; per supplier per year.", []),
    product(
      "pr-insights", "Spend Insights", "Analytics", usd: 30_000, eur: 28_000,
      "Spend cubes, savings tracking and category dashboards; per seat per year.", ["Standard", "Plus"]),
    product(
      "pr-benchmarks", "Spend Benchmarks", "Analytics", usd: 1_200_000, eur: nil,
      "Peer price benchmarks by category; per year.", []),
    product(
      onboarding, "Onboarding package", "Services", usd: 500_000, eur: 460_000,
      "Fixed-fee implementation: configuration, integrations and go-live.", []),
    product(
      "pr-training", "Admin training day", "Services", usd: 150_000, eur: nil,
      "One day of on-site or remote training for administrators.", []),
  ]

  static func product(
    _ id: String, _ name: String, _ family: String, usd: Int64, eur: Int64?, _ description: String,
    _ configurations: [String]
  ) -> Product {
    var prices = [Product.Price(currency: "USD", amount: usd)]
    if let eur { prices.append(Product.Price(currency: "EUR", amount: eur)) }
    return Product(
      id: id, name: name, family: family, listPrices: prices, description: description,
      configurations: configurations)
  }

  /// The list price of a catalogue product in `currency`, falling back to USD (the demo's deals in
  /// other currencies then quote at the negotiated unit price the amount implies).
  static func price(_ id: String, in currency: String) -> Int64? {
    guard let p = products.first(where: { $0.id == id }) else { return nil }
    return (p.listPrice(in: currency) ?? p.listPrice(in: "USD"))?.minor
  }

  /// What a demo deal named "<account> - <what>" sells (`DemoNames.newBusiness`, `expansions`,
  /// renewals): the main product first.
  static func mainProducts(for deal: Deal) -> [String] {
    if deal.tags.contains("renewal") { return ["pr-suite"] }
    let byName: [(suffix: String, products: [String])] = [
      ("Harbor Pay", ["pr-pay"]), ("Harbor Suite", ["pr-suite"]), ("EMEA rollout", ["pr-suite"]),
      ("Procure + Pay bundle", ["pr-procure", "pr-pay"]), ("Spend Insights", ["pr-insights"]),
      ("Insights expansion", ["pr-insights", "pr-benchmarks"]), ("Supplier portal add-on", ["pr-portal"]),
    ]
    return byName.first { deal.name.hasSuffix(" - " + $0.suffix) }?.products ?? ["pr-procure"]
  }
}
