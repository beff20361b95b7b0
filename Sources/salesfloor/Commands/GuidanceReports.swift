import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report coaching`: coaching signals and the queue, with evidence.
struct CoachingReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coaching", abstract: "Coaching signals and the coaching queue, with evidence.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Period for pace and coverage: 2026-Q4, 2026-11 or FY2026 (default: current quarter).")
  var period: String?
  @Option(name: .customLong("as"), help: "Whose view: a rep sees their own, a manager their team's.")
  var viewer: String?

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, asOf: asOf)
    let ws = ctx.workspace
    let p = try ctx.period(period, containing: asOf)
    var scope = Scope.everyone
    if let viewer {
      let person = try ctx.viewer(viewer)
      scope = person.role == .rep ? .person(person.id) : .personAndReports(person.id)
    }
    let r = Reports.coaching(ws, scope: scope, period: p, asOf: asOf)
    func name(_ id: String) -> String { ws.people[id: id]?.name ?? id }
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "TYPE"), .init(title: "PRIO"), .init(title: "WHO"),
          .init(title: "WHAT"),
          .init(title: "WHY"), .init(title: "EVIDENCE"), .init(title: "STATE"),
        ])
        for s in r.signals {
          let e = s.evidence
          t.add([
            s.id, "signal", s.priority.title, name(s.personId), s.kind.rawValue, s.reason,
            "\(e.metric): \(Self.number(e.value)) vs \(Self.number(e.threshold))"
              + (e.dealIds.isEmpty ? "" : " [\(e.dealIds.prefix(5).joined(separator: ","))]"),
            s.handling.rawValue + (s.itemId.map { " \($0)" } ?? ""),
          ])
        }
        for i in r.items {
          t.add([
            i.id, "item", i.priority.title, i.personName ?? i.personId, i.title, i.reason,
            i.dealIds.isEmpty ? "" : "[\(i.dealIds.prefix(5).joined(separator: ","))]",
            "\(i.status.rawValue) due \(i.dueDate?.iso ?? "-")\(i.overdue ? " OVERDUE" : "")"
              + (i.commitmentSummary.isEmpty ? "" : " · \(i.commitmentSummary)"),
          ])
        }
        return t
      }, format: output.format)
  }

  static func number(_ x: Double) -> String {
    x == x.rounded() && abs(x) < 1e9 ? String(Int(x)) : String(format: "%.2f", x)
  }
}

/// `salesfloor report methods`: plays and frameworks judged by closed-deal outcomes.
struct MethodsReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "methods",
    abstract: "Win rate (95% Wilson interval), cycle and deal size where each play was used vs not.")
  @OptionGroup var options: ReportOptions
  @Flag(help: "Only deals closing in --period (default: every closed deal).") var inPeriod = false

  func run() throws {
    let (ctx, period, scope, _) = try options.resolve()
    let r = Reports.methods(ctx.workspace, scope: scope, period: inPeriod ? period : nil)
    let g = options.grouped
    func cell(_ c: MethodsReport.Cohort) -> [String] {
      let ci = c.interval.map { "\(percent($0.lower))–\(percent($0.upper))" } ?? "-"
      return [
        "\(c.won)/\(c.closed)", percent(c.winRateByCount), ci,
        c.averageCycleDays.map { String(format: "%.0f", $0) } ?? "-",
        c.averageDealSize.map { major($0, r.currency, grouped: g) } ?? "-",
      ]
    }
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "KIND"), .init(title: "NAME"), .init(title: "USED WON", align: .right),
          .init(title: "WIN", align: .right), .init(title: "95% CI", align: .right),
          .init(title: "CYCLE", align: .right), .init(title: "AVG DEAL", align: .right),
          .init(title: "NOT USED WON", align: .right), .init(title: "WIN", align: .right),
          .init(title: "95% CI", align: .right), .init(title: "CYCLE", align: .right),
          .init(title: "AVG DEAL", align: .right), .init(title: "COMPARISON"),
        ])
        for row in r.rows {
          let verdict = row.comparable ? "ok" : "too few deals to compare"
          t.add([row.kind.rawValue, row.name] + cell(row.used) + cell(row.notUsed) + [verdict])
        }
        return t
      }, format: options.output.format)
  }
}
