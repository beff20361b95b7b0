/// How many activities of one kind a rep (or a whole team) aims for per week or month, and
/// optionally how much time: the activity counterpart of a quota, so "are we making the calls?"
/// has a bar with pace like "are we winning the deals?".
///
/// A goal applies from `fromDay` until a later goal for the same scope and kind replaces it, so
/// raising a target next month keeps this month's history readable.
public struct ActivityGoal: Hashable, Sendable, Codable, Identifiable {
  /// The calendar period a goal counts over.
  public enum Cadence: String, Sendable, Codable, CaseIterable {
    /// ISO week, Monday to Sunday.
    case weekly
    /// Calendar month.
    case monthly

    /// "week" / "month", as a sentence reads it ("40 calls a week").
    public var noun: String { self == .weekly ? "week" : "month" }
  }

  /// Whose activities count: one person's own, or a manager's team as a whole.
  public enum Scope: Hashable, Sendable {
    case person(String)
    /// Everyone reporting to this manager (directly or not), the manager excluded.
    case team(managerId: String)
  }

  public var id: String
  /// Set for a personal goal.
  public var personId: String?
  /// Set for a team goal: the manager whose reports share it.
  public var teamManagerId: String?
  public var kind: Activity.Kind
  public var cadence: Cadence
  /// Activities (done) per period.
  public var targetCount: Int
  /// Minutes logged per period (`Activity.durationMinutes`); nil when only the count matters.
  public var targetMinutes: Int?
  /// The first day the goal applies.
  public var fromDay: Day
  public var createdAt: Timestamp
  public var updatedAt: Timestamp

  public init(
    id: String, scope: Scope, kind: Activity.Kind, cadence: Cadence, targetCount: Int,
    targetMinutes: Int? = nil, fromDay: Day, createdAt: Timestamp, updatedAt: Timestamp? = nil
  ) {
    self.id = id
    switch scope {
    case .person(let p): personId = p
    case .team(let m): teamManagerId = m
    }
    self.kind = kind
    self.cadence = cadence
    self.targetCount = targetCount
    self.targetMinutes = targetMinutes
    self.fromDay = fromDay
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
  }

  /// The scope; a record with neither id set (hand-edited) reads as a person goal of "".
  public var scope: Scope {
    if let personId { return .person(personId) }
    if let teamManagerId { return .team(managerId: teamManagerId) }
    return .person("")
  }
}
