import SalesFloorKit

/// Keys of the Hygiene view (`Y`), declared in the cockpit's single key table so the footer, `?`
/// help and the `:` palette list them.
public enum HygieneKeymap {
  /// Action ids the Hygiene view handles (`CockpitProgram.performHygiene`).
  public enum Action: String, CaseIterable, Sendable {
    case open = "hygiene.open"
    case down = "hygiene.down", up = "hygiene.up", top = "hygiene.top", bottom = "hygiene.bottom"
    case openFix = "hygiene.openFix"
  }

  /// Keymap context of the view's own keys, searched before the shared view keys.
  public static let context = "hygiene"

  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Hygiene (Y)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("Y")], .open, "global", "Hygiene view: each rep's CRM hygiene score, trend and fixes")
    bind([.down, .char("j")], .down, context, "next rep", hint: "rep")
    bind([.up, .char("k")], .up, context, "previous rep")
    bind([.char("g"), .home], .top, context, "first rep")
    bind([.char("G"), .end], .bottom, context, "last rep")
    bind([.enter], .openFix, context, "open the deal of the selected rep's first fix", hint: "fix")
  }

  /// Binding rules (`CockpitBindings.rules`): Enter targets the first fix's deal.
  static let rules: [String: BindingRule] = [
    Action.openFix.rawValue: BindingRule(.readOnly, target: firstFixDeal)
  ]

  /// The deal of the selected rep's first fix, or why there is none.
  @Sendable static func firstFixDeal(_ s: CockpitState) -> KeyTarget {
    guard case .hygiene(let d) = s.views.content else { return .disabled("the Hygiene view is not open") }
    guard let id = d.fixes.first(where: { $0.dealId != nil })?.dealId else {
      return .disabled("no deal to fix for this rep")
    }
    guard let deal = s.workspace.deals[id: id] else { return .disabled("that deal is gone") }
    return .record(kind: .deals, id: deal.id, name: deal.name)
  }
}

extension CockpitProgram {
  /// Reducer cases of the Hygiene view; nil when `id` is not one of its actions.
  mutating func performHygiene(id: String) -> [ProgramEffect]? {
    guard let action = HygieneKeymap.Action(rawValue: id) else { return nil }
    guard case .hygiene(let d) = state.views.content else {
      if action == .open { show(.hygiene) }
      return []
    }
    switch action {
    case .open: show(.hygiene)
    case .down: moveHygieneCursor(1, count: d.rows.count)
    case .up: moveHygieneCursor(-1, count: d.rows.count)
    case .top: moveHygieneCursor(-1_000_000, count: d.rows.count)
    case .bottom: moveHygieneCursor(1_000_000, count: d.rows.count)
    case .openFix:
      if let id = HygieneKeymap.firstFixDeal(state).id(of: .deals) {
        state.overlay = .dealDetail(dealId: id, offset: 0)
      }
    }
    return []
  }

  private mutating func moveHygieneCursor(_ delta: Int, count: Int) {
    state.views.hygieneCursor.move(delta, count: count)
    state.refreshHygieneFixes()
    scrollViewToRow(state.views.hygieneCursor.index, headerLines: HygieneViewText.headerLines)
  }
}
