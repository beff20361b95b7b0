import SalesFloorKit

/// The Activity view (`V`): every activity goal in force in the viewer's scope — each rep's own,
/// then the teams' — with done against target, a bar with the pace marker, what a straight line
/// to the target expects by today, minutes logged and the status. Read from
/// `CockpitData.goalProgress`, which change sets patch, so a logged call moves its bar at once.
enum ActivityViewText {
  static func lines(_ s: CockpitState, width: Int) -> [ListItem] {
    let ws = s.workspace
    let all = s.data.goalProgress
    let behind = all.filter { $0.status == .behind }.count
    var out = [
      ListItem(
        "Activity goals · \(s.asOf.iso) · \(all.count) in force · \(behind) behind pace · "
          + "set one with :goal or `salesfloor goal set`",
        role: .title),
      ViewText.rule,
    ]
    guard !all.isEmpty else {
      out.append(
        ListItem(
          "No activity goals in force for this scope. :goal sets one (e.g. :goal Dana call 40 weekly).",
          role: .muted))
      return out
    }
    let barWidth = max(6, min(20, width / 5))
    let columns = [
      TableColumn("Who", width: ColumnWidth(min: 10, max: 26, flex: 2)),
      TableColumn("Kind", width: ColumnWidth(min: 7, max: 8)),
      TableColumn("Period", width: ColumnWidth(min: 5, max: 5)),
      TableColumn("Progress", width: ColumnWidth(min: barWidth, max: barWidth)),
      TableColumn("Done", width: ColumnWidth(min: 9, max: 9), alignment: .right),
      TableColumn("Expected", width: ColumnWidth(min: 8, max: 8), alignment: .right),
      TableColumn("Minutes", width: ColumnWidth(min: 9, max: 11), alignment: .right),
      TableColumn("Status", width: ColumnWidth(min: 9, max: 13)),
    ]
    let rows = all.map { p -> [String] in
      [
        GoalText.scope(p.goal.scope, in: ws), p.goal.kind.rawValue, p.goal.cadence.noun,
        GoalBars.bar(p, width: barWidth, glyphs: s.glyphs), "\(p.done)/\(p.target)", String(p.expected),
        p.targetMinutes.map { "\(p.minutes)/\($0)" } ?? String(p.minutes), p.status.label,
      ]
    }
    out += ViewText.table(columns, rows, roles: all.map(GoalBars.role), width: width, glyphs: s.glyphs)
    out.append(ViewText.rule)
    out.append(
      ListItem(
        "Expected = target × days elapsed ÷ days in the week or month; on pace within ±10 %. "
          + "Team goals count everyone reporting to the manager.",
        role: .muted))
    return out
  }
}
