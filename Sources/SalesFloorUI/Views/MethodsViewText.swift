import SalesFloorKit

/// The Methods view: for each play and framework, win rate where it was used against where it
/// was not, with the 95 % Wilson interval and sample size so small samples look uncertain.
enum MethodsViewText {
  static func lines(_ r: MethodsReport, _ s: CockpitState, width: Int) -> [ListItem] {
    var out = [
      ListItem(
        "Closed deals in scope that reached the play's stage and segment. Used: half its steps ticked.",
        role: .muted)
    ]
    guard !r.rows.isEmpty else { return out + [ListItem("No plays or frameworks to judge.", role: .muted)] }
    let rows = r.rows.map { row -> [String] in
      [
        row.name, row.kind == .play ? "play" : "framework", cohort(row.used), cohort(row.notUsed),
        row.used.averageDealSize.map { ViewText.money($0, r.currency) } ?? "—",
      ]
    }
    // Number columns are as wide as their widest cell (by display width) plus a gap of two, so
    // "n=7" never runs into the next column's percentage.
    func fit(_ i: Int, _ title: String) -> ColumnWidth {
      let w = max(DisplayWidth.of(title), rows.map { DisplayWidth.of($0[i]) }.max() ?? 0) + 2
      return ColumnWidth(min: w, max: w)
    }
    let columns = [
      TableColumn("Method", width: ColumnWidth(min: 10, max: 34, flex: 1)),
      TableColumn("Kind", width: ColumnWidth(min: 4, max: 9)),
      TableColumn("Used: win (95% CI)", width: fit(2, "Used: win (95% CI)"), alignment: .right),
      TableColumn("Not used", width: fit(3, "Not used"), alignment: .right),
      TableColumn("Avg deal used", width: fit(4, "Avg deal used"), alignment: .right),
    ]
    let roles = r.rows.map { row -> StyleRole in
      guard row.comparable, let u = row.used.interval, let n = row.notUsed.interval else { return .text }
      if u.lower > n.upper { return .positive }
      if u.upper < n.lower { return .negative }
      return .text
    }
    out += ViewText.table(columns, rows, roles: roles, width: width, glyphs: s.glyphs)
    out.append(ViewText.rule)
    out.append(
      ListItem(
        "Green / red: the intervals do not overlap, so the difference is more than chance.", role: .muted))
    out.append(
      ListItem(
        "Under \(MethodsReport.minimumPerSide) closed deals on a side: too few deals to compare (never coloured).",
        role: .muted))
    return out
  }

  /// `62% (41–79%) n=21`; `— n=0` when nothing closed.
  static func cohort(_ c: MethodsReport.Cohort) -> String {
    guard let rate = c.winRateByCount, let i = c.interval else { return "— n=\(c.closed)" }
    let lo = Int((i.lower * 100).rounded())
    let hi = Int((i.upper * 100).rounded())
    return "\(ViewText.pct(rate)) (\(lo)–\(hi)%) n=\(c.closed)"
  }
}
