import SalesFloorKit

/// Numbers and lists derived from the workspace for one viewer, period and day.
///
/// Computed once when the workspace, scope or period changes (never during render), so a
/// keystroke that only moves the selection costs no metric work.
public struct CockpitData: Sendable {
  public var scopeIds: Set<String>
  /// Open deals owned by people in scope.
  public var openDeals: [Deal]
  /// Open deals per open stage id, in close-date order.
  public var dealsByStage: [String: [Deal]]
  public var openStages: [Stage]
  /// Σ amount and weighted amount of `dealsByStage` per stage id (the unfiltered board's sums).
  public var boardSums: [String: BoardSum] = [:]
  /// Stall reasons of the open deals that are stalled.
  public var stalled: [String: [StallReason]]
  public var pipeline: PipelineReport
  public var attainment: AttainmentReport
  public var weekly: [WeeklyBookings]
  /// Active coaching items for people in scope, by priority then due date.
  public var coaching: [CoachingItem]
  /// Plays by name.
  public var plays: [Playbook]
  /// My Day (reps): deals whose next step is due today or overdue, and deals closing this period.
  public var nextStepsDue: [Deal]
  public var closingThisPeriod: [Deal]
  /// Open activities due today or earlier, for people in scope.
  public var activitiesDue: [Activity]

  /// Latest completed-activity day per deal id (for idle days); depends on activities only.
  var lastActivity: [String: Day]
  /// The sums behind `pipeline` and `attainment`, so a deal edit updates them without a rescan
  /// (see `applyDealChanges`).
  var pipelineTally: PipelineTally?
  var attainmentTally: AttainmentTally?

  /// What changed since the previous data, so a refresh recomputes only what depends on it.
  public enum Change: Sendable {
    /// Only the period: attainment and "closing this period".
    case period
    /// Only deals (a stage move, a new deal): every deal-derived list and report, not the
    /// activity, coaching and play lists.
    case deals
    case everything
  }

  public init(workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day) {
    scopeIds = viewer.scope.ownerIds(in: ws)
    let ids = scopeIds
    lastActivity = Self.lastActivityByDeal(ws, asOf: asOf)
    coaching = ws.coaching.items.filter { ids.contains($0.personId) && $0.isActive }.sorted {
      ($0.priority, $0.dueDate ?? Day(ordinal: .max), $0.id) < (
        $1.priority, $1.dueDate ?? Day(ordinal: .max), $1.id
      )
    }
    plays = ws.playbooks.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    activitiesDue = ws.activities.items.filter { a in
      ids.contains(a.ownerId) && !a.isDone && (a.dueDate.map { $0 <= asOf } ?? false)
    }.sorted { ($0.dueDate ?? asOf, $0.id) < ($1.dueDate ?? asOf, $1.id) }
    openDeals = []
    dealsByStage = [:]
    openStages = []
    stalled = [:]
    nextStepsDue = []
    closingThisPeriod = []
    pipeline = Reports.pipeline(Workspace(), scope: .everyone, asOf: asOf)
    attainment = Reports.attainment(Workspace(), period: period, scope: .everyone, asOf: asOf)
    weekly = []
    refreshDeals(ws, viewer: viewer, asOf: asOf)
    refreshPeriod(ws, viewer: viewer, period: period, asOf: asOf)
  }

  /// `previous` brought up to date after `change`.
  public init(
    updating previous: CockpitData, change: Change, workspace ws: Workspace, viewer: Viewer, period: Period,
    asOf: Day
  ) {
    switch change {
    case .everything:
      self.init(workspace: ws, viewer: viewer, period: period, asOf: asOf)
    case .deals:
      self = previous
      refreshDeals(ws, viewer: viewer, asOf: asOf)
      refreshPeriod(ws, viewer: viewer, period: period, asOf: asOf)
    case .period:
      self = previous
      refreshPeriod(ws, viewer: viewer, period: period, asOf: asOf)
    }
  }

  /// Everything derived from deals that does not depend on the period.
  mutating func refreshDeals(_ ws: Workspace, viewer: Viewer, asOf: Day) {
    let scope = viewer.scope
    let lookup = StageLookup(ws.settings)
    openStages = lookup.openStages
    let ids = scopeIds
    let open = ws.deals.items.filter { ids.contains($0.ownerId) && lookup.isOpen($0) }
    let byClose: (Deal, Deal) -> Bool = {
      ($0.closeDate ?? Day(ordinal: .max), $0.id) < ($1.closeDate ?? Day(ordinal: .max), $1.id)
    }
    openDeals = open.sorted(by: byClose)
    var byStage: [String: [Deal]] = [:]
    var sums: [String: BoardSum] = [:]
    for d in openDeals {
      byStage[d.stage, default: []].append(d)
      sums[d.stage, default: BoardSum()].add(d, lookup, sign: 1)
    }
    dealsByStage = byStage
    boardSums = sums
    // As `Reports.stalled`, over the open deals in scope, with the cached activity days.
    var stalledById: [String: [StallReason]] = [:]
    for d in openDeals {
      let reasons = Metrics.stallReasons(
        d, stage: lookup[d.stage], lastActivity: lastActivity[d.id], asOf: asOf
      ).reasons
      if !reasons.isEmpty { stalledById[d.id] = reasons }
    }
    stalled = stalledById
    let tally = PipelineTally(ws, owners: ids, stages: lookup)
    pipelineTally = tally
    pipeline = tally.report(stages: lookup, scope: scope, asOf: asOf, currency: ws.settings.currency)
    weekly = Metrics.weeklyBookings(ws, scope: scope, asOf: asOf, weeks: 12)
    nextStepsDue = openDeals.filter { d in d.nextStepDate.map { $0 <= asOf } ?? false }.sorted {
      ($0.nextStepDate ?? asOf, $0.id) < ($1.nextStepDate ?? asOf, $1.id)
    }
  }

  /// What depends on the period: attainment and the deals closing in it.
  mutating func refreshPeriod(_ ws: Workspace, viewer: Viewer, period: Period, asOf: Day) {
    let tally = AttainmentTally(ws, period: period, owners: scopeIds, stages: StageLookup(ws.settings))
    attainmentTally = tally
    attainment = Reports.attainment(ws, tally: tally, scope: viewer.scope, asOf: asOf)
    closingThisPeriod = openDeals.filter { d in d.closeDate.map { period.contains($0) } ?? false }
  }

  /// Latest completion day (on or before asOf) of any activity per deal id, as `Reports.stalled` uses.
  static func lastActivityByDeal(_ ws: Workspace, asOf: Day) -> [String: Day] {
    var out: [String: Day] = [:]
    for a in ws.activities {
      guard let id = a.dealId, let done = a.doneAt?.day, done <= asOf else { continue }
      if let prev = out[id], prev >= done { continue }
      out[id] = done
    }
    return out
  }
}
