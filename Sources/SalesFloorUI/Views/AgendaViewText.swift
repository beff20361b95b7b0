import SalesFloorKit

/// A rep's 1:1 agenda (Kit's `CoachingAgenda`), section by section in the agenda's order.
enum AgendaViewText {
  static func lines(_ a: CoachingAgenda, _ s: CockpitState, width: Int) -> [ListItem] {
    let ws = s.workspace
    var out = [
      ListItem("1:1 with \(a.personName) · \(a.asOf.iso)", role: .title),
      ListItem(
        a.lastOneOnOne.map { "Last 1:1 (session notes) \($0.iso); wins and losses since then." }
          ?? "No 1:1 recorded yet: wins and losses of the last \(CoachingAgenda.lookbackDays) days.",
        role: .muted),
    ]
    func section(_ title: String, _ items: [ListItem]) {
      out.append(ViewText.rule)
      out.append(ListItem("\(title) (\(items.count))", role: .title))
      out += items.isEmpty ? [ListItem("  none", role: .muted)] : items
    }
    func commitment(_ c: CoachingAgenda.CommitmentRow) -> ListItem {
      let deal = c.dealId.flatMap { ws.deals[id: $0]?.name }.map { " · \($0)" } ?? ""
      return ListItem(
        "  \(c.text)\(c.by.map { " · by \($0.iso)" } ?? "")\(deal) · \(c.itemTitle)",
        role: c.state == .missed ? .negative : .text)
    }
    section("Overdue commitments", a.overdueCommitments.map(commitment))
    section("Commitments due", a.dueCommitments.map(commitment))
    section(
      "New signals",
      a.openSignals.map {
        ListItem(
          "  \($0.kind.title) · \(SignalsViewText.priority($0.priority)) · \($0.reason)", role: .warning)
      })
    section(
      "Open coaching items",
      a.openItems.map {
        ListItem(
          "  \($0.title) · \($0.status.rawValue)\($0.dueDate.map { " · due \($0.iso)" } ?? "")"
            + ($0.commitmentSummary.isEmpty ? "" : " · \($0.commitmentSummary)"),
          role: $0.overdue ? .warning : .text)
      })
    section(
      "Wins and losses since \(a.since.iso)",
      a.outcomes.map {
        ListItem(
          "  \($0.won ? "won " : "lost") \($0.name) · \(Money.compact($0.amount, currency: $0.currency))"
            + " · \($0.closeDate?.iso ?? "—")" + ($0.lostReason.map { " · \($0)" } ?? ""),
          role: $0.won ? .positive : .negative)
      })
    return out
  }
}
