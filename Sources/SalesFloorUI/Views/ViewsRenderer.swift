import SalesFloorKit

/// Draws the open report view over the body: the tab row, then the view in a frame, scrolled.
public enum ViewsRenderer {
  /// Width of the people list on the left of the Comp view.
  static func compListWidth(_ innerWidth: Int) -> Int { max(12, min(24, innerWidth / 4)) }

  /// Rows of view text visible for a screen size: the body less the tab row and the frame.
  public static func bodyHeight(_ size: Size) -> Int { max(1, size.height - 5) }

  /// Columns the view's text gets (Comp loses its people list and a gap).
  public static func bodyWidth(_ size: Size, view: CockpitView) -> Int {
    let inner = max(1, size.width - 2)
    return view == .comp ? max(1, inner - compListWidth(inner) - 1) : inner
  }

  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect) {
    guard area.height >= 3 else { return }
    renderTabs(s, into: &grid, area: area.row(0))
    let frame = area.inset(top: 1)
    let view = s.views.current
    if view == .calls { return CallModeRenderer.render(s, into: &grid, area: frame) }
    if view == .handoffs { return HandoffsViewText.render(s, into: &grid, area: frame) }
    let width = bodyWidth(Size(width: grid.width, height: grid.height), view: view)
    let visible = max(1, frame.height - 2)
    let (count, offset, shown) = page(s, width: width, visible: visible)
    var title = "\(view.title) · \(s.period)"
    if count > visible {
      title += " · lines \(offset + 1)–\(min(count, offset + visible)) of \(count)"
    }
    let inner = Box(title: title, focused: true, glyphs: s.glyphs).render(into: &grid, area: frame)
    guard !inner.isEmpty else { return }
    var textArea = inner
    if view == .comp, case .comp(let rows) = s.views.content {
      let listWidth = compListWidth(inner.width)
      let names = rows.map { ListItem($0.name) }
      ListView(items: names, selected: rows.isEmpty ? nil : s.views.compCursor.index, glyphs: s.glyphs)
        .render(into: &grid, area: Rect(x: inner.x, y: inner.y, width: listWidth, height: inner.height))
      textArea = Rect(
        x: inner.x + listWidth + 1, y: inner.y, width: inner.width - listWidth - 1, height: inner.height)
    }
    ListView(items: shown, glyphs: s.glyphs, showPointer: false).render(into: &grid, area: textArea)
  }

  /// The view's line count, the first line shown (the stored offset, clamped so the last page is
  /// full) and the lines from there. The Feed and Hygiene views lay out only those lines (hundreds
  /// of rows); the others are short.
  static func page(
    _ s: CockpitState, width: Int, visible: Int
  ) -> (count: Int, offset: Int, lines: [ListItem]) {
    func paged(
      _ page: (_ from: Int, _ count: Int) -> (total: Int, items: [ListItem])
    ) -> (Int, Int, [ListItem]) {
      let total = page(0, 0).total
      let offset = min(s.views.offset, max(0, total - visible))
      return (total, offset, page(offset, visible).items)
    }
    switch s.views.content {
    case .feed(let entries): return paged { FeedViewText.page(entries, s, width: width, from: $0, count: $1) }
    case .hygiene(let d): return paged { HygieneViewText.page(d, s, width: width, from: $0, count: $1) }
    default: break
    }
    let lines = self.lines(s, width: width)
    let offset = min(s.views.offset, max(0, lines.count - visible))
    return (lines.count, offset, Array(lines.dropFirst(offset)))
  }

  /// The tab row: every view with its key, the open one highlighted; short titles when narrow.
  static func renderTabs(_ s: CockpitState, into grid: inout Grid, area: Rect) {
    grid.fill(area, with: .blank(Style(.statusBar)))
    func label(_ v: CockpitView, short: Bool) -> String {
      let t = short ? v.shortTitle : v.title
      if v == .home { return "Esc \(t)" }
      return v.key.map { "\($0) \(t)" } ?? t
    }
    // The numbered views always; a lettered or key-less one only while it is open.
    let tabs = CockpitView.allCases.filter { v in
      v == .home || v == s.views.current || v.key.map { $0.isNumber } == true
    }
    let full = tabs.map { label($0, short: false) }
    let short = DisplayWidth.of(" " + full.joined(separator: "  ")) > area.width
    var x = area.x + 1
    for v in tabs {
      let text = " " + label(v, short: short) + " "
      let style = v == s.views.current ? Style(.selection, [.bold]) : Style(.statusBar)
      x = grid.write(text, at: Point(x: x, y: area.y), style: style, clip: area)
    }
  }

  /// The open view's text for a width (tables are laid out to it); scrolled by the caller.
  public static func lines(_ s: CockpitState, width: Int) -> [ListItem] {
    switch s.views.content {
    case .none: return []
    case .forecast(let data): return ForecastViewText.lines(data, s, width: width)
    case .comp(let rows):
      let i = s.views.compCursor.index
      guard rows.indices.contains(i) else {
        return [ListItem("No one in this scope has a comp plan (CompPlan.personIds).", role: .muted)]
      }
      return CompViewText.lines(rows[i], s, width: width)
    case .territories(let balance, let unmatched):
      return TerritoriesViewText.lines(balance, unmatched: unmatched, s, width: width)
    case .onboarding(let report): return OnboardingViewText.lines(report, s, width: width)
    case .signals(let report): return SignalsViewText.lines(report, s, width: width)
    case .methods(let report): return MethodsViewText.lines(report, s, width: width)
    case .training(let data): return TrainingViewText.lines(data, s, width: width)
    case .agenda(let agenda): return AgendaViewText.lines(agenda, s, width: width)
    case .activity: return ActivityViewText.lines(s, width: width)
    case .org(let report): return OrgViewText.lines(report, s, width: width)
    case .recruiting(let data): return RecruitingViewText.lines(data, s, width: width)
    case .feed(let entries): return FeedViewText.lines(entries, s, width: width)
    case .hygiene(let data): return HygieneViewText.lines(data, s, width: width)
    case .products(let data): return ProductsViewText.lines(data, s, width: width)
    }
  }
}

