import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The Pipeline pane on the demo workspace as the default viewer (the first manager) sees it.
@Suite("Cockpit pipeline pane")
struct CockpitPipelineTests {
  let ws = CockpitFixture.demo
  var scope: Scope { CockpitFixture.viewer(nil).scope }
  var cur: String { ws.settings.currency }

  @Test("board: a column per open stage with count, total and weighted total, matching Reports.pipeline")
  func boardColumns() throws {
    let run = try CockpitRun("z")  // zoomed: all six open stages fit in 118 columns
    let pane = run.pane(.pipeline)
    let report = Reports.pipeline(ws, scope: scope, asOf: CockpitFixture.today)
    let open = Set(StageLookup(ws.settings).openStages.map(\.id))
    let rows = report.stages.filter { open.contains($0.stage) }
    #expect(rows.count == 6)
    for row in rows {
      #expect(pane.contains("\(row.name) (\(row.count))"), "column head of \(row.name)")
      let money =
        "\(Money.compact(row.amount, currency: cur)) · w \(Money.compact(row.weighted, currency: cur))"
      #expect(pane.contains(money), "totals of \(row.name): \(money)")
    }
    let t = report.totals
    #expect(
      pane.contains(
        "1 Pipeline · \(t.openCount) open · \(Money.compact(t.openAmount, currency: cur))"
          + " (\(Money.compact(t.weightedAmount, currency: cur)) weighted)"))
  }

  @Test("board: the selected card carries a pointer that moves with j and l (visible without colour)")
  func boardPointer() throws {
    var run = try CockpitRun()
    // Pane lines: 0 border, 1 stage heads, 2 totals, 3 first card.
    var lines = run.text(in: try #require(run.rect(.pipeline)))
    #expect(lines[3].dropFirst().hasPrefix("▶ "))
    #expect(!lines[4].contains("▶"))
    try run.press("j")
    lines = run.text(in: try #require(run.rect(.pipeline)))
    #expect(!lines[3].contains("▶"))
    #expect(lines[4].dropFirst().hasPrefix("▶ "))
    let first = run.state.data.deals(inStage: run.state.data.openStages[0].id)
    #expect(first.count > 1)
    #expect(PipelineView.selectedDeal(run.state)?.id == first[1].id)
    // l moves to the Qualify column: its first card gets the pointer, about 17 columns in.
    try run.press("l")
    lines = run.text(in: try #require(run.rect(.pipeline)))
    let pointerColumn = try #require(lines[3].displayColumn(of: "▶"))
    #expect(pointerColumn > 10)
    #expect(!lines[4].contains("▶"))
  }

  @Test("board: stalled deals are marked with !")
  func boardStalledFlag() throws {
    let run = try CockpitRun("z")
    let stalled = Reports.stalled(ws, scope: scope, asOf: CockpitFixture.today).deals.map(\.id)
    #expect(!stalled.isEmpty)
    let marked = run.pane(.pipeline).components(separatedBy: "! ").count - 1
    // Every stalled open deal in scope is on the board with its mark (all fit at 40 rows).
    #expect(marked == stalled.count)
  }

  @Test("table (v): the columns, rows in close-date order, late deals flagged")
  func tableView() throws {
    let run = try CockpitRun("v z")
    let lines = run.text(in: try #require(run.rect(.pipeline)))
    let header = lines[1]
    var last = 0
    for title in ["Deal", "Account", "Stage", "Amount", "Close↑", "Days", "Owner", "Flag"] {
      let col = try #require(header.displayColumn(of: title), "header \(title)")
      #expect(col >= last, "\(title) after the previous column")
      last = col
    }
    let deals = PipelineView.tableDeals(run.state)
    let dates = deals.compactMap(\.closeDate)
    #expect(dates == dates.sorted())
    // Late deals: close date before today; each row says "late" at its end.
    let late = deals.prefix(lines.count - 3).filter {
      ($0.closeDate ?? CockpitFixture.today) < CockpitFixture.today
    }
    #expect(!late.isEmpty)
    for (i, d) in deals.prefix(lines.count - 3).enumerated() {
      let row = lines[2 + i]
      #expect(row.contains(d.closeDate?.iso ?? "—"))
      #expect(row.dropLast().hasSuffix("late") == late.contains { $0.id == d.id }, "row \(i): \(row)")
    }
  }

  /// The Amount or Days column of the visible rows, read off the screen by the header's right edge.
  func column(_ title: String, width: Int, _ run: CockpitRun) throws -> [String] {
    let lines = run.text(in: try #require(run.rect(.pipeline)))
    let end = try #require(lines[1].displayColumn(of: title)) + DisplayWidth.of(title) + 1
    return run.tableRows(.pipeline).map {
      $0.displaySlice(from: end - width, width: width).trimmingCharacters(in: .whitespaces)
    }
  }

  @Test("s cycles the sort: amount, days in stage, owner, close date; S reverses")
  func sortCycling() throws {
    var run = try CockpitRun("v z s")
    #expect(run.footer.contains("sorted by amount"))
    let byAmount = run.state.data.openDeals.sorted { ($0.amount, $1.id) > ($1.amount, $0.id) }
    let amounts = try column("Amount↓", width: 9, run)
    #expect(
      amounts
        == byAmount.prefix(amounts.count).map {
          Money.compact($0.amount, currency: $0.currency, home: run.state.workspace.settings.currency)
        })

    try run.press("s")
    #expect(run.footer.contains("sorted by days in stage"))
    let days = try column("Days↓", width: 6, run).compactMap { Int($0.dropLast()) }
    #expect(days.count > 20)
    #expect(days == days.sorted(by: >))

    try run.press("s")
    let ownerLines = run.text(in: try #require(run.rect(.pipeline)))
    let ownerHead = try #require(ownerLines[1].displayColumn(of: "Owner↑"))
    let owners = ownerLines[2...].map {
      $0.displaySlice(from: ownerHead, width: 9)
    }.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    #expect(owners == owners.sorted())

    try run.press("s")
    #expect(run.state.pipeline.sort == .closeDate)
    try run.press("s S")
    #expect(run.footer.contains("sorted by amount descending"))
    let reversed = try column("Amount↑", width: 9, run)
    #expect(reversed.first == Money.compact(byAmount.last?.amount ?? 0, currency: cur))
  }

  @Test("table footer offers the sort keys")
  func tableFooter() throws {
    let run = try CockpitRun("v s <Esc>")  // Esc clears the transient status; the hints come back
    #expect(run.footer.contains("s sort: amount"))
    #expect(run.footer.contains("S reverse"))
    let board = try CockpitRun()
    #expect(board.footer.contains("s sort"))
    #expect(!board.footer.contains("S reverse"))
  }
}
