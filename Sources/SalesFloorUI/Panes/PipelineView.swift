import SalesFloorKit

/// The pipeline pane: a board (a column per open stage) or a sortable table of open deals.
public enum PipelineView {
  /// Open stages with their (filtered) deals, for the board.
  public static func columns(_ s: CockpitState) -> [(stage: Stage, deals: DealColumn)] {
    if let cache = validCache(s) { return cache.columns }
    // A sorted board orders its cards the way the cache does: build one (the one place for it).
    if s.pipeline.sort != .closeDate || s.pipeline.descending {
      return PipelineCache(s, previous: nil).columns
    }
    let f = s.filter(for: .pipeline).lowercased()
    return s.data.openStages.map { st in
      let deals = s.data.deals(inStage: st.id)
      return (st, f.isEmpty ? deals : DealColumn(deals.filter { matches($0, f, s) }))
    }
  }

  /// Open deals (filtered) in the table's sort order.
  public static func tableDeals(_ s: CockpitState) -> [Deal] {
    if let cache = validCache(s), cache.key.mode == .table {
      return cache.table.map { s.data.openDeals[Int($0)] }
    }
    let f = s.filter(for: .pipeline).lowercased()
    let deals = f.isEmpty ? s.data.openDeals : s.data.openDeals.filter { matches($0, f, s) }
    let asOf = s.asOf
    let people = s.workspace.people
    let sorted: [Deal]
    switch s.pipeline.sort {
    case .closeDate: sorted = deals  // already in close-date order
    case .amount: sorted = deals.sorted { ($0.amount, $1.id) > ($1.amount, $0.id) }
    case .daysInStage:
      sorted = deals.sorted {
        (Metrics.daysInStage($0, asOf: asOf), $1.id) > (Metrics.daysInStage($1, asOf: asOf), $0.id)
      }
    case .owner:
      sorted = deals.sorted {
        (people[id: $0.ownerId]?.name ?? $0.ownerId, $0.id) < (
          people[id: $1.ownerId]?.name ?? $1.ownerId, $1.id
        )
      }
    }
    return s.pipeline.descending ? sorted.reversed() : sorted
  }

  /// How many rows the table has (O(1) with a valid cache).
  static func tableCount(_ s: CockpitState) -> Int {
    if let cache = validCache(s), cache.key.mode == .table { return cache.table.count }
    return tableDeals(s).count
  }

  /// Table rows in `range` (clamped), without materialising the others.
  static func tableRows(_ s: CockpitState, _ range: Range<Int>) -> [Deal] {
    if let cache = validCache(s), cache.key.mode == .table {
      let r = range.clamped(to: 0..<cache.table.count)
      return cache.table[r].map { s.data.openDeals[Int($0)] }
    }
    let all = tableDeals(s)
    return Array(all[range.clamped(to: 0..<all.count)])
  }

  /// The state's pipeline cache when it was built from the current inputs (see `PipelineCache`).
  static func validCache(_ s: CockpitState) -> PipelineCache? {
    guard let cache = s.pipelineCache, cache.key == PipelineCache.key(for: s) else { return nil }
    return cache
  }

  /// Case-insensitive match on deal name, account, owner or stage name.
  static func matches(_ d: Deal, _ lowered: String, _ s: CockpitState) -> Bool {
    if d.name.lowercased().contains(lowered) { return true }
    if let a = d.accountId.flatMap({ s.workspace.accounts[id: $0] }), a.name.lowercased().contains(lowered) {
      return true
    }
    if let p = s.workspace.people[id: d.ownerId], p.name.lowercased().contains(lowered) { return true }
    return s.workspace.settings.stage(d.stage)?.name.lowercased().contains(lowered) ?? false
  }

  public static func selectedDeal(_ s: CockpitState) -> Deal? {
    switch s.pipeline.mode {
    case .table:
      let i = s.pipeline.table.index
      return tableRows(s, i..<(i + 1)).first
    case .board:
      let cols = columns(s)
      guard cols.indices.contains(s.pipeline.column) else { return nil }
      let col = cols[s.pipeline.column]
      let i = s.pipeline.columnCursors[col.stage.id]?.index ?? 0
      return col.deals.indices.contains(i) ? col.deals[i] : nil
    }
  }

  static func moveSelection(_ s: inout CockpitState, by delta: Int) {
    switch s.pipeline.mode {
    case .table:
      s.pipeline.table.move(delta, count: tableCount(s))
    case .board:
      let cols = columns(s)
      guard cols.indices.contains(s.pipeline.column) else { return }
      let col = cols[s.pipeline.column]
      var cursor = s.pipeline.columnCursors[col.stage.id] ?? ListCursor()
      cursor.move(delta, count: col.deals.count)
      s.pipeline.columnCursors[col.stage.id] = cursor
    }
  }

