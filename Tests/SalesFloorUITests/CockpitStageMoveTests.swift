import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// `<` and `>` move the selected deal a stage, through the store, with the exit criteria as a warning.
@Suite("Cockpit stage moves")
struct CockpitStageMoveTests {
  let ws = CockpitFixture.demo
  var stages: [Stage] { StageLookup(ws.settings).openStages }

  @Test("> commits a transaction moving the deal to the next stage and says so, with open exit criteria")
  func forward() throws {
    let before = try CockpitRun()
    let deal = try #require(PipelineView.selectedDeal(before.state))
    #expect(deal.stage == stages[0].id)
    let open = deal.openExitCriteria(settings: ws.settings)
    let run = try CockpitRun(">", store: MemoryStore(ws))
    let tx = try #require(run.store.committed.first)
    #expect(run.store.committed.count == 1)
    guard case .put(.deal(let moved)) = try #require(tx.mutations.first) else {
      Issue.record("expected a deal put, got \(tx.mutations)")
      return
    }
    #expect(moved.id == deal.id && moved.stage == stages[1].id)
    #expect(run.store.workspace.deals[id: deal.id]?.stage == stages[1].id)
    let said = "saved: \(deal.name) \(stages[0].name) → \(stages[1].name)"
    #expect(run.footer.hasPrefix(" " + String(said.prefix(100))))
    let status = try #require(run.state.status)
    if open.isEmpty {
      #expect(status.kind == .success)
    } else {
      #expect(status.text.contains("open exit criteria: " + open.joined(separator: "; ")))
      #expect(status.kind == .warning)
    }
    // The selection follows the deal into the next column, which now counts one more.
    #expect(PipelineView.selectedDeal(run.state)?.id == deal.id)
    let count = before.state.data.deals(inStage: stages[1].id).count + 1
    #expect(run.pane(.pipeline).contains("\(stages[1].name) (\(count))"))
  }

  @Test("< moves it back")
  func back() throws {
    let run = try CockpitRun("> <", store: MemoryStore(ws))
    #expect(run.store.committed.count == 2)
    let id = try #require(PipelineView.selectedDeal(run.state)?.id)
    #expect(run.store.workspace.deals[id: id]?.stage == stages[0].id)
    #expect(run.footer.contains("\(stages[1].name) → \(stages[0].name)"))
    let first = try CockpitRun("<", store: MemoryStore(ws))
    #expect(first.store.committed.isEmpty)
    #expect(first.footer.contains("is in the first stage"))
  }

  @Test("moving past the last open stage is refused with a message")
  func pastLast() throws {
    let keys = Array(repeating: "l", count: stages.count - 1).joined(separator: " ") + " >"
    let run = try CockpitRun(keys, store: MemoryStore(ws))
    let deal = try #require(PipelineView.selectedDeal(run.state))
    #expect(deal.stage == stages[stages.count - 1].id)
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("is in the last open stage: close it won or lost instead"))
  }

  @Test("a failing commit keeps the old stage and shows the error")
  func failingCommit() throws {
    let store = MemoryStore(ws)
    store.failNextCommit = "disk full"
    let run = try CockpitRun(">", store: store)
    let deal = try #require(PipelineView.selectedDeal(run.state))
    #expect(deal.stage == stages[0].id)
    #expect(store.committed.isEmpty)
    #expect(store.workspace.deals[id: deal.id]?.stage == stages[0].id)
    #expect(run.footer.contains("not saved: disk full"))
    #expect(
      run.pane(.pipeline).contains(
        "\(stages[0].name) (\(run.state.data.deals(inStage: stages[0].id).count))"))
  }
}
