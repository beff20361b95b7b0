import SalesFloorKit

/// Draws a whole frame from the state: top bar, panes, footer, overlays. Pure: state in, grid out.
public enum CockpitRenderer {
  /// - Parameter notice: the store's latest notice for the top bar (`StoreNotices.latest`).
  public static func render(_ s: CockpitState, size: Size, notice: String? = nil) -> Grid {
    var grid = Grid(size: size)
    if CockpitLayout.isTooSmall(size) {
      renderTooSmall(size, into: &grid)
    } else if FirstRun.isFirstRun(s.workspace) {
      renderWelcome(s, into: &grid)
      if let status = s.status {
        let role: StyleRole = status.kind == .error ? .negative : status.kind == .warning ? .warning : .muted
        grid.write(" " + status.text, at: Point(x: 0, y: size.height - 1), style: Style(role, [.bold]))
      }
      renderOverlay(s, into: &grid)
    } else {
      let layout = CockpitLayout(size: size, zoomed: s.zoomed, focus: s.focus)
      renderTopBar(s, notice: notice, into: &grid, area: layout.topBar)
      if s.views.current != .home { ViewsRenderer.render(s, into: &grid, area: layout.body) }
      for (pane, rect) in layout.panes where s.views.current == .home {
        let focused = pane == s.focus
        switch pane {
        case .pipeline: PipelineView.render(s, into: &grid, area: rect, focused: focused)
        case .quota: QuotaView.render(s, into: &grid, area: rect, focused: focused)
        case .coaching: CoachingView.render(s, into: &grid, area: rect, focused: focused)
        case .playbooks: PlaybooksView.render(s, into: &grid, area: rect, focused: focused)
        }
      }
      renderFooter(s, into: &grid, area: layout.footer)
      renderOverlay(s, into: &grid)
    }
    if s.glyphs.isASCII { grid.foldToASCII() }
    return grid
  }

  static func renderTooSmall(_ size: Size, into grid: inout Grid) {
    let min = CockpitLayout.minimum
    let lines = [
      "terminal too small: need \(min.width)×\(min.height)",
      "now \(size.width)×\(size.height) — enlarge the window, or press q to quit",
    ]
    for (i, line) in lines.enumerated() {
      let y = max(0, size.height / 2 - 1 + i)
      let x = max(0, (size.width - DisplayWidth.of(line)) / 2)
      grid.write(line, at: Point(x: x, y: y), style: Style(i == 0 ? .warning : .muted, i == 0 ? [.bold] : []))
    }
  }

  static func renderWelcome(_ s: CockpitState, into grid: inout Grid) {
    let lines = FirstRun.lines(s.workspace)
    let width = lines.map { DisplayWidth.of($0.0) }.max() ?? 0
    let top = max(0, (grid.height - lines.count) / 2)
    let left = max(0, (grid.width - width) / 2)
    for (i, (text, role)) in lines.enumerated() {
      grid.write(text, at: Point(x: left, y: top + i), style: Style(role, role == .title ? [.bold] : []))
    }
  }

  static func renderTopBar(_ s: CockpitState, notice: String? = nil, into grid: inout Grid, area: Rect) {
    grid.fill(area, with: .blank(Style(.statusBar)))
    var area = area
    if let report = s.sync.report, let headline = report.headline {
      let essential = DisplayWidth.of(topBarText(s, width: 0))
      area.width = renderTopBarSync(
        headline, state: report.status?.state, problem: report.problem != nil,
        width: max(24, area.width - essential - 2), glyphs: s.glyphs, into: &grid, area: area)
    }
    if let notice {
      // The notice takes what who and the period leave over, but never less than a readable start.
      let essential = DisplayWidth.of(topBarText(s, width: 0))
      let budget = max(24, area.width - essential - 2)
      area.width = renderTopBarNotice(notice, width: budget, glyphs: s.glyphs, into: &grid, area: area)
    } else if s.sync.report?.headline == nil, let ticker = FeedTicker.text(s) {
      // Unlike a notice, the ticker never squeezes who, the period or the workspace: it takes only
      // the columns the full bar leaves.
      let budget = area.width - DisplayWidth.of(topBarText(s, width: area.width)) - 3
      area.width = FeedTicker.render(ticker, width: budget, glyphs: s.glyphs, into: &grid, area: area)
    }
    grid.write(
      TextFit.truncate(topBarText(s, width: area.width), to: area.width, ellipsis: s.glyphs.ellipsis),
      at: Point(x: area.x, y: area.y), style: Style(.statusBar, [.bold]), clip: area)
  }

