/// Appends JSON to a byte buffer in exactly the layout of `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys]` (or compact), so files from either codec diff cleanly.
///
/// Callers emit keys in sorted (byte) order themselves; the writer handles commas and indentation.
struct JSONWriter {
  var out: [UInt8] = []
  let pretty: Bool
  let escapeSlashes: Bool
  private var depth = 0
  /// Whether the container being written has no element yet (one entry per open container).
  private var empty: [Bool] = []

  init(pretty: Bool, escapeSlashes: Bool = true, capacity: Int = 1024) {
    self.pretty = pretty
    self.escapeSlashes = escapeSlashes
    out.reserveCapacity(capacity)
    empty.reserveCapacity(16)
  }

  @inline(__always)
  private mutating func newline() {
    out.append(0x0A)
    for _ in 0..<depth { out.append(0x20); out.append(0x20) }
  }

  /// Comma and line break before a value or key inside a container.
  @inline(__always)
  private mutating func separator() {
    guard let last = empty.last else { return }
    if !last { out.append(UInt8(ascii: ",")) }
    empty[empty.count - 1] = false
    if pretty { newline() }
  }

  /// Separator before an element written by a record encoder (which starts with `beginObject()`).
  @inline(__always)
  mutating func element() { separator() }

  mutating func beginObject(element: Bool = false) {
    if element { separator() }
    open(UInt8(ascii: "{"))
  }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray(element: Bool = false) {
    if element { separator() }
    open(UInt8(ascii: "["))
  }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  @inline(__always)
  private mutating func open(_ b: UInt8) {
    out.append(b)
    depth += 1
    empty.append(true)
  }

  @inline(__always)
  private mutating func close(_ b: UInt8) {
    depth -= 1
    let wasEmpty = empty.removeLast()
    if pretty {
      // JSONEncoder writes an empty container as an opening bracket, a blank line, the closer.
      if wasEmpty { out.append(0x0A) }
      newline()
    }
    out.append(b)
  }

  /// Writes `"key" : ` (pretty) or `"key":` (compact). Keys are plain ASCII identifiers.
  @inline(__always)
  mutating func key(_ k: StaticString) {
    separator()
    out.append(UInt8(ascii: "\""))
    out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
    appendKeyEnd()
  }

  /// A dynamic key (dictionary keys such as play ids), escaped like any string.
  mutating func key(_ k: String) {
    separator()
    appendString(k)
    out.append(contentsOf: pretty ? [0x20, UInt8(ascii: ":"), 0x20] : [UInt8(ascii: ":")])
  }

  @inline(__always)
  private mutating func appendKeyEnd() {
    if pretty {
      out.append(UInt8(ascii: "\""))
      out.append(0x20)
      out.append(UInt8(ascii: ":"))
      out.append(0x20)
    } else {
      out.append(UInt8(ascii: "\""))
      out.append(UInt8(ascii: ":"))
    }
  }

  // MARK: values (each may be an array element or follow a key)

  @inline(__always)
  mutating func string(_ s: String, element: Bool = false) {
    if element { separator() }
    appendString(s)
  }

  mutating func null(element: Bool = false) {
    if element { separator() }
    out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
  }

  mutating func bool(_ v: Bool, element: Bool = false) {
    if element { separator() }
    if v {
      out.append(contentsOf: [0x74, 0x72, 0x75, 0x65])
    } else {
      out.append(contentsOf: [0x66, 0x61, 0x6C, 0x73, 0x65])
    }
  }

  @inline(__always)
  mutating func int(_ v: Int64, element: Bool = false) {
    if element { separator() }
    if v == 0 {
      out.append(0x30)
      return
    }
    var m = v.magnitude
    if v < 0 { out.append(UInt8(ascii: "-")) }
    // Up to 20 digits, written backwards into a small tuple-free buffer.
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { buf in
      while m > 0 {
        buf[n] = UInt8(m % 10) + 0x30
        m /= 10
        n += 1
      }
      var i = n - 1
      while i >= 0 {
        out.append(buf[i])
        i -= 1
      }
    }
  }

  @inline(__always)
  mutating func int(_ v: Int, element: Bool = false) { int(Int64(v), element: element) }

  /// Doubles as JSONEncoder writes them: Swift's shortest round-trip text, without a `.0` suffix.
  mutating func double(_ v: Double, element: Bool = false) throws(CodecError) {
    guard v.isFinite else {
      throw CodecError(line: 0, column: 0, message: "cannot encode the non-finite number \(v)")
    }
    if element { separator() }
    var s = "\(v)"
    if s.hasSuffix(".0") { s.removeLast(2) }
    out.append(contentsOf: s.utf8)
  }

  /// Quoted, escaped string: `"` `\\` and control characters escaped the way JSONEncoder does.
  @inline(__always)
  mutating func appendString(_ s: String) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { u in
      var runStart = 0
      var i = 0
      while i < u.count {
        let b = u[i]
        if b >= 0x20 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\")
          && (b != UInt8(ascii: "/") || !escapeSlashes)
        {
          i += 1
          continue
        }
        if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
        appendEscape(b)
        i += 1
        runStart = i
      }
      if i > runStart { out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<i])) }
    }
    out.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscape(_ b: UInt8) {
    out.append(UInt8(ascii: "\\"))
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(b)
    case 0x08: out.append(UInt8(ascii: "b"))
    case 0x0C: out.append(UInt8(ascii: "f"))
    case 0x0A: out.append(UInt8(ascii: "n"))
    case 0x0D: out.append(UInt8(ascii: "r"))
    case 0x09: out.append(UInt8(ascii: "t"))
    default:
      let hex: [UInt8] = Array("0123456789abcdef".utf8)
      out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
    }
  }
}
