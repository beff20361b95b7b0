/// Strings, numbers and booleans: the byte-level hot path of the reader.
extension JSONReader {
  /// Reads a string value (validating UTF-8 and escapes); `expected` names the field type in errors.
  @inline(__always)
  mutating func readString(_ expected: String = "a string") throws(JSONFailure) -> String {
    guard peek() == UInt8(ascii: "\"") else { throw typeMismatch(expected) }
    let start = pos + 1
    let end = try scanPlainString(from: start)
    if base[end] == UInt8(ascii: "\"") {
      pos = end + 1
      return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }
    return try readEscapedString(start: start, plainEnd: end)
  }

  /// Like `readString`, but shares storage for repeated long values (ids, stage and currency codes).
  @inline(__always)
  mutating func readInternedString(_ expected: String = "a string") throws(JSONFailure) -> String {
    guard peek() == UInt8(ascii: "\"") else { throw typeMismatch(expected) }
    let start = pos + 1
    let end = try scanPlainString(from: start)
    if base[end] == UInt8(ascii: "\"") {
      pos = end + 1
      return interner.intern(UnsafeBufferPointer(start: base + start, count: end - start))
    }
    return try readEscapedString(start: start, plainEnd: end)
  }

  mutating func skipString() throws(JSONFailure) {
    _ = try readString()
  }

  /// Advances over unescaped, valid UTF-8 text; returns the offset of the closing quote or backslash.
  @inline(__always)
  func scanPlainString(from start: Int) throws(JSONFailure) -> Int {
    var i = start
    while true {
      // 8 ASCII bytes at a time while none is a quote, backslash, control or non-ASCII byte.
      while i + 8 <= count {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let hi: UInt64 = 0x8080_8080_8080_8080
        let lo: UInt64 = 0x0101_0101_0101_0101
        let quote = w ^ (lo &* 0x22)
        let slash = w ^ (lo &* 0x5C)
        let special =
          ((quote &- lo) & ~quote) | ((slash &- lo) & ~slash) | (w &- (lo &* 0x20)) | w
        if special & hi != 0 { break }
        i += 8
      }
      guard i < count else { throw fail("unexpected end of file inside a string", at: count) }
      let b = base[i]
      if b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") { return i }
      if b < 0x20 { throw fail("unescaped control character in a string", at: i) }
      if b < 0x80 {
        i += 1
      } else {
        i = try validateUTF8Sequence(at: i)
      }
    }
  }

