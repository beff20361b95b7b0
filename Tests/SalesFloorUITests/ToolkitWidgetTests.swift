import Testing

@testable import SalesFloorUI

@Suite("Toolkit widgets render exact text")
struct ToolkitWidgetTests {
  @Test("box with title, unicode unfocused")
  func box() {
    var grid = Grid(size: Size(width: 12, height: 4))
    let inner = Box(title: "Deals", glyphs: .unicode).render(into: &grid, area: grid.bounds)
    #expect(grid.plainText() == ["┌ Deals ───┐", "│          │", "│          │", "└──────────┘"])
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 2))
    #expect(grid[0, 0].role == .border)
  }

  @Test("focused ASCII box truncates its title and uses the focused role")
  func asciiBox() {
    var grid = Grid(size: Size(width: 8, height: 3))
    Box(title: "Pipeline", focused: true, glyphs: .ascii).render(into: &grid, area: grid.bounds)
    #expect(grid.plainText() == ["# Pip~ #", "#      #", "#======#"])
    #expect(grid[0, 1].role == .borderFocused)
  }

  @Test("table sizes columns by width, right-aligns numbers and scrolls to the selection")
  func table() {
    let table = Table(
      columns: [
        TableColumn("Name", width: ColumnWidth(flex: 1)), TableColumn("Amount", alignment: .right),
      ],
      rows: [["Acme", "12,400"], ["Globex Corporation", "900"], ["Initech", "1,000"]], selected: 2,
      glyphs: .unicode)
    var grid = Grid(size: Size(width: 20, height: 3))
    table.render(into: &grid, area: grid.bounds)
    // Name shrinks 18 → 13 to fit 13 + 1 + 6 = 20; two data rows fit, so row 0 scrolls away.
    #expect(
      grid.plainText() == [
        "Name          Amount",
        "Globex Corpo…    900",
        "Initech        1,000",
      ])
    #expect(grid[0, 2].role == .selection)
    #expect(grid[19, 2].role == .selection)
    #expect(grid[0, 1].role == .text)
    #expect(table.effectiveOffset(height: 3) == 1)
  }

  @Test("flex columns take the spare width")
  func tableFlex() {
    let table = Table(
      columns: [TableColumn("Name", width: ColumnWidth(flex: 1)), TableColumn("Amount", alignment: .right)],
      rows: [["Acme", "12,400"]])
    // natural 4 + 6 + 1 spacing = 11; the 19 spare columns all go to Name.
    #expect(table.columnWidths(available: 30) == [23, 6])
  }

  @Test("list shows a pointer on the selection and keeps it visible")
  func list() {
    var grid = Grid(size: Size(width: 10, height: 2))
    ListView(items: ["Alpha", "Beta", "Gamma", "Delta"], selected: 3, glyphs: .ascii)
      .render(into: &grid, area: grid.bounds)
    #expect(grid.plainText() == ["  Gamma", "> Delta"])
    #expect(grid[9, 1].role == .selection)
  }

  @Test("bar gauge fills to the ratio with a pace marker, and stretches past 100 %")
  func gauge() {
    var grid = Grid(size: Size(width: 8, height: 1))
    // 0.5 × 8 = 4 filled; marker at 0.75 × 8 = column 6.
    BarGauge(ratio: 0.5, marker: 0.75, glyphs: .ascii).render(into: &grid, area: grid.bounds)
    #expect(grid.plainText() == ["####..|."])
    var over = Grid(size: Size(width: 6, height: 1))
    // scale 1.5: 1.5/1.5 × 6 = 6 filled; marker 1.0/1.5 × 6 = column 4.
    BarGauge(ratio: 1.5, marker: 1.0, glyphs: .ascii).render(into: &over, area: over.bounds)
    #expect(over.plainText() == ["####|#"])
    #expect(over[4, 0].role == .marker)
  }

  @Test("sparkline scales to the maximum and keeps the latest values")
  func sparkline() {
    let spark = Sparkline(values: [0, 1, 2, 4])
    // levels 0…7: 0 → 0, 1/4×7 = 1.75 → 2, 2/4×7 = 3.5 → 4, 4 → 7.
    #expect(spark.text(width: 4) == "▁▃▅█")
    #expect(spark.text(width: 3) == "▃▅█")
    var grid = Grid(size: Size(width: 6, height: 1))
    spark.render(into: &grid, area: grid.bounds)
    #expect(grid.plainText() == ["  ▁▃▅█"])
    #expect(Sparkline(values: [0, 3], glyphs: .ascii).text(width: 2) == "_#")
  }

  @Test("funnel draws a bar per stage scaled to the largest")
  func funnel() {
    let funnel = Funnel(
      stages: [
        FunnelStage(label: "Lead", value: 100, valueText: "100", role: .stage1),
        FunnelStage(label: "Qualify", value: 50, valueText: "50", role: .stage2),
        FunnelStage(label: "Won", value: 5, valueText: "5", role: .stage3),
      ], glyphs: .ascii)
    var grid = Grid(size: Size(width: 20, height: 3))
    funnel.render(into: &grid, area: grid.bounds)
    // label 6 (a third of 20), value 3, bar 20 − 6 − 3 − 2 = 9: 9, 4.5 → 5, 0.45 → at least 1.
    #expect(
      grid.plainText() == [
        "Lead   ######### 100",
        "Quali~ #####      50",
        "Won    #           5",
      ])
    #expect(grid[7, 1].role == .stage2)
  }

  @Test("modal is centred, framed as focused, casts a shadow and dims what is behind")
  func modal() {
    var grid = Grid(size: Size(width: 12, height: 5))
    for y in 0..<5 { grid.write("xxxxxxxxxxxx", at: Point(x: 0, y: y)) }
    let inner = Modal(title: "Hi", size: Size(width: 6, height: 3), glyphs: .ascii).render(into: &grid)
    #expect(
      grid.plainText() == [
        "xx# Hi #xxxx",
        "xx#    # xxx",
        "xx#====# xxx",
        "xxx      xxx",
        "xxxxxxxxxxxx",
      ])
    #expect(inner == Rect(x: 3, y: 1, width: 4, height: 1))
    #expect(grid[0, 0].attributes.contains(.dim))
    #expect(grid[8, 1].role == .shadow)
  }

  @Test("help overlay lists keys and descriptions in a modal")
  func helpOverlay() {
    var grid = Grid(size: Size(width: 30, height: 8))
    let lines: [HelpLine] = [
      .heading("Global"), .binding(keys: "q", description: "Quit"),
      .binding(keys: "j Down", description: "Move down"),
    ]
    HelpOverlay(lines: lines).render(into: &grid)
    #expect(
      grid.plainText() == [
        "",
        "    ┏ Help ━━━━━━━━━━━━━┓",
        "    ┃ Global            ┃",
        "    ┃ q       Quit      ┃",
        "    ┃ j Down  Move down ┃",
        "    ┗━━━━━━━━━━━━━━━━━━━┛",
        "",
        "",
      ])
  }

  @Test("help overlay scrolls within its lines")
  func helpScroll() {
    var help = HelpOverlay(lines: (1...10).map { .binding(keys: "\($0)", description: "d") })
    let handled1 = help.handle(.char("j"), height: 4)
    #expect(handled1)
    #expect(help.offset == 1)
    let handled2 = help.handle(.char("G"), height: 4)
    #expect(handled2)
    #expect(help.offset == 6)  // 10 lines, 4 visible → last offset 6
    let handled3 = help.handle(.esc, height: 4)
    #expect(!handled3)
  }
}

@Suite("Toolkit footer")
struct ToolkitFooterTests {
  @Test("key hint bar writes the hints that fit, keys in their own role")
  func footer() {
    var grid = Grid(size: Size(width: 16, height: 1))
    let hints = [
      KeyHint(key: "q", label: "quit"), KeyHint(key: "?", label: "help"), KeyHint(key: "a", label: "add"),
    ]
    KeyHintBar(hints: hints).render(into: &grid, area: grid.bounds)
    // "q quit" (6) + 2 + "? help" (6) = 14; "a add" would need 14 + 2 + 5 = 21 > 16.
    #expect(grid.plainText() == ["q quit  ? help"])
    #expect(grid[0, 0].role == .keyHint)
    #expect(grid[2, 0].role == .statusBar)
    #expect(grid[15, 0].role == .statusBar)
  }
}
