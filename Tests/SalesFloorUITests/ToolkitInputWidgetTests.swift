import Testing

@testable import SalesFloorUI

@Suite("Toolkit text input and command palette")
struct ToolkitInputWidgetTests {
  func type(_ text: String, into input: inout TextInput) {
    for character in text { _ = input.handle(.char(character)) }
  }

  func press(_ palette: inout CommandPalette, _ key: Key) -> PaletteOutcome { palette.handle(key) }

  @Test("editing keys: insert, ctrl-w, arrows, backspace, delete, home/end, ctrl-u")
  func editing() {
    var input = TextInput()
    type("hello world", into: &input)
    let handled1 = input.handle(.ctrl("w"))
    #expect(handled1)
    #expect(input.text == "hello ")
    type("abc", into: &input)
    _ = input.handle(.left)
    _ = input.handle(.left)
    #expect(input.cursor == 7)
    _ = input.handle(.backspace)  // removes "a"
    #expect(input.text == "hello bc")
    _ = input.handle(.delete)  // removes "b"
    #expect(input.text == "hello c")
    _ = input.handle(.home)
    type("X", into: &input)
    #expect(input.text == "Xhello c")
    #expect(input.cursor == 1)
    _ = input.handle(.end)
    _ = input.handle(.ctrl("u"))
    #expect(input.text == "")
    let handled2 = input.handle(.enter)
    #expect(!handled2)
  }

  @Test("inserted text is sanitized")
  func sanitized() {
    var input = TextInput()
    input.insert("a\u{1B}[2Jb\n")
    #expect(input.text == "a␛[2Jb ")
  }

  @Test("rendering scrolls horizontally by display width and shows the cursor")
  func scrolling() {
    var grid = Grid(size: Size(width: 5, height: 1))
    TextInput("abcdefghij").render(into: &grid, area: grid.bounds)
    // cursor at column 10 in a 5-wide field → scroll 6: "ghij" then the cursor cell.
    #expect(grid.plainText() == ["ghij"])
    #expect(grid[4, 0].role == .cursor)

    var wide = Grid(size: Size(width: 5, height: 1))
    var input = TextInput("株式会社")
    TextInput("株式会社").render(into: &wide, area: wide.bounds)
    #expect(wide.plainText() == ["会社"])  // columns 4–7, cursor at 8 → x 4
    _ = input.handle(.home)
    var start = Grid(size: Size(width: 5, height: 1))
    input.render(into: &start, area: start.bounds)
    #expect(start.plainText() == ["株式"])  // 会 would need columns 4–5
    #expect(start[0, 0].role == .cursor)
  }

  @Test("fuzzy ranking prefers word starts and tight matches")
  func fuzzy() {
    let titles = ["deal add", "deal delete", "theme", "delete stage", "undo"]
    // "deal delete": d(0) word start 36 + d(5) word start 16 + 20 − 2×4 gap = 64;
    // "deal add": 36 + d(6) 16 − 2×5 gap = 42.
    #expect(Fuzzy.rank("dd", titles).map { titles[$0.index] } == ["deal delete", "deal add"])
    #expect(Fuzzy.match("dd", in: "deal delete")?.score == 64)
    #expect(Fuzzy.match("dd", in: "deal delete")?.positions == [0, 5])
    #expect(Fuzzy.rank("ds", titles).map { titles[$0.index] } == ["delete stage"])
    #expect(
      Fuzzy.rank("", titles).map { titles[$0.index] } == [
        "undo", "theme", "deal add", "deal delete", "delete stage",
      ])
    #expect(Fuzzy.match("TH", in: "theme") != nil)
    #expect(Fuzzy.match("xz", in: "theme") == nil)
  }

  @Test("palette filters, completes with Tab, chooses with Enter, cancels with Esc")
  func palette() {
    var palette = CommandPalette(entries: [
      PaletteEntry(id: "deal.add", title: "deal add", description: "Add a deal"),
      PaletteEntry(id: "deal.delete", title: "deal delete", description: "Delete the deal"),
      PaletteEntry(id: "theme", title: "theme", description: "Switch theme"),
    ])
    #expect(press(&palette, .char("t")) == .editing)
    #expect(press(&palette, .char("h")) == .editing)
    #expect(palette.matches.map(\.id) == ["theme"])
    #expect(press(&palette, .tab) == .editing)
    #expect(palette.input.text == "theme")
    #expect(press(&palette, .enter) == .chosen("theme"))
    #expect(press(&palette, .esc) == .cancelled)

    var second = CommandPalette(entries: palette.entries, query: "dd")
    #expect(press(&second, .down) == .editing)
    #expect(press(&second, .enter) == .chosen("deal.add"))
  }

  @Test("palette renders the query and matches")
  func paletteRender() {
    var grid = Grid(size: Size(width: 30, height: 6))
    let palette = CommandPalette(
      entries: [PaletteEntry(id: "theme", title: "theme", description: "Switch")], query: "th")
    palette.render(into: &grid, glyphs: .ascii)
    // modal 26×4 centred in 29×5 → x 1, y 0; inside x 3…26.
    #expect(
      grid.plainText() == [
        " # Command ===============#",
        " # :th                    #",
        " # > theme  Switch        #",
        " #========================#",
        "",
        "",
      ])
  }
}
