import SalesFloorKit

/// The four panes of the home screen, numbered as their focus keys.
public enum PaneID: Int, CaseIterable, Sendable {
  case pipeline = 1, quota, coaching, playbooks

  /// Keymap context id of the pane.
  public var context: String {
    switch self {
    case .pipeline: return "pipeline"
    case .quota: return "quota"
    case .coaching: return "coaching"
    case .playbooks: return "playbooks"
    }
  }
}

/// Whose cockpit this is: decides scope and the My Day view.
public struct Viewer: Hashable, Sendable {
  public var person: Person?
  /// Set when the viewer was chosen for the user ("default view: first manager"); kept short for the top bar.
  public var note: String?
  /// The person at the keyboard when this device or login is bound to one (nil otherwise): edits
  /// are theirs whoever is viewed, and the top bar says who is looking (`Viewer+Identity.swift`).
  public var identity: KeyboardIdentity?
  /// The person who switched to this view with `:as` when no identity is bound: edits stay theirs
  /// and the top bar says whose view this is (nil: the viewer looks at their own cockpit).
  public var viewedBy: Person?

  public init(
    person: Person?, note: String? = nil, identity: KeyboardIdentity? = nil, viewedBy: Person? = nil
  ) {
    self.person = person
    self.note = note
    self.identity = identity
    self.viewedBy = viewedBy
  }

  public var isRep: Bool { person?.role == .rep }
  public var roleTitle: String { person.map { Self.title(of: $0.role) } ?? "viewer" }

  /// Reps see their own numbers, managers their team (themselves and everyone under them), ops all.
  public var scope: Scope {
    guard let p = person else { return .everyone }
    switch p.role {
    case .rep: return .person(p.id)
    case .manager: return .personAndReports(p.id)
    case .ops: return .everyone
    }
  }

  /// The person to show when none was asked for: the first manager by id, else anyone.
  public static func defaultViewer(in ws: Workspace) -> Viewer {
    let managers = ws.people.items.filter { $0.role == .manager && $0.active }.sorted { $0.id < $1.id }
    if let m = managers.first { return Viewer(person: m, note: "default view: first manager") }
    return Viewer(person: nil, note: ws.people.isEmpty ? nil : "default view: everyone")
  }
}

/// How the pipeline pane shows deals.
public enum PipelineMode: String, Sendable { case board, table }

/// Table sort orders (`s` cycles).
public enum PipelineSort: String, CaseIterable, Sendable {
  case closeDate, amount, daysInStage, owner

  public var title: String {
    switch self {
    case .closeDate: return "close date"
    case .amount: return "amount"
    case .daysInStage: return "days in stage"
    case .owner: return "owner"
    }
  }
}

/// Selection and scrolling of a list-like pane.
public struct ListCursor: Hashable, Sendable {
  public var index: Int = 0
  public var offset: Int = 0
  public init() {}

  /// Moves by `delta` within `count` items (clamped).
  public mutating func move(_ delta: Int, count: Int) {
    guard count > 0 else {
      index = 0
      return
    }
    index = min(max(0, index + delta), count - 1)
  }
  public mutating func clamp(count: Int) { move(0, count: count) }
}

/// Pipeline pane state: mode, sort, board column and per-mode selection.
public struct PipelineState: Hashable, Sendable {
  public var mode: PipelineMode = .board
  public var sort: PipelineSort = .closeDate
  public var descending = false
  /// Board: which open-stage column is selected, and the cursor inside each column.
  public var column = 0
  public var columnCursors: [String: ListCursor] = [:]
  /// Table: the cursor over the sorted list.
  public var table = ListCursor()
  /// Deals marked with Space: the comp view's what-if credits these ("if these close…").
  public var marked: Set<String> = []
  public init() {}
}

/// A transient message in the footer line (saved, warning, error).
public struct StatusMessage: Hashable, Sendable {
  public enum Kind: Sendable { case info, success, warning, error }
  public var text: String
  public var kind: Kind
  public init(_ text: String, kind: Kind = .info) {
    self.text = text
    self.kind = kind
  }
}

/// What covers the panes, if anything.
public enum Overlay: Sendable {
  case none
  case help(HelpOverlay)
  case palette(CommandPalette)
  /// Deal detail, scrolled by `offset` lines.
  case dealDetail(dealId: String, offset: Int)
  /// Play detail for a play id, scrolled.
  case playDetail(playId: String, offset: Int)
  /// Coaching item detail.
  case coachingDetail(itemId: String, offset: Int)
  /// A data-entry form (add / edit / quick action).
  case form(Form)
  /// A yes/no question before a destructive edit (`d` delete).
  case confirm(Confirmation)
  /// The Conflicts view: open sync conflicts to answer (selection in `CockpitState.sync`).
  case conflicts

  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }
}

