import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor forecast …`: the call sheet, submissions, snapshots, changes, prediction, backtest.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast roll-up and calls, submissions, snapshots, changes, prediction and backtest.",
    subcommands: [
      ForecastShow.self, ForecastSubmit.self, ForecastAdjust.self, ForecastSnapshotCmd.self,
      ForecastChanges.self, ForecastPredict.self, ForecastBacktestCmd.self,
    ],
    defaultSubcommand: ForecastShow.self)
}

struct ForecastShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Roll-up by category with calls, adjustments and who has not submitted.")
  @OptionGroup var options: SalesOpsOptions
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Reports.forecastCalls(ctx.workspace, period: period, scope: try options.scope(ctx), asOf: asOf)
    let g = options.grouped
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "NAME"), .init(title: "CLOSED", align: .right), .init(title: "COMMIT", align: .right),
          .init(title: "BEST CASE", align: .right), .init(title: "PIPELINE", align: .right),
          .init(title: "CALL COMMIT", align: .right), .init(title: "CALL BEST", align: .right),
          .init(title: "ROLLED-UP CALL", align: .right), .init(title: "ADJUSTMENT", align: .right),
          .init(title: "SUBMITTED"),
        ])
        for p in r.people {
          let indent = g ? String(repeating: "  ", count: p.depth) : ""
          t.add([
            indent + p.name, major(p.rollUp.cumulative.closed, c, grouped: g),
            major(p.rollUp.cumulative.commit, c, grouped: g),
            major(p.rollUp.cumulative.bestCase, c, grouped: g),
            major(p.rollUp.cumulative.pipeline, c, grouped: g),
            p.call.map { major($0.commit, c, grouped: g) } ?? "-",
            p.call.map { major($0.bestCase, c, grouped: g) } ?? "-",
            major(p.rolledUpCall.commit, c, grouped: g),
            p.adjustment.map { major($0.commit, c, grouped: g) } ?? "-", p.submitted ? "yes" : "NO",
          ])
        }
        return t
      }, format: options.output.format)
    if options.output.format == .table && !r.notSubmitted.isEmpty {
      Printer.write("not submitted: " + r.notSubmitted.map(\.name).joined(separator: ", ") + "\n")
    }
  }
}

/// Shared body of `submit` and `adjust`.
struct CallOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @Option(name: .customLong("as"), help: "Who is calling: a person's name or id.") var asName: String
  @Option(help: "Commit amount: 120k, 1.2m, 120000.") var commit: String
  @Option(name: .customLong("best-case"), help: "Best-case amount (default: the commit).") var bestCase:
    String?
  @Option(help: "Period (default: the current fiscal quarter).") var period: String?
  @Option(help: "A note kept with the call.") var note: String?
  @Option(help: "The open pipeline seen when calling, kept beside the call.") var pipeline: String?
  @Flag(help: "Print nothing on success.") var quiet = false

  func save(kind: ForecastSubmission.Kind) throws {
    let ctx = try WorkspaceContext.open(workspace)
    let person = try ctx.person(asName)
    let today = Clock.today()
    let p = try ctx.period(period, containing: today)
    let c = try CLIInput.amount(commit, currency: ctx.currency, flag: "commit")
    let b = try bestCase.map { try CLIInput.amount($0, currency: ctx.currency, flag: "best-case") } ?? c
    let pipe = try pipeline.map { try CLIInput.amount($0, currency: ctx.currency, flag: "pipeline") }
    let submit = SubmitForecast(
      kind: kind, personId: person.id, period: p, commit: c, bestCase: b, note: note, pipeline: pipe)
    let edit = try ctx.run(submit, actor: try ctx.actor(named: asName))
    let what = kind == .call ? "forecast call" : "forecast adjustment"
    if !quiet {
      var was = ""
      if case .forecastSubmission(let s)? = edit.record, let wc = s.wasCommit {
        was =
          " (was commit \(Money(minor: wc, currency: s.currency)), best case "
          + "\(Money(minor: s.wasBestCase ?? wc, currency: s.currency)))"
      }
      Printer.write("\(what) for \(p): commit \(c), best case \(b) (\(person.name))\(was)\n")
    }
  }
}

struct ForecastSubmit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "submit", abstract: "Submit (or replace) your forecast call for a period.")
  @OptionGroup var options: CallOptions
  func run() throws { try options.save(kind: .call) }
}

struct ForecastAdjust: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "adjust", abstract: "A manager's adjustment, shown beside the rolled-up calls.")
  @OptionGroup var options: CallOptions
  func run() throws { try options.save(kind: .adjustment) }
}

struct ForecastSnapshotCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "snapshot", abstract: "Keep a snapshot of the pipeline in the workspace (weekly).")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Period (default: the current fiscal quarter).") var period: String?
  @Flag(help: "Print only the snapshot id.") var quiet = false
  @OptionGroup var actor: ActorOption
  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let p = try ctx.period(period, containing: Clock.today())
    guard case .forecastSnapshot(let snap) = try ctx.run(TakeForecastSnapshot(period: p), as: actor).record
    else { return }
    Printer.write(quiet ? snap.id + "\n" : "snapshot \(snap.id) for \(p): \(snap.lines.count) deals\n")
  }
}
