import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor coach agenda REP`: the 1:1 agenda Kit builds (`CoachingAgenda`), as text or JSON.
struct CoachAgenda: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agenda",
    abstract: "A rep's 1:1 agenda: overdue and due commitments, new signals, open items, wins and losses.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Argument(help: "The rep (name or id).") var rep: String
  @Option(help: "Period the signals look at: 2026-Q4, 2026-11 (default: the current fiscal quarter).")
  var period: String?
  @Flag(help: "JSON output (same as --format json).") var json = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let asOf = try asOfOption.day()
    let person = try ctx.person(rep)
    let p = try ctx.period(period, containing: asOf)
    let agenda = SalesFloorKit.CoachingAgenda.build(ctx.workspace, personId: person.id, period: p, asOf: asOf)
    if json || output.format == .json {
      try Printer.emit(agenda, table: { TextTable([]) }, format: .json)
      return
    }
    Printer.write(Self.text(agenda, ctx.workspace))
  }

  /// Markdown-ish text: a heading per section, one bullet per entry, in the agenda's order.
  static func text(_ a: SalesFloorKit.CoachingAgenda, _ ws: Workspace) -> String {
    var out = "# 1:1 with \(a.personName) · \(a.asOf.iso)\n"
    out +=
      a.lastOneOnOne.map { "Last 1:1 \($0.iso) (latest session note)\n" }
      ?? "No 1:1 recorded: wins and losses of the last \(SalesFloorKit.CoachingAgenda.lookbackDays) days\n"
    func section(_ title: String, _ lines: [String]) {
      out += "\n## \(title) (\(lines.count))\n"
      out += lines.isEmpty ? "- none\n" : lines.map { "- \($0)\n" }.joined()
    }
    func commitment(_ c: SalesFloorKit.CoachingAgenda.CommitmentRow) -> String {
      let deal = c.dealId.flatMap { ws.deals[id: $0]?.name }.map { " · \($0)" } ?? ""
      return "\(c.text)\(c.by.map { " · by \($0.iso)" } ?? "")\(deal) · \(c.itemTitle) (\(c.itemId))"
    }
    section("Overdue commitments", a.overdueCommitments.map(commitment))
    section("Commitments due", a.dueCommitments.map(commitment))
    section("New signals", a.openSignals.map { "\($0.kind.title) · \($0.reason) (\($0.id))" })
    section(
      "Open coaching items",
      a.openItems.map {
        "\($0.title) · \($0.status.rawValue)\($0.dueDate.map { " · due \($0.iso)" } ?? "")"
          + ($0.commitmentSummary.isEmpty ? "" : " · \($0.commitmentSummary)") + " (\($0.id))"
      })
    section(
      "Wins and losses since \(a.since.iso)",
      a.outcomes.map {
        "\($0.won ? "won" : "lost") \($0.name) · \(Money.grouped($0.amount, currency: $0.currency)) \($0.currency)"
          + " · \($0.closeDate?.iso ?? "-")" + ($0.lostReason.map { " · \($0)" } ?? "")
      })
    return out
  }
}