  /// Keeps a deal selected after it moved (to another column on the board).
  static func select(_ s: inout CockpitState, dealId: String) {
    switch s.pipeline.mode {
    case .table:
      if let i = tableDeals(s).firstIndex(where: { $0.id == dealId }) { s.pipeline.table.index = i }
    case .board:
      // Columns are in close-date order: find the deal by binary search in its stage's column.
      guard let deal = s.workspace.deals[id: dealId] else { return }
      let closeOrder = s.pipeline.sort == .closeDate && !s.pipeline.descending
      for (ci, col) in columns(s).enumerated() where col.stage.id == deal.stage {
        let i =
          closeOrder
          ? CockpitData.lowerBound(deal, in: col.deals, by: CockpitData.byClose)
          : (col.deals.firstIndex { $0.id == dealId } ?? col.deals.count)
        if i < col.deals.count, col.deals[i].id == dealId {
          s.pipeline.column = ci
          var cursor = s.pipeline.columnCursors[col.stage.id] ?? ListCursor()
          cursor.index = i
          s.pipeline.columnCursors[col.stage.id] = cursor
        }
      }
    }
  }

  /// Short flags a rep scans for: `!` stalled, `⏰`-free text so widths stay predictable.
  static func flags(_ d: Deal, _ s: CockpitState) -> (text: String, role: StyleRole) {
    if let r = s.data.stalled[d.id], !r.isEmpty {
      if r.contains(.closeDatePast) { return ("late", .negative) }
      if r.contains(.slipped) { return ("slip", .warning) }
      if r.contains(.idle) { return ("idle", .warning) }
      return ("no step", .warning)
    }
    return ("", .text)
  }

  public static func render(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let mode = s.pipeline.mode
    let count = s.data.openDeals.count
    let total = Money.compact(s.data.pipeline.totals.openAmount, currency: s.workspace.settings.currency)
    let weighted = Money.compact(
      s.data.pipeline.totals.weightedAmount, currency: s.workspace.settings.currency)
    var title = "1 Pipeline · \(count) open · \(total) (\(weighted) weighted)"
    let filter = s.filter(for: .pipeline)
    if !filter.isEmpty { title += " · /\(filter)" }
    // Deals without a rate are in no total: the title says so (`UnconvertedDeal.marker`).
    if let m = UnconvertedDeal.marker(s.data.pipeline.unconverted) { title += " · " + m }
    let inner = Box(title: title, focused: focused, glyphs: s.glyphs).render(into: &grid, area: area)
    guard !inner.isEmpty else { return }
    if count == 0 {
      grid.write(
        "No open deals in scope. Add one with `salesfloor deal add`.", at: Point(x: inner.x, y: inner.y),
        style: Style(.muted), clip: inner)
      return
    }
    if mode == .board {
      renderBoard(s, into: &grid, area: inner, focused: focused)
    } else {
      renderTable(s, into: &grid, area: inner, focused: focused)
    }
  }

  static func renderTable(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let total = tableCount(s)
    let ws = s.workspace
    // Build cells for the visible rows only (the table scrolls to keep the selection in view).
    let selected = s.pipeline.table.index
    let visible = max(0, area.height - 1)
    let first = Scrolling.offset(selected: selected, current: 0, visible: visible, count: total)
    let deals = tableRows(s, first..<min(total, first + visible))
    let rows: [[TableCell]] = deals.map { d in
      let flag = flags(d, s)
      let late = d.closeDate.map { $0 < s.asOf } ?? false
      return [
        TableCell(d.name, role: Overdue.nextStep(d, asOf: s.asOf) ? .overdue : flag.role),
        TableCell(d.accountId.flatMap { ws.accounts[id: $0]?.name } ?? "—", role: .muted),
        TableCell(ws.settings.stage(d.stage)?.name ?? d.stage, role: stageRole(d.stage, s)),
        TableCell(Money.compact(d.amount, currency: d.currency, home: ws.settings.currency)),
        TableCell(d.closeDate?.iso ?? "—", role: late ? .negative : .text),
        TableCell(String(Metrics.daysInStage(d, asOf: s.asOf)) + "d"),
        TableCell(ws.people[id: d.ownerId]?.name ?? d.ownerId, role: .muted),
        TableCell((s.pipeline.marked.contains(d.id) ? "* " : "") + flag.text, role: flag.role),
      ]
    }
    // Amount and days sort largest first by default; the arrow shows the order actually on screen.
    let largestFirst = s.pipeline.sort == .amount || s.pipeline.sort == .daysInStage
    let arrow = largestFirst != s.pipeline.descending ? "↓" : "↑"
    func head(_ t: String, _ k: PipelineSort) -> String { s.pipeline.sort == k ? t + arrow : t }
    let table = Table(
      columns: [
        TableColumn("Deal", width: ColumnWidth(min: 12, max: 40, flex: 3)),
        TableColumn("Account", width: ColumnWidth(min: 8, max: 24, flex: 2)),
        TableColumn("Stage", width: ColumnWidth(min: 7, max: 12)),
        TableColumn(head("Amount", .amount), width: ColumnWidth(min: 7, max: 9), alignment: .right),
        TableColumn(head("Close", .closeDate), width: ColumnWidth(min: 10, max: 10)),
        TableColumn(head("Days", .daysInStage), width: ColumnWidth(min: 5, max: 6), alignment: .right),
        TableColumn(head("Owner", .owner), width: ColumnWidth(min: 6, max: 18, flex: 1)),
        TableColumn("Flag", width: ColumnWidth(min: 4, max: 7)),
      ], rows: rows, selected: selected - first, offset: 0, glyphs: s.glyphs)
    table.render(into: &grid, area: area)
  }

