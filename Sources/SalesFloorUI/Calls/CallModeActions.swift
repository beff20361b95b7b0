import SalesFloorKit

extension CockpitProgram {
  /// Reducer cases of call mode; nil when `id` is not a call-mode action.
  mutating func performCalls(id: String) -> [ProgramEffect]? {
    guard let action = CallsKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .open: openCallMode()
    case .log: startOutcome()
    case .next: moveCard(1)
    case .previous: moveCard(-1)
    case .first: moveCard(-state.calls.index)
    case .last: moveCard(state.calls.queue.count - 1 - state.calls.index)
    case .list: state.calls.showList.toggle()
    case .refresh:
      state.takeCallQueue()
      state.refreshCallCard()
      state.status = StatusMessage("queue taken afresh: \(state.calls.queue.count) to call")
    case .scrollDown: scrollCard(max(1, ViewsRenderer.bodyHeight(size) - 4))
    case .scrollUp: scrollCard(-max(1, ViewsRenderer.bodyHeight(size) - 4))
    }
    return []
  }

  /// `:calls` in the palette opens call mode (`:call` is not it: that word logs a call).
  static func isCallsCommand(_ text: String) -> Bool {
    PaletteGrammar.split(text).map { $0.lowercased() } == ["calls"]
  }

  /// `c`: the viewer's queue as of today, on its first card.
  mutating func openCallMode() {
    state.overlay = .none
    state.calls = CallModeState()
    state.takeCallQueue()
    show(.calls)
  }

  /// Moves to another card (the end page is one past the last), building only that card.
  mutating func moveCard(_ delta: Int) {
    let c = state.calls
    state.calls.index = min(max(0, c.index + delta), c.queue.count)
    state.calls.offset = 0
    state.calls.input = nil
    state.calls.error = nil
    state.refreshCallCard()
  }

  mutating func scrollCard(_ delta: Int) {
    let lines = CallModeText.lines(state, width: max(1, size.width - 2)).count
    let visible = CallModeRenderer.cardHeight(size)
    state.calls.offset = min(max(0, state.calls.offset + delta), max(0, lines - visible))
  }

  /// `Enter` on a card: the outcome line opens at the bottom (nothing is written before its
  /// `Enter`).
  mutating func startOutcome() {
    state.calls.input = TextInput()
    state.calls.error = nil
    state.status = StatusMessage("how did the call go? \(CallOutcome.hint) · Enter logs it · Esc cancels")
  }

  /// Keys while the outcome line is open: `Enter` logs the call, `Esc` closes the line.
  mutating func handleCallInputKey(_ key: Key) -> [ProgramEffect] {
    guard var input = state.calls.input else { return [] }
    switch key {
    case .esc:
      state.calls.input = nil
      state.calls.error = nil
      state.status = nil
    case .enter:
      saveOutcome(input.text)
    default:
      if input.handle(key) {
        state.calls.input = input
        state.calls.error = nil
      }
    }
    return []
  }

  /// Logs the typed outcome on the card's deal (the activity with the contact, the next step: one
  /// undoable transaction), then shows the next card; a line that cannot be read stays open with
  /// the reason.
  mutating func saveOutcome(_ text: String) {
    guard let card = state.calls.card else {
      state.calls.input = nil
      return
    }
    let fiscal = state.workspace.settings.fiscalYearStartMonth
    switch CallOutcome.parse(text, today: state.asOf, fiscalStartMonth: fiscal) {
    case .failure(let e):
      state.calls.error = e.message
    case .success(let outcome):
      let command = LogCallOutcome(
        dealId: card.deal.id, contactId: card.contact?.contact.id, outcome: outcome)
      guard let edit = run(command) else {
        state.calls.error = state.status?.text ?? "not saved"
        return
      }
      state.calls.logged.insert(card.deal.id)
      let defaulted = outcome.defaultedNextStep ? " (the default after \(outcome.result.label))" : ""
      moveCard(1)
      state.status = StatusMessage("logged \(edit.summary)\(defaulted) · u undoes", kind: .success)
    }
  }
}

extension CockpitState {
  /// The viewer's call queue from the data the cockpit keeps (their open deals and each deal's
  /// last activity day): O(the viewer's open deals), no scan of all deals or activities.
  mutating func takeCallQueue() {
    let pid = viewer.person?.id
    calls.personId = pid
    calls.index = 0
    guard let pid else {
      calls.queue = []
      return
    }
    let last = data.lastActivity
    calls.queue = CallQueue.build(
      deals: data.openDeals.lazy.filter { $0.ownerId == pid }, lastActivity: { last[$0] },
      stages: StageLookup(workspace.settings, today: asOf), today: asOf)
  }

  /// Builds the shown card again (after a move or any change to the workspace); a new viewer
  /// (`:as`) gets their own queue.
  mutating func refreshCallCard() {
    if calls.personId != viewer.person?.id {
      takeCallQueue()
      calls.logged = []
    }
    calls.card = calls.current.flatMap {
      CallCard.build($0, in: workspace, plays: data.plays, activities: data.dealActivities)
    }
  }
}
