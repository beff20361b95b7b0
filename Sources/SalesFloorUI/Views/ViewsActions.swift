import SalesFloorKit

extension CockpitProgram {
  /// Reducer cases of the report views; nil when `id` is not a view action.
  mutating func performView(id: String) -> [ProgramEffect]? {
    if let effects = performOrg(id: id) { return effects }
    if let effects = performRecruiting(id: id) { return effects }
    if let effects = performFeed(id: id) { return effects }
    if let effects = performProducts(id: id) { return effects }
    guard let action = ViewsKeymap.Action(rawValue: id) else { return nil }
    if let view = action.view {
      show(view)
      return []
    }
    let page = max(1, ViewsRenderer.bodyHeight(size) - 1)
    switch action {
    case .down: scrollView(1)
    case .up: scrollView(-1)
    case .top: scrollView(-1_000_000)
    case .bottom: scrollView(1_000_000)
    case .pageDown: scrollView(page, byPage: true)
    case .pageUp: scrollView(-page, byPage: true)
    default: performViewEdit(action)
    }
    return []
  }

  /// Opens a view (or Home) and computes its reports.
  mutating func show(_ view: CockpitView) {
    state.views.current = view
    state.filterInput = nil
    state.refreshView()
  }

  /// j/k/g/G move the selected person in Comp; everything else scrolls the view's lines.
  mutating func scrollView(_ delta: Int, byPage: Bool = false) {
    let view = state.views.current
    if view == .comp && !byPage {
      if case .comp(let rows) = state.views.content {
        state.views.compCursor.move(delta, count: rows.count)
        state.views.offsets[.comp] = 0
      }
      return
    }
    let visible = ViewsRenderer.bodyHeight(size)
    let lines = ViewsRenderer.page(state, width: ViewsRenderer.bodyWidth(size, view: view), visible: 0).count
    let offset = state.views.offsets[view] ?? 0
    state.views.offsets[view] = min(max(0, offset + delta), max(0, lines - visible))
  }
}
