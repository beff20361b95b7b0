import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report …`: the numbers, as tables, JSON (stable keys, docs/cli.md) or CSV.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract:
      "Attainment, pipeline, forecast, win rate, velocity, stalled, conversion, coaching, methods, activity.",
    subcommands: [
      AttainmentCmd.self, PipelineCmd.self, ForecastCmd.self, WinRateCmd.self, VelocityCmd.self,
      StalledCmd.self,
      ConversionCmd.self, CoachingReportCmd.self, MethodsReportCmd.self, TerritoriesReportCmd.self,
      ProductsReportCmd.self,
      RampReportCmd.self, ActivityReportCmd.self, OrgReportCmd.self, HiringReportCmd.self,
      HandoffReportCmd.self, HygieneReportCmd.self,
    ])
}

/// The options every report shares: whose numbers, which period, as of when.
struct ReportOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Period: 2026-Q4, 2026-11 or FY2026 (default: the current fiscal quarter).") var period:
    String?
  @Option(help: "Only this person (and, for a manager, their reports).") var owner: String?
  @Option(help: "Only this team.") var team: String?

  func validate() throws {
    if owner != nil && team != nil { throw ValidationError("give at most one of --owner or --team") }
  }

  /// Opens the workspace read-only as it stood at the end of the as-of day and resolves period,
  /// scope and as-of day; `collections` (when the report needs only those) skips reading the
  /// others, e.g. 300k activities.
  func resolve(
    collections: Set<CollectionName>? = nil
  ) throws -> (ctx: WorkspaceContext, period: Period, scope: Scope, asOf: Day) {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, asOf: asOf, collections: collections)
    let p = try ctx.period(period, containing: asOf)
    var scope = Scope.everyone
    if let owner {
      let person = try ctx.person(owner)
      scope = person.role == .rep ? .person(person.id) : .personAndReports(person.id)
    } else if let team {
      guard ctx.workspace.people.contains(where: { $0.team?.lowercased() == team.lowercased() }) else {
        throw CLIError.usage("--team \"\(team)\": no person is on that team")
      }
      let name = ctx.workspace.people.first { $0.team?.lowercased() == team.lowercased() }?.team ?? team
      scope = .team(name)
    }
    return (ctx, p, scope, asOf)
  }

  var grouped: Bool { output.format == .table }
}

struct AttainmentCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attainment", abstract: "Quota attainment and pace.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, period, scope, asOf) = try options.resolve(collections: Reports.attainmentCollections)
    let r = Reports.attainment(ctx.workspace, period: period, scope: scope, asOf: asOf)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable(
          [
            .init(title: "NAME"), .init(title: "QUOTA", align: .right), .init(title: "WON", align: .right),
            .init(title: "ATTAIN", align: .right), .init(title: "GAP", align: .right),
            .init(title: "PIPELINE", align: .right), .init(title: "COVERAGE", align: .right),
            .init(title: "COMMIT", align: .right), .init(title: "BEST CASE", align: .right),
            .init(title: "RAMPED"),
          ], currency: r.currency)
        t.notes = UnconvertedDeal.notices(r.unconverted)
        for p in r.people {
          t.add([
            p.name, major(p.quota, r.currency, grouped: g), major(p.won, r.currency, grouped: g),
            percent(p.attainment),
            major(p.gap, r.currency, grouped: g), major(p.openPipeline, r.currency, grouped: g),
            p.coverage.map { String(format: "%.1fx", $0) } ?? "-", major(p.commit, r.currency, grouped: g),
            major(p.bestCase, r.currency, grouped: g), p.ramped ? "ramped" : "",
          ])
        }
        t.add([
          "TEAM", major(r.team.quota, r.currency, grouped: g), major(r.team.won, r.currency, grouped: g),
          percent(r.team.attainment), major(max(0, r.team.quota - r.team.won), r.currency, grouped: g),
          major(r.team.openPipeline, r.currency, grouped: g),
          r.team.coverage.map { String(format: "%.1fx", $0) } ?? "-",
          major(r.team.commit, r.currency, grouped: g), major(r.team.bestCase, r.currency, grouped: g),
          "\(r.team.repsAtOrAbove100Count)/\(r.team.repCount) at 100%",
        ])
        return t
      }, format: options.output.format)
    if options.output.format == .table,
      let both = r.team.quotaComparison(amount: { major($0, r.currency, grouped: g) })
    {
      Printer.write("TEAM quota is the team's: \(both)\n")
    }
  }
}

struct PipelineCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pipeline", abstract: "Open pipeline by stage.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, _, scope, asOf) = try options.resolve(collections: Reports.pipelineCollections)
    let period = try options.period.map(ctx.period)
    let r = Reports.pipeline(ctx.workspace, scope: scope, asOf: asOf, period: period)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable(
          [
            .init(title: "STAGE"), .init(title: "DEALS", align: .right),
            .init(title: "AMOUNT", align: .right),
            .init(title: "WEIGHTED", align: .right),
          ], currency: r.currency)
        t.notes = UnconvertedDeal.notices(r.unconverted)
        for s in r.stages {
          t.add([
            s.name, String(s.count), major(s.amount, r.currency, grouped: g),
            major(s.weighted, r.currency, grouped: g),
          ])
        }
        t.add([
          "TOTAL OPEN", String(r.totals.openCount), major(r.totals.openAmount, r.currency, grouped: g),
          major(r.totals.weightedAmount, r.currency, grouped: g),
        ])
        return t
      }, format: options.output.format)
  }
}

struct ForecastCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast", abstract: "Forecast by category, cumulative, rolled up through managers.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, period, scope, asOf) = try options.resolve()
    let r = Reports.forecast(ctx.workspace, period: period, scope: scope, asOf: asOf)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable(
          [
            .init(title: "NAME"), .init(title: "CLOSED", align: .right),
            .init(title: "COMMIT", align: .right),
            .init(title: "BEST CASE", align: .right), .init(title: "PIPELINE", align: .right),
            .init(title: "ROLL-UP COMMIT", align: .right), .init(title: "ROLL-UP BEST", align: .right),
          ], currency: r.currency)
        t.notes = UnconvertedDeal.notices(r.unconverted)
        for p in r.people {
          let c = p.own.cumulative
          t.add([
            p.name, major(c.closed, r.currency, grouped: g), major(c.commit, r.currency, grouped: g),
            major(c.bestCase, r.currency, grouped: g), major(c.pipeline, r.currency, grouped: g),
            major(p.rollUp.cumulative.commit, r.currency, grouped: g),
            major(p.rollUp.cumulative.bestCase, r.currency, grouped: g),
          ])
        }
        let c = r.cumulative
        t.add([
          "TOTAL", major(c.closed, r.currency, grouped: g), major(c.commit, r.currency, grouped: g),
          major(c.bestCase, r.currency, grouped: g), major(c.pipeline, r.currency, grouped: g), "", "",
        ])
        return t
      }, format: options.output.format)
  }
}

struct WinRateCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "winrate", abstract: "Win rate, deal size, cycle.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, period, scope, asOf) = try options.resolve()
    let r = Reports.winRate(ctx.workspace, period: period, scope: scope, asOf: asOf)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable(
          [.init(title: "METRIC"), .init(title: "VALUE", align: .right)], currency: r.currency)
        t.notes = UnconvertedDeal.notices(r.unconverted)
        t.add(["won deals", String(r.wonCount)], money: false)
        t.add(["lost deals", String(r.lostCount)], money: false)
        t.add(["win rate (count)", percent(r.winRateByCount)], money: false)
        t.add(["win rate (value)", percent(r.winRateByValue)], money: false)
        t.add(["won amount", major(r.wonAmount, r.currency, grouped: g)])
        t.add(["lost amount", major(r.lostAmount, r.currency, grouped: g)])
        t.add(["average deal size", r.averageDealSize.map { major($0, r.currency, grouped: g) } ?? "-"])
        t.add(
          ["average cycle (days)", r.averageCycleDays.map { String(format: "%.1f", $0) } ?? "-"], money: false
        )
        return t
      }, format: options.output.format)
  }
}

struct VelocityCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "velocity", abstract: "Sales velocity per day.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, period, scope, asOf) = try options.resolve()
    let r = Reports.velocity(ctx.workspace, period: period, scope: scope, asOf: asOf)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable(
          [.init(title: "METRIC"), .init(title: "VALUE", align: .right)], currency: r.currency)
        t.notes = UnconvertedDeal.notices(r.unconverted)
        t.add(["qualified open deals", String(r.qualifiedOpenCount)], money: false)
        t.add(["qualified open amount", major(r.qualifiedOpenAmount, r.currency, grouped: g)])
        t.add(["win rate (count)", percent(r.winRateByCount)], money: false)
        t.add(["average deal size", r.averageDealSize.map { major($0, r.currency, grouped: g) } ?? "-"])
        t.add(
          ["average cycle (days)", r.averageCycleDays.map { String(format: "%.1f", $0) } ?? "-"], money: false
        )
        t.add(["velocity per day", r.velocityPerDay.map { major($0, r.currency, grouped: g) } ?? "-"])
        return t
      }, format: options.output.format)
  }
}

struct StalledCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stalled", abstract: "Stalled and rotting deals.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, _, scope, asOf) = try options.resolve()
    let r = Reports.stalled(ctx.workspace, scope: scope, asOf: asOf)
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "DEAL"), .init(title: "OWNER"), .init(title: "STAGE"),
          .init(title: "DAYS", align: .right), .init(title: "IDLE", align: .right), .init(title: "CLOSE"),
          .init(title: "SLIPS", align: .right), .init(title: "WHY"),
        ])
        for d in r.deals {
          t.add([
            d.id, d.name, d.ownerName ?? d.ownerId, d.stageName, String(d.daysInStage), String(d.idleDays),
            d.closeDate?.iso ?? "-", String(d.slips), d.reasons.map(\.rawValue).joined(separator: ", "),
          ])
        }
        return t
      }, format: options.output.format)
  }
}

struct ConversionCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conversion", abstract: "Stage-to-stage conversion.")
  @OptionGroup var options: ReportOptions
  func run() throws {
    let (ctx, _, scope, asOf) = try options.resolve(collections: Reports.pipelineCollections)
    let period = try options.period.map(ctx.period)
    let r = Reports.conversion(ctx.workspace, scope: scope, asOf: asOf, period: period)
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "STAGE"), .init(title: "ENTERED", align: .right),
          .init(title: "ADVANCED", align: .right),
          .init(title: "RATE", align: .right),
        ])
        for s in r.stages { t.add([s.name, String(s.entered), String(s.advanced), percent(s.rate)]) }
        return t
      }, format: options.output.format)
    if options.output.format == .table, r.excludedNoStageHistory > 0 {
      Printer.write("no stage history: \(r.excludedNoStageHistory) deals excluded\n")
    }
  }
}
