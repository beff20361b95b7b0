/// Single-line editing state (form fields, the palette, `/` filter): readline-style keys,
/// horizontal scrolling by display width.
public struct TextInput: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Cursor position as an index into `characters` (0 … count).
  public private(set) var cursor: Int
  /// First display column shown; kept so the view does not jump while editing.
  public var scroll: Int = 0

  public init(_ text: String = "") {
    self.characters = Array(Sanitize.text(text))
    self.cursor = characters.count
  }

  public var text: String {
    get { String(characters) }
    set {
      characters = Array(Sanitize.text(newValue))
      cursor = characters.count
    }
  }

  /// Applies an editing key; returns `false` for keys it does not handle (Enter, Esc, Tab …) so the
  /// owner can act on them.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .char(let c): insert(String(c))
    case .backspace, .ctrl("h"):
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .ctrl("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .left, .ctrl("b"): cursor = max(0, cursor - 1)
    case .right, .ctrl("f"): cursor = min(characters.count, cursor + 1)
    case .home, .ctrl("a"): cursor = 0
    case .end, .ctrl("e"): cursor = characters.count
    case .ctrl("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .ctrl("k"): characters.removeSubrange(cursor..<characters.count)
    case .ctrl("w"):
      var start = cursor
      while start > 0, characters[start - 1] == " " { start -= 1 }
      while start > 0, characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default: return false
    }
    return true
  }

  /// Inserts (sanitized) text at the cursor, e.g. a paste or a completion.
  public mutating func insert(_ text: String) {
    let new = Array(Sanitize.text(text))
    characters.insert(contentsOf: new, at: cursor)
    cursor += new.count
  }

  /// Display column of the cursor from the start of the text.
  public var cursorColumn: Int { DisplayWidth.of(String(characters[0..<cursor])) }

  /// The scroll that keeps the cursor visible in a field `width` columns wide (the cursor needs one
  /// column of its own at the end of the text).
  public func visibleScroll(width: Int) -> Int {
    guard width > 0 else { return 0 }
    let column = cursorColumn
    var result = min(scroll, column)
    if column >= result + width { result = column - width + 1 }
    return max(0, result)
  }

  /// Draws the visible part of the text on the first row of `area`; when `focused`, the cursor
  /// cell is drawn in the `cursor` role (reverse under NO_COLOR).
  public func render(into grid: inout Grid, area: Rect, focused: Bool = true, style: Style = .text) {
    guard !area.isEmpty else { return }
    let line = area.row(0)
    grid.fill(line, with: .blank(style))
    // Unfocused, a field shows its start (the cursor's end is only worth showing while editing).
    let start = focused ? visibleScroll(width: line.width) : 0
    var column = 0
    var cursorX: Int?
    for (index, character) in characters.enumerated() {
      let w = DisplayWidth.of(character)
      if index == cursor { cursorX = line.x + column - start }
      if column >= start, column + w <= start + line.width {
        grid.write(
          String(character), at: Point(x: line.x + column - start, y: line.y), style: style, clip: line)
      }
      column += w
    }
    if cursor == characters.count { cursorX = line.x + column - start }
    if focused, let cursorX, cursorX >= line.x, cursorX < line.maxX {
      let cell = grid[cursorX, line.y]
      let text = cell.isContinuation ? " " : cell.text
      grid.write(text, at: Point(x: cursorX, y: line.y), style: Style(.cursor, [.reverse]), clip: line)
    }
  }
}
