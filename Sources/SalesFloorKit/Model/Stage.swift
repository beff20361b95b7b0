/// Forecast category of a deal; the stage gives the default and the rep may override it.
public enum ForecastCategory: String, Sendable, Codable, CaseIterable, Comparable {
  case pipeline, bestCase, commit, closed, omitted

  /// Order used for display and for "at least this confident" comparisons.
  var rank: Int {
    switch self {
    case .omitted: return 0
    case .pipeline: return 1
    case .bestCase: return 2
    case .commit: return 3
    case .closed: return 4
    }
  }
  public static func < (a: ForecastCategory, b: ForecastCategory) -> Bool { a.rank < b.rank }

  public var title: String {
    switch self {
    case .pipeline: return "Pipeline"
    case .bestCase: return "Best Case"
    case .commit: return "Commit"
    case .closed: return "Closed"
    case .omitted: return "Omitted"
    }
  }
}

/// One step of the sales process, configured per workspace in `settings.json`.
public struct Stage: Hashable, Sendable, Codable, Identifiable {
  public enum Kind: String, Sendable, Codable { case open, won, lost }

  public var id: String
  public var name: String
  /// Position in the process; open stages come first, then won, then lost.
  public var order: Int
  public var kind: Kind
  /// Default win probability in percent (0–100) for deals in this stage.
  public var probability: Int
  public var forecastCategory: ForecastCategory
  /// A deal idle in this stage longer than this many days is rotting (Pipedrive's term).
  public var rottingDays: Int?
  /// What must be true before leaving the stage; a soft gate, never a block.
  public var exitCriteria: [String]
  /// Fields a deal in this stage must have filled for CRM hygiene (`RequiredField` tokens such as
  /// `amount`, `closeDate`, `contact:economicBuyer`); nil uses `RequiredField.defaults(forStage:)`.
  /// Omitted from JSON when nil, so settings files from before hygiene stay byte-identical.
  public var requiredFields: [String]? = nil

  public init(
    id: String, name: String, order: Int, kind: Kind = .open, probability: Int,
    forecastCategory: ForecastCategory, rottingDays: Int? = nil, exitCriteria: [String] = [],
    requiredFields: [String]? = nil
  ) {
    self.id = id
    self.name = name
    self.order = order
    self.kind = kind
    self.probability = probability
    self.forecastCategory = forecastCategory
    self.rottingDays = rottingDays
    self.exitCriteria = exitCriteria
    self.requiredFields = requiredFields
  }

  public var isOpen: Bool { kind == .open }

  /// The stages a new workspace starts with (a common B2B process).
  public static let defaults: [Stage] = [
    Stage(
      id: "prospect", name: "Prospect", order: 1, probability: 5, forecastCategory: .pipeline,
      rottingDays: 14, exitCriteria: ["Pain identified", "Contact engaged"]),
    Stage(
      id: "qualify", name: "Qualify", order: 2, probability: 10, forecastCategory: .pipeline,
      rottingDays: 14,
      exitCriteria: ["Budget confirmed", "Authority identified", "Need confirmed", "Timeline set"]),
    Stage(
      id: "discovery", name: "Discovery", order: 3, probability: 25, forecastCategory: .pipeline,
      rottingDays: 21, exitCriteria: ["Metrics agreed", "Champion identified", "Decision criteria known"]),
    Stage(
      id: "demo", name: "Demo", order: 4, probability: 40, forecastCategory: .bestCase,
      rottingDays: 21, exitCriteria: ["Demo delivered to decision makers", "Technical fit confirmed"]),
    Stage(
      id: "proposal", name: "Proposal", order: 5, probability: 60, forecastCategory: .bestCase,
      rottingDays: 14,
      exitCriteria: ["Proposal sent", "Economic buyer reviewed pricing", "Decision process mapped"]),
    Stage(
      id: "negotiation", name: "Negotiation", order: 6, probability: 80, forecastCategory: .commit,
      rottingDays: 10, exitCriteria: ["Paper process known", "Legal review started", "Signature date agreed"]),
    Stage(id: "won", name: "Closed Won", order: 7, kind: .won, probability: 100, forecastCategory: .closed),
    Stage(id: "lost", name: "Closed Lost", order: 8, kind: .lost, probability: 0, forecastCategory: .omitted),
  ]
}
