import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The cockpit's palette, forms and keys run the same commands as the CLI: same refusals, and the
/// viewer recorded as who changed what.
@Suite("Cockpit: typed commands")
struct CockpitCommandTests {
  @Test(":deal on a workspace without an open stage is refused with the CLI's message, nothing saved")
  func paletteDealWithoutOpenStage() throws {
    var ws = CockpitFixture.demo
    ws.settings.stages = ws.settings.stages.filter { !$0.isOpen }
    let run = try CockpitRun(
      ": \(typed("deal Initech pilot 8k eom")) <Enter>", as: "Grace Osei", workspace: ws)
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("not saved: \(CommandRules.noOpenStage)"))
  }

  @Test("> records the viewer in the deal's history and on the transaction")
  func stageMoveByViewer() throws {
    let run = try CockpitRun(">")
    let viewer = try #require(run.state.viewer.person?.id)
    let tx = try #require(run.store.committed.last)
    #expect(tx.actor == viewer)
    guard case .put(.deal(let d)) = try #require(tx.mutations.first) else {
      Issue.record("expected a deal, got \(tx.mutations)")
      return
    }
    #expect(d.history.last?.field == .stage && d.history.last?.by == viewer)
  }

  @Test("e renaming a deal logs a name entry by the viewer")
  func renameByViewer() throws {
    let before = try CockpitRun()
    let deal = try #require(PipelineView.selectedDeal(before.state))
    let run = try CockpitRun("e <C-u> \(typed("Renamed deal")) <Enter>")
    let after = try #require(run.store.workspace.deals[id: deal.id])
    let change = try #require(after.history.last)
    #expect(change.field == .name && change.from == deal.name && change.to == "Renamed deal")
    #expect(change.by == run.state.viewer.person?.id && change.by != nil)
  }
}
