import SalesFloorKit

/// The Handoffs view: won deals waiting on a delivery step, oldest win first, with the step, its
/// owner and days waiting against the target (overdue drawn as such, blocked as a warning). Only
/// the rows on screen are laid out, so a key costs the same at 100 or 20,000 handoffs.
enum HandoffsViewText {
  /// Handoff rows that fit the view body for a screen size (the body less the header line).
  static func visibleRows(_ size: Size) -> Int { max(1, ViewsRenderer.bodyHeight(size) - 1) }

  static let columns = [
    TableColumn("Deal", width: ColumnWidth(min: 12, max: 32, flex: 1)),
    TableColumn("Account", width: ColumnWidth(min: 8, max: 24, flex: 1)),
    TableColumn("Won", width: ColumnWidth(min: 10, max: 10)),
    TableColumn("Steps", width: ColumnWidth(min: 5, max: 5)),
    TableColumn("Waiting on", width: ColumnWidth(min: 10, max: 26, flex: 1)),
    TableColumn("Owner", width: ColumnWidth(min: 8, max: 18)),
    TableColumn("Days", width: ColumnWidth(min: 4, max: 4), alignment: .right),
    TableColumn("Target", width: ColumnWidth(min: 6, max: 6), alignment: .right),
    TableColumn("", width: ColumnWidth(min: 7, max: 11)),
  ]

  static func render(_ s: CockpitState, into grid: inout Grid, area frame: Rect) {
    let rows = s.data.handoffQueue.rows
    let inner = Box(
      title: "Handoffs · \(rows.count) waiting · oldest win first", focused: true, glyphs: s.glyphs
    ).render(into: &grid, area: frame)
    guard !inner.isEmpty else { return }
    guard !rows.isEmpty else {
      let text = "No won deal is waiting on a handoff step. Closing a deal won (w) starts one."
      ListView(items: [ListItem(text, role: .muted)], glyphs: s.glyphs, showPointer: false)
        .render(into: &grid, area: inner)
      return
    }
    let v = s.views.handoffs
    let index = min(max(0, v.cursor.index), rows.count - 1)
    let visible = max(1, inner.height - 1)
    let open = v.openId == rows[index].handoffId ? s.workspace.handoffs[id: rows[index].handoffId] : nil
    let extra = open?.steps.count ?? 0
    var start = min(v.cursor.offset, index)
    if index - start + 1 + extra > visible { start = max(0, min(index, index + 1 + extra - visible)) }
    let window = rows[start..<min(rows.count, start + visible)]
    let cells = window.map(cells)
    let roles = window.map(role)
    var items = ViewText.table(
      columns, cells, roles: roles, width: max(1, inner.width - DisplayWidth.of(s.glyphs.pointer) - 1),
      glyphs: s.glyphs)
    let selected = index - start + 1
    if let open { items.insert(contentsOf: stepLines(open, s), at: selected + 1) }
    ListView(items: Array(items.prefix(visible + 1)), selected: selected, glyphs: s.glyphs)
      .render(into: &grid, area: inner)
  }

  static func cells(_ r: HandoffRow) -> [String] {
    [
      r.deal, r.account ?? "—", r.startedOn.iso, "\(r.doneCount)/\(r.stepCount)", r.step ?? "", r.owner ?? "",
      r.days.map(String.init) ?? "", r.targetDays.map(String.init) ?? "",
      r.blocked ? "blocked" : r.isPastTarget ? "late" : "",
    ]
  }

  static func role(_ r: HandoffRow) -> StyleRole { r.blocked ? .warning : r.isPastTarget ? .overdue : .text }

  /// The open handoff's steps under its row: done with who and when, the waiting one with its age.
  static func stepLines(_ h: Handoff, _ s: CockpitState) -> [ListItem] {
    let ws = s.workspace
    return h.steps.enumerated().map { i, step in
      let mark: String
      switch step.status {
      case .done: mark = "done"
      case .blocked: mark = "BLOCKED"
      case .pending: mark = i == h.waitingIndex ? "waiting" : "later"
      }
      var text =
        "    \(i + 1). \(step.name) · \(step.ownerText(in: ws)) · target \(step.targetDays) d · \(mark)"
      let days = h.days(ofStep: i, asOf: s.asOf)
      if let days { text += " · \(days) d" }
      if step.status == .done, let at = step.doneAt {
        text += " · \(at.day.iso)" + (step.doneBy.map { " by " + (ws.people[id: $0]?.name ?? $0) } ?? "")
      }
      if let n = step.note { text += " · \(n)" }
      let late = days.map { $0 > step.targetDays } ?? false
      let role: StyleRole =
        step.status == .blocked ? .warning : step.status == .done ? .muted : late ? .overdue : .text
      return ListItem(text, role: role)
    }
  }

  /// The deal card's line: "Handoff 2/5 · waiting on PO received (4 d, target 5)".
  static func cardLine(_ h: Handoff, _ s: CockpitState) -> ListItem {
    let row = HandoffRow(h, in: s.workspace, asOf: s.asOf)
    return ListItem(
      "Handoff    " + row.progressText.dropFirst("Handoff ".count),
      role: row.blocked ? .warning : row.isPastTarget ? .overdue : .text)
  }
}
