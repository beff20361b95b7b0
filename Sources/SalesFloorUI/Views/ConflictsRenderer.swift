import SalesFloorKit

/// Draws the Conflicts view: a modal listing each open sync conflict (record, field, the value in
/// effect and who wrote it, the other value and who), the selected one in full, and its keys.
enum ConflictsRenderer {
  static func render(_ s: CockpitState, into grid: inout Grid) {
    let conflicts = s.sync.conflicts
    let size = Size(
      width: min(grid.width - 4, 110), height: min(grid.height - 4, max(9, conflicts.count + 8)))
    let title = conflicts.isEmpty ? "Conflicts" : "Conflicts (\(conflicts.count))"
    let inner = Modal(title: title, size: size, glyphs: s.glyphs).render(into: &grid).inset(left: 1, right: 1)
    guard inner.height >= 1 else { return }
    var lines = conflicts.isEmpty ? [ListItem("No conflicts", role: .muted)] : []
    if conflicts.isEmpty, s.sync.report == nil {
      lines.append(ListItem("This workspace does not sync with a team (salesfloor team init).", role: .muted))
    }
    let keys =
      conflicts.isEmpty ? "Esc close" : "m keep mine · t take theirs · e edit · j/k select · Esc close"
    let detail = s.sync.selected.map { detailLines($0, s) } ?? []
    let listHeight = max(1, inner.height - detail.count - 2)
    if conflicts.isEmpty {
      ListView(items: lines, glyphs: s.glyphs, showPointer: false).render(into: &grid, area: inner)
    } else {
      let rows = conflicts.map { ListItem(row($0, s)) }
      ListView(items: rows, selected: s.sync.cursor.index, glyphs: s.glyphs)
        .render(into: &grid, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: listHeight))
      let detailArea = Rect(
        x: inner.x, y: inner.y + listHeight + 1, width: inner.width,
        height: max(0, inner.height - listHeight - 2))
      ListView(items: detail, glyphs: s.glyphs, showPointer: false).render(into: &grid, area: detailArea)
    }
    grid.write(
      TextFit.truncate(keys, to: inner.width, ellipsis: s.glyphs.ellipsis),
      at: Point(x: inner.x, y: inner.maxY - 1), style: Style(.keyHint), clip: inner)
  }

  /// One line per conflict: record · field · in effect (who) · other (who).
  static func row(_ c: SyncConflict, _ s: CockpitState) -> String {
    let ws = s.workspace
    return [
      SyncConflictText.record(c, in: ws), SyncConflictText.field(c),
      "now " + side(c.applied, c, s), "other " + side(c.other, c, s),
    ].joined(separator: " · ")
  }

  /// A side as "value (who)"; "(you)" marks this copy's side.
  static func side(_ side: SyncConflict.Side, _ c: SyncConflict, _ s: CockpitState) -> String {
    let who = SyncConflictText.author(side, in: s.workspace)
    let mine = s.sync.report?.isMine(side) ?? false
    return "\(SyncConflictText.value(side, c)) (\(who)\(mine ? ", you" : ""))"
  }

  static func detailLines(_ c: SyncConflict, _ s: CockpitState) -> [ListItem] {
    [
      ListItem(
        "\(SyncConflictText.record(c, in: s.workspace)) — \(SyncConflictText.field(c))", role: .header),
      ListItem("in effect: " + side(c.applied, c, s)),
      ListItem("other:     " + side(c.other, c, s)),
    ]
  }
}
