import SalesFloorKit

/// The coaching pane: the queue by priority and due date, with who, what, why and status.
public enum CoachingView {
  public static func items(_ s: CockpitState) -> [CoachingItem] {
    let f = s.filter(for: .coaching).lowercased()
    guard !f.isEmpty else { return s.data.coaching }
    return s.data.coaching.filter { c in
      c.title.lowercased().contains(f) || c.reason.lowercased().contains(f)
        || (s.workspace.people[id: c.personId]?.name.lowercased().contains(f) ?? false)
    }
  }

  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let list = items(s)
    let whose = s.viewer.isRep ? "mine" : "team"
    var title = "3 Coaching · \(list.count) open (\(whose))"
    let filter = s.filter(for: .coaching)
    if !filter.isEmpty { title += " · /\(filter)" }
    let inner = Box(title: title, focused: focused, glyphs: s.glyphs).render(into: &grid, area: area)
    guard !inner.isEmpty else { return }
    if list.isEmpty {
      grid.write(
        "Nothing in the coaching queue.", at: Point(x: inner.x, y: inner.y), style: Style(.muted), clip: inner
      )
      return
    }
    // Cells for the visible rows only.
    let selected: Int? = focused ? s.coachingCursor.index : nil
    let visible = max(0, inner.height - 1)
    let first = Scrolling.offset(selected: selected, current: 0, visible: visible, count: list.count)
    let rows: [[TableCell]] = list[first..<min(list.count, first + visible)].map { c in
      let overdue = c.dueDate.map { $0 < s.asOf } ?? false
      let prioRole: StyleRole = c.priority == .high ? .negative : (c.priority == .medium ? .warning : .muted)
      let checks = CommitmentCheck.summary(c, workspace: s.workspace, asOf: s.asOf)
      return [
        TableCell(c.priority.title, role: prioRole),
        TableCell(s.workspace.people[id: c.personId]?.name ?? c.personId),
        TableCell(c.title),
        TableCell(c.reason, role: .muted),
        TableCell(c.dueDate?.iso ?? "—", role: overdue ? .negative : .text),
        TableCell(checks.isEmpty ? statusText(c.status) : checks),
      ]
    }
    Table(
      columns: [
        TableColumn("Prio", width: ColumnWidth(min: 6, max: 6)),
        TableColumn("Who", width: ColumnWidth(min: 8, max: 18, flex: 1)),
        TableColumn("What", width: ColumnWidth(min: 10, max: 40, flex: 2)),
        TableColumn("Why", width: ColumnWidth(min: 10, max: 60, flex: 3)),
        TableColumn("Due", width: ColumnWidth(min: 10, max: 10)),
        TableColumn("Status", width: ColumnWidth(min: 6, max: 12)),
      ], rows: rows, selected: selected.map { $0 - first }, glyphs: s.glyphs
    ).render(into: &grid, area: inner)
  }
}

extension CoachingView {
  /// Status as people say it ("in progress", not the stored `inProgress`).
  static func statusText(_ status: CoachingItem.Status) -> String {
    status == .inProgress ? "in progress" : status.rawValue
  }
}
