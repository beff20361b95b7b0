/// The named parts of a rep's CRM hygiene score (docs/salesops.md, "CRM hygiene"). Each part
/// counts failing items over a denominator; its weight says how much a fully failing part costs.
public enum HygienePart: String, CaseIterable, Hashable, Sendable, Codable, Comparable {
  /// Open deals without a next-step date (the stall rule's `noNextStep`).
  case noNextStep
  /// Open deals whose close date is behind asOf (the stall rule's `closeDatePast`).
  case closeDatePast
  /// Open deals idle in their stage past its rotting days (the stall rule's `idle`).
  case idle
  /// Open deals with no linked contact that exists.
  case noContact
  /// Activities completed this ISO week short of the rep's activity goal (skipped without a goal).
  case activity
  /// Open deals missing a field their stage requires (`Stage.requiredFields`).
  case requiredFields

  /// Points out of 100 a fully failing part costs when every part applies; the weights of the
  /// parts that apply are scaled to 100 (see `HygieneScore`).
  public var weight: Int {
    switch self {
    case .noNextStep: return 25
    case .closeDatePast: return 20
    case .idle: return 20
    case .noContact: return 15
    case .activity: return 10
    case .requiredFields: return 10
    }
  }

  /// What the part counts, in words.
  public var title: String {
    switch self {
    case .noNextStep: return "open deals without a next step"
    case .closeDatePast: return "close dates in the past"
    case .idle: return "idle past rotting days"
    case .noContact: return "deals without a contact"
    case .activity: return "activities this week vs goal"
    case .requiredFields: return "required fields empty"
    }
  }

  /// Column heading in tables and CSV.
  public var heading: String {
    switch self {
    case .noNextStep: return "NoNext"
    case .closeDatePast: return "PastClose"
    case .idle: return "Idle"
    case .noContact: return "NoContact"
    case .activity: return "Activity"
    case .requiredFields: return "Fields"
    }
  }

  var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}
