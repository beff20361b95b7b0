/// Decoders for coaching items, playbooks, comp plans and settings (cold collections, read with
/// the closure-based `object` helper).
extension JSONReader {
  private enum CoachingKey: Int, JSONKeys {
    case coachId, commitments, createdAt, dealIds, dueDate, focusSkill, id, notes, personId, priority
    case reason, signal, snoozedUntil, status, statusReason, title, trainingModuleId
    static let keys = table()
  }

  mutating func decodeCoaching() throws(JSONFailure) -> CoachingItem {
    var c = CoachingItem(id: "", personId: "", title: "", reason: "", createdAt: Timestamp(seconds: 0))
    var id: String?
    var personId: String?
    var title: String?
    var reason: String?
    var priority: CoachingItem.Priority?
    var status: CoachingItem.Status?
    var dealIds: [String]?
    var commitments: [CoachingItem.Commitment]?
    var notes: [CoachingItem.SessionNote]?
    var createdAt: Timestamp?
    let at = try object(CoachingKey.keys) { r, k throws(JSONFailure) in
      switch CoachingKey(rawValue: k) {
      case .coachId: c.coachId = try r.optInternedString()
      case .commitments:
        commitments = try r.readArray("an array of commitments") { r throws(JSONFailure) in
          try r.decodeCommitment()
        }
      case .createdAt: createdAt = try r.readTimestamp()
      case .dealIds: dealIds = try r.readStringArray()
      case .dueDate: c.dueDate = try r.optDay()
      case .focusSkill: c.focusSkill = try r.optString()
      case .id: id = try r.readString()
      case .notes:
        notes = try r.readArray("an array of session notes") { r throws(JSONFailure) in
          try r.decodeSessionNote()
        }
      case .personId: personId = try r.readInternedString()
      case .priority:
        let p = r.peekOffset()
        guard let v = CoachingItem.Priority(rawValue: try r.readInt("an integer priority (1–3)")) else {
          throw r.fail("unknown priority, expected 1, 2 or 3", at: p)
        }
        priority = v
      case .reason: reason = try r.readString()
      case .signal: c.signal = try r.optInternedString()
      case .snoozedUntil: c.snoozedUntil = try r.optDay()
      case .status: status = try r.readEnum(CoachingItem.Status.self, "status")
      case .statusReason: c.statusReason = try r.optString()
      case .title: title = try r.readString()
      case .trainingModuleId: c.trainingModuleId = try r.optString()
      case nil: try r.skipValue()
      }
    }
    c.id = try req(id, "id", at)
    c.personId = try req(personId, "personId", at)
    c.title = try req(title, "title", at)
    c.reason = try req(reason, "reason", at)
    c.priority = try req(priority, "priority", at)
    c.status = try req(status, "status", at)
    c.dealIds = try req(dealIds, "dealIds", at)
    c.commitments = try req(commitments, "commitments", at)
    c.notes = try req(notes, "notes", at)
    c.createdAt = try req(createdAt, "createdAt", at)
    return c
  }

  private enum CommitmentKey: Int, JSONKeys {
    case by, check, dealId, done, text, trainingModuleId
    static let keys = table()
  }

  private mutating func decodeCommitment() throws(JSONFailure) -> CoachingItem.Commitment {
    var c = CoachingItem.Commitment(text: "")
    var text: String?
    var check: CoachingItem.Commitment.Check?
    var done: Bool?
    let at = try object(CommitmentKey.keys) { r, k throws(JSONFailure) in
      switch CommitmentKey(rawValue: k) {
      case .by: c.by = try r.optDay()
      case .check: check = try r.readEnum(CoachingItem.Commitment.Check.self, "check")
      case .dealId: c.dealId = try r.optString()
      case .done: done = try r.readBool()
      case .text: text = try r.readString()
      case .trainingModuleId: c.trainingModuleId = try r.optString()
      case nil: try r.skipValue()
      }
    }
    c.text = try req(text, "text", at)
    c.check = try req(check, "check", at)
    c.done = try req(done, "done", at)
    return c
  }

