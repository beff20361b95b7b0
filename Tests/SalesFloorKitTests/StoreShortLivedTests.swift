import Foundation
import Testing

@testable import SalesFloorKit

/// `finishCompaction(within:)`: what a CLI command calls before it exits.
@Suite struct StoreShortLivedTests {
  typealias F = StoreFixtures

  @Test func aDueCompactionFinishesBeforeTheProcessWouldExit() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    store.setAutoCompaction(lines: 3, bytes: 1 << 30)
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    #expect(store.finishCompaction(within: 10) == .notDue)
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    try store.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))]))
    #expect(store.finishCompaction(within: 10) == .finished)
    #expect(store.journalLineCount == 0)
    let journal = dir.appendingPathComponent("journal.jsonl")
    #expect(F.bytes(journal)?.isEmpty == true)
    // The files alone (no journal) hold every acknowledged edit.
    #expect(try WorkspaceStore(opening: dir, readOnly: true).workspace.deals.count == 3)
  }

  @Test func aJournalLeftOverItsLimitIsCompactedByTheNextWriter() throws {
    // A command that ran out of time (or was killed) leaves the journal long; the next one to
    // open it for writing, even without a commit, compacts it.
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let first = try WorkspaceStore.create(at: dir, settings: Settings())
    for i in 1...4 { try first.commit(F.tx("t\(i)", [.put(.deal(F.deal("d-\(i)")))])) }
    let next = try WorkspaceStore(opening: dir)
    next.setAutoCompaction(lines: 3, bytes: 1 << 30)
    #expect(next.finishCompaction(within: 10) == .finished)
    #expect(next.journalLineCount == 0)
  }

  @Test func readOnlyStoresNeverCompact() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    for i in 1...4 { try store.commit(F.tx("t\(i)", [.put(.deal(F.deal("d-\(i)")))])) }
    let reader = try WorkspaceStore(opening: dir, readOnly: true)
    reader.setAutoCompaction(lines: 1, bytes: 1)
    #expect(reader.finishCompaction(within: 10) == .notDue)
    #expect(reader.journalLineCount == 4)
  }
}
