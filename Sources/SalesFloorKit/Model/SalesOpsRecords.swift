/// A person's forecast call for one period, or a manager's adjustment of their roll-up.
///
/// The id is derived from person, period and kind (`fc-…` / `fa-…`), so a new call replaces the
/// previous one (the journal keeps the old value, and undo restores it).
public struct ForecastSubmission: Hashable, Sendable, Codable, Identifiable {
  /// `call`: the person's own number; `adjustment`: a manager's judgement on the roll-up,
  /// shown beside the rolled-up calls and never summed into them.
  public enum Kind: String, Sendable, Codable, CaseIterable { case call, adjustment }

  public var id: String
  public var personId: String
  /// Period text (`2026-Q4`).
  public var period: String
  public var kind: Kind
  /// Commit call in minor units.
  public var commit: Int64
  /// Best-case call in minor units.
  public var bestCase: Int64
  public var currency: String
  public var submittedAt: Timestamp
  public var note: String?
  /// The open pipeline the person saw when calling (minor units); nil for older calls.
  public var pipeline: Int64?
  /// Who pressed submit (a manager may call for a rep); nil for older calls.
  public var submittedBy: String?
  /// The call this one replaced, so a changed call reads "was …" (older ones are in the journal).
  public var wasCommit: Int64?
  public var wasBestCase: Int64?
  public var wasSubmittedAt: Timestamp?

  public init(
    personId: String, period: String, kind: Kind, commit: Int64, bestCase: Int64, currency: String,
    submittedAt: Timestamp, note: String? = nil
  ) {
    self.id = ForecastSubmission.id(personId: personId, period: period, kind: kind)
    self.personId = personId
    self.period = period
    self.kind = kind
    self.commit = commit
    self.bestCase = bestCase
    self.currency = currency
    self.submittedAt = submittedAt
    self.note = note
  }

  /// The one id a person's call (or adjustment) for a period has.
  public static func id(personId: String, period: String, kind: Kind) -> String {
    (kind == .call ? "fc-" : "fa-") + personId + "-" + period
  }
}

/// The pipeline as it stood at one moment: compact per-deal lines, so week-over-week changes
/// (new, won, lost, pushed, pulled, amount, category) can be computed later.
public struct ForecastSnapshot: Hashable, Sendable, Codable, Identifiable {
  /// One deal at snapshot time.
  public struct Line: Hashable, Sendable, Codable {
    public var id: String
    public var owner: String
    public var amount: Int64
    public var stage: String
    /// Effective category at the time (won = closed, lost = omitted).
    public var category: ForecastCategory
    public var closeDate: Day?

    public init(
      id: String, owner: String, amount: Int64, stage: String, category: ForecastCategory, closeDate: Day?
    ) {
      self.id = id
      self.owner = owner
      self.amount = amount
      self.stage = stage
      self.category = category
      self.closeDate = closeDate
    }
  }

  public var id: String
  public var takenAt: Timestamp
  /// The period the snapshot was taken for (`2026-Q4`).
  public var period: String
  public var currency: String
  /// Every open deal, and every deal closed (won or lost) inside the period; sorted by id.
  public var lines: [Line]

  public init(id: String, takenAt: Timestamp, period: String, currency: String, lines: [Line]) {
    self.id = id
    self.takenAt = takenAt
    self.period = period
    self.currency = currency
    self.lines = lines
  }
}

/// An onboarding plan: how quota ramps by month since hire, which training is required and by
/// when the first meeting, opportunity and win should happen.
public struct RampPlan: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var name: String
  /// Percent of full quota for month 1, 2, … since hire; later months are 100 %.
  public var quotaRamp: [Int]
  /// Training module ids a new hire must complete.
  public var trainingModuleIds: [String]
  /// Days after hire by which each milestone should be reached.
  public var firstMeetingDays: Int?
  public var firstOpportunityDays: Int?
  public var firstWinDays: Int?

  public init(
    id: String, name: String, quotaRamp: [Int] = [0, 25, 50, 75, 100], trainingModuleIds: [String] = [],
    firstMeetingDays: Int? = 14, firstOpportunityDays: Int? = 30, firstWinDays: Int? = 90
  ) {
    self.id = id
    self.name = name
    self.quotaRamp = quotaRamp
    self.trainingModuleIds = trainingModuleIds
    self.firstMeetingDays = firstMeetingDays
    self.firstOpportunityDays = firstOpportunityDays
    self.firstWinDays = firstWinDays
  }
}
