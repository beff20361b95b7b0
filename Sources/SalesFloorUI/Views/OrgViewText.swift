import SalesFloorKit

/// The Org view: one line per team with the cursor on one, the selected team's people and open
/// roles, and the territory balance of the teams' territories (`Reports.org`).
enum OrgViewText {
  /// Index of the first team line (after the summary, a rule and the table header).
  static let firstTeamLine = 3

  static func lines(_ r: OrgReport, _ s: CockpitState, width: Int) -> [ListItem] {
    var out = [
      ListItem(
        "\(r.teams.count) team\(r.teams.count == 1 ? "" : "s") · \(r.totalReps) reps · open headcount "
          + "\(r.totalOpenHeadcount) (\(r.totalOpenRoles) open roles, \(r.totalOffers) offers)", role: .title),
      ViewText.rule,
    ]
    guard !r.teams.isEmpty else {
      out.append(ListItem("No team in this scope: nobody manages anyone yet.", role: .muted))
      return out
    }
    let selected = s.views.orgCursor.index
    let rows = r.teams.enumerated().map { i, t -> [String] in
      let n = t.tenure
      return [
        (i == selected ? s.glyphs.pointer + " " : "  ") + t.managerName, String(t.span), String(t.reps),
        "\(n.under3)/\(n.from3to6)/\(n.from6to12)/\(n.over12)", String(t.ramping), String(t.openRoles),
        String(t.offers), String(t.openHeadcount),
      ]
    }
    let num = { (title: String) in TableColumn(title, width: ColumnWidth(min: 4, max: 8), alignment: .right) }
    out += ViewText.table(
      [
        TableColumn("Team", width: ColumnWidth(min: 10, max: 28, flex: 1)), num("Span"), num("Reps"),
        TableColumn("<3/3-6/6-12/12+m", width: ColumnWidth(min: 9, max: 16), alignment: .right),
        num("Ramping"), TableColumn("Open roles", width: ColumnWidth(min: 5, max: 10), alignment: .right),
        num("Offers"), TableColumn("Open HC", width: ColumnWidth(min: 5, max: 8), alignment: .right),
      ], rows, roles: r.teams.indices.map { $0 == selected ? .selection : .text }, width: width,
      glyphs: s.glyphs)
    out.append(ViewText.rule)
    let team = r.teams[min(selected, r.teams.count - 1)]
    out += teamLines(team, r, s)
    if !r.territories.territories.isEmpty {
      out.append(ViewText.rule)
      out.append(ListItem("Territory balance · \(r.period)", role: .header))
      let c = r.territories.currency
      out += ViewText.table(
        [
          TableColumn("Territory", width: ColumnWidth(min: 8, max: 24, flex: 1)),
          TableColumn("Pipeline", width: ColumnWidth(min: 6, max: 10), alignment: .right),
          TableColumn("Won", width: ColumnWidth(min: 5, max: 10), alignment: .right),
          TableColumn("Attain", width: ColumnWidth(min: 6, max: 7), alignment: .right),
          TableColumn("People", width: ColumnWidth(min: 6, max: 7), alignment: .right),
          TableColumn("Pipe/rep", width: ColumnWidth(min: 6, max: 10), alignment: .right),
          TableColumn("Flag", width: ColumnWidth(min: 4, max: 5)),
        ],
        r.territories.territories.map { l in
          [
            (team.territoryIds.contains(l.id) ? "* " : "  ") + l.name, ViewText.money(l.openPipeline, c),
            ViewText.money(l.won, c), ViewText.pct(l.attainment), String(l.people.count),
            ViewText.money(l.pipelinePerRep, c), l.flag ?? "",
          ]
        }, width: width, glyphs: s.glyphs)
      out.append(ListItem("* the selected team works this territory", role: .muted))
    }
    return out
  }

  /// The selected team: who is on it (tenure and ramp) and its open roles.
  static func teamLines(_ t: OrgReport.Team, _ r: OrgReport, _ s: CockpitState) -> [ListItem] {
    var out = [
      ListItem(
        "\(t.managerName)'s team" + (t.teamName.map { " (\($0))" } ?? "")
          + " · span \(t.span) · \(t.ramping) ramping · \(t.ramped) ramped", role: .header)
    ]
    for m in t.members {
      let tenure = m.tenureMonths.map { "\($0) mo" } ?? "no hire day"
      let ramp = m.rampPercent < 100 ? " · ramping \(m.rampPercent)%" : ""
      out.append(
        ListItem(
          "  \(m.name) · \(m.role.rawValue) · \(tenure)\(ramp)", role: m.rampPercent < 100 ? .warning : .text)
      )
    }
    let roles = s.workspace.openRoles.sortedById.filter { $0.managerId == t.managerId && $0.status == .open }
    for role in roles {
      let start = role.targetStart.map { " · start \($0.iso)" } ?? ""
      out.append(ListItem("  open role: \(role.title) · opened \(role.openedOn.iso)\(start)", role: .accent))
    }
    return out
  }
}
