import SalesFloorKit

/// The second row of cockpit screens: Home (the four panes) and the full-body report views that
/// sales operations reads. Each has a key (`5`…`0`) and a palette entry; `Esc` returns Home.
public enum CockpitView: Int, CaseIterable, Sendable {
  case home, forecast, comp, territories, onboarding, signals, methods
  /// Training: catalogue, assignments, certifications (`T`, the palette).
  case training
  /// A rep's 1:1 agenda (`o` on a signal in view 9); shown in the tab row only while open.
  case agenda
  /// Call mode (`c`): the queue of who to call now, one card at a time (`CallModeState`).
  case calls
  /// Handoffs: won deals waiting on a delivery step, oldest first (`H`).
  case handoffs
  /// Activity goals vs done per rep and team, with pace (`V`).
  case activity
  /// The organisation: teams, span, tenure, ramp, open headcount, territories (`O`).
  case org
  /// Recruiting: candidates by stage, scorecards, hiring (`R`).
  case recruiting
  /// The team feed: posts and what happened in the data, unread marked (`F`, `:feed`).
  case feed
  /// CRM hygiene per rep: score, parts, trend, fixes (`Y`).
  case hygiene
  /// The product catalogue with pipeline and wins per product (`I`, `:products`).
  case products

  /// Tab title when the row has room.
  public var title: String {
    switch self {
    case .home: return "Home"
    case .forecast: return "Forecast"
    case .comp: return "Comp"
    case .territories: return "Territories"
    case .onboarding: return "Onboarding"
    case .signals: return "Coaching signals"
    case .methods: return "Methods"
    case .training: return "Training"
    case .agenda: return "1:1 agenda"
    case .calls: return "Call mode"
    case .handoffs: return "Handoffs"
    case .activity: return "Activity"
    case .org: return "Org"
    case .recruiting: return "Recruiting"
    case .feed: return "Feed"
    case .hygiene: return "Hygiene"
    case .products: return "Products"
    }
  }

  /// Tab title for narrow terminals (the full row needs about 90 columns).
  public var shortTitle: String {
    switch self {
    case .territories: return "Territory"
    case .onboarding: return "Ramps"
    case .signals: return "Signals"
    default: return title
    }
  }

  /// The key that opens the view (Home has none: `Esc`, or `1`–`4` to focus a pane).
  public var key: Character? {
    switch self {
    case .home: return nil
    case .forecast: return "5"
    case .comp: return "6"
    case .territories: return "7"
    case .onboarding: return "8"
    case .signals: return "9"
    case .methods: return "0"
    case .training: return "T"
    case .recruiting: return "R"
    case .agenda: return nil
    case .calls: return "c"
    case .handoffs: return "H"
    case .activity: return "V"
    case .org: return "O"
    case .feed: return "F"
    case .hygiene: return "Y"
    case .products: return "I"
    }
  }
}

/// Which view is showing, its scroll position, and the report values it draws.
public struct CockpitViewsState: Sendable {
  public var current: CockpitView = .home
  /// First line shown, per view.
  public var offsets: [CockpitView: Int] = [:]
  /// The person selected in the Comp view.
  public var compCursor = ListCursor()
  /// The selected signal in the Coaching signals view (in `SignalsViewText.ordered` order).
  public var signalCursor = ListCursor()
  /// Whose 1:1 agenda the agenda view shows.
  public var agendaPersonId: String?
  /// The Handoffs view's cursor and the handoff whose steps are open.
  public var handoffs = HandoffsViewState()
  /// The selected team in the Org view.
  public var orgCursor = ListCursor()
  /// Cost of sales per team and who is within reach of an accelerator, for the Comp view (set
  /// with `content` when the Comp view opens or its inputs change).
  public internal(set) var compLevers: CompLeverData?
  /// The Recruiting view's cursor and card.
  public var recruiting = RecruitingViewState()
  /// The selected entry in the Feed view.
  public var feedCursor = ListCursor()
  /// The viewer's read mark as it was when the Feed view opened: entries after it show as new
  /// while the view stays open, though opening it moved the stored mark to now.
  public var feedSeen: Timestamp?
  /// The Feed view's rows measured when its entries were set, so a keystroke lays out only the
  /// rows on screen (`FeedViewRows`).
  public internal(set) var feedRows: FeedViewRows?
  /// The selected rep in the Hygiene view.
  public var hygieneCursor = ListCursor()
  /// The Products view's cursor and deal list.
  public var products = ProductsViewState()
  /// Reports for `current`, computed when the view opens or the workspace, scope or period
  /// changes (never during render): the backtest and comp statements are too slow per frame.
  public internal(set) var content: CockpitViewContent = .none

