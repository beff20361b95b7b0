import SalesFloorKit

/// The Feed view: a summary line, then one row per entry (newest first, pinned on top), unread
/// rows marked `• new` and styled, the selected row highlighted.
enum FeedViewText {
  /// Rows the view lists at most: a month of a 100k-deal floor is thousands of entries, and a row
  /// past the first few hundred is what `salesfloor feed` is for.
  static let maxRows = 500
  /// Lines above the first entry row (the summary and the column header).
  static let headerLines = 2

  /// The entries the view lists.
  static func shown(_ entries: [FeedEntry]) -> [FeedEntry] { Array(entries.prefix(maxRows)) }

  static let columns = [
    TableColumn("", width: ColumnWidth(min: 5, max: 5)),
    TableColumn("Day", width: ColumnWidth(min: 10, max: 10)),
    TableColumn("Kind", width: ColumnWidth(min: 6, max: 13)),
    TableColumn("What", width: ColumnWidth(min: 20, max: 200, flex: 1)),
    TableColumn("Amount", width: ColumnWidth(min: 6, max: 14), alignment: .right),
  ]

  /// Every line of the view.
  static func lines(_ entries: [FeedEntry], _ s: CockpitState, width: Int) -> [ListItem] {
    page(entries, s, width: width, from: 0, count: Int.max).items
  }

  /// The view's lines `from`..<`from + count` (line 0 is the summary, 1 the column header), and
  /// how many lines there are in all: rows off screen are never laid out.
  static func page(
    _ entries: [FeedEntry], _ s: CockpitState, width: Int, from: Int, count: Int
  ) -> (total: Int, items: [ListItem]) {
    let rows = rows(entries, s)
    let total = s.data.feedEntries.count
    var summary =
      "\(total) entr\(total == 1 ? "y" : "ies") in the last \(TeamFeed.windowDays) days · \(rows.unread) new"
    if total > entries.count {
      summary += " · showing the newest \(entries.count): salesfloor feed lists all"
    }
    guard !entries.isEmpty else {
      let all = [
        ListItem(summary, role: .title),
        ListItem("Nothing in the feed yet: wins, big moves and posts show here.", role: .muted),
      ]
      return (all.count, Array(all.dropFirst(from).prefix(count)))
    }
    let lineCount = headerLines + rows.count
    let start = max(0, min(from, lineCount))
    let end = min(lineCount, start + max(0, min(count, lineCount)))
    let widths = Table.columnWidths(columns, natural: rows.natural, available: width)
    let selected = s.views.feedCursor.index
    var out: [ListItem] = []
    for line in start..<end {
      switch line {
      case 0: out.append(ListItem(summary, role: .title))
      case 1: out.append(ViewText.tableHeader(columns, widths: widths, glyphs: s.glyphs))
      default:
        let i = line - headerLines
        let text = ViewText.tableLine(rows.cells[i], columns, widths: widths, glyphs: s.glyphs)
        out.append(ListItem(text, role: i == selected ? .selection : rows.roles[i]))
      }
    }
    return (lineCount, out)
  }

  /// The rows measured at refresh when they are for these entries and read mark, else measured now.
  static func rows(_ entries: [FeedEntry], _ s: CockpitState) -> FeedViewRows {
    if let r = s.views.feedRows, r.matches(entries, seen: s.views.feedSeen) { return r }
    return FeedViewRows(
      entries, seen: s.views.feedSeen, personId: s.viewer.actorId, currency: s.workspace.settings.currency)
  }
}

/// The Feed view's cells, roles and column widths, computed once when its entries change.
///
/// Why: formatting and measuring 500 rows took ~5 ms at 100k deals, on every keystroke; laying
/// out the 30 rows on screen from these takes a tenth of that (docs/performance.md).
public struct FeedViewRows: Sendable {
  var cells: [[String]]
  /// Each row's role when not selected: unread rows are accented, pinned ones warned.
  var roles: [StyleRole]
  /// `Table.naturalWidths` of the view's columns over every row.
  var natural: [Int]
  var unread: Int
  var seen: Timestamp?
  var firstId: String?
  var lastId: String?

  var count: Int { cells.count }

  init(_ entries: [FeedEntry], seen: Timestamp?, personId: String?, currency: String) {
    cells = []
    roles = []
    unread = 0
    cells.reserveCapacity(entries.count)
    for e in entries {
      let isNew = TeamFeed.isUnread(e, readUpTo: seen, personId: personId)
      if isNew { unread += 1 }
      let mark = (isNew ? "• " : "  ") + (e.pinned ? "pin" : isNew ? "new" : "")
      cells.append([
        mark, e.day.iso, e.kind.rawValue, e.text, e.amount.map { ViewText.money($0, currency) } ?? "",
      ])
      roles.append(isNew ? .accent : e.pinned ? .warning : .text)
    }
    natural = Table.naturalWidths(FeedViewText.columns, cells)
    self.seen = seen
    firstId = entries.first?.id
    lastId = entries.last?.id
  }

  /// Whether these rows were measured for `entries` (same count and ends) and the read mark.
  func matches(_ entries: [FeedEntry], seen: Timestamp?) -> Bool {
    count == entries.count && self.seen == seen && firstId == entries.first?.id && lastId == entries.last?.id
  }
}
