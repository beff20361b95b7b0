import CNCurses
import Glibc
import SalesFloorUI
import Testing

@testable import SalesFloorTerminal

/// What the curses backend hands ncurses for a cell must take exactly the cell's columns as curses
/// counts them (`wcwidth`): otherwise curses keeps a column the grid calls covered, and the old
/// screen's cell stays visible after switching views (the stale cells of the hardening issue).
@Suite("Curses cell text")
struct CursesCellTextTests {
  static let family = "👩\u{200D}👩\u{200D}👧\u{200D}👦"
  static let corpus = [
    "Acme", "株式会社", "🚀", family, "🏳\u{FE0F}\u{200D}🌈", "❤\u{FE0F}", "🇯🇵🇫🇷",
    "a" + String(repeating: "\u{301}", count: 10),
    "1\u{FE0F}\u{20E3}", "👍🏽", "कि", "\u{1100}\u{1161}\u{11A8}", "─│┏━…·▶█░", "Ærøskøbing", "ｶﾞ", "กำ",
    "\u{200B}x\u{200D}y", "⚠⏰✓€",
  ]

  /// wcwidth depends on the locale: the product runs under the user's UTF-8 locale.
  static func measure(_ code: UInt32) -> Int {
    _ = setlocale(LC_ALL, "C.UTF-8")
    return Int(sf_wcwidth(code))
  }

  @Test("every cell of a frame is written as exactly its width in curses columns")
  func piecesCoverTheCell() {
    var grid = Grid(size: Size(width: 200, height: Self.corpus.count))
    for (y, text) in Self.corpus.enumerated() { grid.write(text, at: Point(x: 0, y: y)) }
    for cell in grid.cells where !cell.isContinuation {
      let pieces = CursesCellText.pieces(cell.text, width: cell.width, measure: Self.measure)
      var column = 0
      for piece in pieces {
        #expect(piece.offset == column, "\(cell.text.debugDescription)")
        #expect(piece.codes.count <= Int(sf_cchar_max()))
        let w = Self.measure(piece.codes[0])
        #expect(w > 0, "\(cell.text.debugDescription) starts a piece with a non-spacing code")
        column += w
        #expect(piece.codes.dropFirst().allSatisfy { Self.measure($0) == 0 })
      }
      #expect(
        column == cell.width, "\(cell.text.debugDescription): \(column) curses columns for \(cell.width)")
    }
  }

  @Test("clusters curses cannot hold get their first character and blanks")
  func fallbacks() {
    let heart = CursesCellText.pieces("❤\u{FE0F}", width: 2, measure: Self.measure)
    #expect(heart == [.init(offset: 0, codes: [0x2764]), .init(offset: 1, codes: [0x20])])
    let family = CursesCellText.pieces(Self.family, width: 2, measure: Self.measure)
    #expect(family == [.init(offset: 0, codes: [0x1F469])])
    let marks = CursesCellText.pieces(
      "a" + String(repeating: "\u{301}", count: 10), width: 1, measure: Self.measure)
    #expect(marks.count == 1 && marks[0].codes.count == Int(sf_cchar_max()))
    #expect(
      CursesCellText.pieces("株", width: 2, measure: Self.measure) == [.init(offset: 0, codes: [0x682A])])
    let flag = CursesCellText.pieces("🇯🇵", width: 2, measure: Self.measure)
    #expect(flag == [.init(offset: 0, codes: [0x1F1EF]), .init(offset: 1, codes: [0x1F1F5])])
    // A cell curses would make wider than the grid's: a `?`, never an overlap.
    #expect(CursesCellText.pieces("株", width: 1, measure: Self.measure) == [.init(offset: 0, codes: [0x3F])])
  }
}