  public init() {}

  public var offset: Int { offsets[current] ?? 0 }
}

/// The Forecast view's reports.
public struct ForecastViewData: Sendable {
  public var calls: ForecastCallReport
  public var predictive: PredictiveForecast
  public var backtest: ForecastBacktest
  /// Changes from the newest snapshot of the period to now; nil when no snapshot exists.
  public var changes: ForecastChangeReport?
}

/// One person's comp statement and the what-if for their Commit deals closing in the period.
public struct CompViewRow: Sendable {
  public var personId: String
  public var name: String
  public var statement: CompStatement
  /// Nil when the person has no open Commit deal closing in the period (and none marked).
  public var whatIf: CompWhatIf?
  /// True when the what-if credits the deals marked in the pipeline, not the Commit deals.
  public var whatIfMarked: Bool = false
}

/// The report values of the open view.
public enum CockpitViewContent: Sendable {
  case none
  case forecast(ForecastViewData)
  /// People in scope with a comp plan, by name.
  case comp([CompViewRow])
  case territories(TerritoryBalance, unmatched: Int)
  case onboarding(RampReport)
  case signals(CoachingReport)
  case methods(MethodsReport)
  case training(TrainingViewData)
  case agenda(CoachingAgenda)
  /// The Activity view reads `CockpitData.goalProgress`, which change sets keep current.
  case activity
  /// Teams whose manager is in scope.
  case org(OrgReport)
  case recruiting(RecruitingViewData)
  /// The feed's entries (from `CockpitData.feedEntries`), in feed order.
  case feed([FeedEntry])
  case hygiene(HygieneViewData)
  case products(ProductsViewData)
}

extension CockpitState {
  /// Recomputes the open view's reports (called by `refreshData` and when a view opens).
  public mutating func refreshView() {
    if views.current == .hygiene { return refreshHygieneView() }
    views.content = CockpitViewContent.build(
      views.current, workspace: workspace, viewer: viewer, period: period, asOf: asOf,
      marked: pipeline.marked, agendaPersonId: views.agendaPersonId)
    if case .comp(let rows) = views.content { views.compCursor.clamp(count: rows.count) }
    if case .signals(let r) = views.content { views.signalCursor.clamp(count: r.signals.count) }
    if views.current == .calls { refreshCallCard() }
    views.compLevers = nil
    if case .comp(let rows) = views.content {
      views.compLevers = CompLeverData.build(workspace, scope: viewer.scope, period: period, rows: rows)
    }
    if case .org(let r) = views.content { views.orgCursor.clamp(count: r.teams.count) }
    if case .recruiting(let d) = views.content { views.recruiting.cursor.clamp(count: d.candidates.count) }
    if views.current == .feed { refreshFeedView() }
    if case .products(let d) = views.content { views.products.cursor.clamp(count: d.products.count) }
  }
}

