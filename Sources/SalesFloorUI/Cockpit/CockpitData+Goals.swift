import SalesFloorKit

/// Activity goal progress for the viewer's scope: My Day's goal bars and the Activity view (`V`).
///
/// Why a ledger: progress counts done activities per (person, kind, day) over the week and month
/// around the cockpit's day. Counting them from 300k activities on every logged call would cost a
/// scan per keystroke; the ledger is built in the one pass of a refresh and patched from change
/// sets (before image out, after image in), and the bars are recomputed from it (a few hundred
/// dictionary reads).
extension CockpitData {
  /// The ledger of the scope's done activities around `asOf` (one pass over the activities).
  static func goalLedger(_ ws: Workspace, scope ids: Set<String>, asOf: Day) -> ActivityLedger {
    ActivityLedger(
      ws.activities.items.lazy.filter { ids.contains($0.ownerId) },
      window: ActivityLedger.window(around: asOf))
  }

  /// Progress on every goal in force whose person, or whose team's manager, is in scope: the
  /// rep's own goals in My Day; every rep's and team's in a manager's Activity view. Personal
  /// goals first (by person, then kind), then team goals.
  static func goalProgress(
    _ ws: Workspace, scope ids: Set<String>, ledger: ActivityLedger, asOf: Day
  )
    -> [ActivityGoalProgress]
  {
    ActivityGoals.goalsInForce(on: asOf, in: ws).filter { g in
      (g.personId.map(ids.contains) ?? false) || (g.teamManagerId.map(ids.contains) ?? false)
    }.map { ActivityGoals.progress(of: $0, on: asOf, ledger: ledger, in: ws) }
  }

  /// Patches the ledger with changed activities (first before image → current record) and
  /// recomputes the bars when activities, goals or people (team membership) changed.
  mutating func applyGoalChanges(
    activities before: [String: Activity?], goalsOrPeopleChanged: Bool, workspace ws: Workspace, asOf: Day
  ) {
    guard !before.isEmpty || goalsOrPeopleChanged else { return }
    for (id, old) in before {
      if let old, scopeIds.contains(old.ownerId) { activityLedger.remove(old) }
      if let new = ws.activities[id: id], scopeIds.contains(new.ownerId) { activityLedger.add(new) }
    }
    goalProgress = Self.goalProgress(ws, scope: scopeIds, ledger: activityLedger, asOf: asOf)
  }
}
