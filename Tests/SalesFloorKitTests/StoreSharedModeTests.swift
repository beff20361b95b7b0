import Foundation
import Testing

@testable import SalesFloorKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shared host mode (`shared.json`): every file the store creates is `0660` for the group and the
/// folder `2770`, whoever creates it and however (create, commit, compaction in both flavours).
@Suite struct StoreSharedModeTests {
  typealias F = StoreFixtures

  /// A group this process may hand files to: root may use any, so a group other than its own
  /// (proving the group is set, not inherited); anyone else their primary group.
  static func testGroup() -> (name: String, gid: gid_t) {
    if geteuid() == 0 {
      for name in ["users", "daemon", "nogroup"] {
        if let gid = SharedMode.groupId(name), gid != getegid() { return (name, gid) }
      }
    }
    let gid = getegid()
    return (FileModes.groupName(gid), gid)
  }

  /// Mode bits and group of everything in the folder (recursively), and of the folder itself.
  static func modes(_ dir: URL) -> [String: (mode: mode_t, gid: gid_t)] {
    var out: [String: (mode_t, gid_t)] = [:]
    for entry in SharedSetup.entries(in: dir.path) {
      var st = stat()
      guard lstat(entry.path, &st) == 0 else { continue }
      let name = entry.path == dir.path ? "." : String(entry.path.dropFirst(dir.path.count + 1))
      out[name] = (st.st_mode & 0o7777, st.st_gid)
    }
    return out
  }

  static func expectShared(_ dir: URL, gid: gid_t, _ comment: Comment) {
    let found = modes(dir)
    #expect(found["."]?.mode == 0o2770, comment)
    for (name, m) in found {
      #expect(m.gid == gid, "\(name) group \(m.gid), expected \(gid): \(comment)")
      if name != "." { #expect(m.mode == 0o660, "\(name) is \(String(m.mode, radix: 8)): \(comment)") }
    }
  }

  @Test func everyFileOfASharedWorkspaceIsGroupReadWriteAfterCommitAndCompaction() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let (group, gid) = Self.testGroup()
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    #expect(Self.modes(dir)["deals.json"]?.mode == 0o600)
    let changes = try store.share(withGroup: group)
    #expect(changes.contains { $0.path.hasSuffix("/deals.json") && $0.from.hasPrefix("0600") })
    #expect(store.sharedMode == SharedMode(group: group))
    Self.expectShared(dir, gid: gid, "after share")

    try store.commit(F.tx("t1", [.put(.person(F.person)), .put(.deal(F.deal("d-1")))]))
    try store.compact()
    Self.expectShared(dir, gid: gid, "after compaction (backups, new files, new journal)")

    store.setAutoCompaction(lines: 2, bytes: 1 << 30)
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    try store.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))]))
    store.waitForCompaction()
    #expect(store.journalLineCount == 0)
    Self.expectShared(dir, gid: gid, "after a background compaction")

    // A journal deleted by hand is recreated on the next commit, for the group too.
    try FileManager.default.removeItem(at: dir.appendingPathComponent("journal.jsonl"))
    let fresh = try WorkspaceStore(opening: dir)
    try fresh.commit(F.tx("t4", [.put(.deal(F.deal("d-4")))]))
    try fresh.mapLogin("ana", to: "p-1")
    Self.expectShared(dir, gid: gid, "after recreating the journal and mapping a login")
    #expect(try WorkspaceStore(opening: dir).workspace.deals.count == 4)
  }

  @Test func aStoreOpenedBeforeSharingCreatesGroupFilesAfterIt() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let (group, gid) = Self.testGroup()
    let early = try WorkspaceStore.create(at: dir, settings: Settings())
    try WorkspaceStore(opening: dir).share(withGroup: group)
    try early.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try early.compact()
    Self.expectShared(dir, gid: gid, "files written by a store opened before init --shared")
    #expect(early.sharedMode?.group == group)
  }

  @Test func createInAFolderWithSharedJSONWritesGroupFiles() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let (group, gid) = Self.testGroup()
    _ = try WorkspaceStore.create(at: dir, settings: Settings()).share(withGroup: group)
    for c in CollectionName.allCases {
      try FileManager.default.removeItem(at: dir.appendingPathComponent(c.fileName))
    }
    try FileManager.default.removeItem(at: dir.appendingPathComponent("journal.jsonl"))
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    Self.expectShared(dir, gid: gid, "a workspace recreated in a shared folder")
  }

  @Test func aPrivateWorkspaceStaysOwnerOnly() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.compact()
    let found = Self.modes(dir)
    #expect(found["."]?.mode == 0o700)
    for (name, m) in found where name != "." { #expect(m.mode == 0o600, "\(name)") }
    #expect(store.sharedMode == nil)
    #expect(throws: SharedModeError.notShared(folder: dir.standardizedFileURL.path)) {
      try store.mapLogin("ana", to: "p-1")
    }
  }

  @Test func theLoginMapNamesPeopleAndAnUnmappedLoginSaysHowToMapIt() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.person(F.person))]))
    try store.share(withGroup: Self.testGroup().name)
    // Setting up: until a first login is mapped, nobody is refused (people come before their logins).
    #expect(try store.sharedMode?.person(forLogin: "bob", in: store.workspace) == nil)
    try store.mapLogin("ana", to: "p-1")
    let reopened = try WorkspaceStore(opening: dir)
    let shared = try #require(reopened.sharedMode)
    #expect(try shared.person(forLogin: "ana", in: reopened.workspace)?.name == "Ana Rep")
    do {
      _ = try shared.person(forLogin: "bob", in: reopened.workspace)
      Issue.record("an unmapped login must be refused")
    } catch let e as SharedModeError {
      #expect(e.description.contains("salesfloor shared map bob PERSON"))
    }
    #expect(throws: SharedModeError.unknownPerson(login: "bob", personId: "p-nobody")) {
      try store.mapLogin("bob", to: "p-nobody")
    }
    #expect(throws: SharedModeError.invalidLogin("bo b")) { try store.mapLogin("bo b", to: "p-1") }
    let text = try String(contentsOf: dir.appendingPathComponent("shared.json"), encoding: .utf8)
    #expect(text.contains("\"ana\" : \"p-1\""))
  }

  @Test func anUnknownGroupIsRefusedAndNothingChanges() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    let before = Self.modes(dir).mapValues(\.mode)
    #expect(throws: SharedModeError.unknownGroup("sf-no-such-group")) {
      try store.share(withGroup: "sf-no-such-group")
    }
    #expect(Self.modes(dir).mapValues(\.mode) == before)
    #expect(access(dir.appendingPathComponent("shared.json").path, F_OK) != 0)
  }

  @Test func aBrokenSharedJSONStopsOpeningWithItsName() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    try F.write(Array(#"{"logins": {"ann": 3}}"#.utf8), to: dir.appendingPathComponent("shared.json"))
    do {
      _ = try WorkspaceStore(opening: dir)
      Issue.record("a broken shared.json must stop opening")
    } catch let e as WorkspaceError {
      #expect(e.description.contains("shared.json"))
      #expect(e.description.contains("\"group\""))
    }
  }
}
