import SalesFloorKit

/// Keys of the Handoffs view (`H`): its own action ids and context, so other views' work does not
/// collide with them; the rules of the keys that write merge into `CockpitBindings.rules`.
public enum HandoffsKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "handoffs.open"
    case down = "handoffs.down", up = "handoffs.up", top = "handoffs.top", bottom = "handoffs.bottom"
    case pageDown = "handoffs.pageDown", pageUp = "handoffs.pageUp"
    /// Enter: show or hide the selected handoff's steps.
    case steps = "handoffs.steps"
    /// x: the waiting step done (a form with an optional note; `u` undoes the save).
    case done = "handoffs.done"
    /// b: the waiting step blocked, with the reason.
    case block = "handoffs.block"
    /// Esc: close the open steps, else back to Home.
    case back = "handoffs.back"
  }

  public static let context = "handoffs"

  static func bind(_ k: inout Keymap) {
    k.titles[context] = "Handoffs (H)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("H")], .open, "global", "Handoffs view: won deals waiting on a delivery step, oldest first")
    bind([.down, .char("j")], .down, context, "next handoff", hint: "move")
    bind([.up, .char("k")], .up, context, "previous handoff")
    bind([.char("g"), .home], .top, context, "first handoff")
    bind([.char("G"), .end], .bottom, context, "last handoff")
    bind([.pageDown, .ctrl("f"), .char(" ")], .pageDown, context, "page down")
    bind([.pageUp, .ctrl("b")], .pageUp, context, "page up")
    bind([.enter], .steps, context, "show or hide the handoff's steps", hint: "steps")
    bind([.char("x")], .done, context, "mark the waiting step done (optional note; u undoes)", hint: "done")
    bind([.char("b")], .block, context, "mark the waiting step blocked, with the reason", hint: "block")
    bind([.esc], .back, context, "close the steps, else back to Home", hint: "home")
  }

  /// What the writing keys act on: the selected handoff's waiting step; both ask first (a form).
  static let rules: [String: BindingRule] = [
    Action.done.rawValue: BindingRule(.asksFirst, target: selected),
    Action.block.rawValue: BindingRule(.asksFirst, target: selected),
    Action.steps.rawValue: BindingRule(.readOnly, target: selected),
  ]

  /// The selected row's handoff, or why there is none.
  @Sendable static func selected(_ s: CockpitState) -> KeyTarget {
    guard s.views.current == .handoffs else { return .disabled("open the Handoffs view (H) first") }
    guard let row = s.views.handoffs.selectedRow(s) else {
      return .disabled("no handoff is waiting: closing a deal won (w) starts one")
    }
    return .record(kind: .handoffs, id: row.handoffId, name: row.deal)
  }
}

/// The Handoffs view's own state: the cursor over `CockpitData.handoffQueue.rows`, the first row
/// shown, and the handoff whose steps are open under its row.
public struct HandoffsViewState: Hashable, Sendable {
  public var cursor = ListCursor()
  public var openId: String?
  public init() {}

  /// The selected row, clamped to the rows there are now.
  public func selectedRow(_ s: CockpitState) -> HandoffRow? {
    let rows = s.data.handoffQueue.rows
    guard !rows.isEmpty else { return nil }
    return rows[min(max(0, cursor.index), rows.count - 1)]
  }
}