/// Text helpers shared by the views: aligned columns as lines, money and percent.
enum ViewText {
  /// A header line and one line per row, columns sized like `Table` for `width`.
  static func table(
    _ columns: [TableColumn], _ rows: [[String]], roles: [StyleRole] = [], width: Int, glyphs: Glyphs
  ) -> [ListItem] {
    let widths = Table.columnWidths(columns, natural: Table.naturalWidths(columns, rows), available: width)
    var out = [tableHeader(columns, widths: widths, glyphs: glyphs)]
    for (i, row) in rows.enumerated() {
      out.append(
        ListItem(
          tableLine(row, columns, widths: widths, glyphs: glyphs), role: i < roles.count ? roles[i] : .text))
    }
    return out
  }

  /// The header line of a `table` laid out to `widths`.
  static func tableHeader(_ columns: [TableColumn], widths: [Int], glyphs: Glyphs) -> ListItem {
    ListItem(tableLine(columns.map(\.title), columns, widths: widths, glyphs: glyphs), role: .header)
  }

  /// One row of a `table`: cells padded to `widths` (0 drops the column), one space apart.
  static func tableLine(_ cells: [String], _ columns: [TableColumn], widths: [Int], glyphs: Glyphs) -> String
  {
    var parts: [String] = []
    for (i, c) in columns.enumerated() where i < widths.count && widths[i] > 0 {
      let text = i < cells.count ? cells[i] : ""
      parts.append(TextFit.pad(text, to: widths[i], alignment: c.alignment, ellipsis: glyphs.ellipsis))
    }
    var out = parts.joined(separator: " ")
    while out.last == " " { out.removeLast() }
    return out
  }

  static func money(_ minor: Int64, _ currency: String) -> String { Money.compact(minor, currency: currency) }

  /// `+12k` / `-3k`: a change to a forecast.
  static func delta(_ minor: Int64, _ currency: String) -> String {
    (minor > 0 ? "+" : "") + Money.compact(minor, currency: currency)
  }

  /// Whole percent of a ratio (0.625 → `63%`), `—` when unknown.
  static func pct(_ r: Double?) -> String { r.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

  static let rule = ListItem("", role: .text)
}
