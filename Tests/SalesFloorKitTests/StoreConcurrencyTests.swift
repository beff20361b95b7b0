import Foundation
import Testing

@testable import SalesFloorKit

/// Two `WorkspaceStore` instances on one folder behave like two processes: `flock` locks belong to
/// the open file description, so two opens of `.lock` in one process contend just like two processes.
@Suite struct StoreConcurrencyTests {
  typealias F = StoreFixtures

  @Test func twoWritersInterleavedLoseNothing() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let stores = [try WorkspaceStore(opening: dir), try WorkspaceStore(opening: dir)]
    let failures = FailureLog()
    DispatchQueue.concurrentPerform(iterations: 2) { w in
      for n in 0..<40 {
        do {
          try stores[w].commit(F.tx("w\(w)-\(n)", [.put(.deal(F.deal("d-w\(w)-\(n)")))]))
        } catch {
          failures.add("\(error)")
        }
      }
    }
    #expect(failures.all.isEmpty)
    for store in stores {
      _ = try store.refresh()
      #expect(store.workspace.deals.count == 80)  // 2 writers × 40 deals
    }
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.workspace.deals.count == 80)
    #expect(reopened.journalLineCount == 80)
    #expect(try F.snapshot(reopened.workspace) == F.snapshot(stores[0].workspace))
  }

  @Test func eachStoreSeesTheOthersEditsAfterRefresh() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let a = try WorkspaceStore.create(at: dir, settings: Settings())
    let b = try WorkspaceStore(opening: dir)
    #expect(try b.refresh() == false)
    try a.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    #expect(b.workspace.deals.isEmpty)
    let before = b.changeCount
    #expect(try b.refresh() == true)
    #expect(b.changeCount == before + 1)
    #expect(b.workspace.deals[id: "d-1"]?.name == "Acme renewal")
    #expect(try b.refresh() == false)
    try b.commit(F.tx("t2", [.put(.account(F.account))]))
    #expect(try a.refresh() == true)
    #expect(a.workspace.accounts.count == 1)
  }

  @Test func anotherStoresCompactionIsFollowed() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let a = try WorkspaceStore.create(at: dir, settings: Settings())
    let b = try WorkspaceStore(opening: dir)
    try a.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try a.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    try a.compact()
    try a.commit(F.tx("t3", [.delete(.deals, id: "d-1")]))
    // b never saw t1/t2 in the journal: it finishes the old journal through its open descriptor.
    #expect(try b.refresh() == true)
    #expect(b.workspace.deals.map(\.id) == ["d-2"])
    try b.commit(F.tx("t4", [.put(.deal(F.deal("d-4")))]))
    #expect(try WorkspaceStore(opening: dir).workspace.deals.map(\.id).sorted() == ["d-2", "d-4"])
  }

  @Test func aConflictingEditIsRefused() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let a = try WorkspaceStore.create(at: dir, settings: Settings())
    try a.commit(F.tx("t1", [.put(.deal(F.deal("d-1", amount: 100)))]))
    let b = try WorkspaceStore(opening: dir)
    let key = RecordKey(.deals, "d-1")
    let seenByA = a.revision(of: .deals, id: "d-1")
    let seenByB = b.revision(of: .deals, id: "d-1")

    try b.commit(F.tx("t2", [.put(.deal(F.deal("d-1", amount: 200)))]), expecting: [key: seenByB])
    do {
      try a.commit(F.tx("t3", [.put(.deal(F.deal("d-1", amount: 300)))]), expecting: [key: seenByA])
      Issue.record("a's edit was based on a stale deal and must be refused")
    } catch let e as WorkspaceError {
      guard case .conflict(let c, let id, _, _) = e else {
        Issue.record("expected a conflict, got \(e)")
        return
      }
      #expect(c == .deals && id == "d-1")
      #expect(e.description.contains("Deal d-1 was changed elsewhere"))
    }
    // a now shows b's amount; based on the fresh revision, the edit goes through.
    #expect(a.workspace.deals[id: "d-1"]?.amount == 200)
    let fresh = a.revision(of: .deals, id: "d-1")
    try a.commit(F.tx("t4", [.put(.deal(F.deal("d-1", amount: 300)))]), expecting: [key: fresh])
    #expect(try WorkspaceStore(opening: dir).workspace.deals[id: "d-1"]?.amount == 300)
  }
}

/// Collects errors from worker threads.
final class FailureLog: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []
  func add(_ s: String) {
    lock.lock()
    items.append(s)
    lock.unlock()
  }
  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return items
  }
}
