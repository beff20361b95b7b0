import SalesFloorKit

/// Numbers and lists derived from the workspace for one viewer, period and day.
///
/// Computed once when the workspace, scope or period changes (never during render), so a
/// keystroke that only moves the selection costs no metric work.
public struct CockpitData: Sendable {
  public var scopeIds: Set<String>
  /// Open deals owned by people in scope.
  public var openDeals: [Deal]
  /// Open deals per stage id, as ascending indexes into `openDeals` (so in close-date order).
  /// Indexes, not deals: a stage move then shifts a few kilobytes of integers instead of
  /// thousands of `Deal` values.
  var stageIndexes: [String: [Int32]]
  /// `openDeals` indexes in the table's amount, days-in-stage and owner orders (see
  /// `CockpitData+SortOrders`), and the owner names the owner order uses.
  var sortOrders: [PipelineSort: [Int32]] = [:]
  var ownerNames: [String: String] = [:]
  /// Search text and integer facts of `openDeals` for the pipeline filter, kept with the list.
  var search = DealSearchIndex()
  var facts = DealFacts()
  /// Choice lists for forms, by name: active people and accounts (both change only with a full
  /// refresh, so a form opens without sorting them).
  public internal(set) var peopleOptions: [ChoiceOption] = []
  public internal(set) var accountOptions: [ChoiceOption] = []
  public var openStages: [Stage]
  /// Σ amount and weighted amount of each stage's open deals (the unfiltered board's sums).
  public var boardSums: [String: BoardSum] = [:]
  /// Stall reasons of the open deals that are stalled.
  public var stalled: [String: [StallReason]]
  public var pipeline: PipelineReport
  public var attainment: AttainmentReport {
    didSet { leaderboard = Self.leaderboard(attainment) }
  }
  /// `attainment.people` highest attainment first (the quota pane's order), sorted once per
  /// refresh instead of once per frame.
  public private(set) var leaderboard: [AttainmentReport.Person] = []
  public var weekly: [WeeklyBookings]
  /// The team feed's entries by source, patched by change sets (`CockpitData+Feed`).
  public internal(set) var feed: FeedIndex
  /// `feed`'s entries in feed order, filtered by `settings.feed`: what the Feed view and the
  /// ticker read without sorting per keystroke.
  public internal(set) var feedEntries: [FeedEntry] = []
  /// The viewer's home-screen ticker entry (`TeamFeed.ticker`), chosen when the feed or the
  /// viewer's read mark changes rather than on every frame: at 100k deals a month's feed is tens
  /// of thousands of entries.
  public internal(set) var feedTicker: FeedEntry?
  /// Active coaching items for people in scope, by priority then due date.
  public var coaching: [CoachingItem]
  /// Plays by name.
  public var plays: [Playbook]
  /// My Day (reps): deals whose next step is due today or overdue, and deals closing this period.
  public var nextStepsDue: [Deal]
  /// The open deals whose close date is in the period: a slice of `openDeals` (which is in
  /// close-date order), so a period switch copies no deals.
  public var closingThisPeriod: ArraySlice<Deal> { openDeals[closingRange] }
  /// Where `closingThisPeriod` lies in `openDeals`.
  var closingRange: Range<Int> = 0..<0
  /// Open activities due today or earlier, for people in scope.
  public var activitiesDue: [Activity]
  /// The Handoffs view's rows: open handoffs of deals in scope, oldest win first.
  public internal(set) var handoffQueue = HandoffQueue()
  /// Done activities of the scope per (person, kind, day) around `asOf`, patched by change sets
  /// (`CockpitData+Goals`), and the goal bars computed from it.
  var activityLedger: ActivityLedger
  public internal(set) var goalProgress: [ActivityGoalProgress] = []

  /// CRM hygiene findings of the open deals in scope, patched by change sets
  /// (`CockpitData+Hygiene`); the viewer's own score and fixes; the Hygiene view's past weeks.
  public internal(set) var hygiene = HygieneBook(Workspace(), owners: [], asOf: Day(ordinal: 0))
  public internal(set) var myHygiene: MyHygiene?
  var hygieneTrend: HygieneTrend?

  /// Latest completed-activity day per deal id (for idle days); depends on activities only.
  var lastActivity: [String: Day]
  /// Each deal's activities (ids), for the deal card and call mode; patched with the activities.
  public internal(set) var dealActivities: DealActivityIndex
  /// The sums behind `pipeline` and `attainment`, so a deal edit updates them without a rescan
  /// (see `applyDealChanges`).
  var pipelineTally: PipelineTally?
  var attainmentTally: AttainmentTally?
  /// Quotas by person and period; depends on quotas, people and ramp plans only, so it is
  /// rebuilt on a full refresh and reused by edits of deals and period switches.
  var quotaBook: QuotaBook
  /// Attainment sums of every period of kind `talliedKind` in which a deal closes, from one
  /// pass over the deals, so a period switch is a lookup; kept current by `applyDealChanges`,
  /// dropped when deals are rescanned.
  var tallies: [Period: AttainmentTally] = [:]
  var talliedKind: Period.Kind?
  /// Attainment reports of periods shown since the last change of deals: `[` then `]` comes
  /// back to a report already built.
  var reports: [Period: AttainmentReport] = [:]