  /// The top bar's text for `width` columns (it may still be wider: the caller truncates).
  static func topBarText(_ s: CockpitState, width: Int) -> String {
    let who = s.viewer.topBarText
    let p = s.period
    let day = "day \(p.elapsedDays(asOf: s.asOf))/\(p.length)"
    // Who and the period matter most; the note sits beside the person it explains. When the bar is
    // too narrow the brand goes first, then the date, then the workspace name.
    var parts = ["SalesFloor", who + (s.viewer.note.map { " — \($0)" } ?? ""), "\(p) (\(day))"]
    parts += [s.workspace.settings.workspaceName, s.asOf.iso]
    var text = " " + parts.joined(separator: " · ")
    for drop in [0, 4, 3] where DisplayWidth.of(text) > width {
      parts[drop] = ""
      text = " " + parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }
    if DisplayWidth.of(text) > width, s.viewer.note != nil {
      text = " " + ([who + " — default view"] + [parts[2]]).joined(separator: " · ")
    }
    return text
  }

  static func renderFooter(_ s: CockpitState, into grid: inout Grid, area: Rect) {
    grid.fill(area, with: .blank(Style(.statusBar)))
    if let input = s.filterInput {
      let x = grid.write(
        " filter: ", at: Point(x: area.x, y: area.y), style: Style(.keyHint, [.bold]), clip: area)
      input.render(
        into: &grid, area: Rect(x: x, y: area.y, width: max(0, area.maxX - x - 30), height: 1),
        style: Style(.statusBar))
      let hint = "Enter keep · Esc clear"
      grid.write(
        hint, at: Point(x: area.maxX - DisplayWidth.of(hint) - 1, y: area.y), style: Style(.statusBar),
        clip: area)
      return
    }
    if let status = s.status {
      let role: StyleRole
      switch status.kind {
      case .info: role = .statusBar
      case .success: role = .positive
      case .warning: role = .warning
      case .error: role = .negative
      }
      grid.write(" " + status.text, at: Point(x: area.x, y: area.y), style: Style(role, [.bold]), clip: area)
      return
    }
    let hints = footerHints(s, width: area.width - 1)
    var x = area.x + 1
    for h in hints {
      x = grid.write(h.key, at: Point(x: x, y: area.y), style: Style(.keyHint, [.bold]), clip: area)
      x = grid.write(" " + h.label + "  ", at: Point(x: x, y: area.y), style: Style(.statusBar), clip: area)
    }
  }

  /// The keymap's hints for the current contexts; the pipeline table also names its sort and the
  /// reverse key, since sorting is what people do there.
  static func footerHints(_ s: CockpitState, width: Int) -> [KeyHint] {
    let contexts = CockpitKeymap.contexts(for: s)
    guard s.overlay.isNone, s.focus == .pipeline, s.pipeline.mode == .table,
      let reverse = s.keymap.keys(for: CockpitKeymap.Action.reverseSort.rawValue, in: "pipeline").first
    else { return s.keymap.footerHints(contexts: contexts, width: width) }
    let sortLabel = "sort: \(s.pipeline.sort.title)"
    let extra = KeyHint(key: KeyNotation.label(reverse), label: "reverse")
    let extraWidth = extra.width + 2 + DisplayWidth.of(sortLabel) - DisplayWidth.of("sort")
    var hints = s.keymap.footerHints(contexts: contexts, width: width - extraWidth)
    if let i = hints.firstIndex(where: { $0.label == "sort" }) {
      hints[i].label = sortLabel
      hints.insert(extra, at: i + 1)
    }
    return hints
  }

