import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor comp …`: commission statements and what-ifs.
struct CompCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "comp", abstract: "Commission statement per person and period; what-if for open deals.",
    subcommands: [CompStatementCmd.self, CompWhatIfCmd.self, CompSimulateCmd.self, CompLeversCmd.self])
}

/// Options shared by the comp commands.
struct CompOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Person name or id.") var person: String
  @Option(help: "Period (default: the current period of the person's plan).") var period: String?

  func resolve() throws -> (WorkspaceContext, Person, Period) {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let p = try ctx.person(person)
    if let text = period { return (ctx, p, try ctx.period(text)) }
    guard let plan = Compensation.plan(for: p.id, in: ctx.workspace) else {
      throw CLIError.usage("\(p.name) is on no comp plan")
    }
    return (ctx, p, try ctx.period(nil, containing: Clock.today(), kind: plan.periodKind))
  }

  static func table(_ s: CompStatement, grouped g: Bool) -> TextTable {
    let c = s.currency
    var t = TextTable([.init(title: "ITEM"), .init(title: "DETAIL"), .init(title: "AMOUNT", align: .right)])
    for d in s.deals {
      t.add([
        "deal" + (d.hypothetical ? " (if won)" : ""), "\(d.id) \(d.name)", major(d.amount, c, grouped: g),
      ])
    }
    t.add(["credited", "\(s.deals.count) deals", major(s.credited, c, grouped: g)])
    t.add([
      "quota", s.ramped ? "ramped from \(major(s.fullQuota, c, grouped: g))" : "",
      major(s.quota, c, grouped: g),
    ])
    t.add(["attainment", percent(s.attainment), ""])
    for tier in s.tiers {
      let band = "\(fmt(tier.from))–\(tier.to.map(fmt) ?? "")% × \(fmt(tier.rate)): \(fmt(tier.portion)) pts"
      t.add(["tier", band, major(tier.payout, c, grouped: g)])
    }
    t.add(["earned", "", major(s.earned, c, grouped: g)])
    if let cap = s.cap { t.add(["cap", "", major(cap, c, grouped: g)]) }
    if s.drawTopUp > 0 { t.add(["draw top-up", "recoverable", major(s.drawTopUp, c, grouped: g)]) }
    t.add(["total", "\(s.planName), \(s.period)", major(s.total, c, grouped: g)])
    return t
  }

  static func fmt(_ v: Double) -> String {
    v == v.rounded() ? String(Int(v)) : String(format: "%.2f", v)
  }
}

struct CompStatementCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "statement", abstract: "Credited deals, attainment, tiers, cap, draw and total.")
  @OptionGroup var options: CompOptions
  func run() throws {
    let (ctx, person, period) = try options.resolve()
    let s: CompStatement
    do {
      s = try Compensation.statement(ctx.workspace, personId: person.id, period: period)
    } catch {
      throw CLIError.usage(error.description)
    }
    let reach = CompLever.withinReach(ctx.workspace, period: period, statements: [s.personId: s]).people.first
    try Printer.emit(
      s,
      table: {
        let g = options.output.format == .table
        var t = CompOptions.table(s, grouped: g)
        if let r = reach {
          let detail =
            "within reach: \(CompOptions.fmt(r.thresholdPercent))% pays \(CompOptions.fmt(r.rate))×, "
            + String(format: "%.1f pts away", r.gapPoints)
          t.add(["accelerator", detail, major(r.gapAmount, s.currency, grouped: g)])
        }
        return t
      },
      format: options.output.format)
  }
}

struct CompWhatIfCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "whatif", abstract: "If these open deals close in the period, payout becomes X.")
  @OptionGroup var options: CompOptions
  @Option(help: "Comma-separated deal ids.") var deals: String
  func run() throws {
    let (ctx, person, period) = try options.resolve()
    let ids = deals.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
    guard !ids.isEmpty else { throw CLIError.usage("--deals: give at least one deal id") }
    let w: CompWhatIf
    do {
      w = try Compensation.whatIf(ctx.workspace, personId: person.id, period: period, dealIds: ids)
    } catch {
      throw CLIError.usage(error.description)
    }
    let g = options.output.format == .table
    try Printer.emit(
      w,
      table: {
        var t = CompOptions.table(w.withDeals, grouped: g)
        t.add(["payout now", "", major(w.base.total, w.base.currency, grouped: g)])
        t.add(["payout if won", "", major(w.withDeals.total, w.base.currency, grouped: g)])
        t.add(["difference", "", major(w.payoutDelta, w.base.currency, grouped: g)])
        return t
      }, format: options.output.format)
  }
}
