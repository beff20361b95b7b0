import SalesFloorKit

/// Keys of the report views, declared in the cockpit's single key table so the footer, `?` help
/// and the `:` palette list them like every other action.
public enum ViewsKeymap {
  /// Action ids the views handle (`CockpitProgram.performView`); kept apart from
  /// `CockpitKeymap.Action` so other cockpit work does not collide with them.
  public enum Action: String, CaseIterable, Sendable {
    case forecast = "view.forecast", comp = "view.comp", territories = "view.territories"
    case onboarding = "view.onboarding", signals = "view.signals", methods = "view.methods"
    case home = "view.home"
    case down = "view.down", up = "view.up", top = "view.top", bottom = "view.bottom"
    case pageDown = "view.pageDown", pageUp = "view.pageUp"
    case training = "view.training"
    case activity = "view.activity"
    // View 9: the selected signal.
    case signalDown = "signals.down", signalUp = "signals.up", signalTop = "signals.top"
    case signalBottom = "signals.bottom", accept = "signals.accept", dismiss = "signals.dismiss"
    case snooze = "signals.snooze", commit = "signals.commit", agenda = "signals.agenda"
    // View 5: calls.
    case submitCall = "forecast.submit", adjustCall = "forecast.adjust"
    // Training view.
    case assignTraining = "training.assign", completeTraining = "training.complete"
    // A coaching item's detail: notes and commitments.
    case itemNote = "item.note", itemCommit = "item.commit", itemTick = "item.tick", itemRemove =
      "item.remove"
    // The Quota pane: the team's quota sheet.
    case quotaSheet = "quota.sheet"

    /// The view an opening action shows.
    public var view: CockpitView? {
      switch self {
      case .forecast: return .forecast
      case .comp: return .comp
      case .territories: return .territories
      case .onboarding: return .onboarding
      case .signals: return .signals
      case .methods: return .methods
      case .training: return .training
      case .activity: return .activity
      case .home: return .home
      default: return nil
      }
    }
  }

  /// Keymap context active while a view (not Home) is showing.
  public static let context = "view"
  /// Contexts of one view's own keys, searched before `context`.
  public static let signalsContext = "signals", forecastContext = "forecast", trainingContext = "training"
  /// A coaching item's detail overlay (before the shared "detail" keys).
  public static let itemContext = "coachingDetail"

  /// Adds the view keys: `5`–`0` everywhere, scrolling and `Esc` inside a view.
  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Report views"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.down, .char("j")], .down, context, "scroll down (Comp: next person)", hint: "scroll")
    bind([.up, .char("k")], .up, context, "scroll up (Comp: previous person)")
    bind([.char("g"), .home], .top, context, "top (Comp: first person)")
    bind([.char("G"), .end], .bottom, context, "bottom (Comp: last person)")
    bind([.pageDown, .ctrl("f"), .char(" ")], .pageDown, context, "page down")
    bind([.pageUp, .ctrl("b")], .pageUp, context, "page up")
    bind([.esc], .home, context, "back to Home (the four panes)", hint: "home")

    bind(
      [.char("5")], .forecast, "global", "Forecast view: roll-up, calls, prediction, changes", hint: "views")
    bind([.char("6")], .comp, "global", "Comp view: statement and what-if per person")
    bind([.char("7")], .territories, "global", "Territories view: balance per territory")
    bind([.char("8")], .onboarding, "global", "Onboarding view: new hires' ramp progress")
    bind([.char("9")], .signals, "global", "Coaching signals view: signals with evidence")
    bind([.char("0")], .methods, "global", "Methods view: plays and frameworks, used vs not")
    bind([.char("T")], .training, "global", "Training view: catalogue, assignments, certifications")
    HandoffsKeymap.bind(&k)
    bind([.char("V")], .activity, "global", "Activity view: goals vs done per rep and team, with pace")
    bindActions(&k)
    RecruitingKeymap.bind(&k)
    FeedKeymap.bind(&k)
    ProductsKeymap.bind(&k)
  }

  /// The keys that act on what a view shows: signals (9), calls (5), training, a coaching item.
  static func bindActions(_ k: inout Keymap) {
    k.titles[signalsContext] = "Coaching signals (9)"
    k.titles[forecastContext] = "Forecast (5)"
    k.titles[trainingContext] = "Training"
    k.titles[itemContext] = "Coaching item"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    let sig = signalsContext
    bind([.down, .char("j")], .signalDown, sig, "next signal", hint: "move")
    bind([.up, .char("k")], .signalUp, sig, "previous signal")
    bind([.char("g"), .home], .signalTop, sig, "first signal")
    bind([.char("G"), .end], .signalBottom, sig, "last signal")
    bind(
      [.char("a")], .accept, sig, "accept the signal: a coaching item for the rep (u undoes)", hint: "accept")
    bind([.char("d")], .dismiss, sig, "dismiss the signal (asks for an optional reason)", hint: "dismiss")
    bind([.char("s")], .snooze, sig, "snooze the signal until a day (default +7d)", hint: "snooze")
    bind(
      [.char("c")], .commit, sig, "add a commitment (text, due, deal) on the signal's item", hint: "commit")
    bind([.char("o")], .agenda, sig, "1:1 agenda for the selected signal's rep", hint: "1:1")
    bind([.char("s")], .submitCall, forecastContext, "submit or change your forecast call", hint: "call")
    bind([.char("m")], .adjustCall, forecastContext, "manager: adjust your team's roll-up", hint: "adjust")
    bind([.char("a")], .assignTraining, trainingContext, "assign a module to a person", hint: "assign")
    bind([.char("c")], .completeTraining, trainingContext, "mark an assignment complete", hint: "complete")
    bind([.char("n")], .itemNote, itemContext, "add session notes (Ctrl-E: $EDITOR)", hint: "note")
    bind([.char("c")], .itemCommit, itemContext, "add a commitment", hint: "commit")
    bind([.char("t")], .itemTick, itemContext, "tick or untick a commitment", hint: "tick")
    bind([.char("x")], .itemRemove, itemContext, "remove a commitment")
    bind(
      [.char("Q")], .quotaSheet, "quota", "team quota sheet: every rep's quota for a quarter", hint: "sheet")
  }

  /// Contexts while a view is open and no detail overlay is (nil on Home).
  public static func contexts(for state: CockpitState) -> [String]? {
    switch state.views.current {
    case .home: return nil
    case .signals: return [signalsContext, context, "global"]
    case .forecast: return [forecastContext, context, "global"]
    case .training: return [trainingContext, context, "global"]
    case .calls: return [CallsKeymap.context, context, "global"]
    case .handoffs: return [HandoffsKeymap.context, context, "global"]
    case .org: return [OrgKeymap.context, context, "global"]
    case .recruiting: return [RecruitingKeymap.context, context, "global"]
    case .feed: return [FeedKeymap.context, context, "global"]
    case .hygiene: return [HygieneKeymap.context, context, "global"]
    case .products: return [ProductsKeymap.context, context, "global"]
    default: return [context, "global"]
    }
  }
}