  static func renderOverlay(_ s: CockpitState, into grid: inout Grid) {
    switch s.overlay {
    case .none: return
    case .help(let help): help.render(into: &grid)
    case .palette(let palette):
      palette.render(into: &grid, glyphs: s.glyphs, title: "Command (type to filter, Tab completes)")
    case .form(let form): FormRenderer.render(form, into: &grid, glyphs: s.glyphs)
    case .confirm(let c): c.render(into: &grid, glyphs: s.glyphs)
    case .conflicts: ConflictsRenderer.render(s, into: &grid)
    case .dealDetail(_, let offset), .playDetail(_, let offset), .coachingDetail(_, let offset):
      guard let lines = detailLines(s) else { return }
      renderDetail(title: detailTitle(s), lines: lines, offset: offset, s, into: &grid)
    }
  }

  /// The lines of the open detail overlay (nil when none is open or its record is gone), the
  /// checklist cursor's line marked.
  static func detailLines(_ s: CockpitState) -> [ListItem]? {
    switch s.overlay {
    case .dealDetail, .playDetail:
      guard var card = detailCard(s) else { return nil }
      if let check = detailCheck(s, card: card), card.lines.indices.contains(check.line) {
        var text = card.lines[check.line].text
        if text.first == " " { text = s.glyphs.pointer + text.dropFirst() }
        card.lines[check.line] = ListItem(text, role: .selection)
      }
      return card.lines
    case .coachingDetail(let id, _):
      return s.workspace.coaching[id: id].map { DetailViews.coachingLines($0, s) }
    default: return nil
    }
  }

  /// The open deal or play card with its tickable lines; nil for other overlays.
  static func detailCard(_ s: CockpitState) -> DetailCard? {
    switch s.overlay {
    case .dealDetail(let id, _): return s.workspace.deals[id: id].map { DetailViews.dealCard($0, s) }
    case .playDetail(let id, _):
      return s.workspace.playbooks[id: id].map {
        DetailViews.playCard($0, deal: PipelineView.selectedDeal(s), s)
      }
    default: return nil
    }
  }

  /// Which overlay a `DetailCursor` belongs to.
  static func detailKey(_ s: CockpitState) -> String? {
    switch s.overlay {
    case .dealDetail(let id, _): return "deal:" + id
    case .playDetail(let id, _): return "play:" + id
    default: return nil
    }
  }

  /// The tickable line under the checklist cursor, when the cursor belongs to this overlay.
  static func detailCheck(_ s: CockpitState, card: DetailCard) -> DetailCheck? {
    guard let c = s.detailCursor, c.overlay == detailKey(s), !card.checks.isEmpty else { return nil }
    return card.checks[min(max(0, c.index), card.checks.count - 1)]
  }

  static func detailTitle(_ s: CockpitState) -> String {
    switch s.overlay {
    case .dealDetail(let id, _): return "Deal \(id)"
    case .playDetail: return "Play"
    default: return "Coaching"
    }
  }

  /// Rows inside the detail modal for a screen size (the modal is the screen less 4 rows, less its border).
  static func detailInnerHeight(_ size: Size) -> Int { max(1, size.height - 6) }

  static func renderDetail(
    title: String, lines: [ListItem], offset: Int, _ s: CockpitState, into grid: inout Grid
  ) {
    let size = Size(width: min(grid.width - 4, 110), height: grid.height - 4)
    let ticks = detailCard(s).map { !$0.checks.isEmpty } ?? false
    let keys = " · Esc close · j/k scroll" + (ticks ? " · Tab item · x tick" : "")
    let inner = Modal(title: title + keys, size: size, glyphs: s.glyphs)
      .render(into: &grid).inset(left: 1, right: 1)
    let maxOffset = max(0, lines.count - inner.height)
    ListView(items: Array(lines.dropFirst(min(offset, maxOffset))), glyphs: s.glyphs, showPointer: false)
      .render(into: &grid, area: inner)
  }
}
