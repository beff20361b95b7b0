import SalesFloorKit

extension CockpitProgram {
  /// The reducer: applies one keymap action to the state and returns effects for the runner.
  mutating func perform(_ action: CockpitKeymap.Action) -> [ProgramEffect] {
    switch action {
    case .quit: return [.quit]
    case .redraw: return [.redraw]
    case .suspend: return [.suspend]
    case .help:
      let contexts = CockpitKeymap.contexts(for: state)
      let shown = state
      let lines = state.keymap.helpLines(contexts: contexts) {
        CockpitBindings.target($0, in: shown).disabledReason
      }
      state.overlay = .help(HelpOverlay(title: "Keys", lines: lines, glyphs: state.glyphs))
    case .palette:
      state.overlay = .palette(CommandPalette(entries: paletteEntries()))
    case .filter:
      guard state.overlay.isNone else { return [] }
      state.filterInput = TextInput(state.filter)
    case .back:
      if !state.overlay.isNone {
        state.overlay = .none
      } else if !state.filter.isEmpty {
        state.filters[state.focus] = nil
        resetCursor(state.focus)
      } else if state.zoomed {
        state.zoomed = false
      }
    case .zoom:
      state.zoomed.toggle()
    case .open:
      openSelection()
    case .focusNext: focus(PaneID(rawValue: state.focus.rawValue % 4 + 1) ?? .pipeline)
    case .focusPrevious: focus(PaneID(rawValue: (state.focus.rawValue + 2) % 4 + 1) ?? .pipeline)
    case .focusPipeline: focus(.pipeline)
    case .focusQuota: focus(.quota)
    case .focusCoaching: focus(.coaching)
    case .focusPlaybooks: focus(.playbooks)
    case .periodPrevious, .periodNext:
      state.period = state.period.shifted(by: action == .periodNext ? 1 : -1)
      state.refreshData(.period)
      state.status = StatusMessage("period \(state.period)")
    case .up: move(-1)
    case .down: move(1)
    case .top: move(-1_000_000)
    case .bottom: move(1_000_000)
    case .pageUp: move(-pageSize())
    case .pageDown: move(pageSize())
    case .left, .right:
      guard state.focus == .pipeline, state.pipeline.mode == .board else { return [] }
      let count = PipelineView.columns(state).count
      state.pipeline.column = min(
        max(0, state.pipeline.column + (action == .right ? 1 : -1)), max(0, count - 1))
    case .toggleView:
      state.pipeline.mode = state.pipeline.mode == .board ? .table : .board
      state.status = StatusMessage("pipeline: \(state.pipeline.mode.rawValue) view")
    case .cycleSort:
      let all = PipelineSort.allCases
      let i = all.firstIndex(of: state.pipeline.sort) ?? 0
      state.pipeline.sort = all[(i + 1) % all.count]
      state.status = StatusMessage("sorted by \(state.pipeline.sort.title)\(sortScope)")
    case .reverseSort:
      state.pipeline.descending.toggle()
      state.status = StatusMessage(
        "sorted by \(state.pipeline.sort.title) \(state.pipeline.descending ? "descending" : "ascending")\(sortScope)"
      )
    case .toggleMark:
      guard let deal = dealOnScreen() else { return [] }
      if state.pipeline.marked.remove(deal.id) == nil { state.pipeline.marked.insert(deal.id) }
      let n = state.pipeline.marked.count
      state.status = StatusMessage(
        n == 0 ? "no deals marked" : "\(n) deal\(n == 1 ? "" : "s") marked: press 6 for the comp what-if")
    case .stageBack, .stageForward:
      moveSelectedDeal(forward: action == .stageForward)
    case .drill:
      guard let id = KeyTargets.leaderboardRow(state).id(of: .people),
        let person = state.workspace.people[id: id]
      else { return [] }
      viewAs(person)
    case .nextCheck, .previousCheck: moveCheck(action == .nextCheck ? 1 : -1)
    case .toggleCheck: toggleCheck()
    case .qualify: openScorecard()
    case .add, .edit, .delete, .logActivity, .nextStep, .closeWon, .closeLost, .undo, .redo, .addActivity,
      .addPerson, .addAccount, .addQuota, .addCoaching, .addPlay:
      performEntry(action)
    }
    return []
  }

  /// " in each stage column" on the board, where `s` orders the cards inside each column.
  var sortScope: String { state.pipeline.mode == .board ? " in each stage column" : "" }

  mutating func focus(_ pane: PaneID) {
    state.focus = pane
    state.filterInput = nil
    if state.views.current != .home { show(.home) }
  }

