import SalesFloorKit

/// Keys of the Conflicts view (sync conflicts), declared in the cockpit's single key table so the
/// `?` help and the `:` palette list them like every other action.
public enum ConflictsKeymap {
  /// Action ids the Conflicts view handles (`CockpitProgram.performConflicts`).
  public enum Action: String, CaseIterable, Sendable {
    case open = "conflicts.open", close = "conflicts.close"
    case down = "conflicts.down", up = "conflicts.up", top = "conflicts.top", bottom = "conflicts.bottom"
    case keepMine = "conflicts.keepMine", takeTheirs = "conflicts.takeTheirs", edit = "conflicts.edit"
  }

  /// Keymap context active while the Conflicts view is open.
  public static let context = "conflicts"

  /// Adds `X` everywhere (open the view) and the view's own keys: one key per answer.
  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Conflicts"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("m")], .keepMine, context, "keep mine: the value this copy's person wrote", hint: "keep mine")
    bind([.char("t")], .takeTheirs, context, "take theirs: the other person's value", hint: "take theirs")
    bind([.char("e")], .edit, context, "edit: answer with a new value (a form)", hint: "edit")
    bind([.down, .char("j")], .down, context, "next conflict")
    bind([.up, .char("k")], .up, context, "previous conflict")
    bind([.char("g"), .home], .top, context, "first conflict")
    bind([.char("G"), .end], .bottom, context, "last conflict")
    bind([.esc, .char("q")], .close, context, "close the Conflicts view", hint: "close")
    k.bind(
      [.char("?")], to: CockpitKeymap.Action.help.rawValue, in: context, description: "help: every key")
    bind([.char("X")], .open, "global", "Conflicts view: team-sync conflicts to answer")
  }
}
