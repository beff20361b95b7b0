/// A guided-selling play: when it fits, what to do, what to ask and say.
///
/// Plays are data in `playbooks.json`; ops edit them like any record.
public struct Playbook: Hashable, Sendable, Codable, Identifiable {
  /// When a play fits a deal. Empty lists mean "any"; every non-empty rule must match.
  public struct Situation: Hashable, Sendable, Codable {
    public var stages: [String]
    public var segments: [Account.Segment]
    /// Deal size band in minor units (inclusive lower, exclusive upper).
    public var minAmount: Int64?
    public var maxAmount: Int64?
    public var personas: [String]
    public var competitors: [String]
    /// Matches when the deal has a competitor at all (any name).
    public var anyCompetitor: Bool?
    public var tags: [String]
    /// Only for deals that are stalled (true) or not (false).
    public var stalled: Bool?
    /// MEDDPICC gaps the play closes: it fits when at least one of these elements is not
    /// confirmed on the deal (unknown or partial), e.g. `["champion"]` for a champion-building
    /// play. nil or empty means any (docs/salesops.md, "MEDDPICC scorecard").
    public var qualificationGaps: [QualificationElement]?

    public init(
      stages: [String] = [], segments: [Account.Segment] = [], minAmount: Int64? = nil,
      maxAmount: Int64? = nil, personas: [String] = [], competitors: [String] = [],
      anyCompetitor: Bool? = nil,
      tags: [String] = [], stalled: Bool? = nil, qualificationGaps: [QualificationElement]? = nil
    ) {
      self.stages = stages
      self.segments = segments
      self.minAmount = minAmount
      self.maxAmount = maxAmount
      self.personas = personas
      self.competitors = competitors
      self.anyCompetitor = anyCompetitor
      self.tags = tags
      self.stalled = stalled
      self.qualificationGaps = qualificationGaps
    }
  }

  /// A discovery question, labelled by type (SPIN: situation/problem/implication/need-payoff;
  /// MEDDPICC letter; BANT letter).
  public struct Question: Hashable, Sendable, Codable {
    public var kind: String?
    public var text: String
    public init(kind: String? = nil, text: String) {
      self.kind = kind
      self.text = text
    }
  }

  public struct Objection: Hashable, Sendable, Codable {
    public var objection: String
    public var response: String
    public init(objection: String, response: String) {
      self.objection = objection
      self.response = response
    }
  }

  public var id: String
  public var name: String
  /// MEDDPICC, BANT, SPIN, Challenger, … (nil for house plays).
  public var framework: String?
  public var summary: String
  public var situation: Situation
  public var steps: [String]
  public var questions: [Question]
  public var talkTrack: String
  public var objections: [Objection]
  public var redFlags: [String]
  /// Enablement content ids.
  public var contentIds: [String]
  /// Products the play sells: a deal with a line for one of them ranks the play higher (PlayFit).
  /// Omitted from JSON when empty, so files from before product links load and save unchanged.
  public var productIds: [String]

  public init(
    id: String, name: String, framework: String? = nil, summary: String, situation: Situation = Situation(),
    steps: [String] = [], questions: [Question] = [], talkTrack: String = "", objections: [Objection] = [],
    redFlags: [String] = [], contentIds: [String] = [], productIds: [String] = []
  ) {
    self.id = id
    self.name = name
    self.framework = framework
    self.summary = summary
    self.situation = situation
    self.steps = steps
    self.questions = questions
    self.talkTrack = talkTrack
    self.objections = objections
    self.redFlags = redFlags
    self.contentIds = contentIds
    self.productIds = productIds
  }
}

/// A piece of enablement content: a deck, battlecard, case study, video or document.
public struct ContentItem: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var title: String
  /// deck, battlecard, caseStudy, video, document, template …
  public var kind: String
  /// URL or local path.
  public var link: String
  public var stageIds: [String]
  public var playIds: [String]
  /// Products the content is about (a product deck, its battlecard); omitted from JSON when empty.
  public var productIds: [String]

  public init(
    id: String, title: String, kind: String, link: String, stageIds: [String] = [], playIds: [String] = [],
    productIds: [String] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.link = link
    self.stageIds = stageIds
    self.playIds = playIds
    self.productIds = productIds
  }
}
