/// A small JSON parser straight into `SyncValue`.
///
/// Why not `JSONDecoder`: decoding an untyped value through `Decodable` means trying each type in
/// turn and catching the mismatch, and a thrown error per field made the merge's record
/// conversions several times slower than the rest of the merge together.
extension SyncValue {
  /// Parses one JSON text; the message gives the byte offset of the fault.
  public init(json bytes: some Collection<UInt8>) throws(SyncError) {
    var p = Parser(bytes: Array(bytes))
    p.skipSpace()
    self = try p.value(depth: 0)
    p.skipSpace()
    guard p.i == p.bytes.count else { throw p.fail("text after the JSON value") }
  }

  private struct Parser {
    let bytes: [UInt8]
    var i = 0

    func fail(_ what: String) -> SyncError { SyncError("invalid JSON at byte \(i): \(what)") }

    mutating func skipSpace() {
      while i < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[i]) { i += 1 }
    }

    mutating func literal(_ word: String, _ v: SyncValue) throws(SyncError) -> SyncValue {
      let w = Array(word.utf8)
      guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
        throw fail("expected \(word)")
      }
      i += w.count
      return v
    }

    mutating func value(depth: Int) throws(SyncError) -> SyncValue {
      guard depth < 200 else { throw fail("nested too deeply") }
      guard i < bytes.count else { throw fail("unexpected end") }
      switch bytes[i] {
      case UInt8(ascii: "n"): return try literal("null", .null)
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "\""): return .string(try string())
      case UInt8(ascii: "["):
        i += 1
        var items: [SyncValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
          i += 1
          return .array(items)
        }
        while true {
          skipSpace()
          items.append(try value(depth: depth + 1))
          skipSpace()
          guard i < bytes.count else { throw fail("unterminated array") }
          if bytes[i] == UInt8(ascii: ",") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(items)
          } else {
            throw fail("expected , or ]")
          }
        }
      case UInt8(ascii: "{"):
        i += 1
        var fields: [String: SyncValue] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
          i += 1
          return .object(fields)
        }
        while true {
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a key") }
          let key = try string()
          skipSpace()
          guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw fail("expected :") }
          i += 1
          skipSpace()
          fields[key] = try value(depth: depth + 1)
          skipSpace()
          guard i < bytes.count else { throw fail("unterminated object") }
          if bytes[i] == UInt8(ascii: ",") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .object(fields)
          } else {
            throw fail("expected , or }")
          }
        }
      default: return try number()
      }
    }

    mutating func number() throws(SyncError) -> SyncValue {
      let start = i
      var integral = true
      while i < bytes.count {
        let b = bytes[i]
        if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
          i += 1
        } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
          integral = false
          i += 1
        } else {
          break
        }
      }
      let text = String(decoding: bytes[start..<i], as: UTF8.self)
      if integral, let n = Int64(text) { return .int(n) }
      guard !text.isEmpty, let d = Double(text), d.isFinite else {
        i = start
        throw fail("expected a value")
      }
      return .double(d)
    }

    mutating func hex4() throws(SyncError) -> UInt32 {
      guard i + 4 <= bytes.count,
        let v = UInt32(String(decoding: bytes[i..<(i + 4)], as: UTF8.self), radix: 16)
      else { throw fail("bad \\u escape") }
      i += 4
      return v
    }

    mutating func string() throws(SyncError) -> String {
      i += 1
      var out: [UInt8] = []
      while i < bytes.count {
        let b = bytes[i]
        i += 1
        switch b {
        case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard i < bytes.count else { throw fail("unterminated string") }
          let e = bytes[i]
          i += 1
          switch e {
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "u"):
            var scalar = try hex4()
            if scalar >= 0xD800, scalar < 0xDC00, i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
              bytes[i + 1] == UInt8(ascii: "u")
            {
              i += 2
              let low = try hex4()
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low &- 0xDC00)
            }
            out.append(
              contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
          default: out.append(e)
          }
        default: out.append(b)
        }
      }
      throw fail("unterminated string")
    }
  }
}
