/// A certification a person holds (from a completed assignment of a module with a validity).
public struct Certification: Hashable, Sendable, Codable {
  public enum State: String, Hashable, Sendable, Codable {
    case valid
    /// Expires within `CoachingThresholds.certificationWarningDays`.
    case expiring
    case expired
  }
  public var personId: String
  public var moduleId: String
  public var assignmentId: String
  public var completedOn: Day
  public var expiresOn: Day
  public var state: State
  /// Days until expiry (negative once expired).
  public var daysLeft: Int
}

/// Training and enablement status: overdue assignments, certifications, assigning and completing.
/// Pure functions; the caller stores the returned records.
public enum TrainingStatus {
  /// Assignments not completed whose due day is before asOf, oldest due first.
  public static func overdue(_ ws: Workspace, asOf: Day) -> [TrainingAssignment] {
    ws.assignments.items.filter { $0.isOverdue(asOf: asOf) }.sorted {
      ($0.dueDate ?? asOf, $0.id) < ($1.dueDate ?? asOf, $1.id)
    }
  }

  /// The latest certification per person and module (a renewal supersedes the old one), sorted
  /// by expiry. Only completed assignments with an expiry count.
  public static func certifications(_ ws: Workspace, asOf: Day) -> [Certification] {
    var latest: [String: TrainingAssignment] = [:]
    for a in ws.assignments {
      guard let done = a.completedOn, a.expiresOn != nil else { continue }
      let key = a.personId + "|" + a.moduleId
      if let prev = latest[key], let p = prev.completedOn, p >= done { continue }
      latest[key] = a
    }
    return latest.values.compactMap { a -> Certification? in
      guard let done = a.completedOn, let exp = a.expiresOn else { return nil }
      let left = asOf.days(to: exp)
      let state: Certification.State =
        exp < asOf ? .expired : (left <= CoachingThresholds.certificationWarningDays ? .expiring : .valid)
      return Certification(
        personId: a.personId, moduleId: a.moduleId, assignmentId: a.id, completedOn: done, expiresOn: exp,
        state: state, daysLeft: left)
    }.sorted { ($0.expiresOn, $0.personId, $0.moduleId) < ($1.expiresOn, $1.personId, $1.moduleId) }
  }

  /// The assignment completed on a day; a module with a validity grants a certification that
  /// expires `certificationValidDays` after completion.
  public static func complete(
    _ assignment: TrainingAssignment, module: TrainingModule?, on day: Day, score: Int? = nil
  ) -> TrainingAssignment {
    var a = assignment
    a.completedOn = day
    if let score { a.score = score }
    a.expiresOn = module?.certificationValidDays.map { day.adding(days: $0) }
    return a
  }
}
