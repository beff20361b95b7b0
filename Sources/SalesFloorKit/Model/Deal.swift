/// One recorded change to a deal, kept forever: days in stage, slips and stage conversion
/// are all computed from this log (the way Odoo and Frappe CRM keep stage-change logs).
public struct DealChange: Hashable, Sendable, Codable {
  /// What changed. `created` is the first entry of every deal.
  public enum Field: String, Sendable, Codable {
    case created, stage, closeDate, amount, owner, forecastCategory, probability, name, account, currency
    /// A checklist item ticked (`to`) or unticked (`from`), as `Deal.checklistToken`: who ticked
    /// what when is read from these entries (`Deal.tick(of:)`).
    case checklist
  }
  public var at: Timestamp
  public var field: Field
  /// Previous value as text (stage id, `YYYY-MM-DD`, minor units, person id); nil for none.
  public var from: String?
  public var to: String?
  /// Person id of who made the change, when known.
  public var by: String?

  public init(at: Timestamp, field: Field, from: String? = nil, to: String? = nil, by: String? = nil) {
    self.at = at
    self.field = field
    self.from = from
    self.to = to
    self.by = by
  }
}

/// A sales opportunity.
///
/// JSON keys are part of the public format (`docs/format.md`): users script against them with jq.
public struct Deal: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// Id in the CRM it was imported from; re-imports match on it.
  public var externalId: String?
  public var name: String
  /// Real exports sometimes lack an account; such deals are flagged by `check`, not rejected.
  public var accountId: String?
  public var ownerId: String
  /// Minor units of `currency`.
  public var amount: Int64
  public var currency: String
  /// Stage id (see `Settings.stages`).
  public var stage: String
  /// Win probability override in percent; nil uses the stage default.
  public var probability: Int?
  /// Forecast category override; nil uses the stage default.
  public var forecastCategory: ForecastCategory?
  /// Expected (open) or actual (won/lost) close day. Open deals from imports may lack one.
  public var closeDate: Day?
  public var createdAt: Timestamp
  public var updatedAt: Timestamp
  public var nextStep: String?
  public var nextStepDate: Day?
  public var tags: [String]
  public var lostReason: String?
  /// Buyer persona (e.g. "CFO", "IT") used by play fit.
  public var persona: String?
  /// Main competitor in the deal, used by play fit and win-rate analysis.
  public var competitor: String?
  public var notes: String?
  /// Checklist progress per play id: indexes of the completed steps. Exit criteria met are kept
  /// under `Deal.criteriaKey(stage:)` the same way. Indexes are positions in `Playbook.steps` /
  /// `Stage.exitCriteria`: reordering a play's steps moves its ticks with the positions, not the
  /// texts (docs/format.md says so); who ticked each one and when is in `history` (`.checklist`).
  public var playProgress: [String: [Int]]
  /// The MEDDPICC scorecard; empty (all unknown) until someone assesses the deal.
  public var qualification: Qualification
  /// The buying team: contacts linked to this deal with their role in it (absent in old files).
  public var contacts: [DealContact] = []
  /// What is sold; when present the amount is their sum (`LineItem.amount(of:)`). Omitted from
  /// JSON when empty, so files from before products load unchanged.
  public var lineItems: [LineItem] = []
  public var history: [DealChange]

  public init(
    id: String, externalId: String? = nil, name: String, accountId: String?, ownerId: String,
    amount: Int64, currency: String, stage: String, probability: Int? = nil,
    forecastCategory: ForecastCategory? = nil, closeDate: Day?, createdAt: Timestamp,
    updatedAt: Timestamp? = nil, nextStep: String? = nil, nextStepDate: Day? = nil, tags: [String] = [],
    lostReason: String? = nil, persona: String? = nil, competitor: String? = nil, notes: String? = nil,
    playProgress: [String: [Int]] = [:], qualification: Qualification = Qualification(),
    history: [DealChange]? = nil
  ) {
    self.id = id
    self.externalId = externalId
    self.name = name
    self.accountId = accountId
    self.ownerId = ownerId
    self.amount = amount
    self.currency = currency
    self.stage = stage
    self.probability = probability
    self.forecastCategory = forecastCategory
    self.closeDate = closeDate
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.nextStep = nextStep
    self.nextStepDate = nextStepDate
    self.tags = tags
    self.lostReason = lostReason
    self.persona = persona
    self.competitor = competitor
    self.notes = notes
    self.playProgress = playProgress
    self.qualification = qualification
    self.history = history ?? [DealChange(at: createdAt, field: .created, to: stage)]
  }

  public var money: Money { Money(minor: amount, currency: currency) }

  enum CodingKeys: String, CodingKey {
    case id, externalId, name, accountId, ownerId, amount, currency, stage, probability, forecastCategory
    case closeDate, createdAt, updatedAt, nextStep, nextStepDate, tags, lostReason, persona, competitor
    case notes, playProgress, qualification, lineItems, history, contacts
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    externalId = try c.decodeIfPresent(String.self, forKey: .externalId)
    name = try c.decode(String.self, forKey: .name)
    accountId = try c.decodeIfPresent(String.self, forKey: .accountId)
    ownerId = try c.decode(String.self, forKey: .ownerId)
    amount = try c.decode(Int64.self, forKey: .amount)
    currency = try c.decode(String.self, forKey: .currency)
    stage = try c.decode(String.self, forKey: .stage)
    probability = try c.decodeIfPresent(Int.self, forKey: .probability)
    forecastCategory = try c.decodeIfPresent(ForecastCategory.self, forKey: .forecastCategory)
    closeDate = try c.decodeIfPresent(Day.self, forKey: .closeDate)
    createdAt = try c.decode(Timestamp.self, forKey: .createdAt)
    updatedAt = try c.decodeIfPresent(Timestamp.self, forKey: .updatedAt) ?? createdAt
    nextStep = try c.decodeIfPresent(String.self, forKey: .nextStep)
    nextStepDate = try c.decodeIfPresent(Day.self, forKey: .nextStepDate)
    tags = try c.decodeIfPresent([String].self, forKey: .tags) ?? []
    lostReason = try c.decodeIfPresent(String.self, forKey: .lostReason)
    persona = try c.decodeIfPresent(String.self, forKey: .persona)
    competitor = try c.decodeIfPresent(String.self, forKey: .competitor)
    notes = try c.decodeIfPresent(String.self, forKey: .notes)
    playProgress = try c.decodeIfPresent([String: [Int]].self, forKey: .playProgress) ?? [:]
    qualification = try c.decodeIfPresent(Qualification.self, forKey: .qualification) ?? Qualification()
    lineItems = try c.decodeIfPresent([LineItem].self, forKey: .lineItems) ?? []
    history = try c.decodeIfPresent([DealChange].self, forKey: .history) ?? []
    contacts = try c.decodeIfPresent([DealContact].self, forKey: .contacts) ?? []
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encodeIfPresent(externalId, forKey: .externalId)
    try c.encode(name, forKey: .name)
    // accountId and closeDate are always present (null when unknown) so jq scripts can rely on them.
    try c.encode(accountId, forKey: .accountId)
    try c.encode(ownerId, forKey: .ownerId)
    try c.encode(amount, forKey: .amount)
    try c.encode(currency, forKey: .currency)
    try c.encode(stage, forKey: .stage)
    try c.encodeIfPresent(probability, forKey: .probability)
    try c.encodeIfPresent(forecastCategory, forKey: .forecastCategory)
    try c.encode(closeDate, forKey: .closeDate)
    try c.encode(createdAt, forKey: .createdAt)
    try c.encode(updatedAt, forKey: .updatedAt)
    try c.encodeIfPresent(nextStep, forKey: .nextStep)
    try c.encodeIfPresent(nextStepDate, forKey: .nextStepDate)
    try c.encode(tags, forKey: .tags)
    try c.encodeIfPresent(lostReason, forKey: .lostReason)
    try c.encodeIfPresent(persona, forKey: .persona)
    try c.encodeIfPresent(competitor, forKey: .competitor)
    try c.encodeIfPresent(notes, forKey: .notes)
    if !playProgress.isEmpty { try c.encode(playProgress, forKey: .playProgress) }
    if !qualification.isEmpty { try c.encode(qualification, forKey: .qualification) }
    if !contacts.isEmpty { try c.encode(contacts, forKey: .contacts) }
    if !lineItems.isEmpty { try c.encode(lineItems, forKey: .lineItems) }
    try c.encode(history, forKey: .history)
  }

  /// The day the deal entered its current stage (from history; creation day when never moved).
  public var enteredCurrentStageOn: Day {
    for change in history.reversed() where change.field == .stage { return change.at.day }
    return createdAt.day
  }

  /// How many times the close date was pushed later.
  public var closeDateSlips: Int {
    history.reduce(0) { n, c in
      guard c.field == .closeDate, let f = c.from.flatMap({ Day(iso: $0) }),
        let t = c.to.flatMap({ Day(iso: $0) }), t > f
      else { return n }
      return n + 1
    }
  }
}
