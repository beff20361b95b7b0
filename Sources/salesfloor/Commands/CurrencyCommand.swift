import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor currency set|list|remove|import`: the rates table every report converts with.
struct CurrencyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "currency", abstract: "Exchange rates to the workspace currency, each from a day on.",
    subcommands: [CurrencySet.self, CurrencyList.self, CurrencyRemove.self, CurrencyImport.self])
}

/// Parses `--from` (a day; default today).
private func fromDay(_ text: String?) throws -> Day {
  guard let text else { return Clock.today() }
  guard let d = Day(iso: text) else {
    throw ValidationError("--from must be a date like 2026-01-01, got \"\(text)\"")
  }
  return d
}

struct CurrencySet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Set the rate of a currency from a day on (replaces the rate with the same day).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "ISO 4217 code, e.g. EUR.") var currency: String
  @Argument(help: "Workspace-currency units per one unit of it, e.g. 1.08.") var rate: String
  @Option(help: "First day the rate holds (YYYY-MM-DD); default today.") var from: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let day = try fromDay(from)
    let r = ExchangeRate(currency: currency, micros: try ExchangeRate.micros(rate), from: day)
    let command = ChangeExchangeRates(set: [r])
    let changes = try command.plan(ctx.workspace.settings).changes
    try ctx.run(command, as: actor)
    for c in changes { Printer.write("\(c.description) (\(ctx.currency) per 1 \(c.currency))\n") }
  }
}

struct CurrencyRemove: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove the rate of a currency that holds from a day.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "ISO 4217 code, e.g. EUR.") var currency: String
  @Option(help: "The day the rate to remove holds from (YYYY-MM-DD).") var from: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let command = ChangeExchangeRates(remove: [(currency, try fromDay(from))])
    let changes = try command.plan(ctx.workspace.settings).changes
    try ctx.run(command, as: actor)
    for c in changes { Printer.write("\(c.description)\n") }
  }
}

/// One row of `currency list`.
struct RateRow: Encodable {
  var currency: String
  var rate: String
  var from: Day
  /// The workspace currency the rate converts into.
  var to: String
  /// True for the row in force today for its currency.
  var inForce: Bool
}

struct CurrencyList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List exchange rates; * marks the rate in force today.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let s = ctx.workspace.settings
    let converter = CurrencyConverter(s)
    let today = Clock.today()
    let rows = s.exchangeRates.sorted { ($0.currency, $0.from) < ($1.currency, $1.from) }.map { r in
      RateRow(
        currency: r.currency, rate: r.rateText, from: r.from, to: s.currency,
        inForce: converter.rate(for: r.currency, on: today) == r)
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "CURRENCY"), .init(title: "RATE", align: .right), .init(title: "TO"),
          .init(title: "FROM"),
          .init(title: "TODAY"),
        ])
        for r in rows { t.add([r.currency, r.rate, r.to, r.from.iso, r.inForce ? "*" : ""], money: false) }
        return t
      }, format: output.format)
    if output.format == .table && rows.isEmpty && !output.quiet {
      Printer.write(
        "no exchange rates: every amount must be in \(s.currency); add one with "
          + "`salesfloor currency set EUR 1.08 --from 2026-01-01`\n")
    }
  }
}

struct CurrencyImport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import exchange rates from a CSV file with the columns currency,rate,from.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "CSV file: currency,rate,from (e.g. EUR,1.08,2026-01-01).") var file: String
  @Flag(name: .customLong("dry-run"), help: "Show what would change; write nothing.") var dryRun = false
  @Flag(help: "Apply without asking (for scripts).") var yes = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError.usage("cannot read \(file): no such file or not readable")
    }
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let parsed = ExchangeRateCSV.parse(String(decoding: data, as: UTF8.self), ctx.workspace.settings)
    guard parsed.errors.isEmpty else {
      throw CLIError.data(
        "\(file): \(parsed.errors.count) bad rows, nothing was imported:\n"
          + parsed.errors.map { "  " + $0 }.joined(separator: "\n"))
    }
    let command = ChangeExchangeRates(set: parsed.rates)
    let changes = try command.plan(ctx.workspace.settings).changes
    guard !changes.isEmpty else {
      Printer.write("nothing to change\n")
      return
    }
    for c in changes { Printer.write("\(c.description)\n") }
    Printer.write("\(changes.count) rate changes\n")
    if dryRun { return }
    try Confirmation.ask("Import \(changes.count) rate changes from \(file)?", yes: yes)
    try ctx.run(command, as: actor)
    Printer.write("imported \(changes.count) rate changes (undo with `salesfloor undo`)\n")
  }
}
