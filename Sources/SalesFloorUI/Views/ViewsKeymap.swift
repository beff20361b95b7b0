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

    /// The view an opening action shows.
    public var view: CockpitView? {
      switch self {
      case .forecast: return .forecast
      case .comp: return .comp
      case .territories: return .territories
      case .onboarding: return .onboarding
      case .signals: return .signals
      case .methods: return .methods
      case .home: return .home
      default: return nil
      }
    }
  }

  /// Keymap context active while a view (not Home) is showing.
  public static let context = "view"

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
  }

  /// Contexts while a view is open and no detail overlay is (nil on Home).
  public static func contexts(for state: CockpitState) -> [String]? {
    state.views.current == .home ? nil : [context, "global"]
  }
}
