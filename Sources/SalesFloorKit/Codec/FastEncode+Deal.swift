/// Record encoders for the hot collections. Keys are written in byte order by hand, which is
/// what `JSONEncoder`'s `.sortedKeys` produces; optionals are omitted when nil, as synthesized
/// `Codable` does, except where `Deal.encode(to:)` writes an explicit null.
extension JSONWriter {
  mutating func write(_ d: Deal) {
    beginObject()
    key("accountId")
    if let v = d.accountId { string(v) } else { null() }
    key("amount")
    int(d.amount)
    key("closeDate")
    if let v = d.closeDate { day(v) } else { null() }
    optString("competitor", d.competitor)
    if !d.contacts.isEmpty {
      key("contacts")
      write(d.contacts)
    }
    key("createdAt")
    timestamp(d.createdAt)
    key("currency")
    string(d.currency)
    optString("externalId", d.externalId)
    if let v = d.forecastCategory {
      key("forecastCategory")
      string(v.rawValue)
    }
    key("history")
    beginArray()
    for c in d.history { write(c) }
    endArray()
    key("id")
    string(d.id)
    writeLineItems(d.lineItems)
    optString("lostReason", d.lostReason)
    key("name")
    string(d.name)
    optString("nextStep", d.nextStep)
    optDay("nextStepDate", d.nextStepDate)
    optString("notes", d.notes)
    key("ownerId")
    string(d.ownerId)
    optString("persona", d.persona)
    if !d.playProgress.isEmpty {
      key("playProgress")
      beginObject()
      for k in d.playProgress.keys.sorted(by: JSONWriter.byteOrder) {
        key(k)
        intArray(d.playProgress[k] ?? [])
      }
      endObject()
    }
    optInt("probability", d.probability)
    if !d.qualification.isEmpty { write(d.qualification) }
    key("stage")
    string(d.stage)
    key("tags")
    stringArray(d.tags)
    key("updatedAt")
    timestamp(d.updatedAt)
    endObject()
  }

  /// `"qualification": {element: {"at", "by", "contactId", "note", "status"}}`, as `Qualification.encode(to:)`.
  private mutating func write(_ q: Qualification) {
    key("qualification")
    beginObject()
    for e in q.entries.keys.sorted(by: { JSONWriter.byteOrder($0.rawValue, $1.rawValue) }) {
      guard let v = q.entries[e] else { continue }
      key(e.rawValue)
      beginObject()
      if let at = v.at {
        key("at")
        timestamp(at)
      }
      optString("by", v.by)
      optString("contactId", v.contactId)
      optString("note", v.note)
      key("status")
      string(v.status.rawValue)
      endObject()
    }
    endObject()
  }

  private mutating func write(_ c: DealChange) {
    beginObject(element: true)
    key("at")
    timestamp(c.at)
    optString("by", c.by)
    key("field")
    string(c.field.rawValue)
    optString("from", c.from)
    optString("to", c.to)
    endObject()
  }

  mutating func write(_ a: Activity) {
    beginObject()
    optString("accountId", a.accountId)
    optString("contactId", a.contactId)
    key("createdAt")
    timestamp(a.createdAt)
    optString("dealId", a.dealId)
    if let v = a.doneAt {
      key("doneAt")
      timestamp(v)
    }
    optDay("dueDate", a.dueDate)
    optInt("durationMinutes", a.durationMinutes)
    optString("externalId", a.externalId)
    key("id")
    string(a.id)
    key("kind")
    string(a.kind.rawValue)
    optString("notes", a.notes)
    key("ownerId")
    string(a.ownerId)
    key("subject")
    string(a.subject)
    endObject()
  }

  // MARK: field helpers

  /// JSONEncoder's `.sortedKeys` orders by UTF-8 bytes (`"Zeta"` before `"alpha"`, `"p10"` before `"p2"`).
  static func byteOrder(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  @inline(__always)
  mutating func optString(_ k: StaticString, _ v: String?) {
    guard let v else { return }
    key(k)
    string(v)
  }
  @inline(__always)
  mutating func optDay(_ k: StaticString, _ v: Day?) {
    guard let v else { return }
    key(k)
    day(v)
  }
  @inline(__always)
  mutating func optInt(_ k: StaticString, _ v: Int?) {
    guard let v else { return }
    key(k)
    int(v)
  }
  mutating func optInt64(_ k: StaticString, _ v: Int64?) {
    guard let v else { return }
    key(k)
    int(v)
  }
  mutating func optBool(_ k: StaticString, _ v: Bool?) {
    guard let v else { return }
    key(k)
    bool(v)
  }
  mutating func optDouble(_ k: StaticString, _ v: Double?) throws(CodecError) {
    guard let v else { return }
    key(k)
    try double(v)
  }

  mutating func stringArray(_ values: [String]) {
    beginArray()
    for v in values { string(v, element: true) }
    endArray()
  }
  mutating func intArray(_ values: [Int]) {
    beginArray()
    for v in values { int(v, element: true) }
    endArray()
  }

  /// `"YYYY-MM-DD"` written digit by digit (no String formatting on the hot path).
  @inline(__always)
  mutating func day(_ d: Day) {
    let c = d.components
    out.append(UInt8(ascii: "\""))
    digits(c.year, 4)
    out.append(UInt8(ascii: "-"))
    digits(c.month, 2)
    out.append(UInt8(ascii: "-"))
    digits(c.day, 2)
    out.append(UInt8(ascii: "\""))
  }

  /// `"YYYY-MM-DDTHH:MM:SSZ"` in UTC, the same text as `Timestamp.iso`.
  @inline(__always)
  mutating func timestamp(_ t: Timestamp) {
    let d = t.day
    let rem = Int(t.seconds - Int64(d.ordinal) * 86_400)
    let c = d.components
    out.append(UInt8(ascii: "\""))
    digits(c.year, 4)
    out.append(UInt8(ascii: "-"))
    digits(c.month, 2)
    out.append(UInt8(ascii: "-"))
    digits(c.day, 2)
    out.append(UInt8(ascii: "T"))
    digits(rem / 3600, 2)
    out.append(UInt8(ascii: ":"))
    digits(rem / 60 % 60, 2)
    out.append(UInt8(ascii: ":"))
    digits(rem % 60, 2)
    out.append(UInt8(ascii: "Z"))
    out.append(UInt8(ascii: "\""))
  }

  /// Zero-padded decimal of at least `width` digits (years beyond 9999 keep all their digits).
  @inline(__always)
  private mutating func digits(_ v: Int, _ width: Int) {
    if v < 0 || v > 9999 {
      let s = Day.pad(v, width)
      out.append(contentsOf: s.utf8)
      return
    }
    if width >= 4 { out.append(UInt8(v / 1000) + 0x30) }
    if width >= 3 { out.append(UInt8(v / 100 % 10) + 0x30) }
    if width >= 2 || v >= 10 { out.append(UInt8(v / 10 % 10) + 0x30) }
    out.append(UInt8(v % 10) + 0x30)
  }
}
