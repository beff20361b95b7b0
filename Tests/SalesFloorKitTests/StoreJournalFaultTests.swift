import Foundation
import Testing

@testable import SalesFloorKit

/// Complete (newline-terminated) last journal lines that do not decode: acknowledged edits, so they
/// are reported and never truncated; only an unterminated last line is a torn write.
@Suite struct StoreJournalFaultTests {
  typealias F = StoreFixtures

  /// A workspace with two committed deals; returns the folder and the journal's URL.
  private func twoCommits() throws -> (URL, URL) {
    let dir = F.tempFolder()
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    return (dir, dir.appendingPathComponent("journal.jsonl"))
  }

  /// Like `twoCommits`, plus a writer opened after the first commit only (a running cockpit that has
  /// not yet read line 2, which is the one the tests damage).
  private func writerBehindTheLastLine() throws -> (URL, URL, WorkspaceStore) {
    let dir = F.tempFolder()
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    let writer = try WorkspaceStore(opening: dir)
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    return (dir, dir.appendingPathComponent("journal.jsonl"), writer)
  }

  private func mtime(_ url: URL) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
  }

  /// Opening fails with corruptFile naming the journal's last line; a writer that was already open
  /// refuses to commit; the file keeps every byte.
  private func expectCorruptLastLine(_ bytes: [UInt8], dir: URL, journal: URL, writer: WorkspaceStore) {
    do {
      _ = try WorkspaceStore(opening: dir)
      Issue.record("a damaged complete last line must stop opening")
    } catch let e as WorkspaceError {
      guard case .corruptFile(let path, let line, _, let message) = e else {
        Issue.record("expected corruptFile, got \(e)")
        return
      }
      #expect(path.hasSuffix("/journal.jsonl"))
      #expect(line == 2)
      #expect(message.contains("saved") && message.contains("line 2"))
      #expect(e.description.contains("journal.jsonl:2:"))
      #expect(e.description.contains("nothing was overwritten"))
    } catch {
      Issue.record("unexpected \(error)")
    }
    #expect(throws: WorkspaceError.self) { try writer.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))])) }
    #expect(F.bytes(journal) == bytes, "an acknowledged line must never be truncated")
  }

  @Test func flippedByteInTheLastLineIsCorruptionNotATornWrite() throws {
    let (dir, journal, writer) = try writerBehindTheLastLine()
    defer { F.cleanUp(dir) }
    var bytes = F.bytes(journal) ?? []
    let lastStart = (bytes.dropLast().lastIndex(of: 0x0A) ?? -1) + 1
    #expect(bytes[lastStart] == UInt8(ascii: "{"))
    bytes[lastStart] = UInt8(ascii: "[")  // one flipped byte: still a complete line, no longer JSON we read
    try F.write(bytes, to: journal)
    let before = mtime(journal)
    expectCorruptLastLine(bytes, dir: dir, journal: journal, writer: writer)
    #expect(mtime(journal) == before)
  }

  @Test func bitFlipInsideAStringIsCorruptionToo() throws {
    let (dir, journal, writer) = try writerBehindTheLastLine()
    defer { F.cleanUp(dir) }
    var bytes = F.bytes(journal) ?? []
    let lastStart = (bytes.dropLast().lastIndex(of: 0x0A) ?? -1) + 1
    // The `"` that closes the `tx` key becomes `#`: the rest of the line is inside one string.
    let tail = Array(bytes[lastStart...])
    let key = Array("\"tx\"".utf8)
    guard let at = (0...(tail.count - key.count)).first(where: { Array(tail[$0..<($0 + 4)]) == key }) else {
      Issue.record("no tx key in \(String(decoding: tail, as: UTF8.self))")
      return
    }
    bytes[lastStart + at + 3] ^= 0x04  // '"' (0x22) → '&' (0x26)
    try F.write(bytes, to: journal)
    expectCorruptLastLine(bytes, dir: dir, journal: journal, writer: writer)
  }

  @Test func unknownOperationInTheLastLineOpensReadOnlyAndKeepsIt() throws {
    let (dir, journal) = try twoCommits()
    defer { F.cleanUp(dir) }
    let writer = try WorkspaceStore(opening: dir)
    let newer =
      #"{"at":"2026-11-02T09:00:00Z","ops":[{"c":"deals","id":"d-1","op":"archive"}],"#
      + #""summary":"archive","tx":"t9"}"# + "\n"
    let bytes = (F.bytes(journal) ?? []) + Array(newer.utf8)
    try F.write(bytes, to: journal)
    let before = mtime(journal)

    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.isReadOnly)
    #expect(reopened.workspace.deals.map(\.id).sorted() == ["d-1", "d-2"])  // the edits before it
    #expect(reopened.notices.count == 1)
    #expect(reopened.notices.first?.contains("line 3 was written by a newer SalesFloor") == true)
    #expect(reopened.notices.first?.contains("\"archive\"") == true)
    #expect(throws: WorkspaceError.self) { try reopened.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))])) }
    #expect(throws: WorkspaceError.self) { try reopened.compact() }
    // The writer that was open before the line appeared catches up into it and refuses as well.
    #expect(throws: WorkspaceError.self) { try writer.commit(F.tx("t4", [.put(.deal(F.deal("d-4")))])) }
    #expect(writer.isReadOnly)
    try reopened.close()
    try writer.close()
    #expect(F.bytes(journal) == bytes)
    #expect(mtime(journal) == before)
  }

  @Test func newerVersionMarkerOnADecodableLineOpensReadOnly() throws {
    let (dir, journal) = try twoCommits()
    defer { F.cleanUp(dir) }
    var lines = String(decoding: F.bytes(journal) ?? [], as: UTF8.self).split(separator: "\n").map(
      String.init)
    // Same shape as today's lines, but it says its meaning is version 2's.
    lines[1] = "{\"schemaVersion\":2," + lines[1].dropFirst()
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    try F.write(bytes, to: journal)
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.isReadOnly)
    #expect(reopened.workspace.deals.map(\.id) == ["d-1"])
    #expect(reopened.notices.first?.contains("schemaVersion 2") == true)
    #expect(F.bytes(journal) == bytes)
  }

  @Test func aMentionOfSchemaVersionInsideARecordIsJustText() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1", name: #"the "schemaVersion": 9 deal"#)))]))
    let reopened = try WorkspaceStore(opening: dir)
    #expect(!reopened.isReadOnly)
    #expect(reopened.notices.isEmpty)
    #expect(reopened.workspace.deals.first?.name == #"the "schemaVersion": 9 deal"#)
  }

  @Test func unterminatedLastLineIsStillATornWriteAndIsCut() throws {
    let (dir, journal) = try twoCommits()
    defer { F.cleanUp(dir) }
    let good = F.bytes(journal) ?? []
    // A complete, valid transaction whose newline never reached the disk: never acknowledged.
    let line = String(decoding: good.dropLast(), as: UTF8.self).split(separator: "\n").last ?? ""
    try F.write(good + Array(line.replacingOccurrences(of: "\"t2\"", with: "\"t5\"").utf8), to: journal)
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.notices.first?.contains("incomplete last line") == true)
    try reopened.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))]))
    let lines = String(decoding: F.bytes(journal) ?? [], as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(Array((F.bytes(journal) ?? []).prefix(good.count)) == good)
  }
}
