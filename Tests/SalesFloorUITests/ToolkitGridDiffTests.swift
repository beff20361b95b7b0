import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// `Grid.diff` is what reaches the terminal: applying it to the old frame, the way a terminal
/// applies writes (a write over half of a wide character blanks the other half), must give the
/// new frame exactly, or cells of the old screen stay behind.
@Suite("Toolkit grid: diff")
struct ToolkitGridDiffTests {
  static let pieces = [
    "a", "Acme", " ", "株式", "🚀", "👩\u{200D}👩\u{200D}👧\u{200D}👦", "🇯🇵", "e\u{301}", "❤\u{FE0F}", "─│",
    "🏳\u{FE0F}\u{200D}🌈x", "…",
  ]
  static let styles = [Style(.text), Style(.selection, [.bold]), Style(.muted), Style(.accent, [.reverse])]

  static func randomFrame(_ size: Size, from base: Grid?, _ random: inout SplitMix64) -> Grid {
    var grid = base ?? Grid(size: size)
    for _ in 0..<random.int(0...(size.width * size.height / 2)) {
      let text = (0..<random.int(1...4)).map { _ in random.pick(pieces) }.joined()
      let point = Point(x: random.int(-2...size.width), y: random.int(0...(size.height - 1)))
      grid.write(text, at: point, style: random.pick(styles))
    }
    if random.chance(0.2) {
      grid.fill(
        Rect(x: random.int(0...size.width), y: 0, width: random.int(0...size.width), height: size.height),
        with: .blank(random.pick(styles)))
    }
    return grid
  }

  @Test("applying the diff to the old frame gives the new one (seeded random frames)")
  func diffReproducesTheNewFrame() {
    var random = SplitMix64(seed: 20_261_201)
    for round in 0..<2_000 {
      let size = Size(width: random.int(1...24), height: random.int(1...4))
      let old = Self.randomFrame(size, from: nil, &random)
      let new = Self.randomFrame(size, from: random.chance(0.5) ? old : nil, &random)
      var screen = old
      screen.apply(new.diff(from: old))
      #expect(screen == new, "round \(round) (seed 20261201)")
      if screen != new { return }
    }
  }

  @Test("a diff never writes a continuation and covers only changed columns")
  func diffRunsAreWellFormed() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let size = Size(width: random.int(2...30), height: random.int(1...3))
      let old = Self.randomFrame(size, from: nil, &random)
      let new = Self.randomFrame(size, from: old, &random)
      for run in new.diff(from: old) {
        #expect(!run.cells.contains { $0.isContinuation })
        #expect(run.x >= 0 && run.x + run.width <= size.width)
      }
      #expect(new.diff(from: new).isEmpty)
    }
  }
}

extension Grid {
  /// Writes a diff's runs as a terminal would: each cell at its column, wide ones over two.
  mutating func apply(_ runs: [CellChange]) {
    for run in runs {
      var x = run.x
      for cell in run.cells {
        write(cell.text, at: Point(x: x, y: run.y), style: cell.style)
        x += cell.width
      }
    }
  }
}
