/// The `?` overlay: the keymap's help lines in a scrollable modal.
public struct HelpOverlay: Sendable {
  public var title: String
  public var lines: [HelpLine]
  /// First line shown; clamp with `effectiveOffset`.
  public var offset: Int
  public var glyphs: Glyphs

  public init(title: String = "Help", lines: [HelpLine], offset: Int = 0, glyphs: Glyphs = .unicode) {
    self.title = title
    self.lines = lines
    self.offset = offset
    self.glyphs = glyphs
  }

  /// Handles scrolling keys (`j`/`k`, arrows, PgUp/PgDn, `g`/`G`) for a view `height` lines tall;
  /// returns `false` for other keys (the owner closes on Esc/`q`/`?`).
  public mutating func handle(_ key: Key, height: Int) -> Bool {
    let page = max(1, height - 1)
    switch key {
    case .down, .char("j"): offset += 1
    case .up, .char("k"): offset -= 1
    case .pageDown, .ctrl("f"), .char(" "): offset += page
    case .pageUp, .ctrl("b"): offset -= page
    case .home, .char("g"): offset = 0
    case .end, .char("G"): offset = lines.count
    default: return false
    }
    offset = Scrolling.offset(selected: nil, current: offset, visible: height, count: lines.count)
    return true
  }

  /// A disabled binding's text: what it does, then why it does nothing here.
  static func disabledText(_ description: String, _ reason: String) -> String {
    "\(description) (off here: \(reason))"
  }

  /// Width of the keys column: the widest key list, at most half of the inside.
  func keyColumn(inner: Int) -> Int {
    min(widest { keys, _ in DisplayWidth.of(keys) }, inner / 2)
  }

  private func widest(_ measure: (String, String) -> Int) -> Int {
    lines.map { line -> Int in
      switch line {
      case .binding(let keys, let description): return measure(keys, description)
      case .disabled(let keys, let description, let reason):
        return measure(keys, Self.disabledText(description, reason))
      case .heading: return 0
      }
    }.max() ?? 0
  }

  /// The modal the overlay occupies in a grid of `size` (wide enough for the content, within the screen).
  public func modal(for size: Size) -> Modal {
    let headings =
      lines.map { line -> Int in
        if case .heading(let text) = line { return DisplayWidth.of(text) }
        return 0
      }.max() ?? 0
    let bindings =
      widest { keys, _ in DisplayWidth.of(keys) } + 2 + widest { _, text in DisplayWidth.of(text) }
    let contentWidth = max(headings, bindings)
    let width = min(size.width - 4, max(contentWidth + 4, DisplayWidth.of(title) + 6))
    let height = min(size.height - 2, lines.count + 2)
    return Modal(title: title, size: Size(width: width, height: height), glyphs: glyphs)
  }

  /// Draws the overlay over `grid`.
  public func render(into grid: inout Grid) {
    let inner = modal(for: grid.size).render(into: &grid).inset(left: 1, right: 1)
    guard !inner.isEmpty else { return }
    let first = Scrolling.offset(selected: nil, current: offset, visible: inner.height, count: lines.count)
    let keyWidth = keyColumn(inner: inner.width)
    for row in 0..<min(inner.height, lines.count - first) {
      let line = inner.row(row)
      switch lines[first + row] {
      case .heading(let text):
        grid.write(text, at: Point(x: line.x, y: line.y), style: Style(.header, [.bold]), clip: line)
      case .binding(let keys, let description):
        let keyText = TextFit.pad(keys, to: keyWidth, ellipsis: glyphs.ellipsis)
        let x = grid.write(
          keyText, at: Point(x: line.x, y: line.y), style: Style(.keyHint, [.bold]), clip: line)
        let rest = TextFit.truncate(description, to: max(0, line.maxX - x - 2), ellipsis: glyphs.ellipsis)
        grid.write(rest, at: Point(x: x + 2, y: line.y), style: Style(.overlay), clip: line)
      case .disabled(let keys, let description, let reason):
        let keyText = TextFit.pad(keys, to: keyWidth, ellipsis: glyphs.ellipsis)
        let x = grid.write(keyText, at: Point(x: line.x, y: line.y), style: Style(.muted), clip: line)
        let rest = TextFit.truncate(
          Self.disabledText(description, reason), to: max(0, line.maxX - x - 2), ellipsis: glyphs.ellipsis)
        grid.write(rest, at: Point(x: x + 2, y: line.y), style: Style(.muted), clip: line)
      }
    }
    if first > 0 {
      grid.write(glyphs.scrollUp, at: Point(x: inner.maxX, y: inner.y), style: Style(.muted))
    }
    if first + inner.height < lines.count {
      grid.write(glyphs.scrollDown, at: Point(x: inner.maxX, y: inner.maxY - 1), style: Style(.muted))
    }
  }
}
