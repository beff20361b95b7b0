import Foundation
import Testing

@testable import SalesFloorKit

/// Where a workspace lives: a network file system opens read-only (journal appends from several
/// machines lose edits there), a Dropbox or Syncthing folder gets a notice but stays writable.
@Suite struct StoreFileSystemTests {
  typealias F = StoreFixtures

  @Test(arguments: [(UInt32(0x6969), "NFS"), (0xFE53_4D42, "SMB"), (0xFF53_4D42, "CIFS")])
  func aNetworkFileSystemOpensReadOnlyPointingToSync(magic: UInt32, name: String) throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let store = try WorkspaceStore(opening: dir, fileSystem: { _ in magic })
    #expect(store.isReadOnly)
    let notice = try #require(store.notices.first { $0.contains("is on \(name)") })
    #expect(notice.contains("opened read-only"))
    #expect(notice.contains("salesfloor sync") && notice.contains("docs/team.md"))
    do {
      try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
      Issue.record("a commit on \(name) must be refused")
    } catch let e as WorkspaceError {
      #expect(e.description.contains("is on \(name)"))
    }
    #expect(try WorkspaceStore(opening: dir).workspace.deals.isEmpty)
  }

  @Test func theRealStatfsSaysTmpIsLocal() throws {
    #expect(FileSystemKind.statfsProbe("/tmp") != nil)
    #expect(FileSystemKind.of("/tmp") == .local)
    // A folder not created yet is judged by the nearest existing ancestor.
    #expect(FileSystemKind.of("/tmp/sf-not-there-\(UUID().uuidString)/ws") == .local)
    #expect(FileSystemKind.of("/mnt/x", probe: { $0 == "/mnt" ? 0x6969 : nil }) == .nfs)
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let store = try WorkspaceStore(opening: dir)
    #expect(!store.isReadOnly)
    #expect(store.notices.isEmpty)
  }

  @Test(arguments: [
    ("Dropbox/team", nil, "Dropbox"), ("cloud/team", ".dropbox", "Dropbox"),
    ("sync/team", ".stfolder", "Syncthing"),
  ])
  func aSyncedFolderGetsANoticeAndStaysWritable(path: String, marker: String?, service: String) throws {
    let root = F.tempFolder()
    defer { F.cleanUp(root) }
    let dir = root.appendingPathComponent(path, isDirectory: true)
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    if let marker {
      let top = root.appendingPathComponent(String(path.split(separator: "/")[0]))
      try F.write([], to: top.appendingPathComponent(marker))
    }
    let store = try WorkspaceStore(opening: dir)
    let notice = try #require(store.notices.first { $0.contains("inside a \(service) folder") })
    #expect(notice.contains("lost"))
    #expect(!store.isReadOnly)
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    #expect(try WorkspaceStore(opening: dir).workspace.deals.count == 1)
  }
}
