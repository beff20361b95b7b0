/// Why a deal is in the call queue. A rep trusts a queue only when it says why each call is
/// there ("overdue 3 days", "stalled 21 days"), so every card carries its reasons as values and
/// as text (docs/salesops.md, "Call queue").
public enum CallReason: Hashable, Sendable, Codable {
  /// The deal's next step date is `days` days behind today.
  case nextStepOverdue(days: Int)
  /// The deal's next step is due today.
  case nextStepDueToday
  /// Stalled by the house rule (`Metrics.stallReasons`); `days` are its idle days (no stage
  /// change or completed activity), `why` the stall reasons.
  case stalled(days: Int, why: [StallReason])
  /// Closing within `CallQueue.followUpWindowDays` and quiet for `quietDays` (≥
  /// `CallQueue.followUpQuietDays`): a deal about to close that nobody has touched lately.
  case followUp(quietDays: Int, closeDate: Day)

  /// The queue's order of kinds: overdue, due today, stalled, follow-up.
  public var rank: Int {
    switch self {
    case .nextStepOverdue: return 0
    case .nextStepDueToday: return 1
    case .stalled: return 2
    case .followUp: return 3
    }
  }

  /// Days that order items of the same kind (more days first); 0 where there are none.
  public var days: Int {
    switch self {
    case .nextStepOverdue(let d): return d
    case .nextStepDueToday: return 0
    case .stalled(let d, _): return d
    case .followUp(let d, _): return d
    }
  }

  /// The kind as JSON names it (`calls --format json`).
  public var kind: String {
    switch self {
    case .nextStepOverdue: return "nextStepOverdue"
    case .nextStepDueToday: return "nextStepDueToday"
    case .stalled: return "stalled"
    case .followUp: return "followUp"
    }
  }

  /// "overdue 3 days", "due today", "stalled 21 days", "stalled: no next step",
  /// "follow up: closes 2026-12-15, quiet 9 days".
  public var text: String {
    switch self {
    case .nextStepOverdue(let d): return "overdue \(Self.days(d))"
    case .nextStepDueToday: return "next step due today"
    case .stalled(let d, let why):
      if why.contains(.idle) { return "stalled \(Self.days(d))" }
      return "stalled: " + why.map(\.label).joined(separator: ", ")
    case .followUp(let d, let close): return "follow up: closes \(close.iso), quiet \(Self.days(d))"
    }
  }

  static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
