/// Decoders for people, accounts, quotas, content, training and territories: the same keys and
/// defaults as their synthesized (or custom) `Codable` conformances.
extension JSONReader {
  private enum PersonKey: Int, JSONKeys {
    case active, email, externalId, hireDate, id, managerId, name, rampPlanId, role, team, territoryId
    static let keys = table()
  }

  /// Mirrors `Person.init(from:)`: a missing `active` means true.
  mutating func decodePerson() throws(JSONFailure) -> Person {
    var id: String?
    var name: String?
    var email: String?
    var role: Person.Role?
    var managerId: String?
    var team: String?
    var hireDate: Day?
    var territoryId: String?
    var rampPlanId: String?
    var active: Bool?
    var externalId: String?
    let at = try object(PersonKey.keys) { r, k throws(JSONFailure) in
      switch PersonKey(rawValue: k) {
      case .active: active = try r.optBool()
      case .email: email = try r.optString()
      case .externalId: externalId = try r.optString()
      case .hireDate: hireDate = try r.optDay()
      case .id: id = try r.readString()
      case .managerId: managerId = try r.optInternedString()
      case .name: name = try r.readString()
      case .rampPlanId: rampPlanId = try r.optInternedString()
      case .role: role = try r.readEnum(Person.Role.self, "role")
      case .team: team = try r.optInternedString()
      case .territoryId: territoryId = try r.optInternedString()
      case nil: try r.skipValue()
      }
    }
    return Person(
      id: try req(id, "id", at), name: try req(name, "name", at), email: email,
      role: try req(role, "role", at),
      managerId: managerId, team: team, hireDate: hireDate, territoryId: territoryId, rampPlanId: rampPlanId,
      active: active ?? true, externalId: externalId)
  }

  private enum AccountKey: Int, JSONKeys {
    case country, employees, externalId, id, industry, name, ownerId, region, segment, territoryId, website
    static let keys = table()
  }

  mutating func decodeAccount() throws(JSONFailure) -> Account {
    var a = Account(id: "", name: "")
    var id: String?
    var name: String?
    let at = try object(AccountKey.keys) { r, k throws(JSONFailure) in
      switch AccountKey(rawValue: k) {
      case .country: a.country = try r.optInternedString()
      case .employees: a.employees = try r.optInt()
      case .externalId: a.externalId = try r.optString()
      case .id: id = try r.readString()
      case .industry: a.industry = try r.optInternedString()
      case .name: name = try r.readString()
      case .ownerId: a.ownerId = try r.optInternedString()
      case .region: a.region = try r.optInternedString()
      case .segment: a.segment = try r.optEnum(Account.Segment.self, "segment")
      case .territoryId: a.territoryId = try r.optInternedString()
      case .website: a.website = try r.optString()
      case nil: try r.skipValue()
      }
    }
    a.id = try req(id, "id", at)
    a.name = try req(name, "name", at)
    return a
  }

  private enum QuotaKey: Int, JSONKeys {
    case amount, currency, id, period, personId, ramp, team
    static let keys = table()
  }

  mutating func decodeQuota() throws(JSONFailure) -> Quota {
    var id: String?
    var personId: String?
    var team: String?
    var period: String?
    var amount: Int64?
    var currency: String?
    var ramp: Bool?
    let at = try object(QuotaKey.keys) { r, k throws(JSONFailure) in
      switch QuotaKey(rawValue: k) {
      case .amount: amount = try r.readInt64("an integer (minor units)")
      case .currency: currency = try r.readInternedString()
      case .id: id = try r.readString()
      case .period: period = try r.readString()
      case .personId: personId = try r.optInternedString()
      case .ramp: ramp = try r.readBool()
      case .team: team = try r.optInternedString()
      case nil: try r.skipValue()
      }
    }
    return Quota(
      id: try req(id, "id", at), personId: personId, team: team, period: try req(period, "period", at),
      amount: try req(amount, "amount", at), currency: try req(currency, "currency", at),
      ramp: try req(ramp, "ramp", at))
  }

  private enum ContentKey: Int, JSONKeys {
    case id, kind, link, playIds, productIds, stageIds, title
    static let keys = table()
  }

