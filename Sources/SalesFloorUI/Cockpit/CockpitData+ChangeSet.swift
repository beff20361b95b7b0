import SalesFloorKit

/// Brings the derived numbers up to date from the store's change sets: the cockpit's own edits,
/// undo and redo, and other processes' (or machines') transactions all arrive this way.
///
/// Why incremental: a full rebuild scans, filters and sorts every deal and activity (0.5–0.9 s at
/// 100k deals), while a change set touches a few records; with team sync, remote changes arrive
/// every few seconds and must not freeze the cockpit. Each collection's derived lists take the
/// old version out and put the new one in; the result equals a full rebuild (`CockpitDeltaTests`).
extension CockpitData {
  /// How a change set was applied (benchmarks and tests check which path ran).
  public enum ApplyPath: Sendable, Equatable {
    /// Patched record by record.
    case incremental
    /// Rebuilt from the workspace: settings or the viewer's scope changed, or more records than
    /// `incrementalLimit` changed at once.
    case rebuilt
  }

  /// Above this many changed records a full rebuild is cheaper than patching (measured at 100k
  /// deals: docs/performance.md, "change sets").
  public static let incrementalLimit = 5_000

  /// Applies change sets made after the state `self` was computed from; `ws` is the workspace
  /// after all of them.
  public mutating func apply(
    _ sets: [ChangeSet], workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day
  ) -> ApplyPath {
    var deals: [String: Deal?] = [:]
    var activities: [String: Activity?] = [:]
    var people: [String: Person?] = [:]
    var accounts: [String: Account?] = [:]
    var collections: Set<CollectionName> = []
    var count = 0
    for set in sets {
      for c in set.changes {
        count += 1
        collections.insert(c.collection)
        // The first before image of each record is what `self` was computed from.
        switch c.before {
        case .deal(let d)?: if deals[c.id] == nil { deals[c.id] = .some(d) }
        case .activity(let a)?: if activities[c.id] == nil { activities[c.id] = .some(a) }
        case .person(let p)?: if people[c.id] == nil { people[c.id] = .some(p) }
        case .account(let a)?: if accounts[c.id] == nil { accounts[c.id] = .some(a) }
        case nil:
          switch c.collection {
          case .deals: if deals[c.id] == nil { deals[c.id] = .some(nil) }
          case .activities: if activities[c.id] == nil { activities[c.id] = .some(nil) }
          case .people: if people[c.id] == nil { people[c.id] = .some(nil) }
          case .accounts: if accounts[c.id] == nil { accounts[c.id] = .some(nil) }
          default: break
          }
        default: break
        }
      }
    }
    if count == 0 { return .incremental }
    if count > Self.incrementalLimit || collections.contains(.settings)
      || (!people.isEmpty && viewer.scope.ownerIds(in: ws) != scopeIds)
    {
      self = CockpitData(workspace: ws, viewer: viewer, period: period, asOf: asOf)
      return .rebuilt
    }

    if !activities.isEmpty { applyActivityChanges(activities, workspace: ws, asOf: asOf) }
    applyGoalChanges(
      activities: activities, goalsOrPeopleChanged: !people.isEmpty || collections.contains(.activityGoals),
      workspace: ws, asOf: asOf)
    if !deals.isEmpty {
      guard applyDealChanges(before: deals, workspace: ws, viewer: viewer, period: period, asOf: asOf) else {
        self = CockpitData(workspace: ws, viewer: viewer, period: period, asOf: asOf)
        return .rebuilt
      }
    }
    patchHygiene(
      deals: deals, activities: activities, contactsChanged: collections.contains(.contacts), workspace: ws,
      viewer: viewer, asOf: asOf)
    if !people.isEmpty { applyPeopleChanges(people, workspace: ws, asOf: asOf) }
    if !accounts.isEmpty { applyAccountChanges(accounts, workspace: ws) }
    if !people.isEmpty || collections.contains(.quotas) || collections.contains(.rampPlans) {
      // Quotas, ramp plans and people (names, hire dates) feed the quota book and the report's
      // rows; a few thousand quotas rebuild in about a millisecond.
      quotaBook = QuotaBook(ws)
      pipeline =
        pipelineTally?.report(
          stages: StageLookup(ws.settings, today: asOf), scope: viewer.scope, asOf: asOf,
          currency: ws.settings.currency)
        ?? pipeline
      let tally = attainmentTally ?? AttainmentTally(empty: period, owners: scopeIds)
      attainment = Reports.attainment(ws, tally: tally, scope: viewer.scope, asOf: asOf, quotas: quotaBook)
      reports = [period: attainment]
    }
    if collections.contains(.coaching) { coaching = Self.coachingQueue(ws, scope: scopeIds) }
    if collections.contains(.playbooks) { plays = Self.playsByName(ws) }
    if collections.contains(.handoffs) || !deals.isEmpty || !accounts.isEmpty || !people.isEmpty {
      applyHandoffChanges(sets, workspace: ws, asOf: asOf)
    }
    let feedChanged = applyFeedChanges(
      deals: deals, people: !people.isEmpty, collections: collections, workspace: ws)
    if feedChanged || collections.contains(.feedReads) { refreshFeedTicker(ws, personId: viewer.actorId) }
    return .incremental
  }

