/// A JSON value, the common shape of every record's fields in the sync log.
///
/// Why a value type of its own: the merge compares and stores fields of every collection without
/// knowing their Swift types (a record is compared field by field through its `Codable` form), and
/// fields a newer version adds must survive a replica that does not know them.
public enum SyncValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([SyncValue])
  case object([String: SyncValue])

  /// Compact JSON with object keys in byte order: the same value always gives the same text, so it
  /// serves as the sync log's line format and as a total order for sorting.
  public var canonical: String {
    var out = ""
    write(into: &out)
    return out
  }

  private func write(into out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .double(let d): out += d.isFinite ? "\(d)" : "null"
    case .string(let s): SyncValue.writeString(s, into: &out)
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(into: &out)
      }
      out += "]"
    case .object(let fields):
      out += "{"
      for (i, key) in fields.keys.sorted(by: SyncValue.byteOrder).enumerated() {
        if i > 0 { out += "," }
        SyncValue.writeString(key, into: &out)
        out += ":"
        fields[key, default: .null].write(into: &out)
      }
      out += "}"
    }
  }

  private static func writeString(_ s: String, into out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  /// Byte order of UTF-8, the order `JSONEncoder(.sortedKeys)` and the collection files use.
  static func byteOrder(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }

  /// The members of an object; nil for any other value.
  public var objectValue: [String: SyncValue]? {
    if case .object(let o) = self { return o }
    return nil
  }

  /// The items of an array; nil for any other value.
  public var arrayValue: [SyncValue]? {
    if case .array(let a) = self { return a }
    return nil
  }

  /// The text of a string; nil for any other value.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }
}

extension SyncValue: Codable {
  public init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() {
      self = .null
    } else if let b = try? c.decode(Bool.self) {
      self = .bool(b)
    } else if let i = try? c.decode(Int64.self) {
      self = .int(i)
    } else if let d = try? c.decode(Double.self) {
      self = .double(d)
    } else if let s = try? c.decode(String.self) {
      self = .string(s)
    } else if let a = try? c.decode([SyncValue].self) {
      self = .array(a)
    } else {
      self = .object(try c.decode([String: SyncValue].self))
    }
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .null: try c.encodeNil()
    case .bool(let b): try c.encode(b)
    case .int(let i): try c.encode(i)
    case .double(let d): try c.encode(d)
    case .string(let s): try c.encode(s)
    case .array(let a): try c.encode(a)
    case .object(let o): try c.encode(o)
    }
  }
}

/// Why a sync input was refused: always a sentence a person can act on.
public struct SyncError: Error, Equatable, Sendable, CustomStringConvertible {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}
