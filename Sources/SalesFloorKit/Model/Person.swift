/// Someone on the sales floor: a rep carries quota, a manager leads reps, ops runs the system.
public struct Person: Hashable, Sendable, Codable, Identifiable {
  public enum Role: String, Sendable, Codable, CaseIterable { case rep, manager, ops }

  public var id: String
  public var name: String
  public var email: String?
  public var role: Role
  /// The person this one reports to; the roll-up hierarchy follows these links.
  public var managerId: String?
  public var team: String?
  /// Drives the quota ramp for new hires.
  public var hireDate: Day?
  public var territoryId: String?
  /// Ramp plan for onboarding; nil uses the workspace default schedule.
  public var rampPlanId: String?
  /// Inactive people keep their history but leave pickers and roll-ups.
  public var active: Bool
  public var externalId: String?

  public init(
    id: String, name: String, email: String? = nil, role: Role, managerId: String? = nil,
    team: String? = nil, hireDate: Day? = nil, territoryId: String? = nil, rampPlanId: String? = nil,
    active: Bool = true, externalId: String? = nil
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.role = role
    self.managerId = managerId
    self.team = team
    self.hireDate = hireDate
    self.territoryId = territoryId
    self.rampPlanId = rampPlanId
    self.active = active
    self.externalId = externalId
  }

  enum CodingKeys: String, CodingKey {
    case id, name, email, role, managerId, team, hireDate, territoryId, rampPlanId, active, externalId
  }
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    name = try c.decode(String.self, forKey: .name)
    email = try c.decodeIfPresent(String.self, forKey: .email)
    role = try c.decode(Role.self, forKey: .role)
    managerId = try c.decodeIfPresent(String.self, forKey: .managerId)
    team = try c.decodeIfPresent(String.self, forKey: .team)
    hireDate = try c.decodeIfPresent(Day.self, forKey: .hireDate)
    territoryId = try c.decodeIfPresent(String.self, forKey: .territoryId)
    rampPlanId = try c.decodeIfPresent(String.self, forKey: .rampPlanId)
    active = try c.decodeIfPresent(Bool.self, forKey: .active) ?? true
    externalId = try c.decodeIfPresent(String.self, forKey: .externalId)
  }
}

/// A customer or prospect company.
public struct Account: Hashable, Sendable, Codable, Identifiable {
  /// Size bands used by territory rules and play fit.
  public enum Segment: String, Sendable, Codable, CaseIterable { case smb, midMarket, enterprise }

  public var id: String
  public var name: String
  public var industry: String?
  public var segment: Segment?
  public var country: String?
  public var region: String?
  public var employees: Int?
  public var ownerId: String?
  public var territoryId: String?
  public var externalId: String?
  public var website: String?

  public init(
    id: String, name: String, industry: String? = nil, segment: Segment? = nil, country: String? = nil,
    region: String? = nil, employees: Int? = nil, ownerId: String? = nil, territoryId: String? = nil,
    externalId: String? = nil, website: String? = nil
  ) {
    self.id = id
    self.name = name
    self.industry = industry
    self.segment = segment
    self.country = country
    self.region = region
    self.employees = employees
    self.ownerId = ownerId
    self.territoryId = territoryId
    self.externalId = externalId
    self.website = website
  }
}
