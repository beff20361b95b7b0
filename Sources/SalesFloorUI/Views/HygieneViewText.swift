import SalesFloorKit

/// The Hygiene view: per rep the score, its parts as failing/checked, a sparkline of the weekly
/// trend; under it the selected rep's fixes (Enter opens the first one's deal).
enum HygieneViewText {
  /// Lines above the first rep row (the title and the column header).
  static let headerLines = 2

  static let columns: [TableColumn] =
    [
      TableColumn("  Rep", width: ColumnWidth(min: 8, max: 22, flex: 2)),
      TableColumn("Score", width: ColumnWidth(min: 5, max: 5), alignment: .right),
    ]
    + HygienePart.allCases.map {
      TableColumn($0.heading, width: ColumnWidth(min: 6, max: 9), alignment: .right)
    }
    + [
      TableColumn("Trend", width: ColumnWidth(min: 8, max: 10)),
      TableColumn("Week", width: ColumnWidth(min: 4, max: 4), alignment: .right),
    ]

  /// A rep's row: the name behind two spaces (the selection's pointer goes there), score, each
  /// part failing/checked, the sparkline and the change since last week.
  static func cells(_ r: HygieneViewData.Row, glyphs: Glyphs) -> [String] {
    var row = ["  " + r.name, String(r.score.score)]
    row += r.score.parts.map { p in
      if p.part == .activity {
        return p.weight == 0 ? "\(r.score.activitiesLogged)" : "\(p.denominator - p.count)/\(p.denominator)"
      }
      return p.denominator == 0 ? "—" : "\(p.count)/\(p.denominator)"
    }
    row.append(Sparkline(values: r.trend.map(Double.init), glyphs: glyphs).text(width: r.trend.count))
    let delta = r.trend.count >= 2 ? r.trend[r.trend.count - 1] - r.trend[r.trend.count - 2] : 0
    row.append(delta > 0 ? "+\(delta)" : "\(delta)")
    return row
  }

  static func lines(_ d: HygieneViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    page(d, s, width: width, from: 0, count: Int.max).items
  }

  /// The view's lines `from`..<`from + count` and how many there are in all: rep rows off screen
  /// are never laid out.
  static func page(
    _ d: HygieneViewData, _ s: CockpitState, width: Int, from: Int, count: Int
  ) -> (total: Int, items: [ListItem]) {
    let title = ListItem(
      "CRM hygiene · \(d.rows.count) rep\(d.rows.count == 1 ? "" : "s") · score 0–100, parts failing/checked",
      role: .title)
    guard !d.rows.isEmpty else {
      let all = [title, ListItem("No active reps in this scope.", role: .muted)]
      return (all.count, Array(all.dropFirst(from).prefix(count)))
    }
    let selected = s.views.hygieneCursor.index
    let tail = tail(d, selected: selected)
    let total = headerLines + d.rows.count + tail.count
    let start = max(0, min(from, total))
    let end = min(total, start + max(0, min(count, total)))
    let widths = Table.columnWidths(columns, natural: d.natural, available: width)
    var out: [ListItem] = []
    for line in start..<end {
      let i = line - headerLines
      if line == 0 {
        out.append(title)
      } else if line == 1 {
        out.append(ViewText.tableHeader(columns, widths: widths, glyphs: s.glyphs))
      } else if i < d.rows.count {
        var cells = d.cells[i]
        if i == selected { cells[0] = s.glyphs.pointer + " " + d.rows[i].name }
        let text = ViewText.tableLine(cells, columns, widths: widths, glyphs: s.glyphs)
        out.append(ListItem(text, role: i == selected ? .selection : d.roles[i]))
      } else {
        out.append(tail[i - d.rows.count])
      }
    }
    return (total, out)
  }

  /// The lines under the table: the selected rep's points lost, their fixes, the trend's weeks.
  static func tail(_ d: HygieneViewData, selected: Int) -> [ListItem] {
    var out: [ListItem] = []
    out.append(ViewText.rule)
    let who = d.rows.indices.contains(selected) ? d.rows[selected] : d.rows[0]
    let lost = who.score.parts.filter { $0.pointsLost > 0 }.sorted { $0.pointsLost > $1.pointsLost }
    out.append(ListItem("\(who.name): \(who.score.score)/100", role: .header))
    for p in lost {
      out.append(
        ListItem(
          "  -\(String(format: "%.1f", p.pointsLost))  \(p.part.title) "
            + (p.part == .activity
              ? "(\(p.count) short of \(p.denominator))" : "(\(p.count)/\(p.denominator))")))
    }
    if let detail = who.score.activityGoalDetail {
      out.append(ListItem("  activities this week vs weekly goals: \(detail)", role: .muted))
    } else {
      out.append(
        ListItem(
          "  activities this week: \(who.score.activitiesLogged) (no weekly goal: not scored)", role: .muted))
    }
    out.append(ViewText.rule)
    out.append(
      ListItem(d.fixes.isEmpty ? "Nothing to fix." : "Things to fix (Enter opens the first):", role: .header))
    for f in d.fixes { out.append(ListItem("  +\(String(format: "%.1f", f.gain))  \(f.text)")) }
    if !d.weekEnds.isEmpty {
      out.append(ViewText.rule)
      out.append(
        ListItem(
          "Trend: weeks ending \(d.weekEnds.first?.iso ?? "") … \(d.weekEnds.last?.iso ?? "") (past weeks by time travel)",
          role: .muted))
    }
    return out
  }

  /// Green from 80, amber from 60, red below.
  static func role(_ score: Int) -> StyleRole { score >= 80 ? .positive : score >= 60 ? .warning : .negative }
}
