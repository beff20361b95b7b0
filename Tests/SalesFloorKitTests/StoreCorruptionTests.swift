import Foundation
import Testing

@testable import SalesFloorKit

@Suite struct StoreCorruptionTests {
  typealias F = StoreFixtures

  static let header = "{\"schemaVersion\": 1, \"items\": [\n"
  static let deal1 =
    #"{"id": "d-1", "name": "A", "accountId": null, "ownerId": "p", "amount": 5, "currency": "USD", "#
    + #""stage": "qualify", "closeDate": null, "createdAt": "2026-01-01T00:00:00Z"},"# + "\n"
  /// Line 3 of the file; `"12k"` starts at byte column 73 (72 bytes precede it on the line).
  static let deal2BadAmount =
    #"{"id": "d-2", "name": "B", "accountId": null, "ownerId": "p", "amount": "12k", "currency": "USD", "#
    + #""stage": "qualify", "closeDate": null, "createdAt": "2026-01-01T00:00:00Z"}"# + "\n]}\n"

  /// Creates a workspace, writes `bytes` as deals.json, opens it, and checks the file is untouched.
  private func openCorrupt(_ bytes: [UInt8]) throws -> (WorkspaceError?, URL) {
    let dir = F.tempFolder()
    _ = try WorkspaceStore.create(at: dir, settings: Settings())
    let file = dir.appendingPathComponent("deals.json")
    try F.write(bytes, to: file)
    let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    var caught: WorkspaceError?
    do { _ = try WorkspaceStore(opening: dir) } catch let e as WorkspaceError { caught = e }
    #expect(F.bytes(file) == bytes, "a corrupt file must never be rewritten")
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == before)
    return (caught, dir)
  }

  @Test func truncatedFileNamesLineAndColumn() throws {
    // Cut after `      "id" : "d-1",` on line 4 (19 bytes): the missing key is at column 20.
    let text = "{\n  \"items\" : [\n    {\n      \"id\" : \"d-1\","
    let (error, dir) = try openCorrupt(Array(text.utf8))
    defer { F.cleanUp(dir) }
    let path = dir.appendingPathComponent("deals.json").standardizedFileURL.path
    guard case .corruptFile(let p, let line, let column, let message)? = error else {
      Issue.record("expected corruptFile, got \(String(describing: error))")
      return
    }
    #expect(p == path)
    #expect(line == 4 && column == 20)
    #expect(message.contains("end of file"))
    let text2 = error?.description ?? ""
    #expect(text2.hasPrefix("\(path):4:20:"))
    #expect(text2.contains("nothing was overwritten"))
  }

  @Test func wrongTypeForAFieldPointsAtTheValue() throws {
    let (error, dir) = try openCorrupt(Array((Self.header + Self.deal1 + Self.deal2BadAmount).utf8))
    defer { F.cleanUp(dir) }
    guard case .corruptFile(_, let line, let column, let message)? = error else {
      Issue.record("expected corruptFile, got \(String(describing: error))")
      return
    }
    #expect(line == 3 && column == 73)
    #expect(message.contains("items[1].amount"))
  }

  @Test func invalidUTF8PointsAtTheByte() throws {
    // Replace the `B` of "name": "B" on line 3 (byte column 24) with 0xFF.
    var bytes = Array((Self.header + Self.deal1 + Self.deal2BadAmount).utf8)
    let lineStart = (Self.header + Self.deal1).utf8.count
    bytes[lineStart + 23] = 0xFF
    let (error, dir) = try openCorrupt(bytes)
    defer { F.cleanUp(dir) }
    guard case .corruptFile(_, let line, let column, let message)? = error else {
      Issue.record("expected corruptFile, got \(String(describing: error))")
      return
    }
    #expect(line == 3 && column == 24)
    #expect(message.contains("UTF-8"))
  }

  @Test func recoveryAdviceNamesTheBackupWhenOneExists() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.compact()
    try F.write(
      Array("{\"schemaVersion\": 1, \"items\": [".utf8), to: dir.appendingPathComponent("deals.json"))
    do {
      _ = try WorkspaceStore(opening: dir)
      Issue.record("opening a truncated file must fail")
    } catch {
      #expect("\(error)".contains("restore \(dir.standardizedFileURL.path)/deals.json.bak"))
    }
  }

  @Test func newerSchemaOpensReadOnlyAndRefusesEdits() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    let file = dir.appendingPathComponent("people.json")
    let newer = Array("{\"schemaVersion\": 2, \"items\": [], \"futureField\": true}\n".utf8)
    try F.write(newer, to: file)
    let journalBefore = F.bytes(dir.appendingPathComponent("journal.jsonl"))

    let ro = try WorkspaceStore(opening: dir)
    #expect(ro.isReadOnly)
    #expect(ro.notices.contains { $0.contains("people.json (schemaVersion 2)") && $0.contains("read-only") })
    #expect(ro.workspace.deals.count == 1)  // still readable
    #expect(throws: WorkspaceError.self) { try ro.commit(F.tx("t2", [.delete(.deals, id: "d-1")])) }
    #expect(throws: WorkspaceError.self) { try ro.compact() }
    #expect(F.bytes(file) == newer)
    #expect(F.bytes(dir.appendingPathComponent("journal.jsonl")) == journalBefore)
  }

  @Test func tornLastJournalLineIsDroppedWithANotice() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    let journal = dir.appendingPathComponent("journal.jsonl")
    let good = F.bytes(journal) ?? []
    try F.write(
      good + Array(#"{"tx":"t2","at":"2026-11-02T09:00:00Z","ops":[{"op":"put","c":"de"#.utf8), to: journal)

    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.workspace.deals.map(\.id) == ["d-1"])
    #expect(reopened.notices.count == 1)
    #expect(reopened.notices.first?.contains("incomplete last line") == true)
    // The next commit cuts the torn bytes off, so they never become a bad middle line.
    try reopened.commit(F.tx("t3", [.put(.deal(F.deal("d-3")))]))
    let again = try WorkspaceStore(opening: dir)
    #expect(again.workspace.deals.map(\.id).sorted() == ["d-1", "d-3"])
    #expect(again.notices.isEmpty)
  }

  @Test func badMiddleJournalLineIsACorruptFileError() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.deal(F.deal("d-1")))]))
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-2")))]))
    let journal = dir.appendingPathComponent("journal.jsonl")
    var lines = String(decoding: F.bytes(journal) ?? [], as: UTF8.self).split(separator: "\n").map(
      String.init)
    lines.insert(#"{"tx": 42}"#, at: 1)  // line 2 of 3
    let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
    try F.write(bytes, to: journal)
    do {
      _ = try WorkspaceStore(opening: dir)
      Issue.record("a bad middle line must stop opening")
    } catch let WorkspaceError.corruptFile(path, line, _, _) {
      #expect(path.hasSuffix("/journal.jsonl"))
      #expect(line == 2)
    }
    #expect(F.bytes(journal) == bytes)
  }
}
