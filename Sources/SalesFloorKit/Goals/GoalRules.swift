/// The rules activity goals and logged time keep, written once for the commands, the importers,
/// the forms and `check`.
public enum GoalRules {
  /// Longest activity a user can log: a whole day. Longer is a typo (600 for 60), not a meeting.
  public static let maxMinutes = 1440
  /// Highest target per period: more than any floor logs; a bigger number is a typo.
  public static let maxTarget = 10_000

  /// Minutes logged on one activity: nil for none, else 1…1440.
  public static func minutes(_ value: Int?, field: String = "minutes") throws(CommandError) -> Int? {
    guard let v = value else { return nil }
    guard (1...maxMinutes).contains(v) else {
      throw .invalid(field: field, reason: "\(v) is not 1–\(maxMinutes) (minutes spent, a day at most)")
    }
    return v
  }

  /// A goal's activity count per period: 1…10,000.
  public static func target(_ value: Int) throws(CommandError) -> Int {
    guard (1...maxTarget).contains(value) else {
      throw .invalid(field: "target", reason: "\(value) is not 1–\(maxTarget) activities per period")
    }
    return value
  }

  /// A goal's minutes per period: nil for none, else 1 up to every minute of the period.
  public static func targetMinutes(_ value: Int?, cadence: ActivityGoal.Cadence) throws(CommandError) -> Int?
  {
    guard let v = value else { return nil }
    let most = (cadence == .weekly ? 7 : 31) * maxMinutes
    guard (1...most).contains(v) else {
      throw .invalid(field: "minutes", reason: "\(v) is not 1–\(most) minutes a \(cadence.noun)")
    }
    return v
  }

  /// The scope checked against the people: the person exists, or the manager exists and has
  /// someone reporting to them (a team of nobody would never move). Returns how a user reads it.
  static func scope(_ scope: ActivityGoal.Scope, _ ws: Workspace) throws(CommandError) -> String {
    switch scope {
    case .person(let id):
      return try CommandRules.person(id, field: "person", ws).name
    case .team(let managerId):
      let m = try CommandRules.person(managerId, field: "team", ws)
      guard !ActivityGoals.members(of: scope, in: ws).isEmpty else {
        throw .invalid(
          field: "team", reason: "nobody reports to \(m.name), so a team goal would count nobody")
      }
      return "\(m.name)'s team"
    }
  }

  /// A cadence from what a user typed: `weekly`/`week`/`w`, `monthly`/`month`/`m`.
  public static func cadence(_ text: String) throws(CommandError) -> ActivityGoal.Cadence {
    switch text.lowercased() {
    case "weekly", "week", "w": return .weekly
    case "monthly", "month", "m": return .monthly
    default: throw .invalid(field: "cadence", reason: "\"\(text)\" is not weekly or monthly")
    }
  }

  /// An activity kind from what a user typed, singular or plural ("calls").
  public static func kind(_ text: String) throws(CommandError) -> Activity.Kind {
    let t = text.lowercased()
    if let k = Activity.Kind(rawValue: t) ?? Activity.Kind(rawValue: String(t.dropLast())) { return k }
    throw .invalid(
      field: "kind",
      reason: "\"\(text)\" is not an activity kind (one of "
        + Activity.Kind.allCases.map(\.rawValue).joined(separator: ", ") + ")")
  }

  static func goal(_ id: String, _ ws: Workspace) throws(CommandError) -> ActivityGoal {
    try CommandRules.record(
      ws.activityGoals[id: id], kind: "goal", id: id, hint: "see `salesfloor goal list`")
  }
}
