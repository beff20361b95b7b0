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
