import SalesFloorKit

/// The CRM hygiene scores kept with the other derived data (docs/salesops.md, "CRM hygiene").
///
/// Built with the open-deal list on a full refresh, then patched from change sets: a changed deal
/// is re-checked alone (its old findings out, the new in), a changed activity re-checks the deals
/// it was and is on (their idle days) and moves the week's activity count, so a keystroke never
/// rescans the deals. A contact edit re-checks the open deals in scope (contact roles feed the
/// required fields); a settings change rebuilds everything anyway.
extension CockpitData {
  /// The viewer's own score and "things to fix", refreshed with the book (My Day reads them).
  public struct MyHygiene: Sendable {
    public var score: HygieneScore
    public var fixes: [HygieneFix]
  }

  /// Builds the book for the scope (called by `refreshDeals`).
  mutating func rebuildHygiene(_ ws: Workspace, viewer: Viewer, asOf: Day) {
    hygiene = HygieneBook(ws, owners: scopeIds, asOf: asOf, lastActivity: lastActivity)
    hygieneTrend = nil
    refreshMyHygiene(ws, viewer: viewer)
  }

  /// Re-checks what the change sets touched: `deals` and `activities` hold the before images
  /// (keys are the changed ids), as `apply` collected them. The viewer's own score is refreshed on
  /// every change set (one person's items; their activity goal may have changed too).
  mutating func patchHygiene(
    deals: [String: Deal?], activities: [String: Activity?], contactsChanged: Bool, workspace ws: Workspace,
    viewer: Viewer, asOf: Day
  ) {
    var recheck = Set(deals.keys)
    for (id, old) in activities {
      let new = ws.activities[id: id]
      if let old { hygiene.count(old, sign: -1) }
      if let new { hygiene.count(new, sign: 1) }
      if let d = old?.dealId { recheck.insert(d) }
      if let d = new?.dealId { recheck.insert(d) }
    }
    if contactsChanged { recheck.formUnion(hygiene.deals.keys) }
    let lookup = StageLookup(ws.settings, today: asOf)
    for id in recheck {
      let deal = ws.deals[id: id]
      hygiene.update(
        id, deal: deal, stage: deal.flatMap { lookup[$0.stage] }, isOpen: deal.map(lookup.isOpen) ?? false,
        lastActivity: lastActivity[id], in: ws)
    }
    refreshMyHygiene(ws, viewer: viewer)
  }

  /// The viewer's score and top fixes from the book (cheap: one person's failing items).
  mutating func refreshMyHygiene(_ ws: Workspace, viewer: Viewer) {
    guard let me = viewer.person?.id else {
      myHygiene = nil
      return
    }
    let score = hygiene.score(me, goal: HygieneGoal.of(me, on: hygiene.asOf, ledger: activityLedger, in: ws))
    myHygiene = MyHygiene(score: score, fixes: hygiene.fixes(score, in: ws))
  }

  /// Past weeks' scores for the Hygiene view, computed by time travel once per full refresh (the
  /// past does not change with today's edits); the current week comes from the patched book.
  mutating func ensureHygieneTrend(_ ws: Workspace, people: [String], asOf: Day, weeks: Int) {
    if let t = hygieneTrend, t.weekEnds.count == weeks, Set(t.scores.keys) == Set(people) { return }
    hygieneTrend = HygieneTrend(ws, people: people, asOf: asOf, weeks: weeks, current: hygiene)
  }
}
