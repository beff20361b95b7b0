/// A variable-pay plan with marginal tiers.
///
/// Payout = target variable × Σ (tier rate × the part of attainment inside the tier).
public struct CompPlan: Hashable, Sendable, Codable, Identifiable {
  /// A band of attainment in percent; `to` nil means no upper bound.
  public struct Tier: Hashable, Sendable, Codable {
    public var from: Double
    public var to: Double?
    public var rate: Double
    public init(from: Double, to: Double?, rate: Double) {
      self.from = from
      self.to = to
      self.rate = rate
    }
  }

  public var id: String
  public var name: String
  /// On-target variable pay for one period, in minor units.
  public var targetVariable: Int64
  public var currency: String
  /// Quota measure; bookings (won amount) is the one supported today.
  public var measure: String
  public var tiers: [Tier]
  /// Maximum payout as percent of target variable.
  public var capPercent: Double?
  /// Recoverable draw per period in minor units.
  public var draw: Int64?
  public var personIds: [String]
  /// Period kind the plan pays on: `quarter` (default), `month` or `year`.
  public var periodKind: Period.Kind

  public init(
    id: String, name: String, targetVariable: Int64, currency: String, measure: String = "bookings",
    tiers: [Tier], capPercent: Double? = nil, draw: Int64? = nil, personIds: [String] = [],
    periodKind: Period.Kind = .quarter
  ) {
    self.id = id
    self.name = name
    self.targetVariable = targetVariable
    self.currency = currency
    self.measure = measure
    self.tiers = tiers
    self.capPercent = capPercent
    self.draw = draw
    self.personIds = personIds
    self.periodKind = periodKind
  }
}

/// A territory: accounts matched by ordered rules, owned by one person.
public struct Territory: Hashable, Sendable, Codable, Identifiable {
  /// One condition over an account field; all non-empty fields of a rule must match.
  public struct Rule: Hashable, Sendable, Codable {
    public var countries: [String]
    public var regions: [String]
    public var industries: [String]
    public var segments: [Account.Segment]
    public var accountIds: [String]
    public init(
      countries: [String] = [], regions: [String] = [], industries: [String] = [],
      segments: [Account.Segment] = [], accountIds: [String] = []
    ) {
      self.countries = countries
      self.regions = regions
      self.industries = industries
      self.segments = segments
      self.accountIds = accountIds
    }
  }
  public var id: String
  public var name: String
  public var ownerId: String?
  /// Territories are evaluated in ascending `order`; the first match wins.
  public var order: Int
  public var rules: [Rule]

  public init(id: String, name: String, ownerId: String? = nil, order: Int, rules: [Rule]) {
    self.id = id
    self.name = name
    self.ownerId = ownerId
    self.order = order
    self.rules = rules
  }
}
