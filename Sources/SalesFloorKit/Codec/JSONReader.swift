/// A failure found while reading, kept as a byte offset plus a key path so that the line and
/// column are only computed (by `JSONReader.codecError`) when an error actually surfaces.
struct JSONFailure: Error {
  enum PathItem {
    case key(String)
    case index(Int)
  }
  var offset: Int
  var message: String
  /// Innermost component last; prefixes are inserted at the front while the error unwinds.
  var path: [PathItem] = []

  var renderedPath: String {
    var s = ""
    for p in path {
      switch p {
      case .key(let k): s += s.isEmpty ? k : "." + k
      case .index(let i): s += "[\(i)]"
      }
    }
    return s
  }
}

/// A pull-style reader over UTF-8 bytes: the decoders ask for the next key or value and it is
/// parsed in place, with no intermediate tree. Every accessor validates the JSON grammar.
struct JSONReader {
  let base: UnsafePointer<UInt8>
  let count: Int
  var pos: Int
  /// Cache that lets repeated long reference strings (ids, stage names) share one allocation.
  var interner = StringInterner()

  /// `bytes` must outlive the reader; an empty buffer reads as an immediate end of input.
  init(_ bytes: UnsafeRawBufferPointer) {
    if let b = bytes.baseAddress, bytes.count > 0 {
      base = b.assumingMemoryBound(to: UInt8.self)
      count = bytes.count
    } else {
      base = JSONReader.emptyByte
      count = 0
    }
    pos = 0
    // A UTF-8 byte order mark is tolerated, as JSONDecoder does.
    if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { pos = 3 }
  }

