import SalesFloorKit

/// The Recruiting view's values: the candidates the viewer hires for, in funnel order (computed
/// when the view opens or the workspace changes, like every view's reports).
public struct RecruitingViewData: Sendable {
  /// Open stages first, closest to a decision on top (offer, interviewed, screened, sourced), then
  /// hired, rejected, withdrew; by name inside a stage.
  public var candidates: [Candidate]

  /// The order of stages in the list.
  static let stageOrder: [CandidateStage] = [
    .offer, .interviewed, .screened, .sourced, .hired, .rejected, .withdrew,
  ]

  /// Ops (and anyone seeing everyone) sees every candidate; a manager sees those hired for
  /// someone in their scope and those with no hiring manager yet.
  static func build(_ ws: Workspace, scope: Scope) -> RecruitingViewData {
    let ids: Set<String>? = scope == .everyone ? nil : scope.ownerIds(in: ws)
    let order = Dictionary(uniqueKeysWithValues: stageOrder.enumerated().map { ($1, $0) })
    let list = ws.candidates.items.filter { c in
      guard let ids else { return true }
      return c.managerId.map(ids.contains) ?? true
    }.sorted { a, b in
      (order[a.stage] ?? 0, a.name, a.id) < (order[b.stage] ?? 0, b.name, b.id)
    }
    return RecruitingViewData(candidates: list)
  }
}

/// The Recruiting view's own state: which candidate is selected and whether their card is open.
public struct RecruitingViewState: Hashable, Sendable {
  public var cursor = ListCursor()
  /// True while Enter's candidate card (stages, scorecards) replaces the list.
  public var showingCandidate = false
  public init() {}
}

/// The Recruiting view (`R`): candidates grouped by stage with source, days in stage, average
/// score and hiring manager; Enter opens the selected candidate's card.
enum RecruitingViewText {
  /// Lines above the first candidate row (summary, blank, table header).
  static let headerLines = 3

  static func lines(_ d: RecruitingViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    let ws = s.workspace
    let i = s.views.recruiting.cursor.index
    if s.views.recruiting.showingCandidate, d.candidates.indices.contains(i) {
      let c = d.candidates[i]
      var out = CandidateDetail.lines(c, ws).enumerated().map {
        ListItem($0.element, role: $0.offset == 0 ? .title : .text)
      }
      out.append(ViewText.rule)
      out.append(ListItem(hints(c), role: .muted))
      return out
    }
    let open = d.candidates.filter(\.stage.isOpen).count
    let offers = d.candidates.filter { $0.stage == .offer }.count
    var out = [
      ListItem(
        "\(d.candidates.count) candidates · \(open) open · \(offers) at offer · "
          + "Enter shows · m moves · h hires · a adds",
        role: .title),
      ViewText.rule,
    ]
    guard !d.candidates.isEmpty else {
      out.append(ListItem("No candidates yet: a adds one (or `salesfloor candidate add`).", role: .muted))
      return out
    }
    let rows = d.candidates.enumerated().map { n, c -> [String] in
      let since = c.stageHistory.last?.day
      let days = since.map { Metrics.elapsedDays(from: $0, to: s.asOf) }
      return [
        n == i ? "›" : " ", c.name, c.stage.rawValue, c.source.label, days.map { "\($0)d" } ?? "—",
        CandidateDetail.score(c.averageScore), c.managerId.flatMap { ws.people[id: $0]?.name } ?? "—",
      ]
    }
    let roles = d.candidates.indices.map { n -> StyleRole in
      if n == i { return .selection }
      return d.candidates[n].stage.isOpen ? .text : .muted
    }
    out += ViewText.table(
      [
        TableColumn("", width: ColumnWidth(min: 1, max: 1)),
        TableColumn("Candidate", width: ColumnWidth(min: 10, max: 28, flex: 1)),
        TableColumn("Stage", width: ColumnWidth(min: 11, max: 11)),
        TableColumn("Source", width: ColumnWidth(min: 9, max: 9)),
        TableColumn("In stage", width: ColumnWidth(min: 8, max: 8), alignment: .right),
        TableColumn("Score", width: ColumnWidth(min: 5, max: 5), alignment: .right),
        TableColumn("Hiring manager", width: ColumnWidth(min: 8, max: 22)),
      ], rows, roles: roles, width: width, glyphs: s.glyphs)
    return out
  }

  /// What the candidate's card offers next.
  static func hints(_ c: Candidate) -> String {
    var keys: [String] = []
    if c.stage.isOpen { keys.append("m moves") }
    if c.stage == .offer { keys.append("h hires") }
    keys.append("Enter or Esc: back to the list")
    return keys.joined(separator: " · ")
  }
}
