import SalesFloorKit

/// The second row of cockpit screens: Home (the four panes) and the full-body report views that
/// sales operations reads. Each has a key (`5`…`0`) and a palette entry; `Esc` returns Home.
public enum CockpitView: Int, CaseIterable, Sendable {
  case home, forecast, comp, territories, onboarding, signals, methods
  /// Training: catalogue, assignments, certifications (`T`, the palette).
  case training
  /// A rep's 1:1 agenda (`o` on a signal in view 9); shown in the tab row only while open.
  case agenda
  /// CRM hygiene per rep: score, parts, trend, fixes (`Y`).
  case hygiene
  /// Activity goals vs done per rep and team, with pace (`V`).
  case activity

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
    case .hygiene: return "Hygiene"
    case .activity: return "Activity"
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
    case .agenda: return nil
    case .hygiene: return "Y"
    case .activity: return "V"
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
  /// The selected rep in the Hygiene view.
  public var hygieneCursor = ListCursor()
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
  case hygiene(HygieneViewData)
  /// The Activity view reads `CockpitData.goalProgress`, which change sets keep current.
  case activity
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
    case .agenda:
      guard let id = agendaPersonId ?? viewer.person?.id else { return .none }
      return .agenda(CoachingAgenda.build(ws, personId: id, period: period, asOf: asOf))
    case .hygiene:
      // Built from the cockpit's patched scores by `refreshHygieneView`, not from a rescan.
      return .none
    case .activity:
      return .activity
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
