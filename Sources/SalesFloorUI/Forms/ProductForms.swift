import SalesFloorKit

/// The product forms: a catalogue entry (the Products view's `a` and `e`, `:product edit`) and a
/// deal's line items (`i` and `l` on the deal card). Saved through the Kit's product and
/// line-item commands, the same rules and messages as the CLI's.
public enum ProductForm: Hashable, Sendable {
  case add
  case edit(productId: String)
  /// A new line on the deal: product, quantity, unit price, discount.
  case addLine(dealId: String)
  /// Which line to edit or remove (`l`); editing opens `editLine` for it.
  case pickLine(dealId: String)
  /// Line `index` (1-based) of the deal, prefilled.
  case editLine(dealId: String, index: Int)
  /// Link or unlink a play, content item or training module (`ProductLinkForm`).
  case link(productId: String)

  /// The deal whose card reopens after saving (the line-item forms).
  public var dealId: String? {
    switch self {
    case .add, .edit, .link: return nil
    case .addLine(let id), .pickLine(let id), .editLine(let id, _): return id
    }
  }
}

extension ActionForm {
  /// The deal whose card the form came from and goes back to after saving.
  public var dealCardId: String? {
    if case .products(let p) = self { return p.dealId }
    return nil
  }
}

enum ProductForms {
  static let yes = "edit", remove = "remove"

  static func make(_ pf: ProductForm, state s: CockpitState, context ctx: FormContext) -> Form? {
    let ws = s.workspace
    func form(_ title: String, _ fields: [FormField], context: FormContext = ctx) -> Form {
      Form(title: title, fields: fields, context: context, purpose: .action(.products(pf)))
    }
    switch pf {
    case .link(let id):
      return ProductLinkForm.make(id, state: s) { form($0, $1) }
    case .add, .edit:
      var p: Product?
      if case .edit(let id) = pf {
        guard let found = ws.products[id: id] else { return nil }
        p = found
      }
      return form(
        p.map { "Edit product · \($0.name)" }
          ?? "Add product · prices like USD 1200; EUR 1100 · configurations like Standard, Enterprise",
        [
          FormField("name", "Name", .text, required: true, value: p?.name ?? ""),
          FormField("family", "Family", .text, value: p?.family ?? ""),
          FormField(
            "prices", "List prices", .text,
            value: p?.listPrices.map { priceText($0.money) }.joined(separator: "; ") ?? ""),
          FormField("description", "Description", .note, value: p?.description ?? ""),
          FormField(
            "configurations", "Configurations", .text,
            value: p?.configurations.joined(separator: ", ") ?? ""),
        ])
    case .addLine(let dealId), .editLine(let dealId, _):
      guard let d = ws.deals[id: dealId] else { return nil }
      var line: LineItem?
      if case .editLine(_, let index) = pf {
        guard d.lineItems.indices.contains(index - 1) else { return nil }
        line = d.lineItems[index - 1]
      }
      let options = productOptions(ws, currency: d.currency, keeping: line?.productId)
      let chosen = line.flatMap { l in options.first { $0.id == l.productId }?.label } ?? ""
      // Prices are typed in the deal's currency.
      let inDeal = FormContext(currency: d.currency, today: ctx.today, fiscalStartMonth: ctx.fiscalStartMonth)
      let title: String
      if case .editLine(_, let index) = pf {
        title = "Line \(index) · \(d.name) · empty price: the list price"
      } else {
        title = "Add a line · \(d.name) · empty price: the list price"
      }
      return form(
        title,
        [
          FormField("product", "Product", .choice(options, allowsNew: false), required: true, value: chosen),
          FormField("quantity", "Quantity", .text, required: true, value: String(line?.quantity ?? 1)),
          FormField(
            "price", "Unit price \(d.currency)", .amount,
            value: line.map { FormFactory.amountText(Money(minor: $0.unitPrice, currency: d.currency)) } ?? ""
          ),
          FormField("discount", "Discount %", .text, value: String(line?.discountPercent ?? 0)),
        ], context: inDeal)
    case .pickLine(let dealId):
      guard let d = ws.deals[id: dealId], !d.lineItems.isEmpty else { return nil }
      let lines = LineItemText.lines(of: d, in: ws).enumerated().map {
        ChoiceOption(id: String($0.offset + 1), label: $0.element)
      }
      let actions = [ChoiceOption(id: yes, label: yes), ChoiceOption(id: remove, label: remove)]
      return form(
        "Line items · \(d.name) · edit opens the line, remove takes it off",
        [
          FormField("line", "Line", .choice(lines, allowsNew: false), required: true, value: lines[0].label),
          FormField("do", "Do", .choice(actions, allowsNew: false), required: true, value: yes),
        ])
    }
  }

