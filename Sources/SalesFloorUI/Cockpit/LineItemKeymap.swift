import SalesFloorKit

/// Keys for a deal's line items on the deal card, kept apart from `CockpitKeymap.Action` (like
/// `ContactKeymap`) so other cockpit work does not collide with them.
public enum LineItemKeymap {
  public enum Action: String, CaseIterable, Sendable {
    /// `i` on the deal card: add a line (product, quantity, price, discount).
    case add = "line.add"
    /// `l` on the deal card: pick a line to edit or remove.
    case change = "line.change"
  }

  static func bind(_ k: inout Keymap) {
    k.bind(
      [.char("i")], to: Action.add.rawValue, in: "detail",
      description: "add a line item: product, quantity, price, discount (the amount becomes the lines' sum)",
      hint: "line")
    k.bind(
      [.char("l")], to: Action.change.rawValue, in: "detail",
      description: "edit or remove one of the deal's line items (pick the line)")
  }

  /// Both open a form on the deal on screen (nothing is written before Enter); `l` needs a line.
  static func rules(_ r: inout [String: BindingRule]) {
    r[Action.add.rawValue] = BindingRule(.asksFirst) { s in
      let target = KeyTargets.dealOnScreen(s)
      guard target.id(of: .deals) != nil else { return target }
      guard s.workspace.products.items.contains(where: \.active) else {
        return .disabled("no active products to sell: I opens the Products view, a adds one")
      }
      return target
    }
    r[Action.change.rawValue] = BindingRule(.asksFirst) { s in
      let target = KeyTargets.dealOnScreen(s)
      guard let id = target.id(of: .deals) else { return target }
      if s.workspace.deals[id: id]?.lineItems.isEmpty ?? true {
        return .disabled("no line items yet: i adds one")
      }
      return target
    }
  }
}

extension CockpitProgram {
  /// Reducer cases of the line-item keys; nil when `id` is not one.
  mutating func performLineItems(id: String) -> [ProgramEffect]? {
    guard let action = LineItemKeymap.Action(rawValue: id) else { return nil }
    guard let dealId = KeyTargets.dealOnScreen(state).id(of: .deals) else { return [] }
    switch action {
    case .add: openForm(.action(.products(.addLine(dealId: dealId))))
    case .change: openForm(.action(.products(.pickLine(dealId: dealId))))
    }
    return []
  }
}