/// Everything the cockpit shows, as one value: render is a pure function of it.
public struct CockpitState: Sendable {
  /// The owner of the workspace; the state reads it and never keeps a copy (see `CockpitStore`).
  public let store: any CockpitStore
  /// The workspace as the store has it now.
  public var workspace: Workspace { store.workspace }
  public var viewer: Viewer
  /// The viewer the cockpit opened with: `:as me` returns to it, and `:as` asks it who may be viewed.
  public internal(set) var homeViewer: Viewer
  public var asOf: Day
  public var period: Period
  public var focus: PaneID = .pipeline
  public var zoomed = false
  public var overlay: Overlay = .none
  /// Filter text per pane (empty = none); `filterInput` is non-nil while typing one.
  public var filters: [PaneID: String] = [:]
  public var filterInput: TextInput?
  public var pipeline = PipelineState()
  public var quotaCursor = ListCursor()
  public var coachingCursor = ListCursor()
  public var playbooksCursor = ListCursor()
  /// The checklist cursor of the open deal or play detail (nil: none shown).
  public var detailCursor: DetailCursor?
  public var status: StatusMessage?
  /// How the last change sets were applied (patched or rebuilt): benchmarks report it.
  public private(set) var lastApplyPath: CockpitData.ApplyPath?
  /// The store's latest notice, for the top bar (read on start and every tick).
  public var storeNotices = StoreNotices()
  /// The report views' row (Home or a full-body view) and their state.
  public var views = CockpitViewsState()
  /// Call mode's queue, card and outcome line (`c`).
  public var calls = CallModeState()
  /// Team sync as the launcher last reported it: the top bar's segment and the Conflicts view.
  public var sync = CockpitSyncState()
  public var glyphs: Glyphs = .unicode
  public var keymap: Keymap
  /// Edits made in this session, for `u` / `Ctrl-R`.
  public var history = EditHistory()
  /// Numbers derived from the workspace for the current scope and period; rebuilt on change.
  public internal(set) var data: CockpitData
  /// Bumped whenever `data` is rebuilt: the key that invalidates view caches.
  public internal(set) var dataGeneration = 0
  /// The pipeline pane's filtered/sorted lists; see `updateCaches()`.
  public internal(set) var pipelineCache: PipelineCache?
  /// The activity form's deal list for `dataGeneration`: built when the form first opens after
  /// a data change (every deal in the workspace: ~10 ms at 100k deals), then reused.
  var dealChoices: (generation: Int, options: [ChoiceOption])?
  /// The Hygiene view's rows for `dataGeneration` (and glyph set): a floor of 900 reps takes ~5 ms
  /// to score and lay out, so reopening the view without a data change reuses them.
  var hygieneRows: (generation: Int, ascii: Bool, data: HygieneViewData)?

  public init(store: any CockpitStore, viewer: Viewer, asOf: Day, keymap: Keymap = CockpitKeymap.standard) {
    self.store = store
    let workspace = store.workspace
    self.viewer = viewer
    self.homeViewer = viewer
    self.asOf = asOf
    self.period = Period.containing(
      asOf, kind: .quarter, fiscalStartMonth: workspace.settings.fiscalYearStartMonth)
    self.keymap = keymap
    self.data = CockpitData(workspace: workspace, viewer: viewer, period: period, asOf: asOf)
    updateCaches()
  }

  /// Recomputes derived numbers after the workspace, scope or period changed.
  /// `change` narrows what is recomputed (a period switch need not rescan activities).
  public mutating func refreshData(_ change: CockpitData.Change = .everything) {
    data = CockpitData(
      updating: data, change: change, workspace: workspace, viewer: viewer, period: period, asOf: asOf)
    dataGeneration += 1
    updateCaches()
    if views.current != .home { refreshView() }
  }

  /// Brings derived numbers up to date after the store applied these change sets (own edits,
  /// undo, redo, other writers), incrementally where it can (see `CockpitData.apply`).
  @discardableResult
  public mutating func apply(_ sets: [ChangeSet]) -> CockpitData.ApplyPath {
    guard !sets.isEmpty else { return .incremental }
    let ws = workspace
    if let me = viewer.person, sets.contains(where: { $0.keys.contains(RecordKey(.people, me.id)) }),
      let now = ws.people[id: me.id]
    {
      viewer.person = now
    }
    if let me = viewer.identity, sets.contains(where: { $0.keys.contains(RecordKey(.people, me.personId)) }) {
      viewer.identity?.person = ws.people[id: me.personId]
    }
    // The cache shares the deal arrays the delta edits; dropping it first lets them change in
    // place instead of being copied (it is rebuilt below for the new generation anyway).
    pipelineCache = nil
    let path = data.apply(sets, workspace: ws, viewer: viewer, period: period, asOf: asOf)
    lastApplyPath = path
    dataGeneration += 1
    updateCaches()
    if views.current != .home { refreshView() }
    return path
  }

  /// Rebuilds view caches whose inputs changed (called after every event and data refresh).
  /// Views fall back to computing directly when a cache is stale, so a missed call costs speed only.
  public mutating func updateCaches() {
    if pipelineCache?.key != PipelineCache.key(for: self) {
      pipelineCache = PipelineCache(self, previous: pipelineCache)
    }
  }

  public var filter: String { filters[focus] ?? "" }
}
