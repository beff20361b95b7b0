/// A coaching moment found in the data, with the evidence a manager needs to trust it.
///
/// Signals are computed, never stored: a manager turns one into a `CoachingItem` (or dismisses
/// or snoozes it, which also stores an item so the reason is kept). JSON keys are documented in
/// `docs/coaching.md`.
public struct CoachingSignal: Hashable, Sendable, Codable, Identifiable {
  /// What the data shows. The raw value is stored in `CoachingItem.signal`.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Open deals idle longer than their stage's rotting days.
    case stalledDeals
    /// Open deals whose close date was pushed out again (two or more slips, one recent).
    case closeDateSlips
    /// Open deals with no next-step date, or one already in the past.
    case missingNextSteps
    /// Won to date well under the on-track line for the period.
    case behindPace
    /// Open pipeline closing in the period below what the rep's win rate needs.
    case lowCoverage
    /// Fewer completed activities in the last 14 days than half the peer median.
    case lowActivity
    /// A stage where the rep converts far less often than the peers.
    case stageConversion
    /// Late-stage deals closing soon with exit criteria of their stage still open.
    case openExitCriteria
    /// Training assignments past their due date.
    case overdueTraining
    /// Certifications past their expiry with no renewal under way.
    case certificationExpired
    /// Late-stage deals with a MEDDPICC scorecard whose economic buyer is not confirmed.
    case economicBuyerUnconfirmed
    /// A rep's CRM hygiene score fell by `Hygiene.dropPoints` or more in a week.
    case hygieneDropped

    /// Short title for lists and coaching items.
    public var title: String {
      switch self {
      case .stalledDeals: return "Revive stalled deals"
      case .closeDateSlips: return "Close dates slipping again"
      case .missingNextSteps: return "Deals without a next step"
      case .behindPace: return "Behind pace"
      case .lowCoverage: return "Pipeline coverage too thin"
      case .lowActivity: return "Low activity"
      case .stageConversion: return "Weak stage conversion"
      case .openExitCriteria: return "Late-stage deals with open exit criteria"
      case .overdueTraining: return "Overdue training"
      case .certificationExpired: return "Certification expired"
      case .economicBuyerUnconfirmed: return "Late-stage deals without a confirmed economic buyer"
      case .hygieneDropped: return "CRM hygiene dropped"
      }
    }

