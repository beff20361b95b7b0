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

  static func lines(_ entries: [FeedEntry], _ s: CockpitState, width: Int) -> [ListItem] {
    let me = s.viewer.actorId
    let seen = s.views.feedSeen
    let unread = entries.filter { TeamFeed.isUnread($0, readUpTo: seen, personId: me) }.count
    let total = s.data.feedEntries.count
    var summary =
      "\(total) entr\(total == 1 ? "y" : "ies") in the last \(TeamFeed.windowDays) days · \(unread) new"
    if total > entries.count {
      summary += " · showing the newest \(entries.count): salesfloor feed lists all"
    }
    var out = [ListItem(summary, role: .title)]
    guard !entries.isEmpty else {
      out.append(ListItem("Nothing in the feed yet: wins, big moves and posts show here.", role: .muted))
      return out
    }
    let currency = s.workspace.settings.currency
    let selected = s.views.feedCursor.index
    var rows: [[String]] = []
    var roles: [StyleRole] = []
    for (i, e) in entries.enumerated() {
      let isNew = TeamFeed.isUnread(e, readUpTo: seen, personId: me)
      let mark = (isNew ? "• " : "  ") + (e.pinned ? "pin" : isNew ? "new" : "")
      rows.append([
        mark, e.day.iso, e.kind.rawValue, e.text, e.amount.map { ViewText.money($0, currency) } ?? "",
      ])
      roles.append(i == selected ? .selection : isNew ? .accent : e.pinned ? .warning : .text)
    }
    let columns = [
      TableColumn("", width: ColumnWidth(min: 5, max: 5)),
      TableColumn("Day", width: ColumnWidth(min: 10, max: 10)),
      TableColumn("Kind", width: ColumnWidth(min: 6, max: 13)),
      TableColumn("What", width: ColumnWidth(min: 20, max: 200, flex: 1)),
      TableColumn("Amount", width: ColumnWidth(min: 6, max: 14), alignment: .right),
    ]
    out += ViewText.table(columns, rows, roles: roles, width: width, glyphs: s.glyphs)
    return out
  }
}
