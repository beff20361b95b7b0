import Foundation
import Testing

@testable import SalesFloorKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Background work that fails must reach the user: the store keeps it as a notice.
@Suite struct StoreNoticeTests {
  typealias F = StoreFixtures

  /// A disk that fills up while a background compaction writes its temp files.
  private static func diskFull(_ point: StoreFaultPoint) throws {
    if case .tempWritten(let temp) = point {
      throw WorkspaceError.io(path: temp, operation: "write", code: ENOSPC)
    }
  }

  @Test func aFailedBackgroundCompactionBecomesANotice() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    #expect(store.notices.isEmpty)
    store.autoCompactLines = 3
    store.faultHook = Self.diskFull
    for n in 1...3 { try store.commit(F.tx("t\(n)", [.put(.deal(F.deal("d-\(n)")))])) }
    store.waitForCompaction()

    #expect(
      store.notices == [
        "compaction failed: No space left on device (edits are safe in the journal; see the log)"
      ])
    // Nothing was lost: the edits stay in the journal, and no temp file is left behind.
    #expect(store.journalLineCount == 3)
    #expect(try WorkspaceStore(opening: dir).workspace.deals.count == 3)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
      $0.contains(".tmp-")
    }
    #expect(leftovers.isEmpty)

    // The same failure again (the next commit retries) is not a new notice.
    try store.commit(F.tx("t4", [.put(.deal(F.deal("d-4")))]))
    store.waitForCompaction()
    #expect(store.notices.count == 1)

    // Once the disk has room again, the next compaction folds the journal.
    store.faultHook = { _ in }
    try store.commit(F.tx("t5", [.put(.deal(F.deal("d-5")))]))
    store.waitForCompaction()
    #expect(store.journalLineCount == 0)
    #expect(try WorkspaceStore(opening: dir).workspace.deals.count == 5)
  }

  @Test func aTornJournalLineIsANoticeOnOpen() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    let journal = dir.appendingPathComponent("journal.jsonl")
    try F.write((F.bytes(journal) ?? []) + Array(#"{"id":"t2","at":"#.utf8), to: journal)
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.notices.count == 1)
    #expect(reopened.notices.first?.contains("dropped an incomplete last line") == true)
  }
}
