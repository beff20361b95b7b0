/// The MEDDPICC scorecard of a deal, read like `Qualification.init(from:)`: an object keyed by
/// element raw value; an unknown element is an error naming the valid ones.
extension JSONReader {
  private enum EntryKey: Int, JSONKeys {
    case at, by, contactId, note, status
    static let keys = table()
  }

  mutating func readQualification() throws(JSONFailure) -> Qualification {
    try beginObject("an object of MEDDPICC elements")
    var out = Qualification()
    var first = true
    while true {
      let b = peek()
      if b == UInt8(ascii: "}") {
        pos += 1
        return out
      }
      if !first {
        guard b == UInt8(ascii: ",") else { throw unexpected("',' or '}'") }
        pos += 1
      }
      first = false
      guard peek() == UInt8(ascii: "\"") else { throw unexpected("a key string") }
      let keyAt = peekOffset()
      let name = try readString()
      guard let element = QualificationElement(rawValue: name) else {
        throw fail(
          "unknown MEDDPICC element \"\(name)\" (one of "
            + QualificationElement.allCases.map(\.rawValue).joined(separator: ", ") + ")", at: keyAt)
      }
      try expect(UInt8(ascii: ":"), "':' after a key")
      do throws(JSONFailure) {
        out[element] = try readQualificationEntry()
      } catch {
        throw error.prefixed(.key(name))
      }
    }
  }

  private mutating func readQualificationEntry() throws(JSONFailure) -> QualificationEntry {
    var status: QualificationStatus?
    var note: String?
    var by: String?
    var at: Timestamp?
    var contactId: String?
    let objectAt = try object(EntryKey.keys) { r, k throws(JSONFailure) in
      switch EntryKey(rawValue: k) {
      case .at: at = try r.optTimestamp()
      case .by: by = try r.optInternedString()
      case .contactId: contactId = try r.optString()
      case .note: note = try r.optString()
      case .status: status = try r.readEnum(QualificationStatus.self, "MEDDPICC status")
      case nil: try r.skipValue()
      }
    }
    return QualificationEntry(
      status: try req(status, "status", objectAt), note: note, by: by, at: at,
      contactId: contactId)
  }
}
