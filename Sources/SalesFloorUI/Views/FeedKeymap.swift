import SalesFloorKit

/// Keys of the team feed: `F` opens the Feed view from anywhere; inside it the cursor moves over
/// entries, Enter opens an entry's record and `p` posts (managers and ops).
public enum FeedKeymap {
  public enum Action: String, CaseIterable, Sendable {
    case open = "feed.open"
    case down = "feed.down", up = "feed.up", top = "feed.top", bottom = "feed.bottom"
    case openLink = "feed.openLink"
    case post = "feed.post"
  }

  /// Keymap context while the Feed view shows (searched before the views' shared keys).
  public static let context = "feed"

  public static func bind(_ k: inout Keymap) {
    k.titles[context] = "Feed (F)"
    func bind(_ keys: [Key], _ a: Action, _ ctx: String, _ desc: String, hint: String? = nil) {
      k.bind(keys, to: a.rawValue, in: ctx, description: desc, hint: hint)
    }
    bind([.char("F")], .open, "global", "Feed view: wins, big moves, milestones, posts (unread marked)")
    bind([.down, .char("j")], .down, context, "next entry", hint: "move")
    bind([.up, .char("k")], .up, context, "previous entry")
    bind([.char("g"), .home], .top, context, "first entry")
    bind([.char("G"), .end], .bottom, context, "last entry")
    bind([.enter], .openLink, context, "open the entry's record (a deal: its card)", hint: "open")
    bind([.char("p")], .post, context, "post an announcement (managers and ops)", hint: "post")
  }

  /// Binding rules (`CockpitBindings.rules`): Enter targets the entry's record; `p` opens a form.
  static let rules: [String: BindingRule] = [
    Action.openLink.rawValue: BindingRule(.readOnly, target: FeedKeymap.selectedLink),
    Action.post.rawValue: BindingRule(.asksFirst, target: FeedKeymap.mayPost),
  ]

  /// The record the selected entry links to, or why there is none.
  @Sendable static func selectedLink(_ s: CockpitState) -> KeyTarget {
    guard let e = s.selectedFeedEntry else { return .disabled("no feed entry selected") }
    guard let link = e.link else { return .disabled("this entry links to no record") }
    switch link.kind {
    case .deal:
      guard let d = s.workspace.deals[id: link.id] else { return .disabled("that deal is gone") }
      return .record(kind: .deals, id: d.id, name: d.name)
    case .coaching:
      guard let c = s.workspace.coaching[id: link.id] else { return .disabled("that coaching item is gone") }
      return .record(kind: .coaching, id: c.id, name: c.title)
    case .person:
      guard let p = s.workspace.people[id: link.id] else { return .disabled("that person is gone") }
      return .record(kind: .people, id: p.id, name: p.name)
    case .training:
      guard let a = s.workspace.assignments[id: link.id] else { return .disabled("that assignment is gone") }
      return .record(kind: .assignments, id: a.id, name: a.id)
    }
  }

  /// `p`: only managers and ops post (the Kit's `PostRules` says the same on save).
  @Sendable static func mayPost(_ s: CockpitState) -> KeyTarget {
    guard let id = s.viewer.actorId, let me = s.workspace.people[id: id] else {
      return .disabled("posting needs to know who you are: open the cockpit --as NAME")
    }
    return me.role == .rep ? .disabled("only managers and ops post to the team feed") : .ready
  }
}