  static func stageRole(_ stageId: String, _ s: CockpitState) -> StyleRole {
    let i = s.data.openStages.firstIndex { $0.id == stageId } ?? 0
    return StyleRole.stage(i)
  }

  static func renderBoard(_ s: CockpitState, into grid: inout Grid, area: Rect, focused: Bool) {
    let cols = columns(s)
    guard !cols.isEmpty else { return }
    let minWidth = 16
    let fit = max(1, min(cols.count, (area.width + 1) / (minWidth + 1)))
    // Keep the selected column visible: scroll the window of columns.
    let first = min(max(0, s.pipeline.column - fit + 1), cols.count - fit)
    let visible = Array(cols[first..<(first + fit)])
    // Stages that do not fit are named with their totals on the bottom row, never just an arrow.
    let hidden = fit < cols.count
    let body = hidden ? area.inset(bottom: 1) : area
    let rects = body.split(.horizontal, Array(repeating: .fill(1), count: fit), spacing: 1)
    let currency = s.workspace.settings.currency
    let lookup = StageLookup(s.workspace.settings, today: s.asOf)
    for (i, col) in visible.enumerated() {
      let rect = rects[i]
      let ci = first + i
      let selectedColumn = ci == s.pipeline.column
      let totals = validCache(s).map { $0.columnTotals[ci] }
      let amount = totals?.amount ?? col.deals.reduce(Int64(0)) { $0 + (lookup.amount(of: $1) ?? 0) }
      let weighted = totals?.weighted ?? col.deals.reduce(Int64(0)) { $0 + lookup.weightedAmount(of: $1) }
      let headRole: StyleRole = StyleRole.stage(ci)
      grid.write(
        TextFit.truncate("\(col.stage.name) (\(col.deals.count))", to: rect.width),
        at: Point(x: rect.x, y: rect.y),
        style: Style(headRole, selectedColumn && focused ? [.bold, .underline] : [.bold]), clip: rect)
      grid.write(
        TextFit.truncate(
          "\(Money.compact(amount, currency: currency)) · w \(Money.compact(weighted, currency: currency))",
          to: rect.width),
        at: Point(x: rect.x, y: rect.y + 1), style: Style(.muted), clip: rect)
      let list = rect.inset(top: 2)
      let cursor = s.pipeline.columnCursors[col.stage.id] ?? ListCursor()
      // Items for the visible window only; the list scrolls to keep the cursor in view.
      let shown = selectedColumn ? cursor.index : 0
      let top = Scrolling.offset(selected: shown, current: 0, visible: list.height, count: col.deals.count)
      let window = col.deals[top..<min(col.deals.count, top + max(0, list.height))]
      let items: [ListItem] = window.map { d in
        let flag = flags(d, s)
        let text = "\(Money.compact(d.amount, currency: d.currency, home: currency)) \(d.name)"
        let mark = s.pipeline.marked.contains(d.id) ? "* " : ""
        let role: StyleRole = Overdue.nextStep(d, asOf: s.asOf) ? .overdue : flag.role
        return ListItem(mark + (flag.text.isEmpty ? text : "! " + text), role: role)
      }
      // The focused column's selected card carries a pointer, so the selection shows without colour.
      ListView(
        items: items, selected: selectedColumn ? cursor.index - top : nil, offset: 0, glyphs: s.glyphs,
        showPointer: selectedColumn && focused
      )
      .render(into: &grid, area: list)
    }
    if hidden {
      func named(_ range: Range<Int>) -> String {
        range.map { ci -> String in
          let col = cols[ci]
          let amount =
            validCache(s).map { $0.columnTotals[ci].amount } ?? col.deals.reduce(Int64(0)) { $0 + $1.amount }
          return "\(col.stage.name) (\(col.deals.count)) \(Money.compact(amount, currency: currency))"
        }.joined(separator: ", ")
      }
      var parts: [String] = []
      if first > 0 { parts.append("\(s.glyphs.isASCII ? "<" : "◀") \(named(0..<first))") }
      if first + fit < cols.count {
        parts.append("more \(s.glyphs.isASCII ? ">" : "▶") \(named((first + fit)..<cols.count))")
      }
      let line = parts.joined(separator: "  ·  ") + "  (h/l scroll)"
      grid.write(
        TextFit.truncate(line, to: area.width, ellipsis: s.glyphs.ellipsis),
        at: Point(x: area.x, y: area.maxY - 1),
        style: Style(.muted), clip: area)
    }
  }
}
