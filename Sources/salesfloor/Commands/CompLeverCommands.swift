import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor comp simulate --plan FILE --period P`: what the period paid under the real plan and
/// what it would have paid under the changed one, person by person. Nothing is written.
struct CompSimulateCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "simulate",
    abstract: "What a period paid under the real plan vs a changed plan (JSON file); writes nothing.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Option(
    help: "A comp plan JSON file, shaped like the workspace's compPlans records; its id picks the plan.")
  var plan: String
  @Option(help: "Period (default: the period before the current one of the plan's kind).") var period: String?

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let url = URL(fileURLWithPath: plan)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw CLIError.usage("--plan \(plan): cannot read the file")
    }
    let sim: CompSimulation
    do {
      let changed = try CompLever.plan(json: data, file: plan)
      let p =
        try period.map { try ctx.period($0) }
        ?? ctx.period(nil, containing: Clock.today(), kind: changed.periodKind).previous
      sim = try CompLever.simulate(ctx.workspace, changed: changed, period: p, file: plan)
    } catch let e as CompPlanFileError {
      throw CLIError.data(e.description)
    }
    let g = output.format == .table
    try Printer.emit(sim, table: { Self.table(sim, grouped: g) }, format: output.format)
  }

  static func table(_ s: CompSimulation, grouped g: Bool) -> TextTable {
    let c = s.currency
    func m(_ v: Int64?) -> String { v.map { major($0, c, grouped: g) } ?? "-" }
    var t = TextTable(
      [
        .init(title: "PERSON"), .init(title: "CREDITED", align: .right),
        .init(title: "ATTAIN", align: .right),
        .init(title: "REAL PLAN", align: .right), .init(title: "CHANGED PLAN", align: .right),
        .init(title: "DIFFERENCE", align: .right),
      ], currency: c)
    for l in s.lines {
      t.add([l.name, m(l.credited), percent(l.attainment), m(l.real), m(l.simulated), m(l.difference)])
    }
    t.add(["TOTAL", m(s.bookings), "", m(s.realTotal), m(s.simulatedTotal), m(s.difference)])
    t.add(
      [
        "COST OF SALES", "", "", OpsFormat.percent1(s.realCostOfSales),
        OpsFormat.percent1(s.simulatedCostOfSales),
        "",
      ], money: false)
    t.notes = ["Plan \(s.planId) (\(s.planName)), \(s.period); nothing was written."]
    return t
  }
}

/// `salesfloor comp levers`: cost of sales per team and who is within reach of an accelerator.
struct CompLeversCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "levers",
    abstract: "Cost of sales per team (payouts ÷ bookings) and reps within reach of an accelerator.")
  @OptionGroup var options: SalesOpsOptions

  /// Both reports, for JSON.
  struct Levers: Encodable {
    var costOfSales: CostOfSales
    var withinReach: WithinReach
  }

  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let scope = try options.scope(ctx)
    let statements = CompLever.statements(ctx.workspace, scope: scope, period: period)
    let levers = Levers(
      costOfSales: CompLever.costOfSales(ctx.workspace, period: period, scope: scope, statements: statements),
      withinReach: CompLever.withinReach(ctx.workspace, period: period, statements: statements))
    let g = options.grouped
    try Printer.emit(
      levers, table: { Self.costTable(levers.costOfSales, grouped: g) }, format: options.output.format)
    guard options.output.format == .table else { return }
    Printer.write(
      "\nWithin reach of an accelerator (≤ \(Int(CompLever.reachMarginPoints)) points below), \(period)\n")
    Printer.write(Self.reachTable(levers.withinReach, grouped: g).renderText())
  }

  static func costTable(_ r: CostOfSales, grouped g: Bool) -> TextTable {
    let c = r.currency
    var t = TextTable(
      [
        .init(title: "TEAM"), .init(title: "ON PLAN", align: .right), .init(title: "PAYOUTS", align: .right),
        .init(title: "BOOKINGS", align: .right), .init(title: "COST OF SALES", align: .right),
      ], currency: c)
    for team in r.teams {
      t.add([
        team.managerName, String(team.onPlan), major(team.payouts, c, grouped: g),
        major(team.bookings, c, grouped: g), OpsFormat.percent1(team.costOfSales),
      ])
    }
    t.add([
      "TOTAL", "", major(r.totalPayouts, c, grouped: g), major(r.totalBookings, c, grouped: g),
      OpsFormat.percent1(r.costOfSales),
    ])
    if !r.unconvertedPayouts.isEmpty {
      t.notes = [
        "Payouts without an exchange rate, not counted: " + r.unconvertedPayouts.joined(separator: ", ")
      ]
    }
    return t
  }

  static func reachTable(_ r: WithinReach, grouped g: Bool) -> TextTable {
    let c = r.currency
    var t = TextTable(
      [
        .init(title: "PERSON"), .init(title: "ATTAIN", align: .right),
        .init(title: "THRESHOLD", align: .right),
        .init(title: "RATE", align: .right), .init(title: "GAP PTS", align: .right),
        .init(title: "GAP", align: .right),
      ], currency: c)
    for p in r.people {
      t.add([
        p.name, String(format: "%.1f%%", p.attainmentPercent), "\(CompOptions.fmt(p.thresholdPercent))%",
        "\(CompOptions.fmt(p.rateBelow))× → \(CompOptions.fmt(p.rate))×", String(format: "%.1f", p.gapPoints),
        major(p.gapAmount, c, grouped: g),
      ])
    }
    if r.people.isEmpty { t.notes = ["Nobody is within \(Int(r.marginPoints)) points of an accelerator."] }
    return t
  }
}

extension OpsFormat {
  /// A ratio as a percent with one decimal (0.1234 → `12.3%`): cost of sales moves in tenths.
  static func percent1(_ r: Double?) -> String {
    guard let r, r.isFinite else { return "-" }
    return String(format: "%.1f%%", r * 100)
  }
}
