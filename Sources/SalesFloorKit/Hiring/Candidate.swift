/// Where a candidate is in the hiring funnel. `offer` is public and named so on purpose: the org
/// view counts candidates holding an offer as open headcount.
public enum CandidateStage: String, Sendable, Codable, CaseIterable {
  case sourced, screened, interviewed, offer, hired, rejected, withdrew

  /// The funnel in order; `rejected` and `withdrew` leave it from any open stage.
  public static let funnel: [CandidateStage] = [.sourced, .screened, .interviewed, .offer, .hired]

  /// Still in the funnel (not hired, rejected or withdrawn).
  public var isOpen: Bool {
    switch self {
    case .sourced, .screened, .interviewed, .offer: return true
    case .hired, .rejected, .withdrew: return false
    }
  }

  /// Position in `funnel`; nil for `rejected` and `withdrew`.
  public var funnelIndex: Int? { Self.funnel.firstIndex(of: self) }

  /// Accepts the raw value in any case ("Offer", "withdrawn" too), because people type what they read.
  public init?(parsing text: String) {
    let key = text.lowercased().filter(\.isLetter)
    if key == "withdrawn" {
      self = .withdrew
      return
    }
    guard let s = Self.allCases.first(where: { $0.rawValue == key }) else { return nil }
    self = s
  }
}

/// Someone the team might hire, with the evidence sales ops needs to judge the hiring process
/// afterwards: where they came from, every stage change with its day (time to hire and stage
/// conversion are counted from it), the interviewers' scorecards, and, once hired, the person
/// they became (ramp attainment is read from that person's bookings).
public struct Candidate: Hashable, Sendable, Codable, Identifiable {
  /// Where the candidate came from; the report compares sources.
  public enum Source: String, Sendable, Codable, CaseIterable {
    case referral, agency, jobBoard, inbound, other

    /// How a user reads it: "job board".
    public var label: String { self == .jobBoard ? "job board" : rawValue }

    /// Accepts the raw value or the label in any case, with blanks, dashes or underscores.
    public init?(parsing text: String) {
      let key = text.lowercased().filter(\.isLetter)
      guard let s = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
      self = s
    }
  }

  /// One stage the candidate entered, and the day they entered it.
  public struct StageChange: Hashable, Sendable, Codable {
    public var stage: CandidateStage
    public var day: Day

    public init(stage: CandidateStage, day: Day) {
      self.stage = stage
      self.day = day
    }
  }

  public var id: String
  public var name: String
  public var roleAppliedFor: Person.Role
  public var source: Source
  /// The current stage; always the last entry of `stageHistory`.
  public var stage: CandidateStage
  /// Every stage entered, oldest first, starting with the first stage.
  public var stageHistory: [StageChange]
  /// The hiring manager: the new person's manager once hired.
  public var managerId: String?
  public var scorecards: [Scorecard]
  /// The person this candidate became (set by `HireCandidate`).
  public var personId: String?
  public var createdAt: Timestamp
  public var updatedAt: Timestamp

  public init(
    id: String, name: String, roleAppliedFor: Person.Role = .rep, source: Source,
    stage: CandidateStage = .sourced, stageHistory: [StageChange]? = nil, managerId: String? = nil,
    scorecards: [Scorecard] = [], personId: String? = nil, createdAt: Timestamp, updatedAt: Timestamp? = nil
  ) {
    self.id = id
    self.name = name
    self.roleAppliedFor = roleAppliedFor
    self.source = source
    self.stage = stage
    self.stageHistory = stageHistory ?? [StageChange(stage: stage, day: createdAt.day)]
    self.managerId = managerId
    self.scorecards = scorecards
    self.personId = personId
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
  }

  /// The first day the candidate entered `stage`, if they ever did.
  public func day(entered stage: CandidateStage) -> Day? {
    stageHistory.first { $0.stage == stage }?.day
  }

  /// The furthest funnel stage the history shows (a skipped stage counts as reached).
  public var furthestFunnelIndex: Int {
    stageHistory.compactMap(\.stage.funnelIndex).max() ?? 0
  }

  /// Mean of every competency score on every scorecard; nil before the first scorecard.
  public var averageScore: Double? {
    let all = scorecards.flatMap(\.scores).map(\.score)
    guard !all.isEmpty else { return nil }
    return Double(all.reduce(0, +)) / Double(all.count)
  }
}

/// One interviewer's verdict on a candidate: a 1…4 score per competency and a recommendation.
public struct Scorecard: Hashable, Sendable, Codable {
  public enum Recommendation: String, Sendable, Codable, CaseIterable {
    case hire, noHire

    /// How a user reads it: "no hire".
    public var label: String { self == .noHire ? "no hire" : "hire" }

    /// Accepts "hire", "no-hire", "no hire", "nohire" in any case.
    public init?(parsing text: String) {
      let key = text.lowercased().filter(\.isLetter)
      guard let r = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
      self = r
    }
  }

  /// One competency's score.
  public struct Score: Hashable, Sendable, Codable {
    public var competency: String
    /// 1 (weak) … 4 (strong).
    public var score: Int

    public init(competency: String, score: Int) {
      self.competency = competency
      self.score = score
    }
  }

  public var interviewerId: String
  public var day: Day
  public var scores: [Score]
  public var recommendation: Recommendation
  public var note: String?

  public init(
    interviewerId: String, day: Day, scores: [Score], recommendation: Recommendation, note: String? = nil
  ) {
    self.interviewerId = interviewerId
    self.day = day
    self.scores = scores
    self.recommendation = recommendation
    self.note = note
  }

  /// The lowest and highest score a competency can get.
  public static let scoreRange = 1...4
}