  // Never dereferenced (count is 0); only gives the empty reader a valid pointer.
  nonisolated(unsafe) private static let emptyByte: UnsafePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    p.initialize(to: 0)
    return UnsafePointer(p)
  }()

  // MARK: errors

  /// Converts a failure into the public error, counting lines up to its offset (only now).
  func codecError(_ f: JSONFailure) -> CodecError {
    var line = 1
    var lineStart = 0
    let end = min(f.offset, count)
    var i = 0
    while i < end {
      if base[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    let path = f.renderedPath
    return CodecError(
      line: line, column: f.offset - lineStart + 1,
      message: path.isEmpty ? f.message : path + ": " + f.message)
  }

  func fail(_ message: String, at offset: Int? = nil) -> JSONFailure {
    JSONFailure(offset: offset ?? pos, message: message)
  }

  /// Names what is at the cursor for "expected X, found Y" messages.
  func foundDescription() -> String {
    guard pos < count else { return "the end of the input" }
    switch base[pos] {
    case UInt8(ascii: "\""): return "a string"
    case UInt8(ascii: "{"): return "an object"
    case UInt8(ascii: "["): return "an array"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
    case UInt8(ascii: "n"): return "null"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
    default: return "an invalid character"
    }
  }

  func typeMismatch(_ expected: String) -> JSONFailure {
    if pos < count, !isValueStart(base[pos]) { return unexpected("a value") }
    return fail("expected \(expected), found \(foundDescription())")
  }

  func unexpected(_ expected: String) -> JSONFailure {
    guard pos < count else { return fail("unexpected end of file, expected \(expected)") }
    let b = base[pos]
    let shown = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x" + String(b, radix: 16)
    return fail("unexpected \(shown), expected \(expected)")
  }

  @inline(__always)
  private func isValueStart(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "t"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return true
    default: return false
    }
  }

  // MARK: structure

  @inline(__always)
  mutating func skipWhitespace() {
    while pos < count {
      let b = base[pos]
      guard b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 else { return }
      pos += 1
    }
  }

  /// The next significant byte (0 at the end), after skipping whitespace.
  @inline(__always)
  mutating func peek() -> UInt8 {
    skipWhitespace()
    return pos < count ? base[pos] : 0
  }

  @inline(__always)
  mutating func expect(_ byte: UInt8, _ what: String) throws(JSONFailure) {
    if peek() != byte { throw unexpected(what) }
    pos += 1
  }

  /// Consumes `null` when it is next; lets optional fields treat null as absent.
  @inline(__always)
  mutating func consumeNull() throws(JSONFailure) -> Bool {
    guard peek() == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  mutating func literal(_ word: StaticString) throws(JSONFailure) {
    let n = word.utf8CodeUnitCount
    let w = word.utf8Start
    for i in 0..<n {
      guard pos + i < count else {
        throw fail("unexpected end of file inside '\(word)'", at: pos + i)
      }
      if base[pos + i] != w[i] { throw fail("invalid literal, expected '\(word)'", at: pos + i) }
    }
    pos += n
  }

  /// Starts an object: consumes `{`. Pair with `nextKey` until it returns nil.
  @inline(__always)
  mutating func beginObject(_ expected: String = "an object") throws(JSONFailure) {
    guard peek() == UInt8(ascii: "{") else { throw typeMismatch(expected) }
    pos += 1
  }

  /// Starts an array: consumes `[`. Pair with `nextElement` until it returns false.
  @inline(__always)
  mutating func beginArray(_ expected: String = "an array") throws(JSONFailure) {
    guard peek() == UInt8(ascii: "[") else { throw typeMismatch(expected) }
    pos += 1
  }

  /// True when another array element follows (consuming the separating comma); false after `]`.
  @inline(__always)
  mutating func nextElement(first: inout Bool) throws(JSONFailure) -> Bool {
    let b = peek()
    if first {
      first = false
      if b == UInt8(ascii: "]") {
        pos += 1
        return false
      }
      return true
    }
    if b == UInt8(ascii: ",") {
      pos += 1
      return true
    }
    if b == UInt8(ascii: "]") {
      pos += 1
      return false
    }
    throw unexpected("',' or ']'")
  }

  /// Reads the next key of an object (and its colon) and returns its index in `table`, -1 for an
  /// unknown key, or nil after the closing `}`. `hint` is where the search starts: files have sorted
  /// keys, so with a sorted table the next key is almost always at `hint`.
  @inline(__always)
  mutating func nextKey(_ table: KeyTable, first: inout Bool, hint: inout Int) throws(JSONFailure) -> Int? {
    var b = peek()
    if first {
      first = false
      if b == UInt8(ascii: "}") {
        pos += 1
        return nil
      }
    } else {
      if b == UInt8(ascii: "}") {
        pos += 1
        return nil
      }
      guard b == UInt8(ascii: ",") else { throw unexpected("',' or '}'") }
      pos += 1
      b = peek()
    }
    guard b == UInt8(ascii: "\"") else { throw unexpected("a key string") }
    let keyStart = pos + 1
    var i = keyStart
    while i < count, base[i] != UInt8(ascii: "\""), base[i] != UInt8(ascii: "\\"), base[i] >= 0x20,
      base[i] < 0x80
    {
      i += 1
    }
    var index: Int
    if i < count, base[i] == UInt8(ascii: "\"") {
      index = table.find(UnsafeBufferPointer(start: base + keyStart, count: i - keyStart), hint: hint)
      pos = i + 1
    } else {
      // Escaped or non-ASCII key: decode it fully (and validate), then look it up.
      let s = try readString()
      let bytes = Array(s.utf8)
      index = bytes.withUnsafeBufferPointer { table.find($0, hint: hint) }
    }
    if index >= 0 { hint = index + 1 }
    try expect(UInt8(ascii: ":"), "':' after a key")
    return index
  }

  /// Requires the end of input after the root value (only whitespace may follow).
  mutating func expectEnd() throws(JSONFailure) {
    skipWhitespace()
    if pos < count { throw fail("unexpected trailing characters after the JSON value") }
  }

  /// Skips any value, validating it fully (unknown keys of newer builds land here).
  mutating func skipValue(depth: Int = 0) throws(JSONFailure) {
    if depth > 512 { throw fail("nesting too deep") }
    switch peek() {
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "{"):
      pos += 1
      var first = true
      var hint = 0
      while try nextKey(KeyTable.empty, first: &first, hint: &hint) != nil { try skipValue(depth: depth + 1) }
    case UInt8(ascii: "["):
      pos += 1
      var first = true
      while try nextElement(first: &first) { try skipValue(depth: depth + 1) }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try scanNumber()
    default: throw unexpected("a value")
    }
  }
}

/// Key names of one record type as bytes, so keys are matched without creating Strings.
struct KeyTable: Sendable {
  let keys: [[UInt8]]
  init(_ names: [String]) { keys = names.map { Array($0.utf8) } }
  static let empty = KeyTable([])

  func name(_ i: Int) -> String { String(decoding: keys[i], as: UTF8.self) }

  @inline(__always)
  func find(_ key: UnsafeBufferPointer<UInt8>, hint: Int) -> Int {
    let n = keys.count
    if n == 0 { return -1 }
    var i = hint < n ? hint : 0
    for _ in 0..<n {
      if KeyTable.equal(keys[i], key) { return i }
      i += 1
      if i == n { i = 0 }
    }
    return -1
  }

  @inline(__always)
  static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    return a.withUnsafeBufferPointer { pa in
      var i = 0
      while i < pa.count {
        if pa[i] != b[i] { return false }
        i += 1
      }
      return true
    }
  }
}
