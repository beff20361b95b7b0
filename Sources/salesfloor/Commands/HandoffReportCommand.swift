import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report handoff`: per step of the close-to-delivery handoffs, median and p90 days,
/// share past target and who waits now; the slowest step and the bottleneck named.
struct HandoffReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "handoff", abstract: "Handoff steps: median and p90 days, past target, the bottleneck.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(
    help: "Handoffs started (deals won) in this period: 2026-Q4, 2026-11 or FY2026 (default: this quarter).")
  var period: String?
  @Option(help: "First win day (YYYY-MM-DD), with --to instead of --period.") var from: String?
  @Option(help: "Last win day (YYYY-MM-DD), with --from.") var to: String?

  func validate() throws {
    if period != nil && (from != nil || to != nil) {
      throw ValidationError("give --period or --from/--to, not both")
    }
    if (from == nil) != (to == nil) { throw ValidationError("give both --from and --to") }
  }

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, asOf: asOf)
    let range: (Day, Day)
    if let from, let to {
      guard let f = Day(iso: from) else {
        throw CLIError.usage("--from: expected YYYY-MM-DD, got \"\(from)\"")
      }
      guard let t = Day(iso: to) else { throw CLIError.usage("--to: expected YYYY-MM-DD, got \"\(to)\"") }
      guard f <= t else { throw CLIError.usage("--from \(from) is after --to \(to)") }
      range = (f, t)
    } else {
      let p = try ctx.period(period, containing: asOf)
      range = (p.start, p.end)
    }
    let r = HandoffReport.build(ctx.workspace, from: range.0, to: range.1, asOf: asOf)
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "STEP"), .init(title: "N", align: .right), .init(title: "MEDIAN", align: .right),
          .init(title: "P90", align: .right), .init(title: "TARGET", align: .right),
          .init(title: "PAST TARGET", align: .right), .init(title: "WAITING", align: .right),
          .init(title: "WAITING PAST", align: .right),
        ])
        for s in r.steps {
          t.add(
            [
              s.name, String(s.n), s.medianDays.map(String.init) ?? "-", s.p90Days.map(String.init) ?? "-",
              String(s.targetDays), percent(s.pastTargetShare), String(s.waiting),
              String(s.waitingPastTarget),
            ], money: false)
        }
        t.notes = [
          "Handoffs started \(r.from.iso)..\(r.to.iso): \(r.handoffs), completed \(r.completed), "
            + "past target \(percent(r.pastTargetShare))",
          "Slowest step: \(r.slowestStep ?? "-")",
          r.sentence,
        ]
        return t
      }, format: output.format)
  }
}
