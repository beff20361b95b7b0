/// How a table column is sized, by display width.
public struct ColumnWidth: Hashable, Sendable {
  /// Never narrower than this (unless the table cannot fit its columns at all).
  public var min: Int
  /// Never wider than this.
  public var max: Int
  /// Share of spare width this column takes when the table is wider than its content (0 = none).
  public var flex: Int

  public init(min: Int = 1, max: Int = 1000, flex: Int = 0) {
    self.min = Swift.max(0, min)
    self.max = Swift.max(self.min, max)
    self.flex = Swift.max(0, flex)
  }
}

/// A column: header title, sizing and alignment (numbers right-aligned so digits line up).
public struct TableColumn: Hashable, Sendable {
  public var title: String
  public var width: ColumnWidth
  public var alignment: TextFit.Alignment

  public init(_ title: String, width: ColumnWidth = ColumnWidth(), alignment: TextFit.Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

/// One table cell: text plus the role it is drawn in (e.g. `.negative` for a slipped date).
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
  public var text: String
  public var role: StyleRole

  public init(_ text: String, role: StyleRole = .text) {
    self.text = text
    self.role = role
  }

  public init(stringLiteral value: String) { self.init(value) }
}

/// A scrolling table with a header row and a highlighted selection.
public struct Table: Sendable {
  public var columns: [TableColumn]
  public var rows: [[TableCell]]
  public var selected: Int?
  /// First row the caller last showed; rendering adjusts it to keep `selected` visible.
  public var offset: Int
  public var showHeader: Bool
  public var columnSpacing: Int
  public var glyphs: Glyphs

  public init(
    columns: [TableColumn], rows: [[TableCell]], selected: Int? = nil, offset: Int = 0,
    showHeader: Bool = true,
    columnSpacing: Int = 1, glyphs: Glyphs = .unicode
  ) {
    self.columns = columns
    self.rows = rows
    self.selected = selected
    self.offset = offset
    self.showHeader = showHeader
    self.columnSpacing = columnSpacing
    self.glyphs = glyphs
  }

  /// Rows of data that fit in a height (the header takes one).
  public func visibleRows(height: Int) -> Int { max(0, height - (showHeader ? 1 : 0)) }

  /// The offset rendering will use for an area of `height` rows; store it back to keep scrolling stable.
  public func effectiveOffset(height: Int) -> Int {
    Scrolling.offset(
      selected: selected, current: offset, visible: visibleRows(height: height), count: rows.count)
  }

  /// Column widths for `available` columns: natural width (widest of header and cells) clamped to
  /// min/max; spare width goes to flex columns by weight; when too wide, the widest columns shrink
  /// toward their minimum first, and columns that still do not fit get width 0.
  public func columnWidths(available: Int) -> [Int] {
    Self.columnWidths(
      columns, natural: Self.naturalWidths(columns, rows.lazy.map { $0.lazy.map(\.text) }),
      available: available, columnSpacing: columnSpacing)
  }

  /// Each column's natural width: the widest of its title and its cells (as drawn, sanitised).
  /// Kept apart so a view with many rows can measure them once and lay out per frame.
  public static func naturalWidths<Rows: Sequence>(_ columns: [TableColumn], _ rows: Rows) -> [Int]
  where Rows.Element: Collection, Rows.Element.Element == String {
    var widths = columns.map { DisplayWidth.of($0.title) }
    for row in rows {
      for (index, text) in row.enumerated() where index < widths.count {
        widths[index] = Swift.max(widths[index], DisplayWidth.of(Sanitize.text(text)))
      }
    }
    return widths
  }

  /// `columnWidths(available:)` from natural widths measured beforehand.
  public static func columnWidths(
    _ columns: [TableColumn], natural: [Int], available: Int, columnSpacing: Int = 1
  ) -> [Int] {
    var widths = columns.enumerated().map { index, column -> Int in
      let n = index < natural.count ? natural[index] : 0
      return Swift.min(Swift.max(n, column.width.min), column.width.max)
    }
    let spacing = Swift.max(0, columnSpacing) * Swift.max(0, columns.count - 1)
    var excess = widths.reduce(0, +) + spacing - available
    while excess > 0 {
      let candidates = widths.indices.filter { widths[$0] > columns[$0].width.min }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      widths[widest] -= 1
      excess -= 1
    }
    if excess > 0 {  // still too wide at minimum widths: drop columns from the right
      var used = 0
      for index in widths.indices {
        let gap = index == 0 ? 0 : columnSpacing
        if used + gap + widths[index] > available { widths[index] = 0 } else { used += gap + widths[index] }
      }
    } else if excess < 0 {
      let totalFlex = columns.reduce(0) { $0 + $1.width.flex }
      var spare = -excess
      for index in widths.indices where columns[index].width.flex > 0 && totalFlex > 0 {
        let share = Swift.min(
          -excess * columns[index].width.flex / totalFlex, columns[index].width.max - widths[index])
        widths[index] += share
        spare -= share
      }
      for index in widths.indices where spare > 0 && columns[index].width.flex > 0 {
        let more = Swift.min(spare, columns[index].width.max - widths[index])
        widths[index] += more
        spare -= more
      }
    }
    return widths
  }

  /// Draws header and visible rows into `area`; the selected row is drawn in the `selection` role.
  public func render(into grid: inout Grid, area: Rect) {
    guard !area.isEmpty else { return }
    let widths = columnWidths(available: area.width)
    var y = area.y
    if showHeader {
      drawRow(
        columns.map { TableCell($0.title, role: .header) }, widths: widths, y: y, area: area, grid: &grid,
        rowStyle: Style(.header, [.bold]))
      y += 1
    }
    let first = effectiveOffset(height: area.height)
    let visible = visibleRows(height: area.height)
    for index in first..<Swift.min(rows.count, first + visible) {
      let isSelected = index == selected
      if isSelected {
        grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), with: .blank(Style(.selection)))
      }
      drawRow(
        rows[index], widths: widths, y: y, area: area, grid: &grid,
        rowStyle: isSelected ? Style(.selection) : nil)
      y += 1
    }
  }

  private func drawRow(
    _ cells: [TableCell], widths: [Int], y: Int, area: Rect, grid: inout Grid, rowStyle: Style?
  ) {
    var x = area.x
    for (index, column) in columns.enumerated() where widths[index] > 0 {
      let cell = index < cells.count ? cells[index] : TableCell("")
      let text = TextFit.pad(
        cell.text, to: widths[index], alignment: column.alignment, ellipsis: glyphs.ellipsis)
      grid.write(text, at: Point(x: x, y: y), style: rowStyle ?? Style(cell.role), clip: area)
      x += widths[index] + columnSpacing
    }
  }
}
