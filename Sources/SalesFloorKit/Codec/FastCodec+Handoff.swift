/// The fast codec for handoffs and handoff templates: the same keys and defaults as their
/// synthesized `Codable` conformances, keys written in byte order like `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum HandoffKey: Int, JSONKeys {
    case completedOn, dealId, id, startedOn, steps, templateId
    static let keys = table()
  }
  private enum StepKey: Int, JSONKeys {
    case blockedAt, doneAt, doneBy, name, note, ownerPersonId, ownerRole, status, targetDays
    static let keys = table()
  }

  mutating func decodeHandoff() throws(JSONFailure) -> Handoff {
    var id: String?
    var dealId: String?
    var templateId: String?
    var startedOn: Day?
    var steps: [HandoffStep]?
    var completedOn: Day?
    let at = try object(HandoffKey.keys) { r, k throws(JSONFailure) in
      switch HandoffKey(rawValue: k) {
      case .completedOn: completedOn = try r.optDay()
      case .dealId: dealId = try r.readString()
      case .id: id = try r.readString()
      case .startedOn: startedOn = try r.readDay()
      case .steps:
        steps = try r.readArray("an array of handoff steps") { r throws(JSONFailure) in
          try r.decodeHandoffStep()
        }
      case .templateId: templateId = try r.readInternedString()
      case nil: try r.skipValue()
      }
    }
    return Handoff(
      id: try req(id, "id", at), dealId: try req(dealId, "dealId", at),
      templateId: try req(templateId, "templateId", at), startedOn: try req(startedOn, "startedOn", at),
      steps: try req(steps, "steps", at), completedOn: completedOn)
  }

  private mutating func decodeHandoffStep() throws(JSONFailure) -> HandoffStep {
    var name: String?
    var targetDays: Int?
    var status: HandoffStep.Status?
    var s = HandoffStep(name: "", targetDays: 0)
    let at = try object(StepKey.keys) { r, k throws(JSONFailure) in
      switch StepKey(rawValue: k) {
      case .blockedAt: s.blockedAt = try r.optTimestamp()
      case .doneAt: s.doneAt = try r.optTimestamp()
      case .doneBy: s.doneBy = try r.optInternedString()
      case .name: name = try r.readInternedString()
      case .note: s.note = try r.optString()
      case .ownerPersonId: s.ownerPersonId = try r.optInternedString()
      case .ownerRole: s.ownerRole = try r.optInternedString()
      case .status: status = try r.readEnum(HandoffStep.Status.self, "handoff step status")
      case .targetDays: targetDays = try r.readInt()
      case nil: try r.skipValue()
      }
    }
    s.name = try req(name, "name", at)
    s.targetDays = try req(targetDays, "targetDays", at)
    s.status = try req(status, "status", at)
    return s
  }

  private enum TemplateKey: Int, JSONKeys {
    case id, match, name, steps
    static let keys = table()
  }
  private enum TemplateStepKey: Int, JSONKeys {
    case name, ownerPersonId, ownerRole, targetDays
    static let keys = table()
  }
  private enum MatchKey: Int, JSONKeys {
    case productIds, segments
    static let keys = table()
  }

  mutating func decodeHandoffTemplate() throws(JSONFailure) -> HandoffTemplate {
    var id: String?
    var name: String?
    var steps: [HandoffTemplate.Step]?
    var match: HandoffTemplate.Match?
    let at = try object(TemplateKey.keys) { r, k throws(JSONFailure) in
      switch TemplateKey(rawValue: k) {
      case .id: id = try r.readString()
      case .match: match = try r.consumeNull() ? nil : try r.decodeHandoffMatch()
      case .name: name = try r.readString()
      case .steps:
        steps = try r.readArray("an array of template steps") { r throws(JSONFailure) in
          try r.decodeTemplateStep()
        }
      case nil: try r.skipValue()
      }
    }
    return HandoffTemplate(
      id: try req(id, "id", at), name: try req(name, "name", at), steps: try req(steps, "steps", at),
      match: match)
  }

  private mutating func decodeTemplateStep() throws(JSONFailure) -> HandoffTemplate.Step {
    var name: String?
    var targetDays: Int?
    var ownerRole: String?
    var ownerPersonId: String?
    let at = try object(TemplateStepKey.keys) { r, k throws(JSONFailure) in
      switch TemplateStepKey(rawValue: k) {
      case .name: name = try r.readString()
      case .ownerPersonId: ownerPersonId = try r.optString()
      case .ownerRole: ownerRole = try r.optString()
      case .targetDays: targetDays = try r.readInt()
      case nil: try r.skipValue()
      }
    }
    return HandoffTemplate.Step(
      name: try req(name, "name", at), ownerRole: ownerRole, ownerPersonId: ownerPersonId,
      targetDays: try req(targetDays, "targetDays", at))
  }

  private mutating func decodeHandoffMatch() throws(JSONFailure) -> HandoffTemplate.Match {
    var segments: [Account.Segment]?
    var productIds: [String]?
    let at = try object(MatchKey.keys) { r, k throws(JSONFailure) in
      switch MatchKey(rawValue: k) {
      case .productIds: productIds = try r.readStringArray()
      case .segments:
        segments = try r.readArray("an array of segments") { r throws(JSONFailure) in
          try r.readEnum(Account.Segment.self, "segment")
        }
      case nil: try r.skipValue()
      }
    }
    return HandoffTemplate.Match(
      segments: try req(segments, "segments", at), productIds: try req(productIds, "productIds", at))
  }
}

extension JSONWriter {
  mutating func write(_ h: Handoff) {
    beginObject()
    optDay("completedOn", h.completedOn)
    key("dealId")
    string(h.dealId)
    key("id")
    string(h.id)
    key("startedOn")
    day(h.startedOn)
    key("steps")
    beginArray()
    for s in h.steps {
      beginObject(element: true)
      optTimestamp("blockedAt", s.blockedAt)
      optTimestamp("doneAt", s.doneAt)
      optString("doneBy", s.doneBy)
      key("name")
      string(s.name)
      optString("note", s.note)
      optString("ownerPersonId", s.ownerPersonId)
      optString("ownerRole", s.ownerRole)
      key("status")
      string(s.status.rawValue)
      key("targetDays")
      int(s.targetDays)
      endObject()
    }
    endArray()
    key("templateId")
    string(h.templateId)
    endObject()
  }

  /// Settings' `handoffTemplates` array; callers leave the key out when there are none.
  mutating func write(_ templates: [HandoffTemplate]) {
    beginArray()
    for t in templates {
      beginObject(element: true)
      key("id")
      string(t.id)
      if let m = t.match {
        key("match")
        beginObject()
        key("productIds")
        stringArray(m.productIds)
        key("segments")
        stringArray(m.segments.map(\.rawValue))
        endObject()
      }
      key("name")
      string(t.name)
      key("steps")
      beginArray()
      for s in t.steps {
        beginObject(element: true)
        key("name")
        string(s.name)
        optString("ownerPersonId", s.ownerPersonId)
        optString("ownerRole", s.ownerRole)
        key("targetDays")
        int(s.targetDays)
        endObject()
      }
      endArray()
      endObject()
    }
    endArray()
  }

  mutating func optTimestamp(_ k: StaticString, _ v: Timestamp?) {
    guard let v else { return }
    key(k)
    timestamp(v)
  }
}
