/// The fast codec for candidates: the same keys and defaults as their synthesized `Codable`
/// conformances (which require every non-optional key), keys written in byte order like
/// `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum CandidateKey: Int, JSONKeys {
    case createdAt, id, managerId, name, personId, roleAppliedFor, scorecards, source, stage, stageHistory
    case updatedAt
    static let keys = table()
  }
  private enum StageChangeKey: Int, JSONKeys {
    case day, stage
    static let keys = table()
  }
  private enum ScorecardKey: Int, JSONKeys {
    case day, interviewerId, note, recommendation, scores
    static let keys = table()
  }
  private enum ScoreKey: Int, JSONKeys {
    case competency, score
    static let keys = table()
  }

  mutating func decodeCandidate() throws(JSONFailure) -> Candidate {
    var id: String?
    var name: String?
    var role: Person.Role?
    var source: Candidate.Source?
    var stage: CandidateStage?
    var history: [Candidate.StageChange]?
    var managerId: String?
    var scorecards: [Scorecard]?
    var personId: String?
    var createdAt: Timestamp?
    var updatedAt: Timestamp?
    let at = try object(CandidateKey.keys) { r, k throws(JSONFailure) in
      switch CandidateKey(rawValue: k) {
      case .createdAt: createdAt = try r.readTimestamp()
      case .id: id = try r.readString()
      case .managerId: managerId = try r.optInternedString()
      case .name: name = try r.readString()
      case .personId: personId = try r.optString()
      case .roleAppliedFor: role = try r.readEnum(Person.Role.self, "role")
      case .scorecards:
        scorecards = try r.readArray("an array of scorecards") { r throws(JSONFailure) in
          try r.decodeScorecard()
        }
      case .source: source = try r.readEnum(Candidate.Source.self, "candidate source")
      case .stage: stage = try r.readEnum(CandidateStage.self, "candidate stage")
      case .stageHistory:
        history = try r.readArray("an array of stage changes") { r throws(JSONFailure) in
          try r.decodeStageChange()
        }
      case .updatedAt: updatedAt = try r.readTimestamp()
      case nil: try r.skipValue()
      }
    }
    let created = try req(createdAt, "createdAt", at)
    return Candidate(
      id: try req(id, "id", at), name: try req(name, "name", at),
      roleAppliedFor: try req(role, "roleAppliedFor", at), source: try req(source, "source", at),
      stage: try req(stage, "stage", at), stageHistory: try req(history, "stageHistory", at),
      managerId: managerId, scorecards: try req(scorecards, "scorecards", at), personId: personId,
      createdAt: created, updatedAt: try req(updatedAt, "updatedAt", at))
  }

  private mutating func decodeStageChange() throws(JSONFailure) -> Candidate.StageChange {
    var day: Day?
    var stage: CandidateStage?
    let at = try object(StageChangeKey.keys) { r, k throws(JSONFailure) in
      switch StageChangeKey(rawValue: k) {
      case .day: day = try r.readDay()
      case .stage: stage = try r.readEnum(CandidateStage.self, "candidate stage")
      case nil: try r.skipValue()
      }
    }
    return Candidate.StageChange(stage: try req(stage, "stage", at), day: try req(day, "day", at))
  }

  private mutating func decodeScorecard() throws(JSONFailure) -> Scorecard {
    var day: Day?
    var interviewerId: String?
    var note: String?
    var recommendation: Scorecard.Recommendation?
    var scores: [Scorecard.Score]?
    let at = try object(ScorecardKey.keys) { r, k throws(JSONFailure) in
      switch ScorecardKey(rawValue: k) {
      case .day: day = try r.readDay()
      case .interviewerId: interviewerId = try r.readInternedString()
      case .note: note = try r.optString()
      case .recommendation: recommendation = try r.readEnum(Scorecard.Recommendation.self, "recommendation")
      case .scores:
        scores = try r.readArray("an array of scores") { r throws(JSONFailure) in try r.decodeScore() }
      case nil: try r.skipValue()
      }
    }
    return Scorecard(
      interviewerId: try req(interviewerId, "interviewerId", at), day: try req(day, "day", at),
      scores: try req(scores, "scores", at), recommendation: try req(recommendation, "recommendation", at),
      note: note)
  }

  private mutating func decodeScore() throws(JSONFailure) -> Scorecard.Score {
    var competency: String?
    var score: Int?
    let at = try object(ScoreKey.keys) { r, k throws(JSONFailure) in
      switch ScoreKey(rawValue: k) {
      case .competency: competency = try r.readInternedString()
      case .score: score = try r.readInt()
      case nil: try r.skipValue()
      }
    }
    return Scorecard.Score(
      competency: try req(competency, "competency", at), score: try req(score, "score", at))
  }
}

extension JSONWriter {
  mutating func write(_ c: Candidate) {
    beginObject()
    key("createdAt")
    timestamp(c.createdAt)
    key("id")
    string(c.id)
    optString("managerId", c.managerId)
    key("name")
    string(c.name)
    optString("personId", c.personId)
    key("roleAppliedFor")
    string(c.roleAppliedFor.rawValue)
    key("scorecards")
    beginArray()
    for s in c.scorecards {
      beginObject(element: true)
      key("day")
      day(s.day)
      key("interviewerId")
      string(s.interviewerId)
      optString("note", s.note)
      key("recommendation")
      string(s.recommendation.rawValue)
      key("scores")
      beginArray()
      for x in s.scores {
        beginObject(element: true)
        key("competency")
        string(x.competency)
        key("score")
        int(x.score)
        endObject()
      }
      endArray()
      endObject()
    }
    endArray()
    key("source")
    string(c.source.rawValue)
    key("stage")
    string(c.stage.rawValue)
    key("stageHistory")
    beginArray()
    for h in c.stageHistory {
      beginObject(element: true)
      key("day")
      day(h.day)
      key("stage")
      string(h.stage.rawValue)
      endObject()
    }
    endArray()
    key("updatedAt")
    timestamp(c.updatedAt)
    endObject()
  }
}
