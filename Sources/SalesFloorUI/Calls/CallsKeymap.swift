import SalesFloorKit

/// Keys of call mode: `c` everywhere opens it; inside it, cards move with `j`/`s` and `k`, and
/// `Enter` types the outcome of the call. Kept apart from `CockpitKeymap.Action` like the views'.
public enum CallsKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "calls.open"
    case log = "calls.log", next = "calls.next", previous = "calls.previous"
    case first = "calls.first", last = "calls.last", list = "calls.list", refresh = "calls.refresh"
    case scrollDown = "calls.scrollDown", scrollUp = "calls.scrollUp"
  }

  /// Keymap context while call mode shows (searched before the views' shared keys).
  public static let context = "calls"

  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Call mode (c)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    // No footer hint: the Home footer is full (and its goldens stay as they are); `?` lists it.
    bind([.char("c")], .open, "global", "call mode: who to call now, one card at a time")
    bind(
      [.enter, .char("o")], .log, context, "log the call's outcome in one line, then the next card",
      hint: "log")
    bind([.char("j"), .char("s"), .down], .next, context, "skip to the next card", hint: "skip")
    bind([.char("k"), .up], .previous, context, "previous card", hint: "back")
    bind([.char("g"), .home], .first, context, "first card")
    bind([.char("G"), .end], .last, context, "last card")
    bind([.char("l")], .list, context, "show or hide the queue list with the reasons", hint: "queue")
    bind([.char("r")], .refresh, context, "take the queue afresh (logged calls drop out)")
    bind([.char(" "), .pageDown], .scrollDown, context, "scroll the card down")
    bind([.pageUp], .scrollUp, context, "scroll the card up")
  }

  /// The binding rules of call mode's keys (merged into `CockpitBindings.rules`): logging asks
  /// first (it opens the outcome line; nothing is written before `Enter`) and needs a card.
  public static let rules: [String: BindingRule] = [
    Action.log.rawValue: BindingRule(.asksFirst, target: CallsKeymap.card)
  ]

  /// The deal of the card on screen, or why there is none.
  @Sendable public static func card(_ s: CockpitState) -> KeyTarget {
    guard s.views.current == .calls else { return .disabled("no call card here: c opens call mode") }
    guard let c = s.calls.card else {
      return .disabled(s.calls.queue.isEmpty ? "nobody to call now" : "end of the queue: k goes back")
    }
    return .record(kind: .deals, id: c.deal.id, name: c.deal.name)
  }
}
