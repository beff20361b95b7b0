/// Optional-field readers (null and absence are the same to Codable's `decodeIfPresent`) and
/// error-path helpers shared by the record decoders.
extension JSONReader {
  @inline(__always)
  mutating func optString() throws(JSONFailure) -> String? {
    try consumeNull() ? nil : try readString()
  }
  @inline(__always)
  mutating func optInternedString() throws(JSONFailure) -> String? {
    try consumeNull() ? nil : try readInternedString()
  }
  @inline(__always)
  mutating func optDay() throws(JSONFailure) -> Day? {
    try consumeNull() ? nil : try readDay()
  }
  @inline(__always)
  mutating func optTimestamp() throws(JSONFailure) -> Timestamp? {
    try consumeNull() ? nil : try readTimestamp()
  }
  @inline(__always)
  mutating func optInt(_ expected: String = "an integer") throws(JSONFailure) -> Int? {
    try consumeNull() ? nil : try readInt(expected)
  }
  @inline(__always)
  mutating func optInt64(_ expected: String = "an integer") throws(JSONFailure) -> Int64? {
    try consumeNull() ? nil : try readInt64(expected)
  }
  mutating func optDouble() throws(JSONFailure) -> Double? {
    try consumeNull() ? nil : try readDouble()
  }
  mutating func optBool() throws(JSONFailure) -> Bool? {
    try consumeNull() ? nil : try readBool()
  }
  mutating func optEnum<E: RawRepresentable>(_ type: E.Type, _ what: String) throws(JSONFailure) -> E?
  where E.RawValue == String {
    try consumeNull() ? nil : try readEnum(type, what)
  }

  /// Reads an array whose elements `element` decodes; errors gain the element's index.
  @inline(__always)
  mutating func readArray<T>(
    _ expected: String, _ element: (inout JSONReader) throws(JSONFailure) -> T
  ) throws(JSONFailure) -> [T] {
    try beginArray(expected)
    var out: [T] = []
    var first = true
    while try nextElement(first: &first) {
      do throws(JSONFailure) {
        out.append(try element(&self))
      } catch {
        throw error.prefixed(.index(out.count))
      }
    }
    return out
  }

  /// The error for a required key that never appeared; it points at the object's `{`.
  func missing(_ key: String, objectAt offset: Int) -> JSONFailure {
    fail("missing key \"\(key)\"", at: offset)
  }
}

extension JSONFailure {
  /// The same failure one level further out (`amount` → `items[3].amount`).
  func prefixed(_ item: PathItem) -> JSONFailure {
    var e = self
    e.path.insert(item, at: 0)
    return e
  }
  func under(_ table: KeyTable, _ index: Int) -> JSONFailure {
    prefixed(.key(index >= 0 ? table.name(index) : "?"))
  }
}

/// A `KeyTable` built from an enum whose cases are the JSON keys (in sorted order).
protocol JSONKeys: CaseIterable, RawRepresentable where RawValue == Int {}
extension JSONKeys {
  static func table() -> KeyTable { KeyTable(allCases.map { "\($0)" }) }
}

extension JSONReader {
  /// Reads one object, calling `field` with each known key's index (unknown keys are skipped);
  /// returns the offset of its `{` for "missing key" errors. Used by the cold record decoders.
  mutating func object(
    _ keys: KeyTable, _ expected: String = "an object",
    _ field: (inout JSONReader, Int) throws(JSONFailure) -> Void
  ) throws(JSONFailure) -> Int {
    let objectAt = peekOffset()
    try beginObject(expected)
    var first = true
    var hint = 0
    while let k = try nextKey(keys, first: &first, hint: &hint) {
      do throws(JSONFailure) {
        if k < 0 { try skipValue() } else { try field(&self, k) }
      } catch {
        throw error.under(keys, k)
      }
    }
    return objectAt
  }

  /// Unwraps a required field or reports it missing at the object's `{`.
  func req<T>(_ value: T?, _ key: String, _ objectAt: Int) throws(JSONFailure) -> T {
    guard let value else { throw missing(key, objectAt: objectAt) }
    return value
  }
}
