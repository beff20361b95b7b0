import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The cockpit's lost prompt (`L`) takes the same rule as `deal close --lost` (#15 item 6).
@Suite("Cockpit lost prompt")
struct CockpitLostPromptTests {
  @Test("with no lost-reason list the prompt takes any text, and an empty one is still refused")
  func freeTextWithoutAList() throws {
    var ws = CockpitFixture.demo
    ws.settings.lostReasons = []
    let deal = try #require(PipelineView.selectedDeal(try CockpitRun(workspace: ws).state))
    let empty = try CockpitRun("L <Enter>", workspace: ws)
    #expect(empty.screen.contains("reason: required"))
    #expect(empty.store.workspace.deals[id: deal.id]?.stage == deal.stage)
    let run = try CockpitRun("L \(typed("went dark")) <Enter>", workspace: ws)
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(d.stage == ws.settings.lostStage?.id && d.lostReason == "went dark")
  }
}
