/// Fast decoders and encoders for the product catalogue and deal line items: the same keys and
/// byte order as their synthesized `Codable` forms (which require every key).
extension JSONReader {
  private enum ProductKey: Int, JSONKeys {
    case active, configurations, description, family, id, listPrices, name
    static let keys = table()
  }
  private enum PriceKey: Int, JSONKeys {
    case amount, currency
    static let keys = table()
  }
  private enum LineItemKey: Int, JSONKeys {
    case discountPercent, productId, quantity, unitPrice
    static let keys = table()
  }

  mutating func decodeProduct() throws(JSONFailure) -> Product {
    var id: String?
    var name: String?
    var family: String?
    var prices: [Product.Price]?
    var description: String?
    var configurations: [String]?
    var active: Bool?
    let at = try object(ProductKey.keys) { r, k throws(JSONFailure) in
      switch ProductKey(rawValue: k) {
      case .active: active = try r.readBool()
      case .configurations: configurations = try r.readStringArray()
      case .description: description = try r.readString()
      case .family: family = try r.readInternedString()
      case .id: id = try r.readString()
      case .listPrices:
        prices = try r.readArray("an array of prices") { r throws(JSONFailure) in try r.decodePrice() }
      case .name: name = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return Product(
      id: try req(id, "id", at), name: try req(name, "name", at), family: try req(family, "family", at),
      listPrices: try req(prices, "listPrices", at), description: try req(description, "description", at),
      configurations: try req(configurations, "configurations", at), active: try req(active, "active", at))
  }

  private mutating func decodePrice() throws(JSONFailure) -> Product.Price {
    var amount: Int64?
    var currency: String?
    let at = try object(PriceKey.keys) { r, k throws(JSONFailure) in
      switch PriceKey(rawValue: k) {
      case .amount: amount = try r.readInt64("an integer (minor units)")
      case .currency: currency = try r.readInternedString()
      case nil: try r.skipValue()
      }
    }
    return Product.Price(currency: try req(currency, "currency", at), amount: try req(amount, "amount", at))
  }

  mutating func decodeLineItems() throws(JSONFailure) -> [LineItem] {
    try readArray("an array of line items") { r throws(JSONFailure) in try r.decodeLineItem() }
  }

  private mutating func decodeLineItem() throws(JSONFailure) -> LineItem {
    var productId: String?
    var quantity: Int64?
    var unitPrice: Int64?
    var discount: Int?
    let at = try object(LineItemKey.keys) { r, k throws(JSONFailure) in
      switch LineItemKey(rawValue: k) {
      case .discountPercent: discount = try r.readInt()
      case .productId: productId = try r.readInternedString()
      case .quantity: quantity = try r.readInt64()
      case .unitPrice: unitPrice = try r.readInt64("an integer (minor units)")
      case nil: try r.skipValue()
      }
    }
    return LineItem(
      productId: try req(productId, "productId", at), quantity: try req(quantity, "quantity", at),
      unitPrice: try req(unitPrice, "unitPrice", at),
      discountPercent: try req(discount, "discountPercent", at))
  }
}

extension JSONWriter {
  mutating func write(_ p: Product) {
    beginObject()
    key("active")
    bool(p.active)
    key("configurations")
    stringArray(p.configurations)
    key("description")
    string(p.description)
    key("family")
    string(p.family)
    key("id")
    string(p.id)
    key("listPrices")
    beginArray()
    for price in p.listPrices {
      beginObject(element: true)
      key("amount")
      int(price.amount)
      key("currency")
      string(price.currency)
      endObject()
    }
    endArray()
    key("name")
    string(p.name)
    endObject()
  }

  /// `"lineItems": [...]`, written only when the deal has lines (as `Deal.encode(to:)`).
  mutating func writeLineItems(_ lines: [LineItem]) {
    guard !lines.isEmpty else { return }
    key("lineItems")
    beginArray()
    for l in lines {
      beginObject(element: true)
      key("discountPercent")
      int(l.discountPercent)
      key("productId")
      string(l.productId)
      key("quantity")
      int(l.quantity)
      key("unitPrice")
      int(l.unitPrice)
      endObject()
    }
    endArray()
  }
}

extension JSONWriter {
  /// `"productIds": [...]` on plays, content and training modules, written only when there are
  /// links (as their `Codable` forms in `ProductLinks+Codable.swift`).
  mutating func productIds(_ ids: [String]) {
    guard !ids.isEmpty else { return }
    key("productIds")
    stringArray(ids)
  }
}
