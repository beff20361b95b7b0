import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// `s` on the board sorts the cards inside each stage column (it used to say "sorted by amount"
/// and leave every card where it was).
@Suite("Cockpit board sort")
struct CockpitBoardSortTests {
  @Test("s on the board orders each column by amount, largest first, and stays on the board")
  func sortsColumns() throws {
    let before = try CockpitRun()
    let run = try CockpitRun("s")
    #expect(run.state.pipeline.mode == .board)
    #expect(run.footer.contains("sorted by amount in each stage column"))
    let columns = PipelineView.columns(run.state)
    let unsorted = PipelineView.columns(before.state)
    #expect(columns.count == unsorted.count)
    var moved = false
    for (col, old) in zip(columns, unsorted) {
      let amounts = col.deals.map(\.amount)
      #expect(amounts == amounts.sorted(by: >), "\(col.stage.name) is largest first")
      #expect(Set(col.deals.map(\.id)) == Set(old.deals.map(\.id)), "\(col.stage.name) keeps its deals")
      if col.deals.map(\.id) != old.deals.map(\.id) { moved = true }
    }
    #expect(moved, "some card moved")
    // The first card of the selected column is now its largest deal, on screen.
    let top = try #require(columns.first?.deals.first)
    #expect(PipelineView.selectedDeal(run.state)?.id == top.id)
    GoldenScreen.check("board-sorted-by-amount-120x40", run.lines)
  }

  @Test("a stage move on a sorted board keeps the moved deal selected")
  func selectAfterMove() throws {
    let run = try CockpitRun("s j <gt>")
    let moved = try #require(run.store.committed.last)
    let id = try #require(moved.mutations.first?.recordId)
    #expect(PipelineView.selectedDeal(run.state)?.id == id)
  }
}

/// The board names the stages that do not fit, with their totals (it used to show a lone `▶`), and
/// overdue next steps look different from today's (theme role `overdue`).
@Suite("Cockpit board stages and overdue")
struct CockpitBoardStagesTests {
  @Test("at 120 columns every stage not drawn is named on the board's bottom row with count and total")
  func hiddenStagesNamed() throws {
    let run = try CockpitRun()
    let columns = PipelineView.columns(run.state)
    let area = try #require(run.rect(.pipeline))
    let text = run.text(in: area)
    // Every open stage's name is on screen: as a column heading or on the "more ▶" row.
    for col in columns { #expect(text.contains { $0.contains(col.stage.name) }, "\(col.stage.name) shown") }
    let more = try #require(text.first { $0.contains("more ▶") })
    let last = try #require(columns.last)
    #expect(more.contains("\(last.stage.name) (\(last.deals.count))"))
    #expect(more.contains("(h/l scroll)"))
  }

  @Test("a deal whose next step is past due is drawn in the overdue role on the board and its card")
  func overdueRole() throws {
    let today = CockpitFixture.today
    let run = try CockpitRun()
    let area = try #require(run.rect(.pipeline))
    let header = run.lines[area.y + 1]
    var late: Deal?
    var checked = 0
    for col in PipelineView.columns(run.state) {
      guard let x = header.displayColumn(of: "\(col.stage.name) (") else { continue }
      // Cards from row area.y + 3; index 0 of the first column is the selection (its own role).
      for (i, d) in col.deals.enumerated() where i > 0 && area.y + 3 + i < area.maxY - 2 {
        let role = run.grid[x, area.y + 3 + i].role
        if let due = d.nextStepDate, due < today {
          #expect(role == .overdue, "\(d.name), due \(due), is drawn as \(role)")
          late = late ?? d
        } else {
          #expect(role != .overdue, "\(d.name) is not overdue")
        }
        checked += 1
      }
    }
    #expect(checked > 3)
    let shown = try #require(late, "the demo has a visible card with a past next step")
    // The deal card's next step line (Enter on that deal: select it first).
    var card = try CockpitRun()
    PipelineView.select(&card.program.state, dealId: shown.id)
    try card.press("<Enter>")
    #expect(card.role(of: "Next step  \(shown.nextStep ?? "— (none)")") == .overdue)
  }

  @Test("NO_COLOR: the overdue role is bold and underlined, unlike plain text")
  func overdueWithoutColour() {
    #expect(Theme.defaultNoColorAttributes(.overdue) == [.bold, .underline])
    #expect(StyleRole.overdue.parent == .negative)
  }
}

extension CockpitBoardStagesTests {
  @Test("My Day: past-due next steps and activities are overdue, today's are not")
  func myDayOverdue() throws {
    let today = CockpitFixture.today
    let run = try CockpitRun(as: "Grace Osei")
    let area = try #require(run.rect(.quota))
    var late = 0
    var section = ""
    for y in area.y..<area.maxY {
      let line = run.lines[y].displaySlice(from: area.x + 1, width: area.width - 2)
      if !line.hasPrefix(" ") { section = line }
      // Rows of the next-step and activity lists start " YYYY-MM-DD " (closing dates are not due dates).
      guard section.hasPrefix("Next steps due") || section.hasPrefix("Activities due"),
        line.hasPrefix(" "), let day = Day(iso: String(line.dropFirst().prefix(10)))
      else { continue }
      let role = run.grid[area.x + 2, y].role
      #expect((role == .overdue) == (day < today), "\(line) drawn as \(role)")
      if day < today { late += 1 }
    }
    #expect(late > 0, "the demo rep has something past due")
  }
}
