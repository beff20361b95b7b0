/// An entry the `:` palette offers: the action id it runs, the name typed, and a description.
public struct PaletteEntry: Hashable, Sendable {
  public var id: String
  public var title: String
  public var description: String

  public init(id: String, title: String, description: String = "") {
    self.id = id
    self.title = title
    self.description = description
  }
}

/// What a key did to the palette.
public enum PaletteOutcome: Hashable, Sendable {
  /// Still open (the query or selection may have changed).
  case editing
  /// Esc: close without running anything.
  case cancelled
  /// Enter on an entry: run the entry with this id.
  case chosen(String)
}

/// The `:` command palette: a text input over a fuzzy-filtered list of entries.
public struct CommandPalette: Hashable, Sendable {
  public var entries: [PaletteEntry] {
    didSet { prepared = entries.map { Fuzzy.Candidate($0.title) } }
  }
  public var input: TextInput {
    didSet { if input.text != oldValue.text { rankMatches() } }
  }
  /// Index into `matches` of the highlighted entry (meaningful only while `hasSelection`).
  public var selected: Int = 0
  /// False while the query is empty and no arrow key picked an entry: the palette opens with
  /// nothing highlighted, so Enter on an empty query runs nothing (it used to run "quit").
  public var hasSelection: Bool { !input.text.trimmingCharacters(in: .whitespaces).isEmpty || picked }
  /// Set once Up/Down moved through the list.
  private var picked = false
  /// Entries matching the query by title, best first: ranked once per change of the query (or
  /// of the entries), not on every key and every frame.
  public private(set) var matches: [PaletteEntry] = []
  /// The titles split for matching, once per palette.
  private var prepared: [Fuzzy.Candidate] = [] {
    didSet { rankMatches() }
  }

  public init(entries: [PaletteEntry], query: String = "") {
    self.entries = entries
    self.input = TextInput(query)
    prepared = entries.map { Fuzzy.Candidate($0.title) }
    rankMatches()
  }

  private mutating func rankMatches() {
    matches = Fuzzy.rank(input.text, prepared: prepared).map { entries[$0.index] }
  }

  /// Edits the query, moves the selection (Up/Down, C-p/C-n), completes the top match (Tab),
  /// chooses (Enter) or cancels (Esc).
  public mutating func handle(_ key: Key) -> PaletteOutcome {
    let current = matches
    switch key {
    case .esc: return .cancelled
    case .enter:
      guard hasSelection, current.indices.contains(selected) else { return .editing }
      return .chosen(current[selected].id)
    case .tab:
      if let top = current.indices.contains(selected) ? current[selected] : current.first {
        input.text = top.title
        selected = 0
      }
    case .down, .ctrl("n"):
      // The first arrow on an empty query highlights the first entry rather than skipping it.
      selected = hasSelection ? min(selected + 1, max(0, current.count - 1)) : 0
      picked = true
    case .up, .ctrl("p"):
      selected = hasSelection ? max(0, selected - 1) : 0
      picked = true
    default:
      if input.handle(key) { selected = 0 }
    }
    return .editing
  }

  /// Draws the palette as a modal: the query line, then matches with descriptions.
  public func render(into grid: inout Grid, glyphs: Glyphs = .unicode, title: String = "Command") {
    let width = min(grid.width - 4, 60)
    let height = min(grid.height - 2, 12)
    let inner = Modal(title: title, size: Size(width: width, height: height), glyphs: glyphs)
      .render(into: &grid).inset(left: 1, right: 1)
    guard inner.height >= 1 else { return }
    let prompt = Point(x: inner.x, y: inner.y)
    let x = grid.write(":", at: prompt, style: Style(.accent, [.bold]), clip: inner)
    input.render(
      into: &grid, area: Rect(x: x, y: inner.y, width: inner.maxX - x, height: 1), style: Style(.overlay))
    let current = matches
    let list = inner.inset(top: 1)
    let titleWidth = min(current.map { DisplayWidth.of($0.title) }.max() ?? 0, list.width / 2)
    let items = current.map { entry in
      ListItem(
        TextFit.pad(entry.title, to: titleWidth, ellipsis: glyphs.ellipsis) + "  " + entry.description,
        role: .overlay)
    }
    ListView(items: items, selected: current.isEmpty || !hasSelection ? nil : selected, glyphs: glyphs)
      .render(
        into: &grid, area: list)
  }
}
