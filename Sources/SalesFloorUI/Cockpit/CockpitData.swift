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

  public init(workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day) {
    let scope = viewer.scope
    scopeIds = scope.ownerIds(in: ws)
    let lookup = StageLookup(ws.settings)
    openStages = lookup.openStages
    let ids = scopeIds
    let open = ws.deals.items.filter { ids.contains($0.ownerId) && lookup.isOpen($0) }
    let byClose: (Deal, Deal) -> Bool = {
      ($0.closeDate ?? Day(ordinal: .max), $0.id) < ($1.closeDate ?? Day(ordinal: .max), $1.id)
    }
    openDeals = open.sorted(by: byClose)
    var byStage: [String: [Deal]] = [:]
    for d in openDeals { byStage[d.stage, default: []].append(d) }
    dealsByStage = byStage
    let stalledReport = Reports.stalled(ws, scope: scope, asOf: asOf)
    stalled = Dictionary(stalledReport.deals.map { ($0.id, $0.reasons) }, uniquingKeysWith: { a, _ in a })
    pipeline = Reports.pipeline(ws, scope: scope, asOf: asOf)
    attainment = Reports.attainment(ws, period: period, scope: scope, asOf: asOf)
    weekly = Metrics.weeklyBookings(ws, scope: scope, asOf: asOf, weeks: 12)
    coaching = ws.coaching.items.filter { ids.contains($0.personId) && $0.isActive }.sorted {
      ($0.priority, $0.dueDate ?? Day(ordinal: .max), $0.id) < (
        $1.priority, $1.dueDate ?? Day(ordinal: .max), $1.id
      )
    }
    plays = ws.playbooks.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    nextStepsDue = openDeals.filter { d in d.nextStepDate.map { $0 <= asOf } ?? false }.sorted {
      ($0.nextStepDate ?? asOf, $0.id) < ($1.nextStepDate ?? asOf, $1.id)
    }
    closingThisPeriod = openDeals.filter { d in d.closeDate.map { period.contains($0) } ?? false }
    activitiesDue = ws.activities.items.filter { a in
      ids.contains(a.ownerId) && !a.isDone && (a.dueDate.map { $0 <= asOf } ?? false)
    }.sorted { ($0.dueDate ?? asOf, $0.id) < ($1.dueDate ?? asOf, $1.id) }
  }
}
