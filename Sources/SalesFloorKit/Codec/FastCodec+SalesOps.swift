/// Fast decoders and encoders for the sales-operations records (forecast submissions and
/// snapshots, ramp plans): the same keys, in byte order, and defaults as their synthesized `Codable`.
extension JSONReader {
  private enum SubmissionKey: Int, JSONKeys {
    case bestCase, commit, currency, id, kind, note, period, personId, pipeline, submittedAt, submittedBy
    case wasBestCase, wasCommit, wasSubmittedAt
    static let keys = table()
  }

  mutating func decodeForecastSubmission() throws(JSONFailure) -> ForecastSubmission {
    var id: String?
    var personId: String?
    var period: String?
    var kind: ForecastSubmission.Kind?
    var commit: Int64?
    var bestCase: Int64?
    var currency: String?
    var submittedAt: Timestamp?
    var note: String?
    var pipeline: Int64?
    var submittedBy: String?
    var wasBestCase: Int64?
    var wasCommit: Int64?
    var wasSubmittedAt: Timestamp?
    let at = try object(SubmissionKey.keys) { r, k throws(JSONFailure) in
      switch SubmissionKey(rawValue: k) {
      case .bestCase: bestCase = try r.readInt64("an integer (minor units)")
      case .commit: commit = try r.readInt64("an integer (minor units)")
      case .currency: currency = try r.readInternedString()
      case .id: id = try r.readString()
      case .kind: kind = try r.readEnum(ForecastSubmission.Kind.self, "submission kind")
      case .note: note = try r.optString()
      case .period: period = try r.readInternedString()
      case .personId: personId = try r.readInternedString()
      case .submittedAt: submittedAt = try r.readTimestamp()
      case .pipeline: pipeline = try r.optInt64("an integer (minor units)")
      case .submittedBy: submittedBy = try r.optString()
      case .wasBestCase: wasBestCase = try r.optInt64("an integer (minor units)")
      case .wasCommit: wasCommit = try r.optInt64("an integer (minor units)")
      case .wasSubmittedAt: wasSubmittedAt = try r.optTimestamp()
      case nil: try r.skipValue()
      }
    }
    var s = ForecastSubmission(
      personId: try req(personId, "personId", at), period: try req(period, "period", at),
      kind: try req(kind, "kind", at), commit: try req(commit, "commit", at),
      bestCase: try req(bestCase, "bestCase", at), currency: try req(currency, "currency", at),
      submittedAt: try req(submittedAt, "submittedAt", at), note: note)
    s.id = try req(id, "id", at)
    s.pipeline = pipeline
    s.submittedBy = submittedBy
    s.wasBestCase = wasBestCase
    s.wasCommit = wasCommit
    s.wasSubmittedAt = wasSubmittedAt
    return s
  }

  private enum SnapshotKey: Int, JSONKeys {
    case currency, id, lines, period, takenAt
    static let keys = table()
  }
  private enum LineKey: Int, JSONKeys {
    case amount, category, closeDate, id, owner, stage
    static let keys = table()
  }

  mutating func decodeForecastSnapshot() throws(JSONFailure) -> ForecastSnapshot {
    var id: String?
    var takenAt: Timestamp?
    var period: String?
    var currency: String?
    var lines: [ForecastSnapshot.Line]?
    let at = try object(SnapshotKey.keys) { r, k throws(JSONFailure) in
      switch SnapshotKey(rawValue: k) {
      case .currency: currency = try r.readInternedString()
      case .id: id = try r.readString()
      case .lines:
        lines = try r.readArray("an array of snapshot lines") { r throws(JSONFailure) in
          try r.decodeSnapshotLine()
        }
      case .period: period = try r.readInternedString()
      case .takenAt: takenAt = try r.readTimestamp()
      case nil: try r.skipValue()
      }
    }
    return ForecastSnapshot(
      id: try req(id, "id", at), takenAt: try req(takenAt, "takenAt", at),
      period: try req(period, "period", at),
      currency: try req(currency, "currency", at), lines: try req(lines, "lines", at))
  }

