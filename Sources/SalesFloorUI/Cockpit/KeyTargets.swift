import SalesFloorKit

/// What a key would act on right now: a record the screen shows, the screen itself, or why there
/// is nothing to act on (lazygit's "disabled reason"), so no key reaches past what is visible.
public enum KeyTarget: Hashable, Sendable {
  /// The key acts on the view as a whole (navigation, opening a form for a new record).
  case ready
  /// The key acts on this record, as the screen shows it (`kind` is its collection).
  case record(kind: CollectionName, id: String, name: String)
  /// Nothing here for the key to act on; the text says why (shown in the status line and `?`).
  case disabled(String)

  /// The reason the key does nothing here, if it does nothing.
  public var disabledReason: String? {
    if case .disabled(let reason) = self { return reason }
    return nil
  }

  /// The record's id when the target is a record of `kind`.
  public func id(of kind: CollectionName) -> String? {
    if case .record(let k, let id, _) = self, k == kind { return id }
    return nil
  }
}

/// How an action may change data: the every-key test holds each binding to what it declares, and
/// docs/keys.md lists the instant ones.
public enum DataSafety: Hashable, Sendable {
  /// Never writes.
  case readOnly
  /// Opens a form or a confirmation; nothing is written before that step is answered.
  case asksFirst
  /// Writes at once and `u` undoes it (a stage move, undo and redo themselves).
  case instantUndoable
  /// Answers the question the view is showing (the Conflicts view's keep mine / take theirs).
  case answersShownQuestion
}

/// The rule of one action: what it acts on in a state and how it may write. Declared as data so a
/// new key adds one entry here (see `CockpitBindings.rules`) and the dispatcher, `?` help and the
/// every-key test pick it up.
public struct BindingRule: Sendable {
  public var safety: DataSafety
  public var target: @Sendable (CockpitState) -> KeyTarget

  public init(_ safety: DataSafety, target: @escaping @Sendable (CockpitState) -> KeyTarget = { _ in .ready })
  {
    self.safety = safety
    self.target = target
  }
}

/// The binding rules of every action with a target or a write; an action without an entry is
/// read-only and always ready (navigation, help, views).
public enum CockpitBindings {
  typealias A = CockpitKeymap.Action

  /// Action id → rule. Others add their actions by merging a table of their own here.
  public static let rules: [String: BindingRule] = {
    var r: [String: BindingRule] = [:]
    func rule(_ actions: [A], _ safety: DataSafety, _ target: @escaping @Sendable (CockpitState) -> KeyTarget)
    {
      for a in actions { r[a.rawValue] = BindingRule(safety, target: target) }
    }
    rule([.logActivity, .nextStep, .closeLost], .asksFirst, KeyTargets.dealOnScreen)
    rule([.closeWon], .asksFirst, KeyTargets.dealOnScreen)
    rule([.stageBack, .stageForward], .instantUndoable, KeyTargets.dealOnScreen)
    rule([.toggleMark], .readOnly, KeyTargets.dealOnScreen)
    rule([.edit], .asksFirst, KeyTargets.editable)
    rule([.delete], .asksFirst, KeyTargets.deletable)
    rule([.add], .asksFirst, KeyTargets.homeOnly)
    rule([.addActivity, .addPerson, .addAccount, .addQuota, .addCoaching, .addPlay], .asksFirst) { _ in .ready
    }
    rule([.undo], .instantUndoable) { s in
      s.history.undo.isEmpty ? .disabled("nothing to undo in this session") : .ready
    }
    rule([.redo], .instantUndoable) { s in s.history.redo.isEmpty ? .disabled("nothing to redo") : .ready }
    rule([.drill], .readOnly, KeyTargets.leaderboardRow)
    for a in [ConflictsKeymap.Action.keepMine, .takeTheirs] {
      r[a.rawValue] = BindingRule(.answersShownQuestion)
    }
    r[ConflictsKeymap.Action.edit.rawValue] = BindingRule(.asksFirst)
    rule([.toggleCheck], .instantUndoable) { _ in .ready }
    rule([.qualify], .asksFirst, KeyTargets.dealOnScreen)
    ContactKeymap.rules(&r)
    typealias V = ViewsKeymap.Action
    for a in [V.accept] { r[a.rawValue] = BindingRule(.instantUndoable) }
    for a in [
      V.dismiss, .snooze, .commit, .submitCall, .adjustCall, .assignTraining, .completeTraining, .itemNote,
      .itemCommit, .itemTick, .itemRemove, .quotaSheet,
    ] {
      r[a.rawValue] = BindingRule(.asksFirst)
    }
    r.merge(CallsKeymap.rules) { mine, _ in mine }
    r.merge(HandoffsKeymap.rules) { mine, _ in mine }
    r.merge(RecruitingKeymap.rules) { old, _ in old }
    r.merge(FeedKeymap.rules) { _, feed in feed }
    r.merge(HygieneKeymap.rules) { _, mine in mine }
    r.merge(ProductsKeymap.rules) { _, mine in mine }
    LineItemKeymap.rules(&r)
    return r
  }()

  /// What `action` acts on in `state` (`.ready` for actions without a rule).
  public static func target(_ action: String, in state: CockpitState) -> KeyTarget {
    rules[action]?.target(state) ?? .ready
  }