    /// The skill a coaching conversation on this signal usually works on.
    public var focusSkill: String {
      switch self {
      case .stalledDeals: return "Pipeline hygiene"
      case .closeDateSlips: return "Qualification (MEDDPICC)"
      case .missingNextSteps: return "Next-step discipline"
      case .behindPace: return "Prospecting"
      case .lowCoverage: return "Pipeline generation"
      case .lowActivity: return "Activity planning"
      case .stageConversion: return "Stage execution"
      case .openExitCriteria: return "Deal qualification"
      case .overdueTraining: return "Enablement"
      case .certificationExpired: return "Enablement"
      case .economicBuyerUnconfirmed: return "Qualification (MEDDPICC)"
      case .hygieneDropped: return "CRM discipline"
      }
    }
  }

  /// The numbers behind a signal: `value` compared with `threshold` (see `CoachingThresholds`).
  public struct Evidence: Hashable, Sendable, Codable {
    /// What was measured, in words ("open deals idle past rotting days").
    public var metric: String
    public var value: Double
    public var threshold: Double
    /// The deals involved, worst first (empty for person-level metrics).
    public var dealIds: [String]
    /// Extra facts, e.g. the stage for `stageConversion` or the module ids for training.
    public var detail: String?

    public init(
      metric: String, value: Double, threshold: Double, dealIds: [String] = [], detail: String? = nil
    ) {
      self.metric = metric
      self.value = value
      self.threshold = threshold
      self.dealIds = dealIds
      self.detail = detail
    }
  }

  /// Whether an existing coaching item already deals with this signal (same person and kind).
  public enum Handling: String, Hashable, Sendable, Codable {
    /// Nothing covers it yet: a manager should look at it.
    case new
    /// An open or in-progress item covers it.
    case covered
    /// A snoozed item covers it until `snoozedUntil`.
    case snoozed
    /// Dismissed recently (within `CoachingThresholds.dismissQuietDays`), reason kept on the item.
    case dismissed
  }

  /// `kind:personId`: stable across runs so a UI can keep its selection.
  public var id: String { kind.rawValue + ":" + personId }
  public var personId: String
  public var kind: Kind
  public var evidence: Evidence
  /// Why, in words a rep understands.
  public var reason: String
  public var priority: CoachingItem.Priority
  public var focusSkill: String
  /// A training module that would help, when one is obvious (the overdue one, for training).
  public var trainingModuleId: String?
  public var handling: Handling
  /// The coaching item behind `handling` (nil when `new`).
  public var itemId: String?
  public var snoozedUntil: Day?

  public init(
    personId: String, kind: Kind, evidence: Evidence, reason: String, priority: CoachingItem.Priority,
    focusSkill: String? = nil, trainingModuleId: String? = nil, handling: Handling = .new,
    itemId: String? = nil, snoozedUntil: Day? = nil
  ) {
    self.personId = personId
    self.kind = kind
    self.evidence = evidence
    self.reason = reason
    self.priority = priority
    self.focusSkill = focusSkill ?? kind.focusSkill
    self.trainingModuleId = trainingModuleId
    self.handling = handling
    self.itemId = itemId
    self.snoozedUntil = snoozedUntil
  }

  enum CodingKeys: String, CodingKey {
    case id, personId, kind, evidence, reason, priority, focusSkill, trainingModuleId, handling, itemId
    case snoozedUntil
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    personId = try c.decode(String.self, forKey: .personId)
    kind = try c.decode(Kind.self, forKey: .kind)
    evidence = try c.decode(Evidence.self, forKey: .evidence)
    reason = try c.decode(String.self, forKey: .reason)
    priority = try c.decode(CoachingItem.Priority.self, forKey: .priority)
    focusSkill = try c.decode(String.self, forKey: .focusSkill)
    trainingModuleId = try c.decodeIfPresent(String.self, forKey: .trainingModuleId)
    handling = try c.decode(Handling.self, forKey: .handling)
    itemId = try c.decodeIfPresent(String.self, forKey: .itemId)
    snoozedUntil = try c.decodeIfPresent(Day.self, forKey: .snoozedUntil)
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(personId, forKey: .personId)
    try c.encode(kind, forKey: .kind)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(reason, forKey: .reason)
    try c.encode(priority, forKey: .priority)
    try c.encode(focusSkill, forKey: .focusSkill)
    try c.encodeIfPresent(trainingModuleId, forKey: .trainingModuleId)
    try c.encode(handling, forKey: .handling)
    try c.encodeIfPresent(itemId, forKey: .itemId)
    try c.encodeIfPresent(snoozedUntil, forKey: .snoozedUntil)
  }
}

/// The thresholds the signal engine uses, in one place so docs/coaching.md and tests agree.
public enum CoachingThresholds {
  /// `stalledDeals` fires at this many open deals idle past their stage's rotting days.
  public static let stalledDeals = 2
  /// …and is high priority from this many.
  public static let stalledDealsHigh = 4
  /// `closeDateSlips`: a deal counts when its close date was pushed later at least this often…
  public static let slipsAgain = 2
  /// …and the latest slip was within this many days.
  public static let recentSlipDays = 30
  /// `missingNextSteps` fires at this many open deals with no (or a past) next-step date.
  public static let missingNextSteps = 2
  /// `behindPace`: won ÷ on-track line below this ratio…
  public static let behindPaceRatio = 0.7
  /// …once at least this many days of the period have passed (early days are noise).
  public static let paceMinElapsedDays = 14
  /// `lowCoverage`: coverage below needed coverage (1 ÷ win rate) times this factor.
  public static let coverageFactor = 1.0
  /// `lowActivity`: completed activities in this many days (asOf included)…
  public static let activityWindowDays = 14
  /// …below this share of the peer median…
  public static let activityShareOfMedian = 0.5
  /// …with at least this many peers (reps on the same team, else all active reps) to compare.
  public static let activityMinPeers = 3
  /// `stageConversion`: the rep's rate is this many points (0–1) below the peers'…
  public static let conversionGap = 0.2
  /// …on at least this many deals that entered the stage (small samples say nothing).
  public static let conversionMinSample = 5
  /// `openExitCriteria`: the stage with this id and every later open stage are "late"…
  public static let lateStageId = "proposal"
  /// …and a deal counts when it closes within this many days with criteria still open.
  public static let exitCriteriaHorizonDays = 30
  /// `economicBuyerUnconfirmed`: open deals at or after `lateStageId` whose scorecard was started
  /// (any element assessed) and whose economic buyer is not confirmed; fires at this many.
  public static let economicBuyerUnconfirmed = 1
  /// `overdueTraining` fires at this many overdue assignments.
  public static let overdueTraining = 1
  /// A dismissed item quiets the same person and kind for this many days after its creation.
  public static let dismissQuietDays = 30
  /// Certifications expiring within this many days are flagged "expiring".
  public static let certificationWarningDays = 30
}
