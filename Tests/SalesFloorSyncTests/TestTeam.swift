import Foundation
import SalesFloorKit

@testable import SalesFloorSync

/// A hub and copies of one demo team in a temporary folder, removed on deinit.
final class TestTeam {
  struct Copy {
    var store: WorkspaceStore
    var engine: SyncEngine
    var folder: URL
  }

  let root: URL
  let hub: String
  var a: Copy
  var b: Copy

  init(deals: Int = 30) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("sf-sync-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    hub = "file://" + root.appendingPathComponent("hub.git").path
    let folderA = root.appendingPathComponent("a")
    guard let today = Day(iso: "2026-11-16") else { throw SyncRunError("bad day") }
    let demo = DemoGenerator(seed: 7, today: today, people: 6, deals: deals, activities: 40)
    let storeA = try WorkspaceStore.create(at: folderA, workspace: demo.makeWorkspace())
    let ops = try requireOps(storeA.workspace)
    _ = try TeamSetup.initialize(store: storeA, hub: hub, person: ops)
    a = Copy(store: storeA, engine: try SyncEngine(store: storeA), folder: folderA)
    let folderB = root.appendingPathComponent("b")
    let rep = storeA.workspace.people.first { $0.role == .rep }?.id ?? ops
    let joined = try TeamSetup.join(hub: hub, folder: folderB, person: rep)
    b = Copy(store: joined.store, engine: joined.engine, folder: folderB)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// Another copy joined as `person`.
  func join(_ name: String, as person: String) throws -> Copy {
    let folder = root.appendingPathComponent(name)
    let joined = try TeamSetup.join(hub: hub, folder: folder, person: person)
    return Copy(store: joined.store, engine: joined.engine, folder: folder)
  }

  /// Changes one deal on a copy as the CLI would (one journal transaction).
  func edit(_ copy: Copy, _ id: String, _ change: (inout Deal) -> Void) throws {
    try copy.store.commit(planning: { ws in
      guard var deal = ws.deals[id: id] else { throw SyncRunError("no deal \(id)") }
      change(&deal)
      return Transaction(
        id: WorkspaceStore.newId(prefix: "tx-"), at: .now, summary: "test edit",
        mutations: [.put(.deal(deal))])
    })
  }

  func syncAll(times: Int) throws {
    for _ in 0..<times {
      for copy in [a, b] { try copy.engine.round() }
    }
  }
}

private func requireOpsPerson(_ ws: Workspace) -> String? {
  ws.people.first { $0.role == .ops }?.id ?? ws.people.first?.id
}

func requireOps(_ ws: Workspace) throws -> String {
  guard let id = requireOpsPerson(ws) else { throw SyncRunError("the demo has no people") }
  return id
}
