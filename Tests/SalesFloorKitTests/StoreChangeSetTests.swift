import Foundation
import Testing

@testable import SalesFloorKit

/// What a commit or a catch-up changed comes out of the store record by record, with the before
/// image, in the order it was applied; every change set is handed out once.
@Suite struct StoreChangeSetTests {
  typealias F = StoreFixtures

  @Test func commitReturnsBeforeAndAfterImagesAndAnUndo() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    let added = try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    #expect(added.external.isEmpty)
    #expect(added.own.origin == .own && added.own.transactionId == "t1" && added.own.actor == "p-1")
    #expect(added.own.changes.count == 1)
    #expect(added.own.changes.first?.before == nil)
    #expect(added.own.changes.first?.after == .deal(F.deal("d-1")))

    // Two mutations of one record fold into one change: the first before, the last after.
    let edited = try store.commit(
      F.tx(
        "t2",
        [
          .put(.deal(F.deal("d-1", amount: 10))), .put(.deal(F.deal("d-1", amount: 20))),
          .delete(.deals, id: "d-9"),
        ]
      ))
    #expect(edited.own.changes.count == 2)
    #expect(edited.own.changes[0].before == .deal(F.deal("d-1")))
    #expect(edited.own.changes[0].after == .deal(F.deal("d-1", amount: 20)))
    #expect(edited.own.changes[1].before == nil && edited.own.changes[1].after == nil)

    try store.commit(F.tx("undo", edited.own.undo))
    #expect(store.workspace.deals[id: "d-1"] == F.deal("d-1"))
    try store.commit(F.tx("undo-add", added.own.undo))
    #expect(store.workspace.deals.isEmpty)
  }

  @Test func anotherWritersLinesArriveOnceInJournalOrder() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let a = try WorkspaceStore.create(at: dir, settings: Settings())
    let b = try WorkspaceStore(opening: dir)
    #expect(try b.changes().isEmpty, "opening replays the journal: nothing to hand out")
    try a.commit(F.tx("a1", [.put(.deal(F.deal("d-1")))]))
    try a.commit(F.tx("a2", [.put(.deal(F.deal("d-1", amount: 5)))]))
    let sets = try b.changes()
    #expect(sets.map(\.transactionId) == ["a1", "a2"])
    #expect(sets.allSatisfy { $0.origin == .external })
    #expect(sets[1].changes.first?.before == .deal(F.deal("d-1")))
    #expect(try b.changes().isEmpty)

    // Lines caught up by a commit come back with it, before the commit's own.
    try a.commit(F.tx("a3", [.put(.deal(F.deal("d-2")))]))
    let result = try b.commit(F.tx("b1", [.put(.deal(F.deal("d-3")))]))
    #expect(result.all.map(\.transactionId) == ["a3", "b1"])
    #expect(try b.changes().isEmpty)
  }

  /// A one-shot writer plans under the lock: it sees the other writer's edit and builds on it.
  @Test func planningUnderTheLockBuildsOnTheLatestVersion() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let a = try WorkspaceStore.create(at: dir, settings: Settings())
    try a.commit(F.tx("a1", [.put(.deal(F.deal("d-1", amount: 100)))]))
    let b = try WorkspaceStore(opening: dir)
    try a.commit(F.tx("a2", [.put(.deal(F.deal("d-1", name: "Renamed", amount: 100)))]))
    #expect(b.workspace.deals[id: "d-1"]?.name == "Acme renewal", "b has not seen a2 yet")
    try b.commit { ws in
      var d = try #require(ws.deals[id: "d-1"])
      d.amount += 50
      return F.tx("b1", [.put(.deal(d))])
    }
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.workspace.deals[id: "d-1"]?.name == "Renamed", "a's rename is kept")
    #expect(reopened.workspace.deals[id: "d-1"]?.amount == 150)
  }
}
