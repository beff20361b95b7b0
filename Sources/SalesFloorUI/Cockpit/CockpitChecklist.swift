import SalesFloorKit

/// Ticking steps and exit criteria where they are shown (the deal card, the play detail) and
/// opening the MEDDPICC scorecard: instant edits through the same commands as the CLI, undone by `u`.
extension CockpitProgram {
  /// Tab / Shift-Tab: moves the checklist cursor (wrapping) and scrolls its line into view.
  mutating func moveCheck(_ delta: Int) {
    guard let key = CockpitRenderer.detailKey(state), let card = CockpitRenderer.detailCard(state) else {
      return
    }
    guard !card.checks.isEmpty else {
      state.status = StatusMessage("nothing to tick here", kind: .warning)
      return
    }
    let n = card.checks.count
    let current = state.detailCursor.flatMap { $0.overlay == key ? min($0.index, n - 1) : nil }
    let index = current.map { (($0 + delta) % n + n) % n } ?? (delta > 0 ? 0 : n - 1)
    state.detailCursor = DetailCursor(overlay: key, index: index)
    scrollDetail(toLine: card.checks[index].line, lineCount: card.lines.count)
  }

  /// Keeps `line` inside the detail modal's visible rows.
  mutating func scrollDetail(toLine line: Int, lineCount: Int) {
    let visible = CockpitRenderer.detailInnerHeight(size)
    func fit(_ offset: Int) -> Int {
      let o = line < offset ? line : line >= offset + visible ? line - visible + 1 : offset
      return min(max(0, o), max(0, lineCount - visible))
    }
    switch state.overlay {
    case .dealDetail(let id, let offset): state.overlay = .dealDetail(dealId: id, offset: fit(offset))
    case .playDetail(let id, let offset): state.overlay = .playDetail(playId: id, offset: fit(offset))
    default: break
    }
  }

  /// `x`: ticks the item under the cursor, or unticks it when ticked.
  mutating func toggleCheck() {
    guard let card = CockpitRenderer.detailCard(state) else { return }
    guard let check = CockpitRenderer.detailCheck(state, card: card) else {
      state.status = StatusMessage(
        card.checks.isEmpty
          ? "nothing to tick here" + (isPlayDetail ? ": select a deal in the Pipeline first" : "")
          : "Tab to a step or criterion first, then x ticks it",
        kind: .warning)
      return
    }
    guard let deal = state.workspace.deals[id: check.dealId] else { return }
    let done = !deal.isTicked(key: check.item.key, index: check.item.index)
    guard let edit = run(CheckDealItem(dealId: deal.id, item: check.item, done: done)) else { return }
    state.status = StatusMessage("saved: \(edit.summary) (u undoes)", kind: .success)
  }

  /// `Q`: the scorecard form of the deal shown (the card's deal, or the play detail's deal).
  mutating func openScorecard() {
    let dealId: String?
    switch state.overlay {
    case .dealDetail(let id, _): dealId = id
    case .playDetail: dealId = PipelineView.selectedDeal(state)?.id
    default: dealId = nil
    }
    guard let dealId else {
      state.status = StatusMessage("open a deal first (Enter on the Pipeline)", kind: .warning)
      return
    }
    openForm(.qualification(dealId: dealId))
  }

  private var isPlayDetail: Bool {
    if case .playDetail = state.overlay { return true }
    return false
  }
}
