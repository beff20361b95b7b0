import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorSync

/// Two copies of one team on one bare `file://` hub, driven through the library as the CLI does.
@Suite("Two copies")
struct TwoCopiesTests {
  @Test("concurrent edits of different fields of one deal both survive")
  func differentFields() throws {
    let team = try TestTeam()
    let id = try #require(team.a.store.workspace.deals.first { $0.stage != "won" && $0.stage != "lost" }?.id)
    try team.edit(team.a, id) { $0.nextStep = "Call the CFO" }
    try team.edit(team.b, id) { $0.amount = 9_900_000 }
    try team.syncAll(times: 2)
    for copy in [team.a, team.b] {
      let deal = try #require(copy.store.workspace.deals[id: id])
      #expect(deal.nextStep == "Call the CFO")
      #expect(deal.amount == 9_900_000)
    }
    #expect(team.a.engine.conflicts.isEmpty)
  }

  @Test("the same field: the later edit wins, the earlier is a conflict on both copies")
  func sameField() throws {
    let team = try TestTeam()
    let id = try #require(team.a.store.workspace.deals.first { $0.stage != "won" && $0.stage != "lost" }?.id)
    try team.edit(team.a, id) { $0.nextStep = "A's step" }
    Thread.sleep(forTimeInterval: 0.005)
    try team.edit(team.b, id) { $0.nextStep = "B's step" }
    try team.syncAll(times: 2)
    for copy in [team.a, team.b] {
      #expect(copy.store.workspace.deals[id: id]?.nextStep == "B's step")
      let conflicts = copy.engine.conflicts
      #expect(conflicts.count == 1)
      #expect(conflicts.first?.other.value.objectValue?["nextStep"] == .string("A's step"))
    }
    #expect(team.a.engine.conflicts.map(\.id) == team.b.engine.conflicts.map(\.id))
  }
}

@Suite("Recovery")
struct RecoveryTests {
  @Test("a lost hub is rebuilt from one copy; the others push what it lacks and nothing is doubled")
  func restoreHub() throws {
    let team = try TestTeam()
    let ids = team.a.store.workspace.deals.items.filter { $0.stage != "won" && $0.stage != "lost" }.map(\.id)
    try team.edit(team.a, ids[0]) { $0.nextStep = "before the loss" }
    try team.syncAll(times: 1)
    // B edits and exports, but the hub is gone before B pushes.
    try team.edit(team.b, ids[1]) { $0.nextStep = "made while the hub was down" }
    try FileManager.default.removeItem(atPath: String(team.hub.dropFirst("file://".count)))
    #expect(try team.b.engine.round()?.state == .offline)
    let newHub = "file://" + team.root.appendingPathComponent("new-hub.git").path
    _ = try TeamSetup.restoreHub(store: team.a.store, hub: newHub)
    for copy in [team.a, team.b] { _ = try TeamSetup.setHub(store: copy.store, hub: newHub) }
    let a = try SyncEngine(store: team.a.store)
    let b = try SyncEngine(store: team.b.store)
    for _ in 0..<2 {
      try a.round()
      try b.round()
    }
    for store in [team.a.store, team.b.store] {
      #expect(store.workspace.deals[id: ids[0]]?.nextStep == "before the loss")
      #expect(store.workspace.deals[id: ids[1]]?.nextStep == "made while the hub was down")
    }
    #expect(a.conflicts.isEmpty && b.conflicts.isEmpty)
  }
}
