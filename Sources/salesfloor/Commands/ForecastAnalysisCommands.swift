import ArgumentParser
import Foundation
import SalesFloorKit

struct ForecastChanges: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "changes",
    abstract: "What moved since a snapshot: new, won, lost, pushed, pulled, amount, category.")
  @OptionGroup var options: SalesOpsOptions
  @Option(help: "Compare from the newest snapshot taken on or before this day (YYYY-MM-DD, +14d…).")
  var since: String
  @Option(help: "Compare to the newest snapshot on or before this day instead of now.") var until: String?
  func run() throws {
    let ctx = try WorkspaceContext.open(options.workspace, readOnly: true)
    let ws = ctx.workspace
    let asOf = try options.asOfOption.day()
    let period = try options.resolvePeriod(ws, asOf: asOf)
    let sinceDay = try CLIInput.day(since, flag: "since", settings: ws.settings)
    guard let old = ForecastSnapshots.latest(in: ws, period: period, onOrBefore: sinceDay) else {
      throw CLIError.usage(
        "no snapshot of \(period) taken on or before \(sinceDay): take one with `salesfloor forecast snapshot`"
      )
    }
    var new = ForecastSnapshots.take(ws, period: period, at: Clock.now(), id: "now")
    if let until {
      let day = try CLIInput.day(until, flag: "until", settings: ws.settings)
      guard let s = ForecastSnapshots.latest(in: ws, period: period, onOrBefore: day) else {
        throw CLIError.usage("no snapshot of \(period) taken on or before \(day)")
      }
      new = s
    }
    let scope = try options.scope(ctx)
    let owners: Set<String>? = scope == .everyone ? nil : scope.ownerIds(in: ws)
    var names: [String: String] = [:]
    for d in ws.deals { names[d.id] = d.name }
    let r = ForecastSnapshots.changes(
      from: old, to: new, period: period, settings: ws.settings, owners: owners, names: names)
    let g = options.grouped
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "CHANGE"), .init(title: "DEAL"), .init(title: "NAME"), .init(title: "OWNER"),
          .init(title: "FROM"), .init(title: "TO"), .init(title: "DELTA", align: .right),
        ])
        if g {
          for s in r.summary where s.count > 0 {
            t.add([s.title, "\(s.count) deals", "", "", "", "", major(s.amountDelta, r.currency, grouped: g)])
          }
        }
        for c in r.changes {
          t.add([
            c.kind.title, c.dealId, c.name ?? "", ws.people[id: c.ownerId]?.name ?? c.ownerId, c.from ?? "",
            c.to ?? "", major(c.amountDelta, r.currency, grouped: g),
          ])
        }
        return t
      }, format: options.output.format)
  }
}

struct ForecastPredict: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "predict",
    abstract: "Expected bookings from conversion history, deal age and not-yet-created deals.")
  @OptionGroup var options: SalesOpsOptions
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Reports.predictiveForecast(
      ctx.workspace, period: period, scope: try options.scope(ctx), asOf: asOf)
    let g = options.grouped
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "DEAL"), .init(title: "NAME"), .init(title: "STAGE"),
          .init(title: "AMOUNT", align: .right),
          .init(title: "CONV", align: .right), .init(title: "SOURCE"), .init(title: "AGE", align: .right),
          .init(title: "AGE FACTOR", align: .right), .init(title: "EXPECTED", align: .right),
        ])
        for d in r.deals {
          t.add([
            d.id, d.name, d.stage, major(d.amount, c, grouped: g), OpsFormat.ratio(d.conversion),
            d.conversionSource.rawValue, String(d.ageDays), OpsFormat.ratio(d.ageFactor),
            major(d.expected, c, grouped: g),
          ])
        }
        t.add(["WON TO DATE", "", "", "", "", "", "", "", major(r.wonToDate, c, grouped: g)])
        t.add(["NOT YET CREATED", "", "", "", "", "", "", "", major(r.notYetCreated, c, grouped: g)])
        t.add(["EXPECTED", "", "", "", "", "", "", "", major(r.expected, c, grouped: g)])
        t.add(["WEIGHTED METHOD", "", "", "", "", "", "", "", major(r.weightedForecast, c, grouped: g)])
        return t
      }, format: options.output.format)
  }
}

struct ForecastBacktestCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest", abstract: "Accuracy of the predictive and weighted methods on past periods.")
  @OptionGroup var options: SalesOpsOptions
  @Option(help: "How many past periods.") var periods: Int = 4
  @Option(help: "Period kind: quarter or month.") var kind: String = "quarter"
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    guard let k = Period.Kind(rawValue: kind), k != .year else {
      throw CLIError.usage("--kind \"\(kind)\": quarter or month")
    }
    guard (1...24).contains(periods) else { throw CLIError.usage("--periods: 1 to 24") }
    let r = Reports.forecastBacktest(
      ctx.workspace, kind: k, count: periods, scope: try options.scope(ctx), asOf: asOf)
    let g = options.grouped
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "PERIOD"), .init(title: "ACTUAL", align: .right),
          .init(title: "PREDICTIVE", align: .right),
          .init(title: "ACCURACY", align: .right), .init(title: "WEIGHTED", align: .right),
          .init(title: "ACCURACY", align: .right),
        ])
        for row in r.periods {
          t.add([
            row.period, major(row.actual, c, grouped: g), major(row.predictive, c, grouped: g),
            percent(row.predictiveAccuracy), major(row.weighted, c, grouped: g),
            percent(row.weightedAccuracy),
          ])
        }
        t.add(["MEAN", "", "", percent(r.meanPredictiveAccuracy), "", percent(r.meanWeightedAccuracy)])
        return t
      }, format: options.output.format)
  }
}