extension CockpitViewContent {
  /// The reports a view shows, for the viewer's scope and the cockpit's period.
  public static func build(
    _ view: CockpitView, workspace ws: Workspace, viewer: Viewer, period: Period, asOf: Day,
    marked: Set<String> = [], agendaPersonId: String? = nil
  ) -> CockpitViewContent {
    let scope = viewer.scope
    switch view {
    case .home: return .none
    case .forecast:
      let calls = Reports.forecastCalls(ws, period: period, scope: scope, asOf: asOf)
      let predictive = Reports.predictiveForecast(ws, period: period, scope: scope, asOf: asOf)
      let backtest = Reports.forecastBacktest(ws, kind: period.kind, count: 4, scope: scope, asOf: asOf)
      var changes: ForecastChangeReport?
      if let old = ForecastSnapshots.latest(in: ws, period: period, onOrBefore: asOf) {
        let now = ForecastSnapshots.take(ws, period: period, at: Timestamp(day: asOf), id: "now")
        let owners: Set<String>? = scope == .everyone ? nil : scope.ownerIds(in: ws)
        changes = ForecastSnapshots.changes(
          from: old, to: now, period: period, settings: ws.settings, owners: owners)
      }
      return .forecast(
        ForecastViewData(calls: calls, predictive: predictive, backtest: backtest, changes: changes))
    case .comp:
      return .comp(compRows(ws, scope: scope, period: period, marked: marked))
    case .territories:
      return .territories(
        Reports.territoryBalance(ws, period: period), unmatched: TerritoryRules.plan(ws).unmatched.count)
    case .onboarding:
      var report = Onboarding.report(ws, period: period, asOf: asOf)
      let ids = scope.ownerIds(in: ws)
      report.people = report.people.filter { ids.contains($0.id) }
      return .onboarding(report)
    case .signals:
      return .signals(Reports.coaching(ws, scope: scope, period: period, asOf: asOf))
    case .methods:
      return .methods(Reports.methods(ws, scope: scope))
    case .training:
      return .training(TrainingViewData.build(ws, scope: scope, asOf: asOf))
    case .handoffs: return .none  // rows live in `CockpitData.handoffQueue`, patched per edit
    case .feed: return .none  // from CockpitData: `CockpitState.refreshFeedView`
    case .agenda:
      guard let id = agendaPersonId ?? viewer.person?.id else { return .none }
      return .agenda(CoachingAgenda.build(ws, personId: id, period: period, asOf: asOf))
    case .calls: return .none  // call mode keeps its own state (`CockpitState.calls`)
    case .activity:
      return .activity
    case .org:
      return .org(Reports.org(ws, period: period, scope: scope, asOf: asOf))
    case .recruiting:
      return .recruiting(RecruitingViewData.build(ws, scope: scope))
    case .hygiene:
      // Built from the cockpit's patched scores by `refreshHygieneView`, not from a rescan.
      return .none
    case .products:
      return .products(ProductsViewData.build(ws, period: period, asOf: asOf))
    }
  }

  /// Statements for everyone in scope with a plan; the what-if credits the person's deals marked in
  /// the pipeline (Space) when there are any, else their open deals in Commit closing in the period.
  static func compRows(
    _ ws: Workspace, scope: Scope, period: Period, marked: Set<String> = []
  ) -> [CompViewRow] {
    let ids = scope.ownerIds(in: ws)
    let stages = StageLookup(ws.settings)
    let people = ws.people.items.filter { ids.contains($0.id) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    return people.compactMap { p in
      guard let statement = try? Compensation.statement(ws, personId: p.id, period: period) else {
        return nil
      }
      let commit = ws.deals.items.filter { d in
        d.ownerId == p.id && stages.isOpen(d) && stages.forecastCategory(of: d) == .commit
          && (d.closeDate.map(period.contains) ?? false)
      }.map(\.id).sorted()
      let mine = marked.filter { id in
        ws.deals[id: id].map { $0.ownerId == p.id && stages.isOpen($0) } ?? false
      }
      .sorted()
      let chosen = mine.isEmpty ? commit : mine
      let whatIf =
        chosen.isEmpty ? nil : try? Compensation.whatIf(ws, personId: p.id, period: period, dealIds: chosen)
      return CompViewRow(
        personId: p.id, name: p.name, statement: statement, whatIf: whatIf, whatIfMarked: !mine.isEmpty)
    }
  }
}
