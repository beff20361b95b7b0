import SalesFloorKit

extension CockpitProgram {
  /// Reducer cases of the Handoffs view; nil when `id` is not one of its actions.
  mutating func performHandoffs(id: String) -> [ProgramEffect]? {
    guard let action = HandoffsKeymap.Action(rawValue: id) else { return nil }
    let count = state.data.handoffQueue.rows.count
    let page = max(1, HandoffsViewText.visibleRows(size) - 1)
    switch action {
    case .open:
      show(.handoffs)
      state.views.handoffs.cursor.clamp(count: count)
    case .down: moveHandoff(1, count: count)
    case .up: moveHandoff(-1, count: count)
    case .top: moveHandoff(-1_000_000, count: count)
    case .bottom: moveHandoff(1_000_000, count: count)
    case .pageDown: moveHandoff(page, count: count)
    case .pageUp: moveHandoff(-page, count: count)
    case .steps:
      guard let row = state.views.handoffs.selectedRow(state) else { return [] }
      state.views.handoffs.openId = state.views.handoffs.openId == row.handoffId ? nil : row.handoffId
    case .done, .block:
      guard let row = state.views.handoffs.selectedRow(state), let step = row.stepIndex else { return [] }
      openForm(
        .action(.handoffStep(handoffId: row.handoffId, step: step, mark: action == .done ? .done : .block)))
    case .back:
      if state.views.handoffs.openId != nil {
        state.views.handoffs.openId = nil
      } else {
        show(.home)
      }
    }
    return []
  }

  /// Moves the cursor and keeps it on screen (the first row shown follows it).
  mutating func moveHandoff(_ delta: Int, count: Int) {
    var v = state.views.handoffs
    v.cursor.move(delta, count: count)
    let visible = HandoffsViewText.visibleRows(size)
    if v.cursor.index < v.cursor.offset { v.cursor.offset = v.cursor.index }
    if v.cursor.index >= v.cursor.offset + visible { v.cursor.offset = v.cursor.index - visible + 1 }
    state.views.handoffs = v
  }
}
