import SalesFloorKit

/// Keys of the Org view (`O`): open it, move the team cursor. Kept in their own table so the other
/// views' keys and this one do not collide; all read-only.
public enum OrgKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "view.org"
    case down = "org.down", up = "org.up", top = "org.top", bottom = "org.bottom"
  }

  /// Keymap context while the Org view is showing (before the shared view keys).
  public static let context = "org"

  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Org (O)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("O")], .open, "global", "Org view: teams, span, tenure, ramp, open headcount, territories")
    bind([.down, .char("j")], .down, context, "next team", hint: "team")
    bind([.up, .char("k")], .up, context, "previous team")
    bind([.char("g"), .home], .top, context, "first team")
    bind([.char("G"), .end], .bottom, context, "last team")
  }
}

extension CockpitProgram {
  /// Reducer cases of the Org view; nil when `id` is not one of its actions.
  mutating func performOrg(id: String) -> [ProgramEffect]? {
    guard let action = OrgKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .open: show(.org)
    case .down: moveTeam(1)
    case .up: moveTeam(-1)
    case .top: moveTeam(-1_000_000)
    case .bottom: moveTeam(1_000_000)
    }
    return []
  }

  /// Moves the team cursor and scrolls so the selected team's line stays on screen.
  mutating func moveTeam(_ delta: Int) {
    guard case .org(let r) = state.views.content else { return }
    state.views.orgCursor.move(delta, count: r.teams.count)
    scrollViewToRow(state.views.orgCursor.index, headerLines: OrgViewText.firstTeamLine)
  }
}
