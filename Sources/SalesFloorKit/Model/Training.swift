/// A training module: product, sales skills, or market and competitor intelligence.
public struct TrainingModule: Hashable, Sendable, Codable, Identifiable {
  public enum Kind: String, Sendable, Codable, CaseIterable { case product, salesSkills, market }
  public var id: String
  public var title: String
  public var kind: Kind
  public var durationMinutes: Int?
  /// When set, completing grants a certification valid for this many days.
  public var certificationValidDays: Int?
  /// Roles for which the module is required during onboarding.
  public var requiredFor: [Person.Role]
  public var link: String?
  /// Products the module teaches: a rep selling one of them who has not completed it sees it on
  /// the deal card. Omitted from JSON when empty, so older files load and save unchanged.
  public var productIds: [String]

  public init(
    id: String, title: String, kind: Kind, durationMinutes: Int? = nil, certificationValidDays: Int? = nil,
    requiredFor: [Person.Role] = [], link: String? = nil, productIds: [String] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.durationMinutes = durationMinutes
    self.certificationValidDays = certificationValidDays
    self.requiredFor = requiredFor
    self.link = link
    self.productIds = productIds
  }
}

/// A module assigned to a person, and its completion.
public struct TrainingAssignment: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var personId: String
  public var moduleId: String
  public var assignedOn: Day
  public var dueDate: Day?
  public var completedOn: Day?
  public var score: Int?
  /// Certification expiry (completion + module validity).
  public var expiresOn: Day?
  /// Coaching item that assigned it, if any.
  public var coachingItemId: String?

  public init(
    id: String, personId: String, moduleId: String, assignedOn: Day, dueDate: Day? = nil,
    completedOn: Day? = nil, score: Int? = nil, expiresOn: Day? = nil, coachingItemId: String? = nil
  ) {
    self.id = id
    self.personId = personId
    self.moduleId = moduleId
    self.assignedOn = assignedOn
    self.dueDate = dueDate
    self.completedOn = completedOn
    self.score = score
    self.expiresOn = expiresOn
    self.coachingItemId = coachingItemId
  }

  public func isOverdue(asOf: Day) -> Bool {
    guard completedOn == nil, let due = dueDate else { return false }
    return due < asOf
  }
}
