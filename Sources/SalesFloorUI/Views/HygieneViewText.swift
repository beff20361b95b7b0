import SalesFloorKit

/// The Hygiene view: per rep the score, its parts as failing/checked, a sparkline of the weekly
/// trend; under it the selected rep's fixes (Enter opens the first one's deal).
enum HygieneViewText {
  static func lines(_ d: HygieneViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    var out = [
      ListItem(
        "CRM hygiene · \(d.rows.count) rep\(d.rows.count == 1 ? "" : "s") · score 0–100, parts failing/checked",
        role: .title)
    ]
    guard !d.rows.isEmpty else {
      out.append(ListItem("No active reps in this scope.", role: .muted))
      return out
    }
    var columns = [
      TableColumn("  Rep", width: ColumnWidth(min: 8, max: 22, flex: 2)),
      TableColumn("Score", width: ColumnWidth(min: 5, max: 5), alignment: .right),
    ]
    columns += HygienePart.allCases.map {
      TableColumn($0.heading, width: ColumnWidth(min: 6, max: 9), alignment: .right)
    }
    columns.append(TableColumn("Trend", width: ColumnWidth(min: 8, max: 10)))
    columns.append(TableColumn("Week", width: ColumnWidth(min: 4, max: 4), alignment: .right))
    let selected = s.views.hygieneCursor.index
    var roles: [StyleRole] = []
    let cells: [[String]] = d.rows.enumerated().map { i, r in
      roles.append(i == selected ? .selection : role(r.score.score))
      var row = [(i == selected ? s.glyphs.pointer + " " : "  ") + r.name, String(r.score.score)]
      row += r.score.parts.map { p in
        if p.part == .activity {
          return p.weight == 0
            ? "\(r.score.activitiesLogged)" : "\(p.denominator - p.count)/\(p.denominator)"
        }
        return p.denominator == 0 ? "—" : "\(p.count)/\(p.denominator)"
      }
      row.append(Sparkline(values: r.trend.map(Double.init), glyphs: s.glyphs).text(width: r.trend.count))
      let delta = r.trend.count >= 2 ? r.trend[r.trend.count - 1] - r.trend[r.trend.count - 2] : 0
      row.append(delta > 0 ? "+\(delta)" : "\(delta)")
      return row
    }
    out += ViewText.table(columns, cells, roles: roles, width: width, glyphs: s.glyphs)
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
