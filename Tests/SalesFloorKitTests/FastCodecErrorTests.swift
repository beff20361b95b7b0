import Testing

@testable import SalesFloorKit

@Suite("FastCodec errors point at the byte")
struct FastCodecErrorTests {
  func decodeError(_ text: String, _ c: CollectionName = .deals) throws -> CodecError {
    try decodeError(Array(text.utf8), c)
  }
  func decodeError(_ bytes: [UInt8], _ c: CollectionName = .deals) throws -> CodecError {
    try #require(throws: CodecError.self) { _ = try CodecFixtures.fastDecode(c, bytes) }
  }

  static let deal = """
    {
      "items" : [
        {
          "amount" : 100,
          "createdAt" : "2026-11-27T09:30:00Z",
          "currency" : "USD",
          "id" : "d-1",
          "name" : "A",
          "ownerId" : "p-1",
          "stage" : "qualify"
        }
      ],
      "schemaVersion" : 1
    }
    """

  @Test("truncated file: error at the end of input")
  func truncated() throws {
    let text = String(Self.deal.prefix(60))  // cut inside the key `"createdAt`
    let e = try decodeError(text)
    // Line 5 is now `      "createdAt` (6 spaces + 10 bytes); the end of input is column 17.
    #expect(e.line == 5)
    #expect(e.column == 17)
    #expect(e.message.contains("end of file"))
  }

  @Test("wrong type names the path and both types")
  func wrongType() throws {
    let text = Self.deal.replacingOccurrences(of: "\"amount\" : 100", with: "\"amount\" : \"100\"")
    let e = try decodeError(text)
    #expect(e.line == 4 && e.column == 18)  // the opening quote of "100"
    #expect(e.message == "items[0].amount: expected an integer (minor units), found a string")
  }

  @Test("missing required key points at the record's brace")
  func missingKey() throws {
    let text = Self.deal.replacingOccurrences(of: "\"ownerId\" : \"p-1\",\n", with: "")
    let e = try decodeError(text)
    #expect(e.line == 3 && e.column == 5)
    #expect(e.message == "items[0]: missing key \"ownerId\"")
  }

  @Test("invalid UTF-8 inside a string: error at the bad byte")
  func invalidUTF8() throws {
    var bytes = Array(Self.deal.utf8)
    // Replace the "A" of "name" : "A" with a lone continuation byte 0x80.
    let quoted = Array("\"A\"".utf8)
    let at = try #require(bytes.indices.first { Array(bytes[$0..<$0 + 3]) == quoted })
    let i = at + 1
    bytes[i] = 0x80
    let e = try decodeError(bytes)
    #expect(e.line == 8 && e.column == 17)
    #expect(e.message.hasPrefix("items[0].name: invalid UTF-8"))
    // A truncated 3-byte sequence (E6 9D then a quote) fails at the quote, the first wrong byte.
    var b2 = Array(Self.deal.utf8)
    b2.replaceSubrange(i...i, with: [0xE6, 0x9D])
    let e2 = try decodeError(b2)
    #expect(e2.line == 8 && e2.column == 19)
    // An overlong encoding of "/" (C0 AF) is rejected at its lead byte.
    var b3 = Array(Self.deal.utf8)
    b3.replaceSubrange(i...i, with: [0xC0, 0xAF])
    #expect(try decodeError(b3).column == 17)
  }

  @Test("bad escape: error at the backslash")
  func badEscape() throws {
    let text = Self.deal.replacingOccurrences(of: "\"A\"", with: #""x\qy""#)
    let e = try decodeError(text)
    #expect(e.line == 8 && e.column == 18)
    #expect(e.message == "items[0].name: invalid escape sequence in a string")
    let lone = Self.deal.replacingOccurrences(of: "\"A\"", with: #""\udc00""#)
    #expect(try decodeError(lone).message.contains("unpaired low surrogate"))
  }

  @Test("trailing garbage after the root object")
  func trailing() throws {
    let e = try decodeError(Self.deal + "\n  x")
    #expect(e.line == 15 && e.column == 3)
    #expect(e.message.contains("trailing"))
  }

  @Test("grammar errors: leading zero, raw control character, missing comma, empty input")
  func grammar() throws {
    let zero = try decodeError(Self.deal.replacingOccurrences(of: "100", with: "0100"))
    // `"amount" : 0100`: the number starts at column 18; the offending digit "1" is column 19.
    #expect(zero.line == 4 && zero.column == 19)
    let control = try decodeError(Self.deal.replacingOccurrences(of: "\"A\"", with: "\"a\tb\""))
    #expect(control.line == 8 && control.column == 18)
    let comma = try decodeError(Self.deal.replacingOccurrences(of: "100,", with: "100"))
    #expect(comma.line == 5 && comma.column == 7)
    #expect(comma.message == "items[0]: unexpected '\"', expected ',' or '}'")
    let empty = try decodeError("")
    #expect(empty.line == 1 && empty.column == 1)
  }

  @Test("unknown enum value and bad date name the field")
  func badValues() throws {
    let stage = try decodeError(
      #"{"items":[{"id":"p","name":"A","role":"boss"}],"schemaVersion":1}"#, .people)
    #expect(stage.column == 39)
    #expect(stage.message == "items[0].role: unknown role \"boss\"")
    let day = try decodeError(
      #"{"items":[{"id":"p","name":"A","role":"rep","hireDate":"2026-02-30"}],"schemaVersion":1}"#, .people)
    #expect(day.message == "items[0].hireDate: expected a date as YYYY-MM-DD, found \"2026-02-30\"")
  }
}
