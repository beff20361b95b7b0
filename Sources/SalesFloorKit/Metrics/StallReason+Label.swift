extension StallReason {
  /// The reason in a user's words, shared by the deal card and the call queue so both say the
  /// same thing about the same deal.
  public var label: String {
    switch self {
    case .idle: return "idle past rotting days"
    case .noNextStep: return "no next step date"
    case .closeDatePast: return "close date passed"
    case .slipped: return "close date slipped 3+ times"
    }
  }
}
