import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// Two cockpits on one workspace: an edit made by the other one shows up on the next tick (about
/// a second), without a restart.
@Suite("Cockpit: two writers on one workspace")
struct CockpitSharedWorkspaceTests {
  @Test func otherWritersDealAppearsOnTheNextTick() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "sf-shared-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try WorkspaceStore.create(at: folder, workspace: CockpitFixture.demo)
    let mine = try WorkspaceStore(opening: folder)
    let theirs = try WorkspaceStore(opening: folder)
    var program = CockpitProgram(
      store: mine, viewer: Viewer(person: nil), asOf: CockpitFixture.today, now: CockpitFixture.clock,
      newId: CockpitFixture.newId)
    _ = program.handle(.resize(CockpitFixture.standard))
    let before = program.state.data.openDeals.count

    let owner = try #require(CockpitFixture.demo.people.items.first { $0.role == .rep })
    let deal = Deal(
      id: "d-from-the-other-cockpit", name: "Other cockpit's deal", accountId: nil, ownerId: owner.id,
      amount: 5_000_00, currency: "USD", stage: "prospect", closeDate: CockpitFixture.today.adding(days: 30),
      createdAt: CockpitFixture.clock())
    try theirs.commit(
      Transaction(id: "tx-other", at: CockpitFixture.clock(), summary: "add", mutations: [.put(.deal(deal))]))
    #expect(program.state.workspace.deals[id: deal.id] == nil, "not seen before the tick")

    _ = program.handle(.tick)
    #expect(program.state.workspace.deals[id: deal.id] != nil)
    #expect(program.state.data.openDeals.count == before + 1)
  }
}