  /// What changed since the previous data, so a refresh recomputes only what depends on it.
  public enum Change: Sendable {
    /// Only the period: attainment and "closing this period".
    case period
    case everything
  }

  public init(workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day) {
    scopeIds = viewer.scope.ownerIds(in: ws)
    quotaBook = QuotaBook(ws)
    peopleOptions = Self.peopleOptions(ws)
    accountOptions = Self.accountOptions(ws)
    let ids = scopeIds
    handoffQueue = HandoffQueue(ws, scope: ids, asOf: asOf)
    lastActivity = Self.lastActivityByDeal(ws, asOf: asOf)
    dealActivities = DealActivityIndex(ws.activities)
    coaching = Self.coachingQueue(ws, scope: ids)
    plays = Self.playsByName(ws)
    activitiesDue = ws.activities.items.filter { Self.isDue($0, scope: ids, asOf: asOf) }.sorted(
      by: Self.byDue(asOf))
    activityLedger = Self.goalLedger(ws, scope: ids, asOf: asOf)
    goalProgress = Self.goalProgress(ws, scope: ids, ledger: activityLedger, asOf: asOf)
    openDeals = []
    stageIndexes = [:]
    openStages = []
    stalled = [:]
    nextStepsDue = []
    pipeline = Reports.pipeline(Workspace(), scope: .everyone, asOf: asOf)
    attainment = Reports.attainment(Workspace(), period: period, scope: .everyone, asOf: asOf)
    weekly = []
    feed = FeedIndex(ws, from: asOf.adding(days: -TeamFeed.windowDays), to: asOf)
    feedEntries = feed.entries(settings: ws.settings.feed ?? FeedSettings())
    refreshFeedTicker(ws, personId: viewer.actorId)
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
    case .period:
      self = previous
      refreshPeriod(ws, viewer: viewer, period: period, asOf: asOf)
    }
  }

  /// Everything derived from deals that does not depend on the period.
  mutating func refreshDeals(_ ws: Workspace, viewer: Viewer, asOf: Day) {
    tallies = [:]
    talliedKind = nil
    reports = [:]
    let scope = viewer.scope
    let lookup = StageLookup(ws.settings, today: asOf)
    openStages = lookup.openStages
    let ids = scopeIds
    // Sort positions by (close day, id) and copy each open deal once: sorting the 272-byte
    // `Deal` values themselves moved them through every merge pass.
    openDeals = ws.deals.items.withUnsafeBufferPointer { all in
      var keys: [(close: Int32, at: Int)] = []
      for i in all.indices where ids.contains(all[i].ownerId) && lookup.isOpen(all[i]) {
        keys.append((all[i].closeDate?.ordinal ?? .max, i))
      }
      keys.sort { $0.close != $1.close ? $0.close < $1.close : all[$0.at].id < all[$1.at].id }
      return keys.map { all[$0.at] }
    }
    // Fields are read through the buffer; `for d in openDeals` would copy every deal first.
    var byStage: [String: [Int32]] = [:]
    var sums: [String: BoardSum] = [:]
    var stalledById: [String: [StallReason]] = [:]
    let last = lastActivity
    openDeals.withUnsafeBufferPointer { deals in
      for i in deals.indices {
        byStage[deals[i].stage, default: []].append(Int32(i))
        sums[deals[i].stage, default: BoardSum()].add(deals[i], lookup, sign: 1)
        // As `Reports.stalled`, over the open deals in scope, with the cached activity days.
        let reasons = Metrics.stallReasons(
          deals[i], stage: lookup[deals[i].stage], lastActivity: last[deals[i].id], asOf: asOf
        ).reasons
        if !reasons.isEmpty { stalledById[deals[i].id] = reasons }
      }
    }
    stageIndexes = byStage
    boardSums = sums
    stalled = stalledById
    buildSortOrders(ws, asOf: asOf)
    search = DealSearchIndex(deals: openDeals, workspace: ws)
    facts = DealFacts(deals: openDeals, stages: openStages, lookup: lookup)
    let tally = PipelineTally(ws, owners: ids, stages: lookup)
    pipelineTally = tally
    pipeline = tally.report(stages: lookup, scope: scope, asOf: asOf, currency: ws.settings.currency)
    weekly = Metrics.weeklyBookings(ws, scope: scope, asOf: asOf, weeks: 12)
    nextStepsDue = openDeals.filter { d in d.nextStepDate.map { $0 <= asOf } ?? false }.sorted {
      ($0.nextStepDate ?? asOf, $0.id) < ($1.nextStepDate ?? asOf, $1.id)
    }
    rebuildHygiene(ws, viewer: viewer, asOf: asOf)
  }

  /// What depends on the period: attainment and the deals closing in it.
  mutating func refreshPeriod(_ ws: Workspace, viewer: Viewer, period: Period, asOf: Day) {
    if talliedKind != period.kind {
      tallies = AttainmentTally.byPeriod(
        ws, kind: period.kind, fiscalStartMonth: period.fiscalStartMonth, owners: scopeIds,
        stages: StageLookup(ws.settings, today: asOf))
      talliedKind = period.kind
    }
    let tally = tallies[period] ?? AttainmentTally(empty: period, owners: scopeIds)
    attainmentTally = tally
    if let known = reports[period] {
      attainment = known
    } else {
      attainment = Reports.attainment(ws, tally: tally, scope: viewer.scope, asOf: asOf, quotas: quotaBook)
      reports[period] = attainment
    }
    locateClosing(period)
  }

  /// The open deals in a stage, in close-date order (empty for a stage with none).
  public func deals(inStage id: String) -> DealColumn {
    DealColumn(indexes: stageIndexes[id] ?? [], of: openDeals)
  }

  /// Finds the period's deals in `openDeals` (after a period switch or an edit of the list).
  mutating func locateClosing(_ period: Period) {
    let first = openDeals.partitionPoint { ($0.closeDate ?? Day(ordinal: .max)) < period.start }
    let end = openDeals.partitionPoint { ($0.closeDate ?? Day(ordinal: .max)) <= period.end }
    closingRange = first..<max(first, end)
  }

  /// Active people by name: the owner and person choices of forms.
  static func peopleOptions(_ ws: Workspace) -> [ChoiceOption] {
    ws.people.items.filter(\.active).sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map {
      ChoiceOption(id: $0.id, label: $0.name)
    }
  }

  /// Accounts by name: the account choices of forms.
  static func accountOptions(_ ws: Workspace) -> [ChoiceOption] {
    ws.accounts.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map {
      ChoiceOption(id: $0.id, label: $0.name)
    }
  }

  /// Active coaching items of people in scope, by priority, then due date, then id.
  static func coachingQueue(_ ws: Workspace, scope ids: Set<String>) -> [CoachingItem] {
    ws.coaching.items.filter { ids.contains($0.personId) && $0.isActive }.sorted {
      ($0.priority, $0.dueDate ?? Day(ordinal: .max), $0.id) < (
        $1.priority, $1.dueDate ?? Day(ordinal: .max), $1.id
      )
    }
  }

  /// Plays by name, then id.
  static func playsByName(_ ws: Workspace) -> [Playbook] {
    ws.playbooks.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
  }

  /// Whether an activity belongs in "activities due": open, owned in scope, due today or earlier.
  static func isDue(_ a: Activity, scope ids: Set<String>, asOf: Day) -> Bool {
    ids.contains(a.ownerId) && !a.isDone && (a.dueDate.map { $0 <= asOf } ?? false)
  }

  /// The order of "activities due": due date, then id.
  static func byDue(_ asOf: Day) -> (Activity, Activity) -> Bool {
    { ($0.dueDate ?? asOf, $0.id) < ($1.dueDate ?? asOf, $1.id) }
  }

  /// Highest attainment first, then by name (people without a quota last).
  static func leaderboard(_ r: AttainmentReport) -> [AttainmentReport.Person] {
    // Small keys, one gather (see `Reports.sortedByName`); ties keep name order.
    let people = r.people
    var keys = people.indices.map { (attainment: people[$0].attainment ?? -1, name: people[$0].name, at: $0) }
    keys.sort { ($0.attainment, $1.name) > ($1.attainment, $0.name) }
    return keys.map { people[$0.at] }
  }

  /// Latest completion day (on or before asOf) of any activity per deal id, as `Reports.stalled` uses.
  static func lastActivityByDeal(_ ws: Workspace, asOf: Day) -> [String: Day] {
    var out: [String: Day] = [:]
    ws.activities.items.withUnsafeBufferPointer { all in  // in place: no copy per activity
      for i in all.indices {
        guard let id = all[i].dealId, let done = all[i].doneAt?.day, done <= asOf else { continue }
        if let prev = out[id], prev >= done { continue }
        out[id] = done
      }
    }
    return out
  }
}
