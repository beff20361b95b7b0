import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// A rep marks deals in the pipeline with Space; the comp view's what-if then answers "if these
/// close, my payout becomes X" for exactly those deals.
@Suite("Cockpit: marked deals drive the comp what-if")
struct CockpitMarkedWhatIfTests {
  @Test func markTwoDealsThenCompShowsTheirWhatIf() throws {
    let ws = CockpitFixture.demo
    let rep = CockpitFixture.person("Grace Osei")
    // Table view, mark the first two deals, then open the comp view.
    var run = try CockpitRun("v <Space> j <Space>", as: rep.name)
    let marked = run.state.pipeline.marked
    #expect(marked.count == 2)
    #expect(run.lines.contains { $0.contains("* ") }, "marked rows carry a *")
    try run.press("6")
    let period = run.state.period
    let w = try Compensation.whatIf(ws, personId: rep.id, period: period, dealIds: marked.sorted())
    #expect(run.screen.contains("What-if: if the 2 marked deals close:"))
    #expect(
      run.screen.contains(
        "payout becomes \(Money.grouped(w.withDeals.total, currency: w.withDeals.currency))"))
    for id in marked {
      let name = try #require(ws.deals[id: id]?.name)
      #expect(run.screen.contains(String(name.prefix(20))))
    }
  }

  @Test func spaceAgainUnmarks() throws {
    let run = try CockpitRun("v <Space> <Space>", as: "Grace Osei")
    #expect(run.state.pipeline.marked.isEmpty)
    #expect(run.lines.last?.contains("no deals marked") == true)
  }
}
