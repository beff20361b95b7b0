import SalesFloorKit
import Testing

@testable import SalesFloorUI

@Suite("Cockpit detail overlay scrolling")
struct CockpitDetailScrollTests {
  /// Scrolling far past the end must stop at the last page, so one `k` moves the view right away.
  @Test func scrollStopsAtTheEndAndKAnswersAtOnce() throws {
    var run = try CockpitRun("<Enter>", size: Size(width: 80, height: 24))
    let top = run.lines
    try run.press(String(repeating: "j ", count: 300))
    let atEnd = run.lines
    #expect(atEnd != top, "j scrolls the detail")
    try run.press("j j j")
    #expect(run.lines == atEnd, "scrolling past the end changes nothing")
    try run.press("k")
    #expect(run.lines != atEnd, "one k after overscrolling moves the view")
    guard case .dealDetail(_, let offset) = run.state.overlay else {
      Issue.record("deal detail should stay open")
      return
    }
    let lines = CockpitRenderer.detailLines(run.state)?.count ?? 0
    #expect(offset == max(0, lines - CockpitRenderer.detailInnerHeight(run.size)) - 1)
  }
}
