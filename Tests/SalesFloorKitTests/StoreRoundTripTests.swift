import Foundation
import Testing

@testable import SalesFloorKit

@Suite struct StoreRoundTripTests {
  typealias F = StoreFixtures

  @Test func editsSurviveReopenBeforeAndAfterCompaction() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings(workspaceName: "East"))
    try store.commit(F.tx("t1", [.put(.person(F.person)), .put(.account(F.account))]))
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2"))), .put(.deal(F.deal("d-1", name: "Beta")))]))
    try store.commit(F.tx("t3", [.put(.activity(F.activity)), .put(.quota(F.quota))]))
    var moved = F.deal("d-2", amount: 990_000)
    moved.stage = "proposal"
    try store.commit(F.tx("t4", [.put(.deal(moved)), .delete(.quotas, id: "q-1")]))
    let expected = try F.snapshot(store.workspace)
    #expect(store.workspace.deals.count == 2)
    #expect(store.workspace.deals[id: "d-2"]?.amount == 990_000)
    #expect(store.workspace.quotas.isEmpty)

    // Reopen from snapshot files (empty) + journal (4 lines).
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.journalLineCount == 4)
    #expect(try F.snapshot(reopened.workspace) == expected)
    #expect(reopened.workspace.settings.workspaceName == "East")

    try store.compact()
    #expect(store.journalLineCount == 0)
    #expect(F.bytes(dir.appendingPathComponent("journal.jsonl")) == [])
    let afterCompaction = try WorkspaceStore(opening: dir)
    #expect(try F.snapshot(afterCompaction.workspace) == expected)
    #expect(afterCompaction.notices.isEmpty)

    // The instance opened before compaction keeps working on the new journal.
    try reopened.commit(F.tx("t5", [.delete(.deals, id: "d-1")]))
    let last = try WorkspaceStore(opening: dir)
    #expect(last.workspace.deals.map(\.id) == ["d-2"])
  }

  @Test func filesAreOwnerOnlyPrettyAndInIdOrder() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(
      F.tx("t1", [.put(.deal(F.deal("d-b"))), .put(.deal(F.deal("d-a"))), .put(.deal(F.deal("d-c")))]))
    try store.compact()
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    #expect(names.contains("deals.json.bak"))
    for name in names {
      #expect(F.mode(dir.appendingPathComponent(name)) == 0o600, "\(name) must be 0600")
    }
    let text = String(decoding: F.bytes(dir.appendingPathComponent("deals.json")) ?? [], as: UTF8.self)
    #expect(text.contains("\n  \"items\""))  // pretty-printed
    let ids = ["d-a", "d-b", "d-c"].compactMap { text.range(of: "\"id\" : \"\($0)\"")?.lowerBound }
    #expect(ids.count == 3 && ids == ids.sorted())

    let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
    #expect(json?["schemaVersion"] as? Int == 1)
    let first = (json?["items"] as? [[String: Any]])?.first ?? [:]
    for key in [
      "id", "name", "accountId", "ownerId", "amount", "currency", "stage", "closeDate", "createdAt",
      "updatedAt", "history",
    ] {
      #expect(first[key] != nil, "deal key \(key) missing")
    }
    #expect(first["amount"] as? Int == 1_250_000)
    #expect(first["closeDate"] as? String == "2026-12-15")
    #expect(first["createdAt"] as? String == "2026-11-02T09:00:00Z")
    let settings = String(decoding: F.bytes(dir.appendingPathComponent("settings.json")) ?? [], as: UTF8.self)
    #expect(settings.contains("\"settings\" : {"))
  }

  @Test func journalLineHasTheDocumentedShape() throws {
    let codec = FoundationCodec()
    let tx = F.tx("t-1", [.put(.account(F.account)), .delete(.deals, id: "d-9")], summary: "two ops")
    let line = String(decoding: try codec.encodeTransaction(tx), as: UTF8.self)
    #expect(!line.contains("\n"))
    let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    #expect(obj?["tx"] as? String == "t-1")
    #expect(obj?["at"] as? String == "2026-11-02T09:00:00Z")
    #expect(obj?["actor"] as? String == "p-1")
    #expect(obj?["summary"] as? String == "two ops")
    let ops = obj?["ops"] as? [[String: Any]] ?? []
    #expect(ops.count == 2)
    #expect(ops.first?["op"] as? String == "put")
    #expect(ops.first?["c"] as? String == "accounts")
    #expect((ops.first?["v"] as? [String: Any])?["name"] as? String == "Acme Corp")
    #expect(ops.last?["op"] as? String == "del")
    #expect(ops.last?["c"] as? String == "deals")
    #expect(ops.last?["id"] as? String == "d-9")
    // A hand-written line (keys in any order, no actor) decodes too.
    let hand =
      #"{"ops":[{"c":"deals","id":"d-1","op":"del"}],"summary":"x","at":"2026-01-02T03:04:05Z","tx":"h"}"#
    let decoded = try Array(hand.utf8).withUnsafeBytes { try codec.decodeTransaction($0) }
    #expect(
      decoded
        == Transaction(
          id: "h", at: Timestamp(iso: "2026-01-02T03:04:05Z") ?? F.t0, summary: "x",
          mutations: [.delete(.deals, id: "d-1")]))
    let back = try Array(line.utf8).withUnsafeBytes { try codec.decodeTransaction($0) }
    #expect(back == tx)
  }

  @Test func newIdsAreUniqueAndSortByTime() {
    let early = WorkspaceStore.newId(prefix: "d-", now: Date(timeIntervalSince1970: 1_700_000_000))
    let late = WorkspaceStore.newId(prefix: "d-", now: Date(timeIntervalSince1970: 1_700_000_001))
    #expect(early.hasPrefix("d-") && early.count == 2 + 16)
    #expect(early < late)
    let many = Set((0..<1000).map { _ in WorkspaceStore.newId(prefix: "x") })
    #expect(many.count == 1000)
  }

  @Test func locationFollowsFlagThenEnvironmentThenXDG() {
    let home = ["HOME": "/home/ana"]
    let byDefault = WorkspaceLocation.resolve(environment: home)
    #expect(byDefault.dataFolder.path == "/home/ana/.local/share/salesfloor")
    #expect(byDefault.configFile.path == "/home/ana/.config/salesfloor/config.json")
    var env = home
    env["XDG_DATA_HOME"] = "/xdg/data"
    env["XDG_CONFIG_HOME"] = "/xdg/config"
    #expect(WorkspaceLocation.resolve(environment: env).dataFolder.path == "/xdg/data/salesfloor")
    #expect(
      WorkspaceLocation.resolve(environment: env).configFile.path == "/xdg/config/salesfloor/config.json")
    env["SALESFLOOR_DATA"] = "~/floor"
    #expect(WorkspaceLocation.resolve(environment: env).dataFolder.path == "/home/ana/floor")
    let flag = WorkspaceLocation.resolve(data: "team", environment: env, currentDirectory: "/work")
    #expect(flag.dataFolder.path == "/work/team")
    // Empty and relative XDG values are ignored (XDG spec).
    let odd = WorkspaceLocation.resolve(environment: [
      "HOME": "/h", "XDG_DATA_HOME": "rel", "SALESFLOOR_DATA": "",
    ])
    #expect(odd.dataFolder.path == "/h/.local/share/salesfloor")
  }

  @Test func createRefusesAnExistingWorkspace() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    #expect(throws: WorkspaceError.alreadyExists(path: dir.standardizedFileURL.path)) {
      _ = try WorkspaceStore.create(at: dir, settings: Settings())
    }
  }
}
