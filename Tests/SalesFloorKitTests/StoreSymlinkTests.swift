import Foundation
import Testing

@testable import SalesFloorKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Links planted in a workspace folder are refused, never followed; folders are created 0700.
@Suite struct StoreSymlinkTests {
  typealias F = StoreFixtures

  /// Someone else's file, with a known content and an mtime in the past.
  private func victim(in base: URL) throws -> (URL, [UInt8], Date?) {
    let url = base.appendingPathComponent("victim.txt")
    let bytes = Array("someone else's file\n".utf8)
    try F.write(bytes, to: url)
    let old = Date(timeIntervalSince1970: 1_700_000_000)
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: url.path)
    return (url, bytes, mtime(url))
  }

  private func mtime(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }

  /// Replaces `name` in a fresh workspace by a link to a victim file, then opens and tries to write.
  private func plant(_ name: String, dangling: Bool = false) throws {
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    let dir = base.appendingPathComponent("ws")
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.close()
    let (target, bytes, before) = try victim(in: base)
    let link = dir.appendingPathComponent(name)
    try FileManager.default.removeItem(at: link)
    let pointee = dangling ? base.appendingPathComponent("missing.json") : target
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: pointee)

    var refused: WorkspaceError?
    do {
      let s = try WorkspaceStore(opening: dir)
      try s.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
      try s.compact()
    } catch let e as WorkspaceError {
      refused = e
    }
    let path = link.standardizedFileURL.path
    #expect(refused == .symbolicLink(path: path), "\(name): got \(String(describing: refused))")
    #expect(refused?.description.contains("is a symbolic link") == true)
    #expect(refused?.description.contains("rm \(path)") == true)
    #expect(F.bytes(target) == bytes, "\(name): the link's target must be untouched")
    #expect(mtime(target) == before)
    #expect(!FileManager.default.fileExists(atPath: base.appendingPathComponent("missing.json").path))
    // The link itself is still there (nothing replaced it behind the user's back).
    let attrs = try FileManager.default.attributesOfItem(atPath: link.path)
    #expect(attrs[.type] as? FileAttributeType == .typeSymbolicLink)
  }

  @Test func plantedJournalLinkIsRefused() throws { try plant("journal.jsonl") }
  @Test func plantedLockLinkIsRefused() throws { try plant(".lock") }
  @Test func plantedDealsLinkIsRefused() throws { try plant("deals.json") }
  @Test func danglingDealsLinkIsAnErrorNotAnEmptyCollection() throws {
    try plant("deals.json", dangling: true)
  }
  @Test func danglingJournalLinkIsRefusedBeforeAnyWrite() throws {
    try plant("journal.jsonl", dangling: true)
  }

  @Test func readOnlyOpenRefusesLinksToo() throws {
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    let dir = base.appendingPathComponent("ws")
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let (target, _, _) = try victim(in: base)
    try FileManager.default.removeItem(at: dir.appendingPathComponent("people.json"))
    try FileManager.default.createSymbolicLink(
      at: dir.appendingPathComponent("people.json"), withDestinationURL: target)
    #expect(throws: WorkspaceError.symbolicLink(path: dir.appendingPathComponent("people.json").path)) {
      _ = try WorkspaceStore(opening: dir, readOnly: true)
    }
  }

  @Test func aLinkedWorkspaceFolderStillOpens() throws {
    // Users point --data at a linked folder on purpose: only files inside are refused as links.
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    let real = base.appendingPathComponent("real")
    let store = try WorkspaceStore.create(at: real, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    let linked = base.appendingPathComponent("linked")
    try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: real)
    let viaLink = try WorkspaceStore(opening: linked)
    try viaLink.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    try viaLink.close()
    #expect(try WorkspaceStore(opening: real).workspace.deals.count == 2)
  }

  /// Under umask 000 too: `CLIFolderSafetyTests` runs that in a child process, since the umask is
  /// process-wide and would leak into tests running alongside.
  @Test func foldersAndParentsAreCreated0700() throws {
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    let dir = base.appendingPathComponent("a/b/ws")
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.close()
    for folder in [base, base.appendingPathComponent("a"), base.appendingPathComponent("a/b"), dir] {
      #expect(F.mode(folder) == 0o700, "\(folder.path)")
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
      #expect(F.mode(dir.appendingPathComponent(name)) == 0o600, "\(name)")
    }
  }

  @Test func anExistingFolderKeepsItsMode() throws {
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
    _ = chmod(base.path, 0o750)
    _ = try WorkspaceStore.create(at: base, settings: Settings())
    #expect(F.mode(base) == 0o750)
  }
}
