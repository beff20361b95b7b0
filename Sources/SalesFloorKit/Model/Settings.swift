/// Workspace-wide settings (`settings.json`): the sales process and the calendar.
public struct Settings: Hashable, Sendable, Codable {
  public var workspaceName: String
  /// ISO 4217 code used when an amount is typed without one.
  public var currency: String
  /// First month (1–12) of the fiscal year.
  public var fiscalYearStartMonth: Int
  public var stages: [Stage]
  /// Reasons offered when a deal is closed lost.
  public var lostReasons: [String]
  /// Percent of full quota by month since hire (month 1, 2, …); later months are 100 %.
  public var rampSchedule: [Int]
  /// A team needs pipeline of this multiple of the remaining quota when no win rate is known.
  public var defaultCoverageTarget: Double
  /// Rates from other currencies to `currency`, each holding from its day on
  /// (`CurrencyConverter`); empty for a single-currency workspace. Written only when not empty,
  /// so settings files of older versions (no such key) load and stay byte-identical.
  public var exchangeRates: [ExchangeRate]
  /// Close-to-delivery steps by kind of deal (`HandoffTemplate.choose`); empty uses the built-in
  /// template. Written only when not empty, like `exchangeRates`, so older files stay byte-identical.
  public var handoffTemplates: [HandoffTemplate]
  /// Competencies interviewers score candidates on; empty uses `Settings.defaultCompetencies`.
  /// Written only when not empty, so older settings files stay byte-identical.
  public var hiringCompetencies: [String]
  /// The team feed's choices (which automatic entries, the large-deal threshold); nil: the
  /// defaults. Written only when set, so older settings files stay byte-identical.
  public var feed: FeedSettings?

  public init(
    workspaceName: String = "SalesFloor", currency: String = "USD", fiscalYearStartMonth: Int = 1,
    stages: [Stage] = Stage.defaults,
    lostReasons: [String] = [
      "Price", "Competitor", "No decision", "Timing", "Product fit", "Budget", "Other",
    ],
    rampSchedule: [Int] = [0, 25, 50, 75, 100], defaultCoverageTarget: Double = 3,
    exchangeRates: [ExchangeRate] = [], handoffTemplates: [HandoffTemplate] = [],
    hiringCompetencies: [String] = [], feed: FeedSettings? = nil
  ) {
    self.workspaceName = workspaceName
    self.currency = currency
    self.fiscalYearStartMonth = fiscalYearStartMonth
    self.stages = stages
    self.lostReasons = lostReasons
    self.rampSchedule = rampSchedule
    self.defaultCoverageTarget = defaultCoverageTarget
    self.exchangeRates = exchangeRates
    self.handoffTemplates = handoffTemplates
    self.hiringCompetencies = hiringCompetencies
    self.feed = feed
  }

  private enum CodingKeys: String, CodingKey {
    case workspaceName, currency, fiscalYearStartMonth, stages, lostReasons, rampSchedule
    case defaultCoverageTarget, exchangeRates, handoffTemplates, hiringCompetencies, feed
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    workspaceName = try c.decode(String.self, forKey: .workspaceName)
    currency = try c.decode(String.self, forKey: .currency)
    fiscalYearStartMonth = try c.decode(Int.self, forKey: .fiscalYearStartMonth)
    stages = try c.decode([Stage].self, forKey: .stages)
    lostReasons = try c.decode([String].self, forKey: .lostReasons)
    rampSchedule = try c.decode([Int].self, forKey: .rampSchedule)
    defaultCoverageTarget = try c.decode(Double.self, forKey: .defaultCoverageTarget)
    exchangeRates = try c.decodeIfPresent([ExchangeRate].self, forKey: .exchangeRates) ?? []
    handoffTemplates = try c.decodeIfPresent([HandoffTemplate].self, forKey: .handoffTemplates) ?? []
    hiringCompetencies = try c.decodeIfPresent([String].self, forKey: .hiringCompetencies) ?? []
    feed = try c.decodeIfPresent(FeedSettings.self, forKey: .feed)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(workspaceName, forKey: .workspaceName)
    try c.encode(currency, forKey: .currency)
    try c.encode(fiscalYearStartMonth, forKey: .fiscalYearStartMonth)
    try c.encode(stages, forKey: .stages)
    try c.encode(lostReasons, forKey: .lostReasons)
    try c.encode(rampSchedule, forKey: .rampSchedule)
    try c.encode(defaultCoverageTarget, forKey: .defaultCoverageTarget)
    if !exchangeRates.isEmpty { try c.encode(exchangeRates, forKey: .exchangeRates) }
    if !handoffTemplates.isEmpty { try c.encode(handoffTemplates, forKey: .handoffTemplates) }
    if !hiringCompetencies.isEmpty { try c.encode(hiringCompetencies, forKey: .hiringCompetencies) }
    try c.encodeIfPresent(feed, forKey: .feed)
  }

  /// Stages in process order.
  public var orderedStages: [Stage] { stages.sorted { $0.order < $1.order } }
  public var openStages: [Stage] { orderedStages.filter(\.isOpen) }
  public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }
  public var wonStage: Stage? { orderedStages.first { $0.kind == .won } }
  public var lostStage: Stage? { orderedStages.first { $0.kind == .lost } }
}
