/// Something a manager and a rep agreed to work on, usually born from a data signal.
public struct CoachingItem: Hashable, Sendable, Codable, Identifiable {
  public enum Status: String, Sendable, Codable, CaseIterable {
    case open, inProgress, done, dismissed, snoozed
  }
  public enum Priority: Int, Sendable, Codable, CaseIterable, Comparable {
    case high = 1, medium = 2, low = 3
    public static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue }
    public var title: String {
      switch self {
      case .high: return "high"
      case .medium: return "medium"
      case .low: return "low"
      }
    }
  }

  /// A promise made in a coaching session; `check` makes it verifiable from data.
  public struct Commitment: Hashable, Sendable, Codable {
    /// Kinds of checks the data can answer; `manual` is ticked by hand.
    public enum Check: String, Sendable, Codable {
      case manual, nextStepSet, activityLogged, trainingCompleted, stageAdvanced
    }
    public var text: String
    public var check: Check
    public var dealId: String?
    public var trainingModuleId: String?
    public var by: Day?
    /// For manual commitments: ticked done.
    public var done: Bool

    public init(
      text: String, check: Check = .manual, dealId: String? = nil, trainingModuleId: String? = nil,
      by: Day? = nil, done: Bool = false
    ) {
      self.text = text
      self.check = check
      self.dealId = dealId
      self.trainingModuleId = trainingModuleId
      self.by = by
      self.done = done
    }
  }

  /// Notes of one coaching conversation.
  public struct SessionNote: Hashable, Sendable, Codable {
    public var at: Timestamp
    public var authorId: String?
    public var text: String
    public init(at: Timestamp, authorId: String? = nil, text: String) {
      self.at = at
      self.authorId = authorId
      self.text = text
    }
  }

  public var id: String
  /// The rep being coached.
  public var personId: String
  public var coachId: String?
  public var title: String
  /// Why this item exists, in words a rep understands ("3 deals idle past rotting days").
  public var reason: String
  /// The signal kind that raised it, when it came from data (see the coaching signal engine).
  public var signal: String?
  public var focusSkill: String?
  public var priority: Priority
  public var status: Status
  public var dueDate: Day?
  public var snoozedUntil: Day?
  /// Kept when dismissed or snoozed.
  public var statusReason: String?
  public var dealIds: [String]
  public var trainingModuleId: String?
  public var commitments: [Commitment]
  public var notes: [SessionNote]
  public var createdAt: Timestamp

  public init(
    id: String, personId: String, coachId: String? = nil, title: String, reason: String,
    signal: String? = nil, focusSkill: String? = nil, priority: Priority = .medium, status: Status = .open,
    dueDate: Day? = nil, snoozedUntil: Day? = nil, statusReason: String? = nil, dealIds: [String] = [],
    trainingModuleId: String? = nil, commitments: [Commitment] = [], notes: [SessionNote] = [],
    createdAt: Timestamp
  ) {
    self.id = id
    self.personId = personId
    self.coachId = coachId
    self.title = title
    self.reason = reason
    self.signal = signal
    self.focusSkill = focusSkill
    self.priority = priority
    self.status = status
    self.dueDate = dueDate
    self.snoozedUntil = snoozedUntil
    self.statusReason = statusReason
    self.dealIds = dealIds
    self.trainingModuleId = trainingModuleId
    self.commitments = commitments
    self.notes = notes
    self.createdAt = createdAt
  }

  public var isActive: Bool { status == .open || status == .inProgress }
}
