import SalesFloorKit

/// `:as NAME` and Enter on a leaderboard row: whose cockpit is shown. The person who opened the
/// cockpit stays the actor of every edit; `ViewRule` decides who they may view (a rep only
/// themself, a manager their reports transitively, ops everyone).
extension CockpitProgram {
  /// The name in a palette line `as NAME` (`:as me` returns), or nil for any other line.
  static func viewAsName(_ text: String) -> String? {
    let words = PaletteGrammar.split(text)
    guard words.count > 1, words[0].lowercased() == "as" else { return nil }
    return words.dropFirst().joined(separator: " ")
  }

  /// Switches the cockpit to `name`'s view, or says (in the status line) why not.
  mutating func viewAs(_ name: String) {
    let home = state.homeViewer
    let ws = state.workspace
    if name.lowercased() == "me" {
      switchViewer(to: home)
      state.status = StatusMessage("back to your own view", kind: .success)
      return
    }
    let target: Person
    do {
      target = try NameResolver.person(name, in: ws)
    } catch .ambiguous(_, _, let candidates, _) {
      state.status = StatusMessage(
        ":as \(name): several people match: \(candidates.joined(separator: ", "))", kind: .error)
      return
    } catch {
      state.status = StatusMessage(":as \(name): nobody by that name in this workspace", kind: .error)
      return
    }
    viewAs(target)
  }

  /// Switches to `target`'s cockpit when the person at the keyboard may view it.
  mutating func viewAs(_ target: Person) {
    if let refusal = viewAsRefusal(target) {
      state.status = StatusMessage(refusal, kind: .error)
      return
    }
    let home = state.homeViewer
    let myId = home.boundIdentity?.personId ?? home.person?.id
    if target.id == myId {
      switchViewer(to: home)
      state.status = StatusMessage("back to your own view", kind: .success)
      return
    }
    var viewer = Viewer(person: target, identity: home.identity)
    if home.boundIdentity == nil { viewer.viewedBy = home.person }
    switchViewer(to: viewer)
    state.status = StatusMessage("\(viewer.topBarText) · :as me returns", kind: .success)
  }

  /// The reason `:as` refuses, in words: who is looking and what they may view.
  func viewAsRefusal(_ target: Person) -> String? {
    let home = state.homeViewer
    let ws = state.workspace
    if let bound = home.boundIdentity {
      guard !ViewRule.may(bound, viewAs: target, in: ws) else { return nil }
      let what = bound.person.map { ViewRule.describe(for: $0, in: ws) } ?? "own view only"
      return ":as \(target.name): \(bound.name) may view \(what)"
    }
    guard let me = home.person, !ViewRule.may(me, viewAs: target, in: ws) else { return nil }
    return ":as \(target.name): \(me.name) may view \(ViewRule.describe(for: me, in: ws))"
  }

  /// Shows `viewer`'s cockpit from the top: their scope's numbers, the Pipeline focused.
  mutating func switchViewer(to viewer: Viewer) {
    state.viewer = viewer
    state.pipeline = PipelineState()
    state.quotaCursor = ListCursor()
    state.coachingCursor = ListCursor()
    state.playbooksCursor = ListCursor()
    state.filters = [:]
    state.zoomed = false
    state.focus = .pipeline
    state.refreshData(.everything)
  }
}
