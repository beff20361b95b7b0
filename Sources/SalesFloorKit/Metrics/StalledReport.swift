/// Why a deal counts as stalled; a deal may have several reasons at once.
public enum StallReason: String, Hashable, Sendable, Codable, CaseIterable {
  /// No stage change or logged activity for longer than the stage's rotting days.
  case idle
  /// No next step date: nobody has committed to what happens next.
  case noNextStep
  /// The expected close date is already behind us.
  case closeDatePast
  /// The close date was pushed later three or more times.
  case slipped
}

/// Open deals that need attention, worst first.
public struct StalledReport: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var ownerId: String
    public var ownerName: String?
    /// Stage id and display name.
    public var stage: String
    public var stageName: String
    public var daysInStage: Int
    /// Days since the last stage change or completed activity on the deal.
    public var idleDays: Int
    public var rottingDays: Int?
    public var closeDate: Day?
    public var slips: Int
    public var reasons: [StallReason]
  }
  public var asOf: Day
  public var scope: String
  /// Sorted by idle days (most idle first), then id.
  public var deals: [Row]
}

extension Metrics {
  /// Close-date slips at or above this count make a deal stalled.
  public static let slipThreshold = 3

  /// Why an open deal is stalled (empty when it is not), and how many days it has been idle.
  /// `lastActivity` is the latest day an activity on the deal was completed, if any.
  ///
  /// Idle days count from the latest of the created day, the stage entry and the last activity,
  /// never below 0, so a deal is idle only once it has been in its stage (or existed) longer than
  /// the stage's rotting days. A deal younger than `stallGraceDays` is not stalled for any reason:
  /// one created a minute ago has had no chance to get a next step yet.
  public static func stallReasons(
    _ deal: Deal, stage: Stage?, lastActivity: Day?, asOf: Day
  ) -> (reasons: [StallReason], idleDays: Int) {
    var lastTouch = max(deal.createdAt.day, deal.enteredCurrentStageOn)
    if let a = lastActivity, a > lastTouch { lastTouch = a }
    let idle = elapsedDays(from: lastTouch, to: asOf)
    guard elapsedDays(from: deal.createdAt.day, to: asOf) >= stallGraceDays else { return ([], idle) }
    var reasons: [StallReason] = []
    if let limit = stage?.rottingDays, idle > limit { reasons.append(.idle) }
    if deal.nextStepDate == nil { reasons.append(.noNextStep) }
    if let c = deal.closeDate, c < asOf { reasons.append(.closeDatePast) }
    if deal.closeDateSlips >= slipThreshold { reasons.append(.slipped) }
    return (reasons, idle)
  }

  /// Whole days a new deal must have existed before it can count as stalled: a deal created on the
  /// day it is seen from is never stalled, whatever its next step or close date says.
  public static let stallGraceDays = 1

  /// Whole days from `start` to `end`, never negative: the one place a "days since" figure (days in
  /// stage, idle days, deal age, sales cycle) is computed, so a record dated after the day it is
  /// seen from reads 0 days, not −35.
  public static func elapsedDays(from start: Day, to end: Day) -> Int { max(0, start.days(to: end)) }

  /// Latest completion day (on or before asOf) of any activity per deal id, in one pass.
  static func lastActivityByDeal(_ workspace: Workspace, asOf: Day) -> [String: Day] {
    var out: [String: Day] = [:]
    for a in workspace.activities {
      guard let id = a.dealId, let done = a.doneAt?.day, done <= asOf else { continue }
      if let prev = out[id], prev >= done { continue }
      out[id] = done
    }
    return out
  }
}

extension Reports {
  /// Open deals in scope with at least one stall reason.
  public static func stalled(_ workspace: Workspace, scope: Scope, asOf: Day) -> StalledReport {
    let stages = StageLookup(workspace.settings)
    let owners = scope.ownerIds(in: workspace)
    let lastActivity = Metrics.lastActivityByDeal(workspace, asOf: asOf)
    var rows: [StalledReport.Row] = []
    for deal in workspace.deals where owners.contains(deal.ownerId) && stages.isOpen(deal) {
      let stage = stages[deal.stage]
      let (reasons, idle) = Metrics.stallReasons(
        deal, stage: stage, lastActivity: lastActivity[deal.id], asOf: asOf)
      guard !reasons.isEmpty else { continue }
      rows.append(
        StalledReport.Row(
          id: deal.id, name: deal.name, ownerId: deal.ownerId,
          ownerName: workspace.people[id: deal.ownerId]?.name,
          stage: deal.stage, stageName: stage?.name ?? deal.stage,
          daysInStage: Metrics.daysInStage(deal, asOf: asOf), idleDays: idle, rottingDays: stage?.rottingDays,
          closeDate: deal.closeDate, slips: deal.closeDateSlips, reasons: reasons))
    }
    rows.sort { ($1.idleDays, $0.id) < ($0.idleDays, $1.id) }
    return StalledReport(asOf: asOf, scope: scope.description, deals: rows)
  }
}