  mutating func decodeContent() throws(JSONFailure) -> ContentItem {
    var id: String?
    var title: String?
    var kind: String?
    var link: String?
    var stageIds: [String]?
    var playIds: [String]?
    var productIds: [String] = []
    let at = try object(ContentKey.keys) { r, k throws(JSONFailure) in
      switch ContentKey(rawValue: k) {
      case .id: id = try r.readString()
      case .kind: kind = try r.readString()
      case .link: link = try r.readString()
      case .playIds: playIds = try r.readStringArray()
      case .productIds: if try !r.consumeNull() { productIds = try r.readStringArray() }
      case .stageIds: stageIds = try r.readStringArray()
      case .title: title = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return ContentItem(
      id: try req(id, "id", at), title: try req(title, "title", at), kind: try req(kind, "kind", at),
      link: try req(link, "link", at), stageIds: try req(stageIds, "stageIds", at),
      playIds: try req(playIds, "playIds", at), productIds: productIds)
  }

  private enum ModuleKey: Int, JSONKeys {
    case certificationValidDays, durationMinutes, id, kind, link, productIds, requiredFor, title
    static let keys = table()
  }

  mutating func decodeTrainingModule() throws(JSONFailure) -> TrainingModule {
    var id: String?
    var title: String?
    var kind: TrainingModule.Kind?
    var durationMinutes: Int?
    var certificationValidDays: Int?
    var requiredFor: [Person.Role]?
    var link: String?
    var productIds: [String] = []
    let at = try object(ModuleKey.keys) { r, k throws(JSONFailure) in
      switch ModuleKey(rawValue: k) {
      case .certificationValidDays: certificationValidDays = try r.optInt()
      case .durationMinutes: durationMinutes = try r.optInt()
      case .id: id = try r.readString()
      case .kind: kind = try r.readEnum(TrainingModule.Kind.self, "training kind")
      case .link: link = try r.optString()
      case .productIds: if try !r.consumeNull() { productIds = try r.readStringArray() }
      case .requiredFor:
        requiredFor = try r.readArray("an array of roles") { r throws(JSONFailure) in
          try r.readEnum(Person.Role.self, "role")
        }
      case .title: title = try r.readString()
      case nil: try r.skipValue()
      }
    }
    return TrainingModule(
      id: try req(id, "id", at), title: try req(title, "title", at), kind: try req(kind, "kind", at),
      durationMinutes: durationMinutes, certificationValidDays: certificationValidDays,
      requiredFor: try req(requiredFor, "requiredFor", at), link: link, productIds: productIds)
  }

  private enum AssignmentKey: Int, JSONKeys {
    case assignedOn, coachingItemId, completedOn, dueDate, expiresOn, id, moduleId, personId, score
    static let keys = table()
  }

  mutating func decodeAssignment() throws(JSONFailure) -> TrainingAssignment {
    var a = TrainingAssignment(id: "", personId: "", moduleId: "", assignedOn: Day(ordinal: 0))
    var id: String?
    var personId: String?
    var moduleId: String?
    var assignedOn: Day?
    let at = try object(AssignmentKey.keys) { r, k throws(JSONFailure) in
      switch AssignmentKey(rawValue: k) {
      case .assignedOn: assignedOn = try r.readDay()
      case .coachingItemId: a.coachingItemId = try r.optString()
      case .completedOn: a.completedOn = try r.optDay()
      case .dueDate: a.dueDate = try r.optDay()
      case .expiresOn: a.expiresOn = try r.optDay()
      case .id: id = try r.readString()
      case .moduleId: moduleId = try r.readInternedString()
      case .personId: personId = try r.readInternedString()
      case .score: a.score = try r.optInt()
      case nil: try r.skipValue()
      }
    }
    a.id = try req(id, "id", at)
    a.personId = try req(personId, "personId", at)
    a.moduleId = try req(moduleId, "moduleId", at)
    a.assignedOn = try req(assignedOn, "assignedOn", at)
    return a
  }

  private enum TerritoryKey: Int, JSONKeys {
    case id, name, order, ownerId, rules
    static let keys = table()
  }
  private enum RuleKey: Int, JSONKeys {
    case accountIds, countries, industries, regions, segments
    static let keys = table()
  }

  mutating func decodeTerritory() throws(JSONFailure) -> Territory {
    var id: String?
    var name: String?
    var ownerId: String?
    var order: Int?
    var rules: [Territory.Rule]?
    let at = try object(TerritoryKey.keys) { r, k throws(JSONFailure) in
      switch TerritoryKey(rawValue: k) {
      case .id: id = try r.readString()
      case .name: name = try r.readString()
      case .order: order = try r.readInt()
      case .ownerId: ownerId = try r.optInternedString()
      case .rules:
        rules = try r.readArray("an array of rules") { r throws(JSONFailure) in try r.decodeRule() }
      case nil: try r.skipValue()
      }
    }
    return Territory(
      id: try req(id, "id", at), name: try req(name, "name", at), ownerId: ownerId,
      order: try req(order, "order", at), rules: try req(rules, "rules", at))
  }

  private mutating func decodeRule() throws(JSONFailure) -> Territory.Rule {
    var v: [Int: [String]] = [:]
    var segments: [Account.Segment]?
    let at = try object(RuleKey.keys) { r, k throws(JSONFailure) in
      if RuleKey(rawValue: k) == .segments {
        segments = try r.readArray("an array of segments") { r throws(JSONFailure) in
          try r.readEnum(Account.Segment.self, "segment")
        }
      } else {
        v[k] = try r.readStringArray()
      }
    }
    func list(_ key: RuleKey) throws(JSONFailure) -> [String] {
      try req(v[key.rawValue], "\(key)", at)
    }
    return Territory.Rule(
      countries: try list(.countries), regions: try list(.regions), industries: try list(.industries),
      segments: try req(segments, "segments", at), accountIds: try list(.accountIds))
  }
}
