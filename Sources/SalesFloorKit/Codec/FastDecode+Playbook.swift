/// Decoders for playbooks and their nested situation, question and objection values.
extension JSONReader {
  private enum PlaybookKey: Int, JSONKeys {
    case contentIds, framework, id, name, objections, productIds, questions, redFlags, situation, steps
    case summary, talkTrack
    static let keys = table()
  }
  private enum SituationKey: Int, JSONKeys {
    case anyCompetitor, competitors, maxAmount, minAmount, personas, qualificationGaps, segments, stages
    case stalled, tags
    static let keys = table()
  }
  private enum PairKey: Int, JSONKeys {
    case kind, objection, response, text
    static let keys = table()
  }

  mutating func decodePlaybook() throws(JSONFailure) -> Playbook {
    var p = Playbook(id: "", name: "", summary: "")
    var id: String?
    var name: String?
    var summary: String?
    var situation: Playbook.Situation?
    var steps: [String]?
    var questions: [Playbook.Question]?
    var talkTrack: String?
    var objections: [Playbook.Objection]?
    var redFlags: [String]?
    var contentIds: [String]?
    let at = try object(PlaybookKey.keys) { r, k throws(JSONFailure) in
      switch PlaybookKey(rawValue: k) {
      case .contentIds: contentIds = try r.readStringArray()
      case .productIds: if try !r.consumeNull() { p.productIds = try r.readStringArray() }
      case .framework: p.framework = try r.optString()
      case .id: id = try r.readString()
      case .name: name = try r.readString()
      case .objections:
        objections = try r.readArray("an array of objections") { r throws(JSONFailure) in
          try r.decodeObjection()
        }
      case .questions:
        questions = try r.readArray("an array of questions") { r throws(JSONFailure) in try r.decodeQuestion()
        }
      case .redFlags: redFlags = try r.readStringArray()
      case .situation: situation = try r.decodeSituation()
      case .steps: steps = try r.readStringArray()
      case .summary: summary = try r.readString()
      case .talkTrack: talkTrack = try r.readString()
      case nil: try r.skipValue()
      }
    }
    p.id = try req(id, "id", at)
    p.name = try req(name, "name", at)
    p.summary = try req(summary, "summary", at)
    p.situation = try req(situation, "situation", at)
    p.steps = try req(steps, "steps", at)
    p.questions = try req(questions, "questions", at)
    p.talkTrack = try req(talkTrack, "talkTrack", at)
    p.objections = try req(objections, "objections", at)
    p.redFlags = try req(redFlags, "redFlags", at)
    p.contentIds = try req(contentIds, "contentIds", at)
    return p
  }

  private mutating func decodeSituation() throws(JSONFailure) -> Playbook.Situation {
    var s = Playbook.Situation()
    var lists: [Int: [String]] = [:]
    var segments: [Account.Segment]?
    let at = try object(SituationKey.keys) { r, k throws(JSONFailure) in
      switch SituationKey(rawValue: k) {
      case .anyCompetitor: s.anyCompetitor = try r.optBool()
      case .maxAmount: s.maxAmount = try r.optInt64("an integer (minor units)")
      case .minAmount: s.minAmount = try r.optInt64("an integer (minor units)")
      case .segments:
        segments = try r.readArray("an array of segments") { r throws(JSONFailure) in
          try r.readEnum(Account.Segment.self, "segment")
        }
      case .stalled: s.stalled = try r.optBool()
      case .qualificationGaps:
        if try !r.consumeNull() {
          s.qualificationGaps = try r.readArray("an array of MEDDPICC elements") { r throws(JSONFailure) in
            try r.readEnum(QualificationElement.self, "MEDDPICC element")
          }
        }
      case .competitors, .personas, .stages, .tags: lists[k] = try r.readStringArray()
      case nil: try r.skipValue()
      }
    }
    func list(_ key: SituationKey) throws(JSONFailure) -> [String] {
      try req(lists[key.rawValue], "\(key)", at)
    }
    s.stages = try list(.stages)
    s.segments = try req(segments, "segments", at)
    s.personas = try list(.personas)
    s.competitors = try list(.competitors)
    s.tags = try list(.tags)
    return s
  }

  private mutating func decodeQuestion() throws(JSONFailure) -> Playbook.Question {
    var kind: String?
    var text: String?
    let at = try object(PairKey.keys) { r, k throws(JSONFailure) in
      switch PairKey(rawValue: k) {
      case .kind: kind = try r.optString()
      case .text: text = try r.readString()
      default: try r.skipValue()
      }
    }
    return Playbook.Question(kind: kind, text: try req(text, "text", at))
  }

  private mutating func decodeObjection() throws(JSONFailure) -> Playbook.Objection {
    var objection: String?
    var response: String?
    let at = try object(PairKey.keys) { r, k throws(JSONFailure) in
      switch PairKey(rawValue: k) {
      case .objection: objection = try r.readString()
      case .response: response = try r.readString()
      default: try r.skipValue()
      }
    }
    return Playbook.Objection(
      objection: try req(objection, "objection", at), response: try req(response, "response", at))
  }
}
