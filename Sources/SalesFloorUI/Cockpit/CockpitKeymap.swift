import SalesFloorKit

/// The cockpit's key table: the single source for key handling, footer hints, help and palette.
public enum CockpitKeymap {
  /// Action ids the reducer understands.
  public enum Action: String, CaseIterable, Sendable {
    case quit, help, palette, filter, back, zoom, open
    case focusNext, focusPrevious, focusPipeline, focusQuota, focusCoaching, focusPlaybooks
    case periodPrevious, periodNext, redraw, suspend
    case up, down, left, right, top, bottom, pageUp, pageDown
    case toggleView, cycleSort, reverseSort, stageBack, stageForward, toggleMark
    case add, edit, delete, logActivity, nextStep, closeWon, closeLost, undo, redo
    case addActivity, addPerson, addAccount, addQuota, addCoaching, addPlay
    /// Enter on a leaderboard row: that person's cockpit (their deals), as `:as NAME` would.
    case drill
    case nextCheck, previousCheck, toggleCheck, qualify
  }

  public static var standard: Keymap {
    var k = Keymap()
    k.titles = [
      "global": "Everywhere", "pipeline": "Pipeline", "quota": "Quota", "coaching": "Coaching",
      "playbooks": "Playbooks", "list": "Lists", "detail": "Detail",
    ]
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    // Pane-specific first so their hints lead the footer.
    bind([.char("v")], .toggleView, "pipeline", "toggle board / table view", hint: "view")
    bind([.char("<")], .stageBack, "pipeline", "move the selected deal a stage back", hint: "stage back")
    bind([.char(">")], .stageForward, "pipeline", "move the selected deal a stage forward", hint: "stage fwd")
    bind(
      [.char("s")], .cycleSort, "pipeline",
      "table: sort by close date, amount, days in stage, owner; board: the cards in each column", hint: "sort"
    )
    bind([.char("S")], .reverseSort, "pipeline", "reverse the sort order")
    bind(
      [.char(" ")], .toggleMark, "pipeline",
      "mark or unmark the selected deal (the comp view's what-if credits marked deals)")
    bind([.enter], .open, "pipeline", "open the selected deal", hint: "open")
    bind([.left, .char("h")], .left, "pipeline", "board: previous stage column")
    bind([.right, .char("l")], .right, "pipeline", "board: next stage column")
    bind([.enter], .open, "coaching", "open the selected coaching item", hint: "open")
    bind([.enter], .open, "playbooks", "open the selected play", hint: "open")
    bind(
      [.enter], .drill, "quota", "open the selected person's deals (their cockpit; :as me returns)",
      hint: "open")
    bind([.char("z")], .zoom, "quota", "zoom the quota pane", hint: "zoom")

    bind([.down, .char("j")], .down, "list", "next item")
    bind([.up, .char("k")], .up, "list", "previous item")
    bind([.char("g"), .home], .top, "list", "first item")
    bind([.char("G"), .end], .bottom, "list", "last item")
    bind([.pageDown, .ctrl("f")], .pageDown, "list", "page down")
    bind([.pageUp, .ctrl("b")], .pageUp, "list", "page up")

    bind([.down, .char("j")], .down, "detail", "scroll down")
    bind([.up, .char("k")], .up, "detail", "scroll up")
    bind([.pageDown, .char(" ")], .pageDown, "detail", "page down")
    bind([.pageUp], .pageUp, "detail", "page up")
    bind([.esc, .char("q"), .enter], .back, "detail", "close", hint: "close")
    bind([.tab], .nextCheck, "detail", "next step or exit criterion (deal card, play detail)", hint: "item")
    bind([.backTab], .previousCheck, "detail", "previous step or exit criterion")
    bind(
      [.char("x")], .toggleCheck, "detail",
      "tick or untick the step or criterion under the cursor (u undoes)",
      hint: "tick")
    bind([.char("Q")], .qualify, "detail", "edit the deal's MEDDPICC scorecard", hint: "MEDDPICC")

    // Data entry: `a`/`e`/`d` act on the focused pane; deal actions on the Pipeline's selected deal.
    bind(
      [.char("a")], .add, "global", "add: a deal (Pipeline, My Day), coaching item, play or quota",
      hint: "add")
    bind(
      [.char("A")], .logActivity, "global", "log an activity on the selected deal in one line", hint: "log")
    bind([.char("n")], .nextStep, "global", "set the selected deal's next step and date", hint: "next step")
    bind([.char("e")], .edit, "global", "edit the selected record", hint: "edit")
    bind([.char("d")], .delete, "global", "delete the selected record (asks first)")
    bind([.char("w")], .closeWon, "global", "close the selected deal won (asks first)")
    bind([.char("L")], .closeLost, "global", "close the selected deal lost (asks for a reason)")
    bind([.char("u")], .undo, "global", "undo the last edit of this session", hint: "undo")
    bind([.ctrl("r")], .redo, "global", "redo the last undone edit")
    bind([.char("+")], .addActivity, "global", "log an activity with the full form")
    bind([.char("P")], .addPerson, "global", "add a person")
    bind([.char("C")], .addAccount, "global", "add an account (company)")
    bind([], .addQuota, "global", "add a quota")
    bind([], .addCoaching, "global", "add a coaching item")
    bind([], .addPlay, "global", "add a play")
    bind([.tab], .focusNext, "global", "focus the next pane", hint: "pane")
    bind([.backTab], .focusPrevious, "global", "focus the previous pane")
    bind([.char("1")], .focusPipeline, "global", "focus Pipeline")
    bind([.char("2")], .focusQuota, "global", "focus Quota")
    bind([.char("3")], .focusCoaching, "global", "focus Coaching")
    bind([.char("4")], .focusPlaybooks, "global", "focus Playbooks")
    ViewsKeymap.bind(&k)
    CallsKeymap.bind(&k)
    ConflictsKeymap.bind(&k)
    OrgKeymap.bind(&k)
    HygieneKeymap.bind(&k)
    ContactKeymap.bind(&k)
    LineItemKeymap.bind(&k)
    bind([.char("z")], .zoom, "global", "zoom the focused pane (again to restore)", hint: "zoom")
    bind([.esc], .back, "global", "back: close, unzoom, clear filter")
    bind([.char("/")], .filter, "global", "filter the focused list", hint: "filter")
    bind([.char("[")], .periodPrevious, "global", "previous period", hint: "period")
    bind([.char("]")], .periodNext, "global", "next period")
    bind([.char(":")], .palette, "global", "command palette", hint: "cmd")
    bind([.char("?")], .help, "global", "help: every key", hint: "help")
    bind([.ctrl("l")], .redraw, "global", "redraw the screen")
    bind([.ctrl("z")], .suspend, "global", "suspend (fg to resume)")
    bind([.char("q")], .quit, "global", "quit", hint: "quit")
    return k
  }

  /// Contexts searched for a key, most specific first.
  public static func contexts(for state: CockpitState) -> [String] {
    switch state.overlay {
    case .dealDetail, .playDetail: return ["detail", "global"]
    case .coachingDetail: return [ViewsKeymap.itemContext, "detail", "global"]
    case .form, .confirm: return ["form"]
    case .conflicts: return [ConflictsKeymap.context]
    default: return ViewsKeymap.contexts(for: state) ?? [state.focus.context, "list", "global"]
    }
  }
}
