import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Grapheme clusters (utf8proc's breaks and widths): what a user sees as one character is one cell
/// of the right width, and no cut ever splits one or leaves half of a wide one.
@Suite("Toolkit text: grapheme clusters")
struct ToolkitClusterTests {
  static let family = "👩\u{200D}👩\u{200D}👧\u{200D}👦"
  static let rainbow = "🏳\u{FE0F}\u{200D}🌈"
  static let tenMarks = "a" + String(repeating: "\u{301}\u{302}", count: 5)

  @Test("ZWJ sequences, flags and VS16 take 2 columns; marks take 0")
  func clusterWidths() {
    #expect(DisplayWidth.of(Self.family) == 2)
    #expect(DisplayWidth.of(Self.rainbow) == 2)
    #expect(DisplayWidth.of("🇯🇵🇫🇷") == 4)  // two flags
    #expect(DisplayWidth.of("1\u{FE0F}\u{20E3}") == 2)  // keycap
    #expect(DisplayWidth.of("👍🏽") == 2)  // skin tone modifier
    #expect(DisplayWidth.of(Self.tenMarks) == 1)
    #expect(DisplayWidth.of("x" + Self.tenMarks + "y") == 3)
    #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2)  // Hangul syllable from jamo
    #expect(DisplayWidth.of("कि") == 1)  // consonant + spacing vowel sign
  }

  @Test("a grid cell holds a whole cluster and the next column is its continuation")
  func gridHoldsWholeClusters() {
    var grid = Grid(size: Size(width: 10, height: 1))
    let end = grid.write(Self.family + Self.tenMarks + Self.rainbow + "z", at: Point(x: 0, y: 0))
    #expect(end == 6)
    #expect(grid[0, 0].text == Self.family)
    #expect(grid[0, 0].width == 2)
    #expect(grid[1, 0].isContinuation)
    #expect(grid[2, 0].text == Self.tenMarks)
    #expect(grid[3, 0].text == Self.rainbow)
    #expect(grid[4, 0].isContinuation)
    #expect(grid[5, 0].text == "z")
    #expect(grid.plainText()[0] == Self.family + Self.tenMarks + Self.rainbow + "z")
  }

  @Test("clipping never leaves half of a wide cluster")
  func clippingWideClusters() {
    var grid = Grid(size: Size(width: 5, height: 1))
    grid.write("ab" + Self.family + Self.family, at: Point(x: 0, y: 0))
    // 2 + 2 columns fit; the second family would straddle the edge: a blank instead.
    #expect(grid.plainText()[0] == "ab" + Self.family)
    #expect(!grid.cells.contains { $0.text.contains("\u{200D}") && $0.width != 2 })
    var clipped = Grid(size: Size(width: 6, height: 1))
    clipped.write(Self.family + "cd", at: Point(x: -1, y: 0))  // starts left of the grid
    #expect(clipped.plainText()[0] == " cd")
  }

  @Test("truncation keeps whole clusters and fits the width")
  func truncationKeepsClusters() {
    let text = Self.family + Self.rainbow + Self.tenMarks + "🇯🇵"
    for width in 0...8 {
      let cut = TextFit.truncate(text, to: width)
      #expect(DisplayWidth.of(cut) <= width, "\(width)")
      #expect(DisplayWidth.of(TextFit.pad(text, to: width)) == width)
      // Every cluster of the cut (but the ellipsis) is a whole cluster of the original.
      var pieces: [Substring] = []
      GraphemeClusters.forEach(in: cut) { cluster, _ in
        pieces.append(cluster)
        return true
      }
      for piece in pieces where piece != "…" {
        #expect([Self.family, Self.rainbow, Self.tenMarks, "🇯🇵"].contains(String(piece)), "\(width)")
      }
    }
    #expect(TextFit.truncate(text, to: 3) == Self.family + "…")
  }

  @Test("bidi marks LRM, RLM and ALM are replaced like the overrides")
  func bidiMarks() {
    #expect(Sanitize.text("1\u{200E}2\u{200F}3\u{061C}4") == "1\u{FFFD}2\u{FFFD}3\u{FFFD}4")
    var grid = Grid(size: Size(width: 6, height: 1))
    grid.write("$\u{200F}100", at: Point(x: 0, y: 0))
    #expect(grid.plainText()[0] == "$\u{FFFD}100")
  }
}
