import SalesFloorKit

/// Keys of the Products view (`I`, `:products`): its own action ids and context, so the view's
/// keys do not collide with other views' and the footer, `?` help and the palette list them.
public enum ProductsKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "view.products"
    case down = "products.down", up = "products.up", top = "products.top", bottom = "products.bottom"
    case deals = "products.deals", back = "products.back"
    case add = "products.add", edit = "products.edit", toggleActive = "products.toggleActive"
    case link = "products.link"
  }

  public static let context = "products"

  static func bind(_ k: inout Keymap) {
    k.titles[context] = "Products (I)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind(
      [.char("I")], .open, "global",
      "Products view: catalogue, prices, open pipeline and wins per product (:products)")
    bind([.down, .char("j")], .down, context, "next product", hint: "move")
    bind([.up, .char("k")], .up, context, "previous product")
    bind([.char("g"), .home], .top, context, "first product")
    bind([.char("G"), .end], .bottom, context, "last product")
    bind([.enter], .deals, context, "show the deals that sell the product (again: back)", hint: "deals")
    bind([.esc], .back, context, "close the deal list, else back to Home")
    bind([.char("a"), .char("+")], .add, context, "add a product (form)", hint: "add")
    bind(
      [.char("e")], .edit, context, "edit the product: name, family, prices, description (form)", hint: "edit"
    )
    bind(
      [.char("x")], .toggleActive, context,
      "retire the product (no new line items) or make it active again (asks first)", hint: "retire")
    bind(
      [.char("L")], .link, context,
      "link a play, content item or training module to the product, or unlink one (form)",
      hint: "link")
  }

  /// Binding rules of the keys that write or target a product (merged into `CockpitBindings.rules`).
  static var rules: [String: BindingRule] {
    [
      Action.add.rawValue: BindingRule(.asksFirst),
      Action.edit.rawValue: BindingRule(.asksFirst) { s in productTarget(s) },
      Action.toggleActive.rawValue: BindingRule(.asksFirst) { s in productTarget(s) },
      Action.link.rawValue: BindingRule(.asksFirst) { s in productTarget(s) },
      Action.deals.rawValue: BindingRule(.readOnly) { s in productTarget(s) },
    ]
  }

  /// The product under the cursor, as the view shows it, or why there is none to act on.
  @Sendable static func productTarget(_ s: CockpitState) -> KeyTarget {
    guard s.views.current == .products, case .products(let d) = s.views.content else {
      return .disabled("no product selected: I opens the Products view")
    }
    guard let p = d.product(at: s.views.products.cursor.index) else {
      return .disabled("no products yet: a adds one")
    }
    return .record(kind: .products, id: p.id, name: p.name)
  }
}

extension CockpitProgram {
  /// Reducer cases of the Products view; nil when `id` is not one of its actions.
  mutating func performProducts(id: String) -> [ProgramEffect]? {
    guard let action = ProductsKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .open:
      state.views.products.dealIds = nil
      show(.products)
    case .down: moveProduct(1)
    case .up: moveProduct(-1)
    case .top: moveProduct(-1_000_000)
    case .bottom: moveProduct(1_000_000)
    case .deals:
      if state.views.products.dealIds != nil {
        state.views.products.dealIds = nil
        moveProduct(0)
      } else if let p = ProductsKeymap.productTarget(state).id(of: .products) {
        state.views.products.dealIds = ProductsViewData.deals(selling: p, in: state.workspace)
        state.views.offsets[.products] = 0
      }
    case .back:
      if state.views.products.dealIds != nil {
        state.views.products.dealIds = nil
        moveProduct(0)
      } else {
        show(.home)
      }
    case .add:
      openForm(.action(.products(.add)))
    case .edit:
      guard let p = ProductsKeymap.productTarget(state).id(of: .products) else { return [] }
      openForm(.action(.products(.edit(productId: p))))
    case .toggleActive:
      confirmToggleActive()
    case .link:
      guard let p = ProductsKeymap.productTarget(state).id(of: .products) else { return [] }
      openForm(.action(.products(.link(productId: p))))
    }
    return []
  }

  /// `x`: shows what retiring (or re-activating) changes and writes it only after `y`.
  mutating func confirmToggleActive() {
    guard let id = ProductsKeymap.productTarget(state).id(of: .products),
      let p = state.workspace.products[id: id]
    else { return }
    switch prepare(UpdateProduct(productId: p.id, fields: ProductFields(active: !p.active))) {
    case .failure(let error):
      state.status = StatusMessage("not saved: \(error)", kind: .error)
    case .success(let edit):
      let question =
        p.active
        ? "retire \(p.name)? It stays on old deals but is not offered for new lines. y/n"
        : "make \(p.name) active again (offered for new lines)? y/n"
      state.overlay = .confirm(
        Confirmation(question: question, summary: edit.summary, mutations: edit.mutations))
    }
  }

  /// Moves the cursor and scrolls so the selected row is on screen.
  mutating func moveProduct(_ delta: Int) {
    guard case .products(let d) = state.views.content else { return }
    guard state.views.products.dealIds == nil else {
      scrollView(delta)
      return
    }
    state.views.products.cursor.move(delta, count: d.products.count)
    let line = ProductsViewText.headerLines + state.views.products.cursor.index
    let visible = ViewsRenderer.bodyHeight(size)
    var offset = state.views.offsets[.products] ?? 0
    if line >= offset + visible { offset = line - visible + 1 }
    if line < offset { offset = line }
    state.views.offsets[.products] = state.views.products.cursor.index == 0 ? 0 : max(0, offset)
  }
}
