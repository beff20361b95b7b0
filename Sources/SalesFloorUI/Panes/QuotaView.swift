import SalesFloorKit

/// The quota pane: attainment per person with pace, or a rep's own day ("My Day").
public enum QuotaView {
  /// People rows as a leaderboard (highest attainment first), filtered by name.
  public static func rows(_ s: CockpitState) -> [AttainmentReport.Person] {
    let f = s.filter(for: .quota).lowercased()
    guard !f.isEmpty else { return s.data.leaderboard }
    return s.data.leaderboard.filter { $0.name.lowercased().contains(f) }
  }

  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    if s.viewer.isRep && !s.zoomed {
      MyDayView.render(s, into: &grid, area: area, focused: focused)
      return
    }
    let r = s.data.attainment
    let team = r.team
    let elapsed = "day \(team.pace.elapsedDays)/\(team.pace.totalDays)"
    // Deals without a rate are in no figure below: the title says so (`UnconvertedDeal.marker`).
    let uncounted = UnconvertedDeal.marker(r.unconverted).map { " · " + $0 } ?? ""
    let inner = Box(
      title: "2 Quota · \(r.period) · \(elapsed)\(uncounted)", focused: focused, glyphs: s.glyphs
    )
    .render(into: &grid, area: area)
    guard inner.height >= 3 else { return }
    let cur = r.currency
    let paceRatio = team.pace.totalDays > 0 ? Double(team.pace.elapsedDays) / Double(team.pace.totalDays) : 0
    // Team roll-up: Σ won ÷ the target (a team quota when one applies), with the share of reps at
    // or above 100 %; a team quota that differs from the reps' quotas is shown under it (row 3).
    let teamLine =
      "Team \(pct(team.attainment)) · won \(Money.compact(team.won, currency: cur)) of \(Money.compact(team.quota, currency: cur))"
      + " · \(team.repsAtOrAbove100Count)/\(team.repCount) reps ≥100%"
    grid.write(teamLine, at: Point(x: inner.x, y: inner.y), style: Style(.title, [.bold]), clip: inner)
    let barWidth = max(10, min(30, inner.width / 3))
    BarGauge(ratio: team.attainment ?? 0, marker: paceRatio, scaleMax: 1.5, glyphs: s.glyphs)
      .render(into: &grid, area: Rect(x: inner.x, y: inner.y + 1, width: barWidth, height: 1))
    let fc =
      " commit \(Money.compact(team.commit, currency: cur)) · best \(Money.compact(team.bestCase, currency: cur))"
      + " · cov \(team.coverage.map { String(format: "%.1fx", $0) } ?? "—")"
    grid.write(fc, at: Point(x: inner.x + barWidth, y: inner.y + 1), style: Style(.muted), clip: inner)
    let allPeople = rows(s)
    // Home view is narrow: the six columns a manager scans first, the bar shrinking before names do.
    // Zoomed shows every column.
    let barCol = s.zoomed ? 24 : max(6, min(12, inner.width - 39))
    var body = inner.inset(top: 3)
    if s.zoomed && body.height > 6 {
      let spark = s.data.weekly.map { Double($0.won) }
      grid.write(
        "Weekly bookings, last 12 weeks:", at: Point(x: body.x, y: body.maxY - 1), style: Style(.muted),
        clip: body)
      Sparkline(values: spark, glyphs: s.glyphs).render(
        into: &grid,
        area: Rect(x: body.x + 32, y: body.maxY - 1, width: min(24, max(0, body.width - 32)), height: 1))
      body = body.inset(bottom: 2)
    }
    // Cells for the visible rows only (a floor of 1,000 people would format every row per frame).
    let selected: Int? = focused ? s.quotaCursor.index : nil
    let first = Scrolling.offset(
      selected: selected, current: 0, visible: max(0, body.height - 1), count: allPeople.count)
    let people = allPeople[first..<min(allPeople.count, first + max(0, body.height - 1))]
    let tableRows: [[TableCell]] = people.map { p in
      let att = p.attainment ?? 0
      let role: StyleRole = att >= 1 ? .positive : (att >= paceRatio * 0.9 ? .text : .negative)
      var bar = Grid(size: Size(width: barCol, height: 1))
      BarGauge(ratio: att, marker: paceRatio, scaleMax: 1.5, glyphs: s.glyphs)
        .render(into: &bar, area: Rect(x: 0, y: 0, width: barCol, height: 1))
      let barText = bar.plainText().first ?? ""
      return [
        TableCell(p.name + (p.ramped && s.zoomed ? " (ramp)" : ""), role: .text),
        TableCell(pct(p.attainment), role: role),
        TableCell(barText, role: role),
        TableCell(Money.compact(p.won, currency: cur)),
        TableCell(Money.compact(p.quota, currency: cur) + (p.ramped ? "*" : "")),
        TableCell(Money.compact(p.gap, currency: cur)),
        TableCell(p.coverage.map { String(format: "%.1fx", $0) } ?? "—", role: coverageRole(p)),
        TableCell(Money.compact(p.commit, currency: cur)),
        TableCell(Money.compact(p.bestCase, currency: cur)),
      ]
    }
    // Row 3: the team quota beside the reps' quotas, and the ramp legend; shortened to fit both.
    let ramped = people.contains(where: \.ramped) ? "* ramped quota (new hire)" : nil
    var notes = [team.quotaComparison(currency: cur), ramped].compactMap { $0 }.joined(separator: " · ")
    if ramped != nil, let short = team.quotaComparison(currency: cur, short: true),
      DisplayWidth.of(notes) > inner.width
    {
      notes = short + " · * ramped quota"
    }
    if !notes.isEmpty {
      grid.write(notes, at: Point(x: inner.x, y: inner.y + 2), style: Style(.muted), clip: inner)
    }
    let columns = [
      TableColumn("Name", width: ColumnWidth(min: 10, max: 22, flex: 2)),
      TableColumn("Att", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      TableColumn("Pace", width: ColumnWidth(min: barCol, max: barCol)),
      TableColumn("Won", width: ColumnWidth(min: 6, max: 7), alignment: .right),
      TableColumn("Quota", width: ColumnWidth(min: 6, max: 7), alignment: .right),
      TableColumn("Gap", width: ColumnWidth(min: 6, max: 7), alignment: .right),
      TableColumn("Cov", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      TableColumn("Commit", width: ColumnWidth(min: 6, max: 7), alignment: .right),
      TableColumn("Best", width: ColumnWidth(min: 6, max: 7), alignment: .right),
    ]
    let shown = s.zoomed ? columns.count : 6
    let table = Table(
      columns: Array(columns.prefix(shown)), rows: tableRows.map { Array($0.prefix(shown)) },
      selected: selected.map { $0 - first }, glyphs: s.glyphs)
    table.render(into: &grid, area: body)
  }

  static func coverageRole(_ p: AttainmentReport.Person) -> StyleRole {
    guard let c = p.coverage else { return .muted }
    return c >= p.neededCoverage ? .positive : .warning
  }

  static func pct(_ r: Double?) -> String {
    guard let r, r.isFinite else { return "—" }
    return String(Int((r * 100).rounded())) + "%"
  }
}

/// A rep's own day: pace, next steps due, deals closing this period, open activities.
public enum MyDayView {
  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let inner = Box(title: "2 My Day · \(s.asOf.iso)", focused: focused, glyphs: s.glyphs).render(
      into: &grid, area: area)
    guard inner.height >= 2,
      let me = s.data.attainment.people.first(where: { $0.id == s.viewer.person?.id })
        ?? s.data.attainment.people.first
    else {
      grid.write(
        "No quota for this period.", at: Point(x: inner.x, y: inner.y), style: Style(.muted), clip: inner)
      return
    }
    let cur = s.data.attainment.currency
    let pace = me.pace
    let paceRatio = pace.totalDays > 0 ? Double(pace.elapsedDays) / Double(pace.totalDays) : 0
    var y = inner.y
    grid.write(
      "\(QuotaView.pct(me.attainment)) of \(Money.compact(me.quota, currency: cur))\(me.ramped ? " (ramped)" : "") · won \(Money.compact(me.won, currency: cur)) · gap \(Money.compact(me.gap, currency: cur))",
      at: Point(x: inner.x, y: y), style: Style(.title, [.bold]), clip: inner)
    y += 1
    let barWidth = min(24, inner.width / 2)
    BarGauge(ratio: me.attainment ?? 0, marker: paceRatio, scaleMax: 1.5, glyphs: s.glyphs)
      .render(into: &grid, area: Rect(x: inner.x, y: y, width: barWidth, height: 1))
    let needed = pace.neededPerDay.map { " · need \(Money.compact($0, currency: cur))/day" } ?? ""
    grid.write(
      " projected \(pace.projected.map { Money.compact($0, currency: cur) } ?? "—")\(needed)",
      at: Point(x: inner.x + barWidth, y: y), style: Style(.muted), clip: inner)
    y += 1
    y = GoalBars.renderMyDay(s, personId: me.id, into: &grid, inner: inner, y: y)
    var lines: [ListItem] = MyDayHygiene.lines(s)
    let due = s.data.nextStepsDue
    lines.append(ListItem("Next steps due (\(due.count)):", role: .header))
    for d in due.prefix(6) {
      lines.append(
        ListItem(
          " \(d.nextStepDate?.iso ?? "") \(d.name): \(d.nextStep ?? "—")",
          role: Overdue.nextStep(d, asOf: s.asOf) ? .overdue : .text))
    }
    let closing = s.data.closingThisPeriod
    lines.append(ListItem("Closing this period (\(closing.count)):", role: .header))
    for d in closing.prefix(6) {
      lines.append(
        ListItem(
          " \(d.closeDate?.iso ?? "") \(Money.compact(d.amount, currency: d.currency, home: s.workspace.settings.currency)) \(d.name)"
        ))
    }
    let acts = s.data.activitiesDue
    lines.append(ListItem("Activities due (\(acts.count)):", role: .header))
    for a in acts.prefix(6) {
      lines.append(
        ListItem(
          " \(a.dueDate?.iso ?? "") \(a.kind.rawValue): \(a.subject)",
          role: Overdue.activity(a, asOf: s.asOf) ? .overdue : .text))
    }
    ListView(items: lines, selected: nil, glyphs: s.glyphs, showPointer: false)
      .render(into: &grid, area: Rect(x: inner.x, y: y, width: inner.width, height: inner.maxY - y))
  }
}
