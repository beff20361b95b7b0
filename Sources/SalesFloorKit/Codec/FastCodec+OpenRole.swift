/// The fast codec for open roles: the same keys and defaults as the synthesized `Codable`
/// conformance, keys written in byte order like `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum OpenRoleKey: Int, JSONKeys {
    case closedOn, filledByPersonId, id, managerId, notes, openedOn, status, targetStart, territoryId, title
    static let keys = table()
  }

  mutating func decodeOpenRole() throws(JSONFailure) -> OpenRole {
    var id: String?
    var title: String?
    var managerId: String?
    var openedOn: Day?
    var status: OpenRole.Status?
    var r = OpenRole(id: "", title: "", managerId: "", openedOn: Day(ordinal: 0))
    let at = try object(OpenRoleKey.keys) { rd, k throws(JSONFailure) in
      switch OpenRoleKey(rawValue: k) {
      case .closedOn: r.closedOn = try rd.optDay()
      case .filledByPersonId: r.filledByPersonId = try rd.optInternedString()
      case .id: id = try rd.readString()
      case .managerId: managerId = try rd.readInternedString()
      case .notes: r.notes = try rd.optString()
      case .openedOn: openedOn = try rd.readDay()
      case .status: status = try rd.readEnum(OpenRole.Status.self, "open role status")
      case .targetStart: r.targetStart = try rd.optDay()
      case .territoryId: r.territoryId = try rd.optInternedString()
      case .title: title = try rd.readString()
      case nil: try rd.skipValue()
      }
    }
    r.id = try req(id, "id", at)
    r.title = try req(title, "title", at)
    r.managerId = try req(managerId, "managerId", at)
    r.openedOn = try req(openedOn, "openedOn", at)
    r.status = try req(status, "status", at)
    return r
  }
}

extension JSONWriter {
  mutating func write(_ r: OpenRole) {
    beginObject()
    optDay("closedOn", r.closedOn)
    optString("filledByPersonId", r.filledByPersonId)
    key("id")
    string(r.id)
    key("managerId")
    string(r.managerId)
    optString("notes", r.notes)
    key("openedOn")
    day(r.openedOn)
    key("status")
    string(r.status.rawValue)
    optDay("targetStart", r.targetStart)
    optString("territoryId", r.territoryId)
    key("title")
    string(r.title)
    endObject()
  }
}
