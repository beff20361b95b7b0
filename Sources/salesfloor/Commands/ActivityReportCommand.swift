import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report activity`: per rep and kind, count vs goal, time logged, share of time on
/// deals that were won (docs/salesops.md "Activity report").
struct ActivityReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "activity",
    abstract: "Per rep and activity kind: count vs goal, minutes logged, share of minutes on won deals.",
    discussion: """
      The span is --from/--to, else --period, else the ISO week (Monday to Sunday) of the as-of day. \
      A goal is pro-rated to the span day by day (docs/salesops.md).
      """)
  @OptionGroup var options: ReportOptions
  @Option(help: "First day (YYYY-MM-DD, mon, -7d); with --to, instead of --period.") var from: String?
  @Option(help: "Last day, inclusive.") var to: String?

  func validate() throws {
    if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to, or neither") }
    if from != nil && options.period != nil {
      throw ValidationError("give --period or --from/--to, not both")
    }
  }

  func run() throws {
    let (ctx, period, scope, asOf) = try options.resolve()
    let settings = ctx.workspace.settings
    let span: (Day, Day)
    if let from, let to {
      let f = try CLIInput.day(from, flag: "from", settings: settings)
      let t = try CLIInput.day(to, flag: "to", settings: settings)
      guard f <= t else { throw CLIError.usage("--from \(f.iso) is after --to \(t.iso)") }
      guard f.days(to: t) < 3660 else { throw CLIError.usage("--from/--to: at most ten years") }
      span = (f, t)
    } else if options.period != nil {
      span = (period.start, period.end)
    } else {
      let week = GoalPeriod(.weekly, containing: asOf)
      span = (week.start, week.end)
    }
    let r = Reports.activity(ctx.workspace, from: span.0, to: span.1, scope: scope)
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "NAME"), .init(title: "KIND"), .init(title: "COUNT", align: .right),
          .init(title: "GOAL", align: .right), .init(title: "OF GOAL", align: .right),
          .init(title: "MINUTES", align: .right), .init(title: "WON MIN", align: .right),
          .init(title: "CLOSED MIN", align: .right), .init(title: "WON SHARE", align: .right),
        ])
        t.notes = ["\(r.from) to \(r.to)"]
        for row in r.people + r.teams + r.totals {
          t.add(
            [
              row.name, row.kind, String(row.count), row.goal.map(Self.goal) ?? "-", percent(row.goalRatio),
              String(row.minutes), String(row.wonMinutes), String(row.closedMinutes), percent(row.wonShare),
            ], money: false)
        }
        return t
      }, format: options.output.format)
  }

  /// A pro-rated goal to one decimal ("171.4"), whole numbers without one ("40").
  static func goal(_ g: Double) -> String {
    let tenths = (g * 10).rounded()
    return tenths.truncatingRemainder(dividingBy: 10) == 0
      ? String(Int(tenths / 10)) : String(format: "%.1f", g)
  }
}
