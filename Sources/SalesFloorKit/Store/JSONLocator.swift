/// Finds places in JSON bytes: the first syntax or UTF-8 error, and the value at a coding path.
///
/// Foundation's `JSONDecoder` on Linux reports "not valid JSON" without a position and type errors
/// only as a coding path, but a user fixing a hand-edited file needs a line and column, so the
/// reference codec re-scans the bytes when decoding fails (never on the happy path).
struct JSONLocator {
  /// A step of a coding path: an object key or an array index.
  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  private let bytes: UnsafeRawBufferPointer
  private var pos = 0

  init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

  /// 1-based line and byte column of a byte offset.
  static func lineColumn(of offset: Int, in bytes: UnsafeRawBufferPointer) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    let end = min(offset, bytes.count)
    var i = 0
    while i < end {
      if bytes[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    return (line, end - lineStart + 1)
  }

  // MARK: Validation

  /// The offset and reason of the first syntax error (including invalid UTF-8), or nil when the
  /// bytes are one valid JSON value surrounded by optional whitespace.
  static func firstError(in bytes: UnsafeRawBufferPointer) -> (offset: Int, message: String)? {
    var s = JSONLocator(bytes)
    do {
      s.skipSpace()
      try s.skipValue(depth: 0)
      s.skipSpace()
      if s.pos < bytes.count { throw Failure(offset: s.pos, message: "unexpected text after the JSON value") }
      return nil
    } catch let f as Failure {
      return (f.offset, f.message)
    } catch {
      return (s.pos, "\(error)")
    }
  }

  struct Failure: Error {
    var offset: Int
    var message: String
  }

  private mutating func skipSpace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0A, 0x0D: pos += 1
      default: return
      }
    }
  }

  private func fail(_ message: String) -> Failure {
    if pos >= bytes.count {
      return Failure(offset: bytes.count, message: "unexpected end of file: " + message)
    }
    return Failure(offset: pos, message: message)
  }

  private mutating func skipValue(depth: Int) throws {
    guard depth < 512 else { throw fail("nesting too deep") }
    guard pos < bytes.count else { throw fail("expected a value") }
    switch bytes[pos] {
    case UInt8(ascii: "{"):
      pos += 1
      skipSpace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") {
        pos += 1
        return
      }
      while true {
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
        try skipString()
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
        pos += 1
        skipSpace()
        try skipValue(depth: depth + 1)
        skipSpace()
        guard pos < bytes.count else { throw fail("expected ',' or '}'") }
        if bytes[pos] == UInt8(ascii: ",") {
          pos += 1
          continue
        }
        guard bytes[pos] == UInt8(ascii: "}") else { throw fail("expected ',' or '}'") }
        pos += 1
        return
      }
    case UInt8(ascii: "["):
      pos += 1
      skipSpace()
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") {
        pos += 1
        return
      }
      while true {
        skipSpace()
        try skipValue(depth: depth + 1)
        skipSpace()
        guard pos < bytes.count else { throw fail("expected ',' or ']'") }
        if bytes[pos] == UInt8(ascii: ",") {
          pos += 1
          continue
        }
        guard bytes[pos] == UInt8(ascii: "]") else { throw fail("expected ',' or ']'") }
        pos += 1
        return
      }
    case UInt8(ascii: "\""):
      try skipString()
    case UInt8(ascii: "t"): try skipLiteral("true")
    case UInt8(ascii: "f"): try skipLiteral("false")
    case UInt8(ascii: "n"): try skipLiteral("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      try skipNumber()
    default:
      throw fail("unexpected character")
    }
  }

  private mutating func skipLiteral(_ word: StaticString) throws {
    let n = word.utf8CodeUnitCount
    let w = UnsafeRawBufferPointer(start: word.utf8Start, count: n)
    for i in 0..<n {
      guard pos + i < bytes.count, bytes[pos + i] == w[i] else {
        pos += i
        throw fail("invalid literal")
      }
    }
    pos += n
  }

  private mutating func skipNumber() throws {
    if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
    if pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "0"), (0x30...0x39).contains(bytes[pos + 1]) {
      throw fail("leading zero in a number")
    }
    var digits = 0
    while pos < bytes.count, (0x30...0x39).contains(bytes[pos]) {
      pos += 1
      digits += 1
    }
    guard digits > 0 else { throw fail("invalid number") }
    if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
      pos += 1
      let f = pos
      while pos < bytes.count, (0x30...0x39).contains(bytes[pos]) { pos += 1 }
      guard pos > f else { throw fail("invalid number") }
    }
    if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
      pos += 1
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
      let e = pos
      while pos < bytes.count, (0x30...0x39).contains(bytes[pos]) { pos += 1 }
      guard pos > e else { throw fail("invalid number") }
    }
  }

  /// Skips a string starting at its opening quote, validating escapes and UTF-8.
  private mutating func skipString() throws {
    pos += 1
    while pos < bytes.count {
      let b = bytes[pos]
      switch b {
      case UInt8(ascii: "\""):
        pos += 1
        return
      case UInt8(ascii: "\\"):
        pos += 1
        guard pos < bytes.count else { throw fail("unterminated string") }
        switch bytes[pos] {
        case UInt8(ascii: "u"):
          for _ in 0..<4 {
            pos += 1
            guard pos < bytes.count, isHex(bytes[pos]) else { throw fail("invalid \\u escape") }
          }
          pos += 1
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          pos += 1
        default: throw fail("invalid escape")
        }
      case 0x00..<0x20:
        throw fail("control character in string (a raw newline or tab must be escaped)")
      case 0x20..<0x80:
        pos += 1
      default:
        try skipUTF8Scalar()
      }
    }
    throw fail("unterminated string")
  }

  private mutating func skipUTF8Scalar() throws {
    let b = bytes[pos]
    let count: Int
    var minimum: UInt32
    var scalar: UInt32
    switch b {
    case 0xC2...0xDF: (count, minimum, scalar) = (2, 0x80, UInt32(b & 0x1F))
    case 0xE0...0xEF: (count, minimum, scalar) = (3, 0x800, UInt32(b & 0x0F))
    case 0xF0...0xF4: (count, minimum, scalar) = (4, 0x10000, UInt32(b & 0x07))
    default: throw fail("invalid UTF-8 byte 0x" + String(b, radix: 16))
    }
    for i in 1..<count {
      guard pos + i < bytes.count, bytes[pos + i] & 0xC0 == 0x80 else {
        throw fail("invalid UTF-8 sequence")
      }
      scalar = scalar << 6 | UInt32(bytes[pos + i] & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
      throw fail("invalid UTF-8 sequence")
    }
    pos += count
  }

  private func isHex(_ b: UInt8) -> Bool {
    (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
  }

  // MARK: Navigation

  /// Byte offset of the value at `path` (or of the deepest step that exists) in valid JSON.
  static func offset(of path: [Step], in bytes: UnsafeRawBufferPointer) -> Int {
    var s = JSONLocator(bytes)
    s.skipSpace()
    var best = s.pos
    for step in path {
      guard s.pos < bytes.count, let found = try? s.enter(step) else { break }
      if !found { break }
      best = s.pos
    }
    return best
  }

  /// Moves from the start of the current container to the value of `step`; false when absent.
  private mutating func enter(_ step: Step) throws -> Bool {
    switch step {
    case .key(let key):
      guard bytes[pos] == UInt8(ascii: "{") else { return false }
      pos += 1
      while true {
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { return false }
        let keyStart = pos + 1
        try skipString()
        let name = String(
          decoding: UnsafeRawBufferPointer(rebasing: bytes[keyStart..<(pos - 1)]), as: UTF8.self)
        skipSpace()
        pos += 1  // ':'
        skipSpace()
        if name == key { return true }
        try skipValue(depth: 0)
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") else { return false }
        pos += 1
      }
    case .index(let n):
      guard bytes[pos] == UInt8(ascii: "[") else { return false }
      pos += 1
      var i = 0
      while true {
        skipSpace()
        guard pos < bytes.count, bytes[pos] != UInt8(ascii: "]") else { return false }
        if i == n { return true }
        try skipValue(depth: 0)
        skipSpace()
        guard pos < bytes.count, bytes[pos] == UInt8(ascii: ",") else { return false }
        pos += 1
        i += 1
      }
    }
  }
}
