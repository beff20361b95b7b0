import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report org`: teams, span of control, tenure, ramp state, open headcount, and the
/// territory balance beside it.
struct OrgReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "org",
    abstract: "Teams: span of control, reps by tenure and ramp, open roles, offers, territory balance.")
  @OptionGroup var options: SalesOpsOptions

  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Reports.org(ctx.workspace, period: period, scope: try options.scope(ctx), asOf: asOf)
    try Printer.emit(r, table: { Self.table(r) }, format: options.output.format)
    guard options.output.format == .table else { return }
    if r.unmanagedReps > 0 { Printer.write("\(r.unmanagedReps) active reps report to no one\n") }
    if !r.territories.territories.isEmpty {
      Printer.write("\nTerritory balance, \(r.period)\n")
      Printer.write(
        TerritoriesReportCmd.table(r.territories, ctx.workspace, grouped: options.grouped).renderText())
    }
  }

  static func table(_ r: OrgReport) -> TextTable {
    var t = TextTable([
      .init(title: "TEAM"), .init(title: "SPAN", align: .right), .init(title: "REPS", align: .right),
      .init(title: "<3M", align: .right), .init(title: "3-6M", align: .right),
      .init(title: "6-12M", align: .right), .init(title: "12M+", align: .right),
      .init(title: "RAMPING", align: .right), .init(title: "RAMPED", align: .right),
      .init(title: "OPEN ROLES", align: .right), .init(title: "OFFERS", align: .right),
      .init(title: "OPEN HC", align: .right), .init(title: "TERRITORIES", align: .right),
    ])
    for team in r.teams {
      let n = team.tenure
      t.add(
        [
          team.managerName, String(team.span), String(team.reps), String(n.under3), String(n.from3to6),
          String(n.from6to12), String(n.over12), String(team.ramping), String(team.ramped),
          String(team.openRoles), String(team.offers), String(team.openHeadcount),
          String(team.territoryIds.count),
        ], money: false)
    }
    t.add(
      [
        "TOTAL", String(r.totalSpan), String(r.totalReps), "", "", "", "", "", "", String(r.totalOpenRoles),
        String(r.totalOffers), String(r.totalOpenHeadcount), "",
      ], money: false)
    return t
  }
}