  private enum NoteKey: Int, JSONKeys {
    case at, authorId, text
    static let keys = table()
  }

  private mutating func decodeSessionNote() throws(JSONFailure) -> CoachingItem.SessionNote {
    var time: Timestamp?
    var authorId: String?
    var text: String?
    let at = try object(NoteKey.keys) { r, k throws(JSONFailure) in
      switch NoteKey(rawValue: k) {
      case .at: time = try r.readTimestamp()
      case .authorId: authorId = try r.optString()
      case .text: text = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return CoachingItem.SessionNote(
      at: try req(time, "at", at), authorId: authorId, text: try req(text, "text", at))
  }

  private enum CompPlanKey: Int, JSONKeys {
    case capPercent, currency, draw, id, measure, name, periodKind, personIds, targetVariable, tiers
    static let keys = table()
  }
  private enum TierKey: Int, JSONKeys {
    case from, rate, to
    static let keys = table()
  }

  mutating func decodeCompPlan() throws(JSONFailure) -> CompPlan {
    var p = CompPlan(id: "", name: "", targetVariable: 0, currency: "", tiers: [])
    var id: String?
    var name: String?
    var targetVariable: Int64?
    var currency: String?
    var measure: String?
    var tiers: [CompPlan.Tier]?
    var personIds: [String]?
    var periodKind: Period.Kind?
    let at = try object(CompPlanKey.keys) { r, k throws(JSONFailure) in
      switch CompPlanKey(rawValue: k) {
      case .capPercent: p.capPercent = try r.optDouble()
      case .currency: currency = try r.readInternedString()
      case .draw: p.draw = try r.optInt64("an integer (minor units)")
      case .id: id = try r.readString()
      case .measure: measure = try r.readString()
      case .name: name = try r.readString()
      case .periodKind: periodKind = try r.readEnum(Period.Kind.self, "period kind")
      case .personIds: personIds = try r.readStringArray()
      case .targetVariable: targetVariable = try r.readInt64("an integer (minor units)")
      case .tiers:
        tiers = try r.readArray("an array of tiers") { r throws(JSONFailure) in try r.decodeTier() }
      case nil: try r.skipValue()
      }
    }
    p.id = try req(id, "id", at)
    p.name = try req(name, "name", at)
    p.targetVariable = try req(targetVariable, "targetVariable", at)
    p.currency = try req(currency, "currency", at)
    p.measure = try req(measure, "measure", at)
    p.tiers = try req(tiers, "tiers", at)
    p.personIds = try req(personIds, "personIds", at)
    p.periodKind = try req(periodKind, "periodKind", at)
    return p
  }

  private mutating func decodeTier() throws(JSONFailure) -> CompPlan.Tier {
    var from: Double?
    var to: Double?
    var rate: Double?
    let at = try object(TierKey.keys) { r, k throws(JSONFailure) in
      switch TierKey(rawValue: k) {
      case .from: from = try r.readDouble()
      case .rate: rate = try r.readDouble()
      case .to: to = try r.optDouble()
      case nil: try r.skipValue()
      }
    }
    return CompPlan.Tier(from: try req(from, "from", at), to: to, rate: try req(rate, "rate", at))
  }

  private enum SettingsKey: Int, JSONKeys {
    case currency, defaultCoverageTarget, exchangeRates, feed, fiscalYearStartMonth, handoffTemplates
    case hiringCompetencies, lostReasons
    case rampSchedule
    case stages, workspaceName
    static let keys = table()
  }
  private enum RateKey: Int, JSONKeys {
    case currency, from, rate
    static let keys = table()
  }
  private enum StageKey: Int, JSONKeys {
    case exitCriteria, forecastCategory, id, kind, name, order, probability, requiredFields, rottingDays
    static let keys = table()
  }

  mutating func decodeSettings() throws(JSONFailure) -> Settings {
    var workspaceName: String?
    var currency: String?
    var fiscalYearStartMonth: Int?
    var stages: [Stage]?
    var lostReasons: [String]?
    var rampSchedule: [Int]?
    var coverage: Double?
    var rates: [ExchangeRate] = []
    var templates: [HandoffTemplate] = []
    var competencies: [String] = []
    var feed: FeedSettings?
    let at = try object(SettingsKey.keys) { r, k throws(JSONFailure) in
      switch SettingsKey(rawValue: k) {
      case .currency: currency = try r.readString()
      case .defaultCoverageTarget: coverage = try r.readDouble()
      case .exchangeRates:
        rates = try r.readArray("an array of exchange rates") { r throws(JSONFailure) in try r.decodeRate() }
      case .feed: feed = try r.decodeFeedSettings()
      case .fiscalYearStartMonth: fiscalYearStartMonth = try r.readInt()
      case .handoffTemplates:
        templates = try r.readArray("an array of handoff templates") { r throws(JSONFailure) in
          try r.decodeHandoffTemplate()
        }
      case .hiringCompetencies: competencies = try r.readStringArray()
      case .lostReasons: lostReasons = try r.readStringArray()
      case .rampSchedule:
        rampSchedule = try r.readArray("an array of percentages") { r throws(JSONFailure) in try r.readInt() }
      case .stages:
        stages = try r.readArray("an array of stages") { r throws(JSONFailure) in try r.decodeStage() }
      case .workspaceName: workspaceName = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return Settings(
      workspaceName: try req(workspaceName, "workspaceName", at), currency: try req(currency, "currency", at),
      fiscalYearStartMonth: try req(fiscalYearStartMonth, "fiscalYearStartMonth", at),
      stages: try req(stages, "stages", at), lostReasons: try req(lostReasons, "lostReasons", at),
      rampSchedule: try req(rampSchedule, "rampSchedule", at),
      defaultCoverageTarget: try req(coverage, "defaultCoverageTarget", at), exchangeRates: rates,
      handoffTemplates: templates, hiringCompetencies: competencies, feed: feed)
  }

  private mutating func decodeRate() throws(JSONFailure) -> ExchangeRate {
    var currency: String?
    var from: Day?
    var micros: Int64?
    let at = try object(RateKey.keys) { r, k throws(JSONFailure) in
      switch RateKey(rawValue: k) {
      case .currency: currency = try r.readString()
      case .from: from = try r.readDay()
      case .rate:
        let valueAt = r.peekOffset()
        let text = try r.readString("a rate string like \"1.08\"")
        guard let m = ExchangeRate.micros(parsing: text) else {
          throw r.fail("expected a positive decimal rate like \"1.08\", found \"\(text)\"", at: valueAt)
        }
        micros = m
      case nil: try r.skipValue()
      }
    }
    return ExchangeRate(
      currency: try req(currency, "currency", at), micros: try req(micros, "rate", at),
      from: try req(from, "from", at))
  }

  private mutating func decodeStage() throws(JSONFailure) -> Stage {
    var id: String?
    var name: String?
    var order: Int?
    var kind: Stage.Kind?
    var probability: Int?
    var forecastCategory: ForecastCategory?
    var rottingDays: Int?
    var exitCriteria: [String]?
    var requiredFields: [String]?
    let at = try object(StageKey.keys) { r, k throws(JSONFailure) in
      switch StageKey(rawValue: k) {
      case .exitCriteria: exitCriteria = try r.readStringArray()
      case .forecastCategory: forecastCategory = try r.readEnum(ForecastCategory.self, "forecast category")
      case .id: id = try r.readString()
      case .kind: kind = try r.readEnum(Stage.Kind.self, "stage kind")
      case .name: name = try r.readString()
      case .order: order = try r.readInt()
      case .probability: probability = try r.readInt()
      case .requiredFields: requiredFields = try r.readStringArray()
      case .rottingDays: rottingDays = try r.optInt()
      case nil: try r.skipValue()
      }
    }
    return Stage(
      id: try req(id, "id", at), name: try req(name, "name", at), order: try req(order, "order", at),
      kind: try req(kind, "kind", at), probability: try req(probability, "probability", at),
      forecastCategory: try req(forecastCategory, "forecastCategory", at), rottingDays: rottingDays,
      exitCriteria: try req(exitCriteria, "exitCriteria", at), requiredFields: requiredFields)
  }
}
