import Foundation
import Testing

@testable import SalesFloorKit

@Suite("FastCodec journal lines")
struct FastCodecJournalTests {
  let codec = FastCodec()

  @Test("a transaction is one compact line with the documented shape")
  func shape() throws {
    let t = Transaction(
      id: "tx-1", at: CodecFixtures.t0, actor: "p-1", summary: "stage → Proposal",
      mutations: [.delete(.deals, id: "d-9")])
    let line = String(decoding: try codec.encodeTransaction(t), as: UTF8.self)
    #expect(
      line == #"{"actor":"p-1","at":"2026-11-27T07:00:00Z","ops":[{"c":"deals","id":"d-9","op":"del"}],"#
        + #""summary":"stage → Proposal","tx":"tx-1"}"#)
  }

  @Test("every record type round-trips through a journal line")
  func roundTrip() throws {
    let ws = CodecFixtures.full
    var ops: [Mutation] = [.put(.settings(ws.settings)), .delete(.people, id: "p-x")]
    for c in CollectionName.allCases where c != .settings {
      for r in CodecFixtures.records(c, ws) { ops.append(.put(r)) }
    }
    let t = Transaction(id: "tx-2", at: CodecFixtures.t0, summary: "import", mutations: ops)
    let bytes = try codec.encodeTransaction(t)
    #expect(!bytes.contains(0x0A))
    let back = try bytes.withUnsafeBytes { try codec.decodeTransaction($0) }
    #expect(back == t)
  }

  @Test("op keys in any order: the record may come before its collection")
  func unsortedOp() throws {
    let line =
      #"{"tx":"t","summary":"s","at":"2026-11-27T07:00:00Z","ops":[{"v":{"id":"p","name":"A","role":"ops"},"op":"put","c":"people"}]}"#
    let t = try Array(line.utf8).withUnsafeBytes { try codec.decodeTransaction($0) }
    #expect(t.actor == nil)
    #expect(t.mutations == [.put(.person(Person(id: "p", name: "A", role: .ops)))])
  }

  @Test("a torn journal line is an error at its end")
  func torn() throws {
    let line = #"{"tx":"t","summary":"s","at":"2026-11-27T07:00:00Z","ops":[{"c":"dea"#
    let error = try #require(throws: CodecError.self) {
      try Array(line.utf8).withUnsafeBytes { try codec.decodeTransaction($0) }
    }
    // The line is 68 bytes long; the end of input is column 69.
    #expect(error.line == 1 && error.column == 69)
  }
}
