import Foundation
import Testing

@testable import SalesFloorKit

/// Positions reported by the reference codec, which users rely on to fix a hand-edited file.
@Suite struct StoreCodecTests {
  private func fileError(_ text: String, _ collection: CollectionName = .deals) -> CodecError? {
    var ws = Workspace()
    do {
      _ = try Array(text.utf8).withUnsafeBytes {
        try FoundationCodec().decodeFile(collection, bytes: $0, into: &ws)
      }
      return nil
    } catch {
      return error as? CodecError
    }
  }

  private func lineError(_ text: String) -> CodecError? {
    do {
      _ = try Array(text.utf8).withUnsafeBytes { try FoundationCodec().decodeTransaction($0) }
      return nil
    } catch {
      return error as? CodecError
    }
  }

  @Test func missingCommaIsFoundAtTheNextKey() {
    // Line 2 is `  {"id": "d-1" "name": "x"}`: 2 spaces, `{`, `"id"` (cols 4–7), `:`, space,
    // `"d-1"` (10–14), space, so `"name"` starts at column 16.
    let e = fileError("{\"schemaVersion\": 1, \"items\": [\n  {\"id\": \"d-1\" \"name\": \"x\"}\n]}")
    #expect(e?.line == 2 && e?.column == 16)
    #expect(e?.message.contains("expected ',' or '}'") == true)
  }

  @Test func leadingZeroIsASyntaxError() {
    let e = fileError("{\"schemaVersion\": 01, \"items\": []}")
    #expect(e?.line == 1 && e?.column == 19)  // 18 bytes `{"schemaVersion": ` then the `0`s
  }

  @Test func missingKeyPointsAtItsItem() {
    // items[1] starts on line 4; it lacks "currency" (and more).
    let text =
      "{\n  \"schemaVersion\": 1,\n  \"items\": [{\"id\": \"a\", \"name\": \"A\"},\n    {\"id\": \"b\"}]}"
    let e = fileError(text, .accounts)
    // accounts only need id and name: the first error is items[1].name, at the item's `{` (column 5).
    #expect(e?.line == 4 && e?.column == 5)
    #expect(e?.message.contains("items[1]") == true)
    #expect(e?.message.contains("\"name\"") == true)
  }

  @Test func journalLineErrorsHaveAColumn() {
    // `5` is byte 93 of the line: the id of a deal must be a string.
    let typeError = lineError(
      #"{"tx":"a","at":"2026-01-01T00:00:00Z","summary":"","ops":[{"op":"put","c":"deals","v":{"id":5}}]}"#)
    #expect(typeError?.line == 1 && typeError?.column == 93)
    #expect(typeError?.message.contains("ops[0].v.id") == true)
    // An unknown op is reported at the op's value, byte 65.
    let unknown = lineError(
      #"{"tx":"a","at":"2026-01-01T00:00:00Z","summary":"","ops":[{"op":"move","c":"deals","id":"x"}]}"#)
    #expect(unknown?.column == 65)
    #expect(unknown?.message.contains("unknown op \"move\"") == true)
  }

  @Test func settingsFileRoundTrips() throws {
    var ws = Workspace(settings: Settings(workspaceName: "West", currency: "EUR", fiscalYearStartMonth: 4))
    let codec = FoundationCodec()
    let bytes = try codec.encodeFile(.settings, of: ws, schemaVersion: 1)
    ws.settings = Settings()
    let version = try bytes.withUnsafeBytes { try codec.decodeFile(.settings, bytes: $0, into: &ws) }
    #expect(version == 1)
    #expect(ws.settings == Settings(workspaceName: "West", currency: "EUR", fiscalYearStartMonth: 4))
  }
}
