import Testing

@testable import SalesFloorUI

@Suite("Toolkit grid, layout and diff")
struct ToolkitGridTests {
  @Test("writing clips at the edge and puts a space instead of half a wide character")
  func wideAtEdge() {
    var grid = Grid(size: Size(width: 5, height: 1))
    let end = grid.write("ab株式", at: Point(x: 0, y: 0))
    // a b 株(2 cols, x=2–3) then 式 needs x=4–5 but only x=4 exists → a space at x=4.
    #expect(grid.plainText() == ["ab株"])
    #expect(grid[2, 0].width == 2)
    #expect(grid[3, 0].isContinuation)
    #expect(grid[4, 0].text == " ")
    #expect(end == 5)
  }

  @Test("writing is clipped to a rect and sanitized")
  func clipAndSanitize() {
    var grid = Grid(size: Size(width: 10, height: 2))
    grid.write("\u{1B}]0;pwned\u{7}", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 1, width: 6, height: 1))
    #expect(grid.plainText() == ["", "␛]0;pw"])
  }

  @Test("overwriting half of a wide character clears the other half")
  func overwriteWide() {
    var grid = Grid(size: Size(width: 4, height: 1))
    grid.write("株式", at: Point(x: 0, y: 0))
    grid.write("x", at: Point(x: 1, y: 0))  // lands on 株's continuation
    #expect(grid.plainText() == [" x式"])
    grid.write("y", at: Point(x: 2, y: 0))  // lands on 式's lead
    #expect(grid.plainText() == [" xy"])
    #expect(!grid[3, 0].isContinuation)
  }

  @Test("a wide character cut by the left clip edge becomes a space")
  func leftClip() {
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("株ab", at: Point(x: 0, y: 0), clip: Rect(x: 1, y: 0, width: 5, height: 1))
    #expect(grid.plainText() == ["  ab"])
  }

  @Test("split divides by fixed, percent and fill")
  func split() {
    let rect = Rect(x: 0, y: 0, width: 100, height: 10)
    let parts = rect.split(.horizontal, [.fixed(20), .percent(30), .fill(1), .fill(1)])
    // fixed 20; percent 30 % of 100 = 30; 50 left shared 25/25.
    #expect(parts.map(\.width) == [20, 30, 25, 25])
    #expect(parts.map(\.x) == [0, 20, 50, 75])
    let rows = Rect(x: 0, y: 0, width: 10, height: 7).split(
      .vertical, [.fill(1), .fill(2), .fixed(1)], spacing: 1)
    // 7 − 2 spacing = 5; fixed 1 → 4 to fill: 4×1/3 = 1, last fill gets 3.
    #expect(rows.map(\.height) == [1, 3, 1])
    #expect(rows.map(\.y) == [0, 2, 6])
    #expect(
      Rect(x: 0, y: 0, width: 5, height: 1).split(.horizontal, [.fixed(4), .fixed(4)]).map(\.width) == [4, 1])
  }

  @Test("diff emits only changed runs")
  func diffRuns() {
    var old = Grid(size: Size(width: 8, height: 2))
    old.write("abcdefgh", at: Point(x: 0, y: 0))
    var new = old
    new.write("XY", at: Point(x: 2, y: 0))
    new.write("Z", at: Point(x: 7, y: 1))
    let runs = new.diff(from: old)
    #expect(runs.map { [$0.x, $0.y, $0.cells.count] } == [[2, 0, 2], [7, 1, 1]])
    #expect(runs[0].cells.map(\.text) == ["X", "Y"])
    #expect(new.diff(from: new).isEmpty)
  }

  @Test("diff handles wide characters: no continuation cells, replaced halves rewritten")
  func diffWide() {
    var old = Grid(size: Size(width: 4, height: 1))
    old.write("株", at: Point(x: 0, y: 0))
    var new = Grid(size: Size(width: 4, height: 1))
    new.write("ab", at: Point(x: 0, y: 0))
    // The wide char covered x=0–1; both new cells must be written.
    #expect(new.diff(from: old).map { $0.cells.map(\.text) } == [["a", "b"]])
    // The other way: one run with the wide cell only, covering 2 columns.
    let back = old.diff(from: new)
    #expect(back.count == 1)
    #expect(back[0].cells.map(\.text) == ["株"])
    #expect(back[0].width == 2)
  }

  @Test("painting the diff over the old frame gives the new frame (random frames with wide text)")
  func diffReproducesTheNewFrame() {
    var rng = SeededRandom(state: 11)
    let words = ["Acme", "株式会社", "─┼─", "é", "ok", "🚀", "Q4", "…", " "]
    func randomGrid() -> Grid {
      var g = Grid(size: Size(width: 40, height: 6))
      for _ in 0..<30 {
        let word = words[Int.random(in: 0..<words.count, using: &rng)]
        let style = Style(Bool.random(using: &rng) ? .text : .muted)
        g.write(
          word, at: Point(x: Int.random(in: 0..<40, using: &rng), y: Int.random(in: 0..<6, using: &rng)),
          style: style)
      }
      return g
    }
    for _ in 0..<200 {
      let old = randomGrid()
      let new = randomGrid()
      var painted = old
      for run in new.diff(from: old) {
        var x = run.x
        for cell in run.cells {
          painted.write(cell.text, at: Point(x: x, y: run.y), style: cell.style)
          x += cell.width
        }
      }
      #expect(painted == new)
      // A full-screen change is one run per row, not a run per cell.
      #expect(new.diff(from: Grid(size: new.size, fill: Cell("x"))).count == new.height)
    }
  }

  @Test("plain text trims trailing spaces and a style change keeps the text")
  func plainAndStyle() {
    var grid = Grid(size: Size(width: 6, height: 2))
    grid.write("hi  ", at: Point(x: 1, y: 0))
    grid.setStyle(Rect(x: 0, y: 0, width: 6, height: 1), Style(.selection))
    #expect(grid.plainText() == [" hi", ""])
    #expect(grid[1, 0].role == .selection)
  }
}
