/// One list entry: text and the role it is drawn in when not selected.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
  public var text: String
  public var role: StyleRole

  public init(_ text: String, role: StyleRole = .text) {
    self.text = text
    self.role = role
  }

  public init(stringLiteral value: String) { self.init(value) }
}

/// A scrolling single-column list with a pointer and highlight on the selected item.
public struct ListView: Sendable {
  public var items: [ListItem]
  public var selected: Int?
  public var offset: Int
  public var glyphs: Glyphs
  /// Whether to reserve a pointer column (`▶ `) for the selected item.
  public var showPointer: Bool

  public init(
    items: [ListItem], selected: Int? = nil, offset: Int = 0, glyphs: Glyphs = .unicode,
    showPointer: Bool = true
  ) {
    self.items = items
    self.selected = selected
    self.offset = offset
    self.glyphs = glyphs
    self.showPointer = showPointer
  }

  /// The first row shown for an area `height` rows high (store it back to keep scrolling stable).
  public func effectiveOffset(height: Int) -> Int {
    Scrolling.offset(selected: selected, current: offset, visible: height, count: items.count)
  }

  /// Draws the visible items into `area`.
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty else { return }
    let first = effectiveOffset(height: area.height)
    let pointerWidth = showPointer ? DisplayWidth.of(glyphs.pointer) + 1 : 0
    for row in 0..<min(area.height, items.count - first) {
      let index = first + row
      let item = items[index]
      let isSelected = index == selected
      let style = isSelected ? Style(.selection) : Style(item.role)
      let line = area.row(row)
      if isSelected { grid.fill(line, with: .blank(style)) }
      var x = line.x
      if showPointer {
        let pointer = isSelected ? glyphs.pointer + " " : String(repeating: " ", count: pointerWidth)
        x = grid.write(pointer, at: Point(x: x, y: line.y), style: style, clip: line)
      }
      let text = TextFit.truncate(item.text, to: max(0, line.maxX - x), ellipsis: glyphs.ellipsis)
      grid.write(text, at: Point(x: x, y: line.y), style: style, clip: line)
    }
  }
}
