/// A frame: width × height cells, the only thing panes produce and the driver consumes.
///
/// All text goes through `write`, which sanitizes it, measures it by display width, clips it to the
/// grid (and an optional rect) and never splits a wide character — a space is put instead.
public struct Grid: Hashable, Sendable {
  public let size: Size
  /// Row-major cells; `cells[y * width + x]`.
  public private(set) var cells: [Cell]

  /// A grid filled with `fill` (blank by default).
  public init(size: Size, fill: Cell = .blank) {
    self.size = size
    self.cells = [Cell](repeating: fill, count: size.width * size.height)
  }

  public var width: Int { size.width }
  public var height: Int { size.height }
  public var bounds: Rect { Rect(size: size) }

  /// The cell at column `x`, row `y` (a blank cell outside the grid).
  public subscript(x: Int, y: Int) -> Cell {
    guard bounds.contains(x: x, y: y) else { return .blank }
    return cells[y * size.width + x]
  }

  /// Writes `text` from `point` on one row, clipped to `clip` (default: the whole grid).
  ///
  /// Returns the column just after the last written cell, so callers can continue a line.
  @discardableResult
  public mutating func write(_ text: String, at point: Point, style: Style = .text, clip: Rect? = nil) -> Int
  {
    let area = (clip ?? bounds).intersection(bounds)
    guard point.y >= area.y, point.y < area.maxY else { return point.x }
    if let x = writeASCII(text, at: point, style: style, area: area) { return x }
    let clean = Sanitize.text(text)
    if DisplayWidth.simpleWidth(clean) != nil {
      // Every scalar is its own cluster (box lines, `…`, accents, CJK): no grapheme breaking.
      var x = point.x
      for scalar in clean.unicodeScalars {
        guard
          place(String(scalar), width: DisplayWidth.of(scalar), x: &x, y: point.y, style: style, area: area)
        else { break }
      }
      return x
    }
    // Whole grapheme clusters (utf8proc's breaks): a ZWJ family or a letter with its marks is one cell.
    var x = point.x
    GraphemeClusters.forEach(in: clean) { cluster, width in
      place(String(cluster), width: width, x: &x, y: point.y, style: style, area: area)
    }
    return x
  }

  /// Puts one grapheme cluster of `width` columns at `x` (advancing it) within `area`; false
  /// once the row is full. Zero-width clusters are skipped; a wide one that does not fit
  /// leaves a blank rather than half a character.
  private mutating func place(
    _ text: String, width w: Int, x: inout Int, y: Int, style: Style, area: Rect
  ) -> Bool {
    if w == 0 { return true }
    if x >= area.maxX { return false }
    if x + w > area.maxX {
      if x >= area.x { put(Cell.blank(style), x: x, y: y) }
      x += 1
      return false
    }
    if x >= area.x {
      put(Cell(text, width: w, role: style.role, attributes: style.attributes), x: x, y: y)
    } else if x + w > area.x {
      put(Cell.blank(style), x: area.x, y: y)  // a wide char cut by the left edge
    }
    x += w
    return true
  }

  /// `write` for printable ASCII (most names, amounts and dates): one column per byte, nothing
  /// to sanitize, no grapheme breaking. Returns nil (writing nothing) for any other text.
  private mutating func writeASCII(_ text: String, at point: Point, style: Style, area: Rect) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      for b in bytes where b < 0x20 || b >= 0x7F { return nil }
      var x = point.x
      for b in bytes {
        if x >= area.maxX { break }
        if x >= area.x {
          put(
            Cell(Self.asciiText[Int(b - 0x20)], role: style.role, attributes: style.attributes), x: x,
            y: point.y)
        }
        x += 1
      }
      return x
    }
  }

  /// One-character strings for printable ASCII, so a cell's text is not built per write.
  private static let asciiText: [String] = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }

  /// Fills `rect` (clipped to the grid) with copies of `cell`; `cell` should be 1 column wide.
  public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
    let area = rect.intersection(bounds)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { put(cell, x: x, y: y) }
    }
  }

  /// Replaces the style of every cell in `rect`, keeping the text: selection highlights, dimming.
  public mutating func setStyle(_ rect: Rect, _ style: Style) {
    updateCells(rect) { cell in
      cell.role = style.role
      cell.attributes = style.attributes
    }
  }

  /// Adds attributes to every cell in `rect` (e.g. `.dim` behind a modal), keeping roles.
  public mutating func addAttributes(_ rect: Rect, _ attributes: TextAttributes) {
    updateCells(rect) { $0.attributes.formUnion(attributes) }
  }

  /// The screen as text lines with trailing spaces trimmed: for tests, golden files and `salesfloor screen`.
  public func plainText() -> [String] {
    (0..<size.height).map { y in
      var line = ""
      for x in 0..<size.width {
        let cell = cells[y * size.width + x]
        if !cell.isContinuation { line += cell.text }
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  private mutating func updateCells(_ rect: Rect, _ change: (inout Cell) -> Void) {
    let area = rect.intersection(bounds)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { change(&cells[y * size.width + x]) }
    }
  }

  /// Stores a cell, repairing any wide character it overlaps so no half of one is left behind.
  private mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard bounds.contains(x: x, y: y), !cell.isContinuation else { return }
    var cell = cell
    if cell.width == 2 && x + 1 >= size.width {
      cell = Cell.blank(cell.style)  // a wide char cannot hang off the right edge
    }
    let index = y * size.width + x
    clearWideOverlap(at: x, y: y)
    cells[index] = cell
    if cell.width == 2 {
      clearWideOverlap(at: x + 1, y: y)
      cells[index + 1] = Cell.continuation(cell.style)
    }
  }

  private mutating func clearWideOverlap(at x: Int, y: Int) {
    let index = y * size.width + x
    let old = cells[index]
    if old.isContinuation, x > 0 {
      cells[index - 1] = Cell.blank(cells[index - 1].style)
    } else if old.width == 2, x + 1 < size.width {
      cells[index + 1] = Cell.blank(cells[index + 1].style)
    }
  }
}
