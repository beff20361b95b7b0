/// The fast codec for activity goals: the same keys as the synthesized `Codable` form (optional
/// keys left out when nil), written in byte order like `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum ActivityGoalKey: Int, JSONKeys {
    case cadence, createdAt, fromDay, id, kind, personId, targetCount, targetMinutes, teamManagerId
    case updatedAt
    static let keys = table()
  }

  mutating func decodeActivityGoal() throws(JSONFailure) -> ActivityGoal {
    var id: String?
    var personId: String?
    var teamManagerId: String?
    var kind: Activity.Kind?
    var cadence: ActivityGoal.Cadence?
    var targetCount: Int?
    var targetMinutes: Int?
    var fromDay: Day?
    var createdAt: Timestamp?
    var updatedAt: Timestamp?
    let at = try object(ActivityGoalKey.keys) { r, k throws(JSONFailure) in
      switch ActivityGoalKey(rawValue: k) {
      case .cadence: cadence = try r.readEnum(ActivityGoal.Cadence.self, "goal cadence (weekly or monthly)")
      case .createdAt: createdAt = try r.readTimestamp()
      case .fromDay: fromDay = try r.readDay()
      case .id: id = try r.readString()
      case .kind: kind = try r.readEnum(Activity.Kind.self, "activity kind")
      case .personId: personId = try r.optInternedString()
      case .targetCount: targetCount = try r.readInt()
      case .targetMinutes: targetMinutes = try r.optInt()
      case .teamManagerId: teamManagerId = try r.optInternedString()
      case .updatedAt: updatedAt = try r.readTimestamp()
      case nil: try r.skipValue()
      }
    }
    var g = ActivityGoal(
      id: try req(id, "id", at), scope: .person(""), kind: try req(kind, "kind", at),
      cadence: try req(cadence, "cadence", at), targetCount: try req(targetCount, "targetCount", at),
      targetMinutes: targetMinutes, fromDay: try req(fromDay, "fromDay", at),
      createdAt: try req(createdAt, "createdAt", at), updatedAt: try req(updatedAt, "updatedAt", at))
    g.personId = personId
    g.teamManagerId = teamManagerId
    return g
  }
}

extension JSONWriter {
  mutating func write(_ g: ActivityGoal) {
    beginObject()
    key("cadence")
    string(g.cadence.rawValue)
    key("createdAt")
    timestamp(g.createdAt)
    key("fromDay")
    day(g.fromDay)
    key("id")
    string(g.id)
    key("kind")
    string(g.kind.rawValue)
    optString("personId", g.personId)
    key("targetCount")
    int(g.targetCount)
    optInt("targetMinutes", g.targetMinutes)
    optString("teamManagerId", g.teamManagerId)
    key("updatedAt")
    timestamp(g.updatedAt)
    endObject()
  }
}