  /// Lines a page moves: the focused pane's inside height.
  func pageSize() -> Int {
    let layout = CockpitLayout(size: size, zoomed: state.zoomed, focus: state.focus)
    return max(1, (layout.panes[state.focus]?.height ?? 10) - 4)
  }

  mutating func move(_ delta: Int) {
    switch state.overlay {
    case .dealDetail(let id, let offset):
      state.overlay = .dealDetail(dealId: id, offset: clampedDetailOffset(offset + delta))
    case .playDetail(let id, let offset):
      state.overlay = .playDetail(playId: id, offset: clampedDetailOffset(offset + delta))
    case .coachingDetail(let id, let offset):
      state.overlay = .coachingDetail(itemId: id, offset: clampedDetailOffset(offset + delta))
    default:
      switch state.focus {
      case .pipeline: PipelineView.moveSelection(&state, by: delta)
      case .quota: state.quotaCursor.move(delta, count: QuotaView.rows(state).count)
      case .coaching: state.coachingCursor.move(delta, count: CoachingView.items(state).count)
      case .playbooks: state.playbooksCursor.move(delta, count: PlaybooksView.ranked(state).count)
      }
    }
  }

  /// Keeps a detail overlay's scroll within its lines, so `k` answers at once after scrolling past the end.
  func clampedDetailOffset(_ offset: Int) -> Int {
    let lines = CockpitRenderer.detailLines(state)?.count ?? 0
    let visible = CockpitRenderer.detailInnerHeight(size)
    return min(max(0, offset), max(0, lines - visible))
  }

  mutating func openSelection() {
    switch state.focus {
    case .pipeline:
      if let d = PipelineView.selectedDeal(state) { state.overlay = .dealDetail(dealId: d.id, offset: 0) }
    case .quota:
      state.zoomed.toggle()
    case .coaching:
      let items = CoachingView.items(state)
      if items.indices.contains(state.coachingCursor.index) {
        state.overlay = .coachingDetail(itemId: items[state.coachingCursor.index].id, offset: 0)
      }
    case .playbooks:
      let plays = PlaybooksView.ranked(state)
      if plays.indices.contains(state.playbooksCursor.index) {
        state.overlay = .playDetail(playId: plays[state.playbooksCursor.index].play.id, offset: 0)
      }
    }
  }

  /// Every action of the current contexts, named by its description, for the `:` palette.
  func paletteEntries() -> [PaletteEntry] {
    var seen: Set<String> = []
    var out: [PaletteEntry] = []
    for context in CockpitKeymap.contexts(for: state) + ["pipeline", "global"] {
      for a in state.keymap.actions(in: context)
      where !seen.contains(a.id) && a.id != CockpitKeymap.Action.palette.rawValue {
        seen.insert(a.id)
        let keys = state.keymap.keys(for: a.id, in: context).map { KeyNotation.label($0) }.joined(
          separator: " ")
        out.append(PaletteEntry(id: a.id, title: a.description, description: keys))
      }
    }
    return out
  }

  /// `<` / `>`: moves the selected deal one open stage, durably, warning about open exit criteria.
  mutating func moveSelectedDeal(forward: Bool) {
    guard let deal = dealOnScreen() else {
      state.status = StatusMessage(
        KeyTargets.dealOnScreen(state).disabledReason ?? "no deal selected", kind: .warning)
      return
    }
    let settings = state.workspace.settings
    guard let target = deal.adjacentStage(forward: forward, settings: settings) else {
      state.status = StatusMessage(
        forward
          ? "\(deal.name) is in the last open stage: close it won or lost instead"
          : "\(deal.name) is in the first stage",
        kind: .warning)
      return
    }
    guard !store.isReadOnly else {
      state.status = StatusMessage("read-only workspace: the move was not saved", kind: .error)
      return
    }
    let fromName = settings.stage(deal.stage)?.name ?? deal.stage
    let openCriteria = forward ? deal.openExitCriteria(settings: settings) : []
    guard let edit = run(MoveDealStage(dealId: deal.id, stage: target.id)) else { return }
    PipelineView.select(&state, dealId: edit.recordId ?? deal.id)
    if openCriteria.isEmpty {
      state.status = StatusMessage("saved: \(deal.name) \(fromName) → \(target.name)", kind: .success)
    } else {
      state.status = StatusMessage(
        "saved: \(deal.name) \(fromName) → \(target.name) · open exit criteria: \(openCriteria.joined(separator: "; "))",
        kind: .warning)
    }
  }
}
