import Testing

@testable import SalesFloorUI

@Suite("Toolkit text: width, fit, sanitize")
struct ToolkitTextTests {
  @Test("ASCII, CJK, emoji and combining marks have wcwidth widths")
  func widths() {
    #expect(DisplayWidth.of("deal") == 4)
    #expect(DisplayWidth.of("株式会社") == 8)  // 4 wide ideographs × 2
    #expect(DisplayWidth.of("🚀") == 2)
    #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute: one column
    #expect(DisplayWidth.of("\u{200B}") == 0)  // zero-width space
    #expect(DisplayWidth.of("\u{1B}") == 0)  // control
    #expect(DisplayWidth.of("❤\u{FE0F}") == 2)  // text-default heart asked to be emoji
    #expect(DisplayWidth.of("👩\u{200D}💻") == 2)  // ZWJ sequence is one cluster
    #expect(DisplayWidth.of("🇫🇷") == 2)  // flag
    #expect(DisplayWidth.of("ＡＢ") == 4)  // fullwidth Latin
    #expect(DisplayWidth.of("é€") == 2)
  }

  @Test("truncation keeps within the width and never splits a wide character")
  func truncate() {
    #expect(TextFit.truncate("Globex Corporation", to: 8) == "Globex …")
    #expect(TextFit.truncate("short", to: 8) == "short")
    // 株式会社 is 8 columns; 5 columns = 4 for text + 1 ellipsis → two ideographs.
    #expect(TextFit.truncate("株式会社", to: 5) == "株式…")
    // 6 columns: budget 5 → two ideographs (4), the third would need 6.
    #expect(TextFit.truncate("株式会社", to: 6) == "株式…")
    #expect(TextFit.truncate("abc", to: 0) == "")
    #expect(TextFit.truncate("abcdef", to: 4, ellipsis: "...") == "a...")
  }

  @Test("padding aligns by display width")
  func pad() {
    #expect(TextFit.pad("12", to: 5, alignment: .right) == "   12")
    #expect(TextFit.pad("株", to: 4) == "株  ")
    #expect(TextFit.pad("ab", to: 5, alignment: .center) == " ab  ")
    #expect(TextFit.pad("abcdef", to: 4) == "abc…")
  }

  @Test("sanitize replaces ESC, C0, C1, DEL and bidi overrides visibly")
  func sanitize() {
    #expect(Sanitize.text("\u{1B}[31mred") == "␛[31mred")
    #expect(Sanitize.text("a\tb\nc\r\nd") == "a b c  d")
    #expect(Sanitize.text("x\u{7}y") == "x␇y")
    #expect(Sanitize.text("x\u{7F}y") == "x␡y")
    #expect(Sanitize.text("x\u{9B}31m") == "x\u{FFFD}31m")  // C1 CSI
    #expect(Sanitize.text("\u{202E}0001$") == "\u{FFFD}0001$")  // right-to-left override
    #expect(Sanitize.text("a\u{2066}b\u{2069}") == "a\u{FFFD}b\u{FFFD}")
    #expect(Sanitize.text("Ærøskøbing 株式会社 🚀") == "Ærøskøbing 株式会社 🚀")
  }

  @Test("the frame's single-scalar glyphs have their wcwidth widths")
  func glyphWidths() {
    for glyph in ["─", "│", "┌", "━", "█", "▏", "…", "·", "é", "ß", "→", "✓", "€"] {
      #expect(DisplayWidth.of(Character(glyph)) == 1, "\(glyph) is one column")
    }
    for glyph in ["中", "株", "가", "⌚", "⭐", "Ａ", "〜"] {
      #expect(DisplayWidth.of(Character(glyph)) == 2, "\(glyph) is two columns")
    }
    #expect(DisplayWidth.of(Character("\u{301}")) == 0)  // a combining mark on its own
    #expect(DisplayWidth.of(Character("\u{200D}")) == 0)  // zero-width joiner on its own
    #expect(DisplayWidth.of(Character("\u{1F1EB}")) == 2)  // a lone regional indicator
    #expect(DisplayWidth.of(Character("\u{1F600}")) == 2)  // outside the BMP
  }

  @Test("plain ASCII and text with controls are written and cut alike")
  func asciiWrite() {
    var grid = Grid(size: Size(width: 8, height: 2))
    let end = grid.write("Acme Corp", at: Point(x: 1, y: 0))
    #expect(grid.plainText()[0] == " Acme Co")
    #expect(end == 8)
    // One control character sends the line down the sanitizing path: it shows as a symbol.
    grid.write("a\u{1B}b", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 1, width: 2, height: 1))
    #expect(grid.plainText()[1] == "a␛")
    #expect(TextFit.truncate("Globex", to: 6) == "Globex")
    #expect(TextFit.truncate("Globex!", to: 6) == "Globe…")
    #expect(TextFit.truncate("a\u{7}bcdefgh", to: 4) == "a␇b…")
  }

  /// The scalar fast path (`simpleWidth`, used by `Grid.write` and `DisplayWidth.of`) is only
  /// taken when every scalar is a cluster of its own: check every BMP scalar it accepts after
  /// one of each kind of predecessor, and a few texts it must refuse.
  @Test("simple-text fast path agrees with grapheme clusters")
  func simpleWidthAgreesWithClusters() {
    var accepted = 0
    for v in UInt32(0x20)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(v), let w = DisplayWidth.simpleWidth(String(scalar)) else { continue }
      accepted += 1
      #expect(w == DisplayWidth.of(Character(scalar)))
      for before in ["a", "가", "각", "\u{263A}", "क"] {
        let text = before + String(scalar)
        if text.count != 2 { Issue.record("U+\(String(v, radix: 16)) joins \(before)") }
      }
    }
    #expect(accepted > 50_000)
    for text in ["e\u{301}", "क्ष", "❤\u{FE0F}", "ᄀ가", "ｶﾞ", "กำ", "🚀", "🇫🇷", "a\u{200D}b"] {
      #expect(DisplayWidth.simpleWidth(text) == nil, "\(text) needs the cluster path")
    }
    #expect(DisplayWidth.simpleWidth("─ Acme · 株式会社 …") == 19)  // 1+1+4+1+1+1+8+1+1
  }

  @Test("wide and combining text is written cell by cell as before")
  func writeNonASCII() {
    var grid = Grid(size: Size(width: 6, height: 2))
    grid.write("株式会社", at: Point(x: 0, y: 0))
    #expect(grid.plainText()[0] == "株式会")
    #expect(grid[1, 0].isContinuation)
    grid.write("e\u{301}─…", at: Point(x: 0, y: 1), clip: Rect(x: 0, y: 1, width: 2, height: 1))
    #expect(grid.plainText()[1] == "e\u{301}─")
    #expect(grid[0, 1].text == "e\u{301}")
  }
}