  /// Active products to pick, labelled with their list price in `currency` (what an empty price
  /// field takes); a retired product stays offered only on the line that already sells it.
  static func productOptions(_ ws: Workspace, currency: String, keeping: String? = nil) -> [ChoiceOption] {
    ws.products.items.filter { $0.active || $0.id == keeping }
      .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
      .map { p in
        let price = p.listPrice(in: currency).map(\.description) ?? "no \(currency) price"
        return ChoiceOption(id: p.id, label: "\(p.name) (\(price))")
      }
  }

  /// `USD 1200`: a price as it would be typed back into the prices field.
  static func priceText(_ m: Money) -> String { "\(m.currency) \(FormFactory.amountText(m))" }

  /// `l`'s choice: the edit form of the chosen line, or nil to save (remove) as usual.
  static func picked(_ f: Form, dealId: String) -> FormPurpose? {
    guard f.optionId("do") == yes, let index = f.optionId("line").flatMap({ Int($0) }) else { return nil }
    return .action(.products(.editLine(dealId: dealId, index: index)))
  }

  static func edit(
    _ pf: ProductForm, _ f: Form, state s: CockpitState, ctx: CommandContext
  ) throws(CommandError) -> FormEdit {
    let ws = s.workspace
    switch pf {
    case .link(let id):
      return try ProductLinkForm.edit(id, f, ctx: ctx)
    case .add, .edit:
      let home = ws.settings.currency
      var prices: [Money] = []
      for part in (f.text("prices") ?? "").split(separator: ";") {
        let text = part.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { continue }
        switch AmountParser.parse(text, defaultCurrency: home) {
        case .success(let m): prices.append(m)
        case .failure(let e):
          throw .invalid(field: "prices", reason: "\"\(text)\": \(e.message); separate currencies with ;")
        }
      }
      let fields = ProductFields(
        name: f.text("name") ?? "", family: f.text("family") ?? "", listPrices: prices,
        description: f.text("description") ?? "",
        configurations: (f.text("configurations") ?? "").split(separator: ",").map {
          $0.trimmingCharacters(in: .whitespaces)
        })
      if case .edit(let id) = pf {
        return FormEdit(try UpdateProduct(productId: id, fields: fields).edit(in: ctx))
      }
      return FormEdit(try AddProduct(name: f.text("name") ?? "", fields: fields).edit(in: ctx))
    case .addLine(let dealId), .editLine(let dealId, _):
      let d = try CommandRules.existingDeal(dealId, in: ws)
      guard let product = f.optionId("product") else {
        throw .invalid(field: "product", reason: "pick a product (Tab completes)")
      }
      let quantity = try whole(f.text("quantity"), field: "quantity", Int64.self) ?? 0
      let discount = try whole(f.text("discount"), field: "discount", Int.self) ?? 0
      let price = f.money("price")
      if let price, price.currency != d.currency {
        throw .invalid(
          field: "price", reason: "\(d.name) is in \(d.currency): type the price in \(d.currency)")
      }
      if case .editLine(_, let index) = pf {
        let e = try ReplaceLineItem(
          dealId: d.id, index: index, productId: product, quantity: quantity, unitPrice: price?.minor,
          discountPercent: discount
        ).edit(in: ctx)
        return FormEdit(e, dealId: d.id)
      }
      let e = try AddLineItem(
        dealId: d.id, productId: product, quantity: quantity, unitPrice: price?.minor,
        discountPercent: discount
      ).edit(in: ctx)
      return FormEdit(e, dealId: d.id)
    case .pickLine(let dealId):
      guard let index = f.optionId("line").flatMap({ Int($0) }) else {
        throw .invalid(field: "line", reason: "pick a line (Tab completes)")
      }
      return FormEdit(try RemoveLineItem(dealId: dealId, index: index).edit(in: ctx), dealId: dealId)
    }
  }

  /// A whole number typed in a field (nil when empty), or the reason it is not one.
  static func whole<T: FixedWidthInteger>(
    _ text: String?, field: String, _: T.Type
  ) throws(CommandError) -> T? {
    guard let text, !text.isEmpty else { return nil }
    guard let n = T(text.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces)) else {
      throw .invalid(field: field, reason: "\"\(text)\" is not a whole number")
    }
    return n
  }
}