  /// How `action` may write (`.readOnly` for actions without a rule).
  public static func safety(_ action: String) -> DataSafety { rules[action]?.safety ?? .readOnly }
}

/// The target resolvers: the one place that decides what is on screen for a key.
public enum KeyTargets {
  /// The deal the screen shows: the open deal card, the call card in call mode, else the
  /// Pipeline's selection while Home shows the Pipeline focused.
  @Sendable public static func dealOnScreen(_ s: CockpitState) -> KeyTarget {
    if case .dealDetail(let id, _) = s.overlay {
      guard let d = s.workspace.deals[id: id] else { return .disabled("that deal is gone") }
      return .record(kind: .deals, id: d.id, name: d.name)
    }
    // Call mode: the card's deal (`n` sets its next step, `w` closes it won, `A` logs more).
    if s.views.current == .calls, s.overlay.isNone { return CallsKeymap.card(s) }
    if let reason = offHome(s, what: "deal") { return .disabled(reason) }
    guard s.focus == .pipeline else {
      return .disabled("no deal selected in this pane: 1 focuses the Pipeline")
    }
    guard let d = PipelineView.selectedDeal(s) else {
      return .disabled("no deal selected: the Pipeline is empty")
    }
    return .record(kind: .deals, id: d.id, name: d.name)
  }

  /// The record `e` edits: the focused pane's selection (a quota row is a person's quota).
  @Sendable public static func editable(_ s: CockpitState) -> KeyTarget {
    if s.focus == .quota, s.overlay.isNone, s.views.current == .home {
      guard !s.viewer.isRep else { return .disabled("nothing to edit here: a adds a deal") }
      guard let row = leaderboardRow(s).id(of: .people) else { return .disabled("no person selected") }
      return .record(kind: .people, id: row, name: s.workspace.people[id: row]?.name ?? row)
    }
    return selection(s)
  }

  /// The record `d` deletes: the focused pane's selection (quotas are not deleted here).
  @Sendable public static func deletable(_ s: CockpitState) -> KeyTarget {
    if s.focus == .quota, s.overlay.isNone, s.views.current == .home {
      return .disabled("nothing to delete in the Quota pane")
    }
    return selection(s)
  }

  /// `a` adds to the focused pane, so only where the panes show.
  @Sendable public static func homeOnly(_ s: CockpitState) -> KeyTarget {
    if offHome(s, what: "pane") != nil { return .disabled("a adds from the four panes: Esc goes Home") }
    if s.workspace.people.isEmpty { return .disabled("a deal needs an owner: press P to add yourself first") }
    return .ready
  }

  /// The leaderboard row under the cursor (a manager's or ops' Quota pane).
  @Sendable public static func leaderboardRow(_ s: CockpitState) -> KeyTarget {
    if let reason = offHome(s, what: "person") { return .disabled(reason) }
    guard s.focus == .quota else { return .disabled("no leaderboard row selected: 2 focuses the Quota pane") }
    guard !(s.viewer.isRep && !s.zoomed) else {
      return .disabled("My Day has no leaderboard: z zooms the pane")
    }
    let rows = QuotaView.rows(s)
    guard rows.indices.contains(s.quotaCursor.index) else { return .disabled("the leaderboard is empty") }
    let p = rows[s.quotaCursor.index]
    return .record(kind: .people, id: p.id, name: p.name)
  }

  /// The focused pane's selected record (deal, coaching item or play), or why there is none.
  static func selection(_ s: CockpitState) -> KeyTarget {
    switch s.overlay {
    case .dealDetail: return dealOnScreen(s)
    case .coachingDetail(let id, _):
      return s.workspace.coaching[id: id].map { .record(kind: .coaching, id: $0.id, name: $0.title) }
        ?? .disabled("that coaching item is gone")
    case .playDetail(let id, _):
      return s.workspace.playbooks[id: id].map { .record(kind: .playbooks, id: $0.id, name: $0.name) }
        ?? .disabled("that play is gone")
    default: break
    }
    if let reason = offHome(s, what: "record") { return .disabled(reason) }
    switch s.focus {
    case .pipeline: return dealOnScreen(s)
    case .coaching:
      let items = CoachingView.items(s)
      guard items.indices.contains(s.coachingCursor.index) else {
        return .disabled("no coaching item selected")
      }
      let c = items[s.coachingCursor.index]
      return .record(kind: .coaching, id: c.id, name: c.title)
    case .playbooks:
      let plays = PlaybooksView.ranked(s)
      guard plays.indices.contains(s.playbooksCursor.index) else { return .disabled("no play selected") }
      let p = plays[s.playbooksCursor.index].play
      return .record(kind: .playbooks, id: p.id, name: p.name)
    case .quota: return .disabled("no record selected in the Quota pane")
    }
  }

  /// Why nothing of `what` is on screen when a report view or an overlay covers Home's panes.
  static func offHome(_ s: CockpitState, what: String) -> String? {
    if s.views.current != .home { return "no \(what) selected in this view" }
    switch s.overlay {
    case .none: return nil
    default: return "no \(what) selected under this overlay"
    }
  }
}
