import CNCurses

/// What curses is given for one grid cell, so that curses' idea of the row matches the grid's.
///
/// ncurses measures a cell by `wcwidth` of its first code point, holds at most `CCHARW_MAX` code
/// points (a spacing character and its combining marks) and cuts a cell's text at the next
/// spacing character. The grid measures clusters by Unicode rules (`GraphemeClusters.width`), so
/// for some clusters the two disagree: an emoji ZWJ sequence (several spacing emoji), `❤️`
/// (`wcwidth` 1, grid 2), a letter with ten marks. Where they disagree curses would keep a column
/// the grid calls covered (its old content stays on screen) or shift the rest of the row, so such
/// a cluster is drawn in a form curses measures exactly as the grid does: its first spacing
/// character with its marks, and blanks for the columns that leaves.
enum CursesCellText {
  /// One curses cell to write: its column offset within the grid cell and its code points.
  struct Piece: Hashable {
    var offset: Int
    var codes: [UInt32]
  }

  /// The pieces covering exactly `width` columns as curses counts them; `measure` is `wcwidth`
  /// (injectable for tests, since it depends on the locale).
  static func pieces(
    _ text: String, width: Int, limit: Int = Int(sf_cchar_max()),
    measure: (UInt32) -> Int = { Int(sf_wcwidth($0)) }
  ) -> [Piece] {
    let scalars = text.unicodeScalars
    if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
      measure(only.value) == width
    {
      return [Piece(offset: 0, codes: [only.value])]  // box lines, bars, CJK: most non-ASCII cells
    }
    let codes = scalars.map(\.value)
    // Runs that each start with a spacing character (the first run starts wherever the text does).
    var runs: [[UInt32]] = []
    for code in codes {
      if runs.isEmpty || measure(code) > 0 { runs.append([code]) } else { runs[runs.count - 1].append(code) }
    }
    let widths = runs.map { measure($0[0]) }
    if !runs.isEmpty, widths.allSatisfy({ $0 > 0 }), widths.reduce(0, +) == width,
      runs.allSatisfy({ $0.count <= limit })
    {
      // Curses agrees (a plain letter with marks, a wide ideograph, two regional indicators).
      var offset = 0
      return zip(runs, widths).map { run, w in
        defer { offset += w }
        return Piece(offset: offset, codes: run)
      }
    }
    return fallback(runs, width: width, limit: limit, measure: measure)
  }

  /// The first spacing character with the marks curses can hold (no joiner or emoji selector,
  /// which would ask the terminal for a wider picture), then blanks up to `width`; `?` when
  /// curses would make even that wider than the cell.
  private static func fallback(
    _ runs: [[UInt32]], width: Int, limit: Int, measure: (UInt32) -> Int
  ) -> [Piece] {
    let presentation: Set<UInt32> = [0x200D, 0xFE0E, 0xFE0F]
    var base: [UInt32] = [0x3F]
    if let first = runs.first, let code = first.first, measure(code) >= 1, measure(code) <= width {
      base = Array(first.filter { !presentation.contains($0) }.prefix(limit))
    }
    let used = measure(base[0])
    return [Piece(offset: 0, codes: base)]
      + (used..<max(used, width)).map { Piece(offset: $0, codes: [0x20]) }
  }
}