  private mutating func decodeSnapshotLine() throws(JSONFailure) -> ForecastSnapshot.Line {
    var id: String?
    var owner: String?
    var amount: Int64?
    var stage: String?
    var category: ForecastCategory?
    var closeDate: Day?
    let at = try object(LineKey.keys) { r, k throws(JSONFailure) in
      switch LineKey(rawValue: k) {
      case .amount: amount = try r.readInt64("an integer (minor units)")
      case .category: category = try r.readEnum(ForecastCategory.self, "forecast category")
      case .closeDate: closeDate = try r.optDay()
      case .id: id = try r.readString()
      case .owner: owner = try r.readInternedString()
      case .stage: stage = try r.readInternedString()
      case nil: try r.skipValue()
      }
    }
    return ForecastSnapshot.Line(
      id: try req(id, "id", at), owner: try req(owner, "owner", at), amount: try req(amount, "amount", at),
      stage: try req(stage, "stage", at), category: try req(category, "category", at), closeDate: closeDate)
  }

  private enum RampPlanKey: Int, JSONKeys {
    case firstMeetingDays, firstOpportunityDays, firstWinDays, id, name, quotaRamp, trainingModuleIds
    static let keys = table()
  }

  mutating func decodeRampPlan() throws(JSONFailure) -> RampPlan {
    var p = RampPlan(id: "", name: "")
    var id: String?
    var name: String?
    var ramp: [Int]?
    var modules: [String]?
    p.firstMeetingDays = nil
    p.firstOpportunityDays = nil
    p.firstWinDays = nil
    let at = try object(RampPlanKey.keys) { r, k throws(JSONFailure) in
      switch RampPlanKey(rawValue: k) {
      case .firstMeetingDays: p.firstMeetingDays = try r.optInt()
      case .firstOpportunityDays: p.firstOpportunityDays = try r.optInt()
      case .firstWinDays: p.firstWinDays = try r.optInt()
      case .id: id = try r.readString()
      case .name: name = try r.readString()
      case .quotaRamp:
        ramp = try r.readArray("an array of percentages") { r throws(JSONFailure) in try r.readInt() }
      case .trainingModuleIds: modules = try r.readStringArray()
      case nil: try r.skipValue()
      }
    }
    p.id = try req(id, "id", at)
    p.name = try req(name, "name", at)
    p.quotaRamp = try req(ramp, "quotaRamp", at)
    p.trainingModuleIds = try req(modules, "trainingModuleIds", at)
    return p
  }
}

extension JSONWriter {
  mutating func write(_ s: ForecastSubmission) {
    beginObject()
    key("bestCase")
    int(s.bestCase)
    key("commit")
    int(s.commit)
    key("currency")
    string(s.currency)
    key("id")
    string(s.id)
    key("kind")
    string(s.kind.rawValue)
    optString("note", s.note)
    key("period")
    string(s.period)
    key("personId")
    string(s.personId)
    optInt64("pipeline", s.pipeline)
    key("submittedAt")
    timestamp(s.submittedAt)
    optString("submittedBy", s.submittedBy)
    optInt64("wasBestCase", s.wasBestCase)
    optInt64("wasCommit", s.wasCommit)
    if let w = s.wasSubmittedAt {
      key("wasSubmittedAt")
      timestamp(w)
    }
    endObject()
  }

  mutating func write(_ s: ForecastSnapshot) {
    beginObject()
    key("currency")
    string(s.currency)
    key("id")
    string(s.id)
    key("lines")
    beginArray()
    for l in s.lines {
      beginObject(element: true)
      key("amount")
      int(l.amount)
      key("category")
      string(l.category.rawValue)
      optDay("closeDate", l.closeDate)
      key("id")
      string(l.id)
      key("owner")
      string(l.owner)
      key("stage")
      string(l.stage)
      endObject()
    }
    endArray()
    key("period")
    string(s.period)
    key("takenAt")
    timestamp(s.takenAt)
    endObject()
  }

  mutating func write(_ p: RampPlan) {
    beginObject()
    optInt("firstMeetingDays", p.firstMeetingDays)
    optInt("firstOpportunityDays", p.firstOpportunityDays)
    optInt("firstWinDays", p.firstWinDays)
    key("id")
    string(p.id)
    key("name")
    string(p.name)
    key("quotaRamp")
    intArray(p.quotaRamp)
    key("trainingModuleIds")
    stringArray(p.trainingModuleIds)
    endObject()
  }
}
