import Foundation
import Testing

@testable import SalesFloorKit

@Suite struct StoreCompactionTests {
  typealias F = StoreFixtures

  @Test func aLongJournalIsCompactedAutomatically() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    store.autoCompactLines = 5
    for n in 1...4 { try store.commit(F.tx("t\(n)", [.put(.deal(F.deal("d-\(n)")))])) }
    #expect(store.journalLineCount == 4)
    try store.commit(F.tx("t5", [.put(.deal(F.deal("d-5")))]))
    // The 5th line reached the limit: folded into deals.json (in the background), journal empty again.
    store.waitForCompaction()
    #expect(store.journalLineCount == 0)
    let files = try WorkspaceStore(opening: dir)
    #expect(files.journalLineCount == 0)
    #expect(files.workspace.deals.count == 5)
  }

  @Test func editsDuringABackgroundCompactionAreKept() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    store.autoCompactLines = 3
    // 12 commits: compactions start at lines 3, … while later commits keep appending.
    for n in 1...12 { try store.commit(F.tx("t\(n)", [.put(.deal(F.deal("d-\(n)")))])) }
    store.waitForCompaction()
    #expect(store.journalLineCount < 12)
    #expect(store.workspace.deals.count == 12)
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.workspace.deals.count == 12)
    #expect(reopened.journalLineCount == store.journalLineCount)
  }

  @Test func closeCompactsAndRefusesLaterEdits() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.close()
    #expect(F.bytes(dir.appendingPathComponent("journal.jsonl")) == [])
    #expect(throws: WorkspaceError.self) { try store.commit(F.tx("t2", [.delete(.deals, id: "d-1")])) }
    #expect(try store.refresh() == false)
    #expect(try WorkspaceStore(opening: dir).workspace.deals.count == 1)
  }

  @Test func replayingAnAlreadyCompactedJournalIsHarmless() throws {
    // The crash window of compaction: new files renamed in, old journal not yet replaced.
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1"))), .put(.deal(F.deal("d-2")))]))
    try store.commit(F.tx("t2", [.delete(.deals, id: "d-1")]))
    let journal = F.bytes(dir.appendingPathComponent("journal.jsonl")) ?? []
    let expected = try F.snapshot(store.workspace)
    try store.compact()
    try F.write(journal, to: dir.appendingPathComponent("journal.jsonl"))
    let reopened = try WorkspaceStore(opening: dir)
    #expect(try F.snapshot(reopened.workspace) == expected)
    #expect(reopened.workspace.deals.map(\.id) == ["d-2"])
  }

  @Test func anUnreadableNewerFileSaysToUpgrade() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let file = dir.appendingPathComponent("deals.json")
    let bytes = Array("{\"schemaVersion\": 3, \"items\": {\"byId\": {}}}\n".utf8)
    try F.write(bytes, to: file)
    do {
      _ = try WorkspaceStore(opening: dir)
      Issue.record("items of the wrong shape cannot be read")
    } catch {
      #expect("\(error)".contains("schemaVersion 3, newer than this build's 1"))
      #expect("\(error)".contains("deals.json:1:"))
    }
    #expect(F.bytes(file) == bytes)
  }
}
