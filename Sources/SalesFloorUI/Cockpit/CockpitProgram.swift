import SalesFloorKit

/// The cockpit as a `TerminalProgram`: the curses driver and the headless terminal run the same code.
public struct CockpitProgram: TerminalProgram {
  public var state: CockpitState
  public private(set) var size = Size(width: 80, height: 24)
  let now: @Sendable () -> Timestamp
  /// Mints record and transaction ids (`prefix` + unique text); injected so the UI stays pure
  /// and tests can pin ids.
  let newId: @Sendable (String) -> String
  /// The note field handed to `$EDITOR`, until `.textEdited` brings it back.
  var pendingEditor: PendingEditor?
  /// The `:import` waiting for its file, until `.fileRead` brings it.
  var pendingImport: PendingImport?
  /// Effects asked for deep inside a key's handling (e.g. `:import`'s file read), returned with it.
  var requested: [ProgramEffect] = []

  /// - Parameters:
  ///   - store: the workspace's owner and where edits go (a read-only store refuses edits with a message).
  ///   - now: the clock for edit timestamps (tests pin it).
  ///   - newId: mints ids for new records and transactions.
  public init(
    store: any CockpitStore, viewer: Viewer, asOf: Day, keymap: Keymap = CockpitKeymap.standard,
    now: @escaping @Sendable () -> Timestamp = { Timestamp.now },
    newId: @escaping @Sendable (String) -> String
  ) {
    self.state = CockpitState(store: store, viewer: viewer, asOf: asOf, keymap: keymap)
    self.now = now
    self.newId = newId
  }

  /// Config, keymap and theme problems found while starting, shown in the cockpit's status line at
  /// once (on stderr alone they would stay hidden behind the full screen until quitting).
  /// Each problem gets a line of its own in an overlay (a status line would cut all but the first).
  public mutating func reportStartupProblems(_ problems: [String]) {
    guard !problems.isEmpty else { return }
    let n = problems.count
    state.status = StatusMessage(
      "\(n) problem\(n == 1 ? "" : "s") at start (defaults used): Esc closes the list", kind: .error)
    state.overlay = .help(
      HelpOverlay(
        title: "Problems at start", lines: problems.map { .binding(keys: "!", description: $0) },
        glyphs: state.glyphs))
  }

  /// Where edits go (the state's store).
  var store: any CockpitStore { state.store }

  public mutating func handle(_ event: InputEvent) -> [ProgramEffect] {
    defer { state.updateCaches() }
    switch event {
    case .start(let caps):
      state.glyphs = caps.glyphs
      state.storeNotices.update(from: store)
      return []
    case .resize(let s):
      size = s
      return []
    case .tick:
      // One stat of the journal when nothing changed: cheap enough for every tick (about 1 s).
      pickUpOtherEdits()
      state.storeNotices.update(from: store)
      markFeedReadIfShown()
      return []
    case .externalFinished:
      return []
    case .textEdited(let id, let result):
      noteEdited(id: id, result: result)
      return []
    case .fileRead(let id, let result):
      importFileRead(id: id, result: result)
      return takeRequested()
    case .key(let key):
      return handleKey(key) + takeRequested()
    case .sync(let report):
      state.sync.report = report
      state.sync.cursor.clamp(count: report.conflicts.count)
      // The round's apply is news in the store already: show it now rather than on the next tick.
      pickUpOtherEdits()
      return []
    }
  }

  public func render(size: Size) -> Grid {
    CockpitRenderer.render(state, size: size, notice: state.storeNotices.latest)
  }

  /// Hands over (and forgets) the effects queued in `requested`.
  mutating func takeRequested() -> [ProgramEffect] {
    defer { requested = [] }
    return requested
  }

  /// Picks up journal lines other cockpits appended (two cockpits on one workspace), as change sets.
  mutating func pickUpOtherEdits() {
    guard let sets = try? store.changes(), !sets.isEmpty else { return }
    state.apply(sets)
  }

  mutating func handleKey(_ key: Key) -> [ProgramEffect] {
    if key == .resize { return [] }
    if state.filterInput != nil { return handleFilterKey(key) }
    if state.calls.input != nil, state.overlay.isNone { return handleCallInputKey(key) }
    switch state.overlay {
    case .help(var help):
      if key == .esc || key == .char("q") || key == .char("?") {
        state.overlay = .none
      } else if help.handle(key, height: max(1, size.height - 6)) {
        state.overlay = .help(help)
      }
      return []
    case .form(let form):
      return handleFormKey(key, form)
    case .confirm(let confirmation):
      confirmKey(key, confirmation)
      return []
    case .palette(var palette):
      if key == .enter, let name = Self.viewAsName(palette.input.text) {
        state.overlay = .none
        viewAs(name)
        return []
      }
      if key == .enter, Self.isCallsCommand(palette.input.text) {
        openCallMode()
        return []
      }
      if key == .enter, PaletteGrammar.isCommand(palette.input.text) {
        runPaletteCommand(palette.input.text, palette: palette)
        return []
      }
      switch palette.handle(key) {
      case .editing: state.overlay = .palette(palette)
      case .cancelled: state.overlay = .none
      case .chosen(let id):
        state.overlay = .none
        if let reason = CockpitBindings.target(id, in: state).disabledReason {
          state.status = StatusMessage(reason, kind: .warning)
          return []
        }
        if let effects = performView(id: id) { return effects }
        if let effects = performCalls(id: id) { return effects }
        if let effects = performHandoffs(id: id) { return effects }
        if let effects = performConflicts(id: id) { return effects }
        if let effects = performHygiene(id: id) { return effects }
        if let effects = performContact(id: id) { return effects }
        if let effects = performLineItems(id: id) { return effects }
        if let action = CockpitKeymap.Action(rawValue: id) { return perform(action) }
      }
      return []
    default:
      break
    }
    state.status = nil
    let contexts = CockpitKeymap.contexts(for: state)
    // A key with nothing on screen to act on says why instead of reaching a hidden selection.
    if let id = state.keymap.action(for: key, in: contexts),
      let reason = CockpitBindings.target(id, in: state).disabledReason
    {
      state.status = StatusMessage("\(KeyNotation.label(key)): \(reason)", kind: .warning)
      return []
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performView(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performHandoffs(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performConflicts(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performCalls(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performHygiene(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performContact(id: id) {
      return effects
    }
    if let id = state.keymap.action(for: key, in: contexts), let effects = performLineItems(id: id) {
      return effects
    }
    guard let id = state.keymap.action(for: key, in: contexts),
      let action = CockpitKeymap.Action(rawValue: id)
    else {
      if case .char(let c) = key {
        state.status = StatusMessage("no action for \"\(c)\" here: press ? for help", kind: .warning)
      }
      return []
    }
    return perform(action)
  }

  mutating func handleFilterKey(_ key: Key) -> [ProgramEffect] {
    guard var input = state.filterInput else { return [] }
    switch key {
    case .enter:
      state.filterInput = nil
    case .esc:
      state.filterInput = nil
      state.filters[state.focus] = nil
      resetCursor(state.focus)
    default:
      if input.handle(key) {
        state.filterInput = input
        state.filters[state.focus] = input.text.isEmpty ? nil : input.text
        resetCursor(state.focus)
      }
    }
    return []
  }

  mutating func resetCursor(_ pane: PaneID) {
    switch pane {
    case .pipeline:
      state.pipeline.table = ListCursor()
      state.pipeline.columnCursors = [:]
    case .quota: state.quotaCursor = ListCursor()
    case .coaching: state.coachingCursor = ListCursor()
    case .playbooks: state.playbooksCursor = ListCursor()
    }
  }
}