  /// Checks one multi-byte UTF-8 sequence starting at `i` (RFC 3629: no overlongs, no
  /// surrogates, nothing above U+10FFFF); returns the offset after it. Errors point at the bad byte.
  func validateUTF8Sequence(at i: Int) throws(JSONFailure) -> Int {
    let b0 = base[i]
    var n = 0
    var lo: UInt8 = 0x80
    var hi: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: n = 1
    case 0xE0:
      n = 2
      lo = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: n = 2
    case 0xED:
      n = 2
      hi = 0x9F
    case 0xF0:
      n = 3
      lo = 0x90
    case 0xF1...0xF3: n = 3
    case 0xF4:
      n = 3
      hi = 0x8F
    default: throw fail("invalid UTF-8 byte 0x\(String(b0, radix: 16))", at: i)
    }
    for k in 1...n {
      guard i + k < count else { throw fail("unexpected end of file inside a string", at: count) }
      let c = base[i + k]
      let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
      if c < l || c > h { throw fail("invalid UTF-8 sequence", at: i + k) }
    }
    return i + n + 1
  }

  /// Slow path for strings with escapes: copies into a byte buffer while decoding them.
  mutating func readEscapedString(start: Int, plainEnd: Int) throws(JSONFailure) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(plainEnd - start + 16)
    out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: plainEnd - start))
    var i = plainEnd
    while true {
      let b = base[i]
      if b == UInt8(ascii: "\"") {
        pos = i + 1
        return String(decoding: out, as: UTF8.self)
      }
      if b == UInt8(ascii: "\\") {
        guard i + 1 < count else { throw fail("unexpected end of file inside a string", at: count) }
        let e = base[i + 1]
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          i = try appendUnicodeEscape(at: i, into: &out)
          continue
        default: throw fail("invalid escape sequence in a string", at: i)
        }
        i += 2
        continue
      }
      let next = try scanPlainString(from: i)
      out.append(contentsOf: UnsafeBufferPointer(start: base + i, count: next - i))
      i = next
    }
  }

  /// Decodes `\uXXXX` (and a following low surrogate) at `i`; returns the offset after it.
  private func appendUnicodeEscape(at i: Int, into out: inout [UInt8]) throws(JSONFailure) -> Int {
    let hi = try hex4(at: i + 2)
    var scalarValue = UInt32(hi)
    var next = i + 6
    if (0xD800...0xDBFF).contains(hi) {
      guard next + 1 < count, base[next] == UInt8(ascii: "\\"), base[next + 1] == UInt8(ascii: "u") else {
        throw fail("unpaired high surrogate in \\u escape", at: i)
      }
      let low = try hex4(at: next + 2)
      guard (0xDC00...0xDFFF).contains(low) else {
        throw fail("invalid low surrogate in \\u escape", at: next)
      }
      scalarValue = 0x10000 + ((UInt32(hi) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
      next += 6
    } else if (0xDC00...0xDFFF).contains(hi) {
      throw fail("unpaired low surrogate in \\u escape", at: i)
    }
    guard let scalar = Unicode.Scalar(scalarValue) else { throw fail("invalid \\u escape", at: i) }
    out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
    return next
  }

  private func hex4(at i: Int) throws(JSONFailure) -> UInt16 {
    var v: UInt16 = 0
    for k in 0..<4 {
      guard i + k < count else { throw fail("unexpected end of file inside a string", at: count) }
      let c = base[i + k]
      let d: UInt8
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = c - 48
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = c - 87
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = c - 55
      default: throw fail("invalid hex digit in \\u escape", at: i + k)
      }
      v = v << 4 | UInt16(d)
    }
    return v
  }

  // MARK: numbers

  /// Validates a number per RFC 8259 at the cursor; returns its range and whether it is an integer.
  mutating func scanNumber() throws(JSONFailure) -> (start: Int, end: Int, integral: Bool) {
    let start = pos
    var i = pos
    var integral = true
    if i < count, base[i] == UInt8(ascii: "-") { i += 1 }
    guard i < count, base[i] >= 0x30, base[i] <= 0x39 else { throw numberError(at: i) }
    if base[i] == 0x30 {
      i += 1
      if i < count, base[i] >= 0x30, base[i] <= 0x39 { throw fail("leading zeros are not allowed", at: i) }
    } else {
      while i < count, base[i] >= 0x30, base[i] <= 0x39 { i += 1 }
    }
    if i < count, base[i] == UInt8(ascii: ".") {
      integral = false
      i += 1
      guard i < count, base[i] >= 0x30, base[i] <= 0x39 else { throw numberError(at: i) }
      while i < count, base[i] >= 0x30, base[i] <= 0x39 { i += 1 }
    }
    if i < count, base[i] | 0x20 == UInt8(ascii: "e") {
      integral = false
      i += 1
      if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
      guard i < count, base[i] >= 0x30, base[i] <= 0x39 else { throw numberError(at: i) }
      while i < count, base[i] >= 0x30, base[i] <= 0x39 { i += 1 }
    }
    pos = i
    return (start, i, integral)
  }

  private func numberError(at i: Int) -> JSONFailure {
    i < count ? fail("invalid number", at: i) : fail("unexpected end of file inside a number", at: i)
  }

  /// Reads an integer. Like JSONDecoder, `3.0` or `1e3` are accepted when exactly integral.
  @inline(__always)
  mutating func readInt64(_ expected: String = "an integer") throws(JSONFailure) -> Int64 {
    let b = peek()
    guard b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else { throw typeMismatch(expected) }
    let n = try scanNumber()
    if n.integral {
      var i = n.start
      let neg = base[i] == UInt8(ascii: "-")
      if neg { i += 1 }
      var v: Int64 = 0
      while i < n.end {
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let d = Int64(base[i] - 48)
        let (s, o2) = neg ? m.subtractingReportingOverflow(d) : m.addingReportingOverflow(d)
        if o1 || o2 { throw fail("number does not fit in a 64-bit integer", at: n.start) }
        v = s
        i += 1
      }
      return v
    }
    let text = String(
      decoding: UnsafeBufferPointer(start: base + n.start, count: n.end - n.start), as: UTF8.self)
    guard let d = Double(text), d == d.rounded(), d >= -9.223_372_036_854_775_808e18,
      d < 9.223_372_036_854_775_808e18
    else { throw fail("expected \(expected), found a non-integral number", at: n.start) }
    return Int64(d)
  }

  @inline(__always)
  mutating func readInt(_ expected: String = "an integer") throws(JSONFailure) -> Int {
    Int(try readInt64(expected))
  }

  mutating func readDouble(_ expected: String = "a number") throws(JSONFailure) -> Double {
    let b = peek()
    guard b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) else { throw typeMismatch(expected) }
    let n = try scanNumber()
    let text = String(
      decoding: UnsafeBufferPointer(start: base + n.start, count: n.end - n.start), as: UTF8.self)
    guard let d = Double(text), d.isFinite else { throw fail("number out of range", at: n.start) }
    return d
  }

  mutating func readBool(_ expected: String = "a boolean") throws(JSONFailure) -> Bool {
    switch peek() {
    case UInt8(ascii: "t"):
      try literal("true")
      return true
    case UInt8(ascii: "f"):
      try literal("false")
      return false
    default: throw typeMismatch(expected)
    }
  }

  /// A `YYYY-MM-DD` day; the error points at the string when its text is not a valid date.
  @inline(__always)
  mutating func readDay() throws(JSONFailure) -> Day {
    let at = peekOffset()
    // Fast path: exactly `"YYYY-MM-DD"` parsed from the bytes, no String in between.
    if at + 12 <= count, base[at] == 0x22, base[at + 11] == 0x22, let d = parseDay(at + 1) {
      pos = at + 12
      return d
    }
    let s = try readString("a date string (YYYY-MM-DD)")
    guard let d = Day(iso: s) else { throw fail("expected a date as YYYY-MM-DD, found \"\(s)\"", at: at) }
    return d
  }

  /// An ISO 8601 timestamp; fractional seconds and offsets are accepted via `Timestamp(iso:)`.
  @inline(__always)
  mutating func readTimestamp() throws(JSONFailure) -> Timestamp {
    let at = peekOffset()
    // Fast path: exactly `"YYYY-MM-DDTHH:MM:SSZ"` (what the encoders write).
    if at + 22 <= count, base[at] == 0x22, base[at + 21] == 0x22, base[at + 11] == UInt8(ascii: "T"),
      base[at + 20] == UInt8(ascii: "Z"), base[at + 14] == UInt8(ascii: ":"),
      base[at + 17] == UInt8(ascii: ":"),
      let d = parseDay(at + 1), let h = twoDigits(at + 12), let m = twoDigits(at + 15),
      let sec = twoDigits(at + 18),
      h < 24, m < 60, sec < 61
    {
      pos = at + 22
      return Timestamp(seconds: Int64(d.ordinal) * 86_400 + Int64(h * 3600 + m * 60 + sec))
    }
    let s = try readString("a timestamp string (ISO 8601)")
    guard let t = Timestamp(iso: s) else {
      throw fail("expected a UTC timestamp like 2026-11-27T09:30:00Z, found \"\(s)\"", at: at)
    }
    return t
  }

  @inline(__always)
  private func twoDigits(_ i: Int) -> Int? {
    let a = base[i] &- 0x30
    let b = base[i + 1] &- 0x30
    guard a < 10, b < 10 else { return nil }
    return Int(a) * 10 + Int(b)
  }

  @inline(__always)
  private func parseDay(_ i: Int) -> Day? {
    guard base[i + 4] == UInt8(ascii: "-"), base[i + 7] == UInt8(ascii: "-"), let y1 = twoDigits(i),
      let y2 = twoDigits(i + 2), let m = twoDigits(i + 5), let d = twoDigits(i + 8)
    else { return nil }
    return Day(year: y1 * 100 + y2, month: m, day: d)
  }

  /// A string that must be one of an enum's raw values.
  mutating func readEnum<E: RawRepresentable>(_ type: E.Type, _ what: String) throws(JSONFailure) -> E
  where E.RawValue == String {
    let at = peekOffset()
    let s = try readInternedString("a \(what) string")
    guard let v = E(rawValue: s) else { throw fail("unknown \(what) \"\(s)\"", at: at) }
    return v
  }

  mutating func peekOffset() -> Int {
    skipWhitespace()
    return pos
  }

  /// An array of strings (tags, ids, criteria).
  mutating func readStringArray(interned: Bool = false) throws(JSONFailure) -> [String] {
    try beginArray("an array of strings")
    var out: [String] = []
    var first = true
    while try nextElement(first: &first) {
      do {
        out.append(interned ? try readInternedString() : try readString())
      } catch {
        var e = error
        e.path.insert(.index(out.count), at: 0)
        throw e
      }
    }
    return out
  }
}
