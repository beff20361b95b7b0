import SalesFloorKit

/// Keys of the Recruiting view (`R`): its own action ids and context, so the view's keys do not
/// collide with other views' and the footer, `?` help and the palette list them.
public enum RecruitingKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "view.recruiting"
    case down = "recruiting.down", up = "recruiting.up", top = "recruiting.top", bottom = "recruiting.bottom"
    case show = "recruiting.show", back = "recruiting.back"
    case move = "recruiting.move", hire = "recruiting.hire", add = "recruiting.add"
  }

  public static let context = "recruiting"

  static func bind(_ k: inout Keymap) {
    k.titles[context] = "Recruiting (R)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("R")], .open, "global", "Recruiting view: candidates by stage, scorecards, hiring")
    bind([.down, .char("j")], .down, context, "next candidate", hint: "move")
    bind([.up, .char("k")], .up, context, "previous candidate")
    bind([.char("g"), .home], .top, context, "first candidate")
    bind([.char("G"), .end], .bottom, context, "last candidate")
    bind([.enter], .show, context, "show the candidate: stages and scorecards", hint: "show")
    bind([.esc], .back, context, "close the candidate's card, else back to Home")
    bind([.char("m")], .move, context, "move the candidate to another stage (form)", hint: "stage")
    bind(
      [.char("h")], .hire, context, "hire the candidate at offer: a new rep with a ramp plan", hint: "hire")
    bind([.char("a"), .char("+")], .add, context, "add a candidate (form)", hint: "add")
  }

  /// Binding rules of the keys that write or target a candidate (merged into `CockpitBindings.rules`).
  static var rules: [String: BindingRule] {
    [
      Action.move.rawValue: BindingRule(.asksFirst) { s in candidateTarget(s, open: true) },
      Action.hire.rawValue: BindingRule(.asksFirst) { s in candidateTarget(s, offer: true) },
      Action.add.rawValue: BindingRule(.asksFirst) { s in
        s.viewer.isRep ? .disabled("adding candidates is for managers and ops") : .ready
      },
      Action.show.rawValue: BindingRule(.readOnly) { s in candidateTarget(s) },
    ]
  }

  /// The candidate under the cursor, as the view shows it, or why there is none to act on.
  @Sendable static func candidateTarget(
    _ s: CockpitState, open: Bool = false, offer: Bool = false
  ) -> KeyTarget {
    guard s.views.current == .recruiting, case .recruiting(let d) = s.views.content else {
      return .disabled("no candidate selected: R opens the Recruiting view")
    }
    if s.viewer.isRep { return .disabled("recruiting is for managers and ops") }
    let i = s.views.recruiting.cursor.index
    guard d.candidates.indices.contains(i) else { return .disabled("no candidates yet: a adds one") }
    let c = d.candidates[i]
    if open && !c.stage.isOpen { return .disabled("\(c.name) is \(c.stage.rawValue): nothing to move") }
    if offer && c.stage != .offer {
      return .disabled("\(c.name) is \(c.stage.rawValue): only a candidate at offer can be hired (m moves)")
    }
    return .record(kind: .candidates, id: c.id, name: c.name)
  }
}

extension CockpitProgram {
  /// Reducer cases of the Recruiting view; nil when `id` is not one of its actions.
  mutating func performRecruiting(id: String) -> [ProgramEffect]? {
    guard let action = RecruitingKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .open:
      show(.recruiting)
    case .down: moveCandidate(1)
    case .up: moveCandidate(-1)
    case .top: moveCandidate(-1_000_000)
    case .bottom: moveCandidate(1_000_000)
    case .show:
      state.views.recruiting.showingCandidate.toggle()
      state.views.offsets[.recruiting] = 0
      if !state.views.recruiting.showingCandidate { moveCandidate(0) }
    case .back:
      if state.views.recruiting.showingCandidate {
        state.views.recruiting.showingCandidate = false
        moveCandidate(0)
      } else {
        show(.home)
      }
    case .move, .hire:
      guard let c = RecruitingKeymap.candidateTarget(state).id(of: .candidates) else { return [] }
      openForm(.action(.hiring(action == .move ? .move(candidateId: c) : .hire(candidateId: c))))
    case .add:
      openForm(.action(.hiring(.add)))
    }
    return []
  }

  /// Moves the cursor and scrolls so the selected row is on screen.
  mutating func moveCandidate(_ delta: Int) {
    guard case .recruiting(let d) = state.views.content else { return }
    state.views.recruiting.cursor.move(delta, count: d.candidates.count)
    guard !state.views.recruiting.showingCandidate else { return }
    scrollViewToRow(state.views.recruiting.cursor.index, headerLines: RecruitingViewText.headerLines)
  }
}
