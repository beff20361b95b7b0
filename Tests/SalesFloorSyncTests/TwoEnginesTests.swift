import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorSync

/// Two sync engines on one workspace folder, as a cockpit's background sync and a `salesfloor
/// sync` in another terminal are: each round must start from what the other did (the lines it
/// exported under the shared device id, the team's ops it applied).
@Suite("Two engines on one folder")
struct TwoEnginesTests {
  @Test("a round after another process's round exports only this copy's edit, numbered after its ops")
  func roundAfterAnotherProcess() throws {
    let team = try TestTeam()
    let id = try #require(team.a.store.workspace.deals.first { $0.stage != "won" && $0.stage != "lost" }?.id)
    // The other engine: another process (its own store instance) on folder a.
    let cliStore = try WorkspaceStore(opening: team.a.folder)
    let cli = try SyncEngine(store: cliStore)

    try team.edit(team.b, id) { $0.setAmount(7_654_300, at: .now, by: nil) }
    try team.b.engine.round()
    try team.edit(team.a, id) { $0.nextStep = "Exported by the CLI" }
    try cli.round()  // exports a's edit and applies b's amount
    try team.a.store.refresh()
    try team.edit(team.a, id) { $0.rename("Renamed in the cockpit", at: .now, by: nil) }
    try team.a.engine.round()
    try team.syncAll(times: 2)

    for copy in [team.a, team.b] {
      let deal = try #require(copy.store.workspace.deals[id: id])
      #expect(deal.amount == 7_654_300)
      #expect(deal.nextStep == "Exported by the CLI")
      #expect(deal.name == "Renamed in the cockpit")
      #expect(deal.history.filter { $0.field == .amount && $0.to == "7654300" }.count == 1, "\(deal.history)")
      #expect(copy.engine.conflicts.isEmpty, "\(copy.engine.conflicts)")
      #expect(copy.engine.merged.issues.isEmpty, "\(copy.engine.merged.issues)")
    }
    // a's log numbers its ops once each: 1, 2, 3 … in commit order.
    let mine = team.a.engine.merged.ops.values.filter { $0.device == team.a.engine.device.id }.map(\.seq)
      .sorted()
    #expect(mine == Array(1...mine.count))
  }
}
