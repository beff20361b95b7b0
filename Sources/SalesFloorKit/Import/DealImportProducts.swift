/// The `product` (and `quantity`) column of a deal import: real CRM exports carry the product
/// sold, which used to end up in tags. A row's product becomes the deal's one line item, so
/// `report products` reads imported deals like any other.
///
/// An unknown product name creates a catalogue product (listed in the preview as a product to
/// create), as unknown owners and accounts do: an export's product column holds names from the
/// source CRM's own catalogue, so a migration takes one pass, and nothing is created silently.
/// The line keeps the file's amount, so imported totals never change (docs/cli.md, "import").
enum DealImportProducts {
  /// Column spellings of the product name and quantity that every preset and the plain import
  /// know, after the vendor's own.
  static let productColumns = ["Product", "Product Name"]
  static let quantityColumns = ["Quantity", "Product Quantity"]

  /// The line a row sells, and a note for the preview when the file's amount is not the catalogue
  /// price × quantity. `amount` is the row's amount in the deal's currency, nil when the cell was
  /// blank (the line then takes the list price, and the deal amount becomes the line's total).
  static func line(
    product: Product, quantityText: String?, amount: Money?, currency: String
  ) -> Result<(line: LineItem, note: String?), RowProblem> {
    var quantity: Int64 = 1
    if let quantityText {
      let n = Double(quantityText.replacingOccurrences(of: ",", with: ""))
      guard let n, n >= 1, n < 1e15, n == n.rounded() else {
        return .failure(RowProblem("quantity \"\(quantityText)\" is not a whole number of at least 1"))
      }
      quantity = Int64(n)
    }
    let list = product.listPrice(in: currency)
    guard let amount else {
      let unit = list?.minor ?? 0
      return .success((LineItem(productId: product.id, quantity: quantity, unitPrice: unit), nil))
    }
    let (unit, rest) = amount.minor.quotientAndRemainder(dividingBy: quantity)
    if let list, list.minor == unit, rest == 0 {
      return .success((LineItem(productId: product.id, quantity: quantity, unitPrice: unit), nil))
    }
    let listed =
      list.map { "not \(quantity) × list \($0) = \(Money(minor: $0.minor * quantity, currency: currency))" }
      ?? "no list price in \(currency)"
    if rest == 0 {
      let note = list == nil ? nil : "\(product.name) priced from the file's amount \(amount) (\(listed))"
      return .success((LineItem(productId: product.id, quantity: quantity, unitPrice: unit), note))
    }
    let note =
      "\(product.name) × \(quantity): the file's amount \(amount) does not divide by \(quantity) "
      + "(\(listed)); imported as 1 × \(amount) to keep the total"
    return .success((LineItem(productId: product.id, quantity: 1, unitPrice: amount.minor), note))
  }
}

extension ImportState {
  /// A product by id or name (any case); an unknown name becomes a new catalogue product (listed
  /// in the plan's new products). A name two products share is refused: the row must give the id.
  mutating func product(named name: String) throws(RowProblem) -> Product {
    if let p = ws.products[id: name] { return p }
    let key = Self.nameKey(name)
    let known =
      ws.products.items.filter { Self.nameKey($0.name) == key }
      + newProducts.filter {
        Self.nameKey($0.name) == key
      }
    if known.count > 1 {
      throw RowProblem(
        "\(known.count) products are named \"\(name)\" (\(known.map(\.id).joined(separator: ", "))): "
          + "give the id instead")
    }
    if let p = known.first { return p }
    let p = Product(id: nextId("pr-"), name: name)
    newProducts.append(p)
    return p
  }
}