  /// Latest completed-activity days and the due list after activities changed; deals whose last
  /// activity moved get their stall reasons again.
  mutating func applyActivityChanges(_ before: [String: Activity?], workspace ws: Workspace, asOf: Day) {
    var rescan: Set<String> = []
    var touched: Set<String> = []
    for (id, old) in before {
      let new = ws.activities[id: id]
      dealActivities.update(id, old: old, new: new)
      if let old, let deal = old.dealId, let day = Self.doneDay(old, asOf: asOf), lastActivity[deal] == day {
        // The deal's latest activity changed or went: only a scan of its activities can tell.
        rescan.insert(deal)
      }
      if let new, let deal = new.dealId, let day = Self.doneDay(new, asOf: asOf) {
        if lastActivity[deal].map({ $0 < day }) ?? true {
          lastActivity[deal] = day
          touched.insert(deal)
        }
      }
      Self.update(
        old.flatMap { Self.isDue($0, scope: scopeIds, asOf: asOf) ? $0 : nil },
        new.flatMap { Self.isDue($0, scope: scopeIds, asOf: asOf) ? $0 : nil },
        in: &activitiesDue, by: Self.byDue(asOf))
    }
    if !rescan.isEmpty {
      for deal in rescan {
        lastActivity[deal] = dealActivities.activities(of: deal, in: ws).compactMap {
          Self.doneDay($0, asOf: asOf)
        }
        .max()
      }
      touched.formUnion(rescan)
    }
    let lookup = StageLookup(ws.settings, today: asOf)
    for id in touched {
      guard let d = ws.deals[id: id], scopeIds.contains(d.ownerId), lookup.isOpen(d) else { continue }
      let reasons = Metrics.stallReasons(
        d, stage: lookup[d.stage], lastActivity: lastActivity[id], asOf: asOf
      )
      .reasons
      stalled[id] = reasons.isEmpty ? nil : reasons
    }
  }

  /// Renamed people: owner names in the filter text and the owner sort, the form choices.
  /// (A change of scope — role, manager, active — rebuilds instead; see `apply`.)
  mutating func applyPeopleChanges(_ before: [String: Person?], workspace ws: Workspace, asOf: Day) {
    peopleOptions = Self.peopleOptions(ws)
    var renamed: Set<String> = []
    for (id, old) in before {
      let new = ws.people[id: id]
      if old?.name != new?.name { renamed.insert(id) }
      ownerNames[id] = new?.name
    }
    guard !renamed.isEmpty else { return }
    refreshSearchText(workspace: ws) { renamed.contains($0.ownerId) }
    rebuildSortOrder(.owner, asOf: asOf)
  }

  /// Renamed accounts: the filter text of their deals, the form choices.
  mutating func applyAccountChanges(_ before: [String: Account?], workspace ws: Workspace) {
    accountOptions = Self.accountOptions(ws)
    let renamed = Set(before.compactMap { id, old in old?.name != ws.accounts[id: id]?.name ? id : nil })
    guard !renamed.isEmpty else { return }
    refreshSearchText(workspace: ws) { $0.accountId.map(renamed.contains) ?? false }
  }

  /// Rewrites the filter text of the open deals `affected` selects.
  private mutating func refreshSearchText(workspace ws: Workspace, _ affected: (Deal) -> Bool) {
    var names = DealSearchIndex.Names(ws)
    var changed: [(Int, [UInt8])] = []
    openDeals.withUnsafeBufferPointer { all in
      for i in all.indices where affected(all[i]) { changed.append((i, names.text(all[i]))) }
    }
    for (i, text) in changed { search.replace(at: i, with: text) }
  }

  /// The day an activity counts for idle days: done on or before asOf.
  static func doneDay(_ a: Activity, asOf: Day) -> Day? {
    guard let done = a.doneAt?.day, done <= asOf else { return nil }
    return done
  }

}
