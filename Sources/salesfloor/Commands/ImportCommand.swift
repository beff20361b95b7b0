import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor import deals|accounts|people|activities|contacts|quotas FILE.csv` and `import json FILE`:
/// imports previewable with --dry-run, each one transaction.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data from CSV files or a workspace JSON export.",
    subcommands: [
      ImportDeals.self, ImportRecords.Accounts.self, ImportRecords.People.self,
      ImportRecords.Activities.self, ImportContacts.self, ImportQuotas.self, ImportJSON.self,
    ])
}

/// `--preset` values.
extension ImportPreset: ExpressibleByArgument {}

/// `--date-format` values.
extension DateOrder: ExpressibleByArgument {}

/// Options every import shares.
struct ImportOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "CSV file (UTF-8 or Windows-1252; comma, semicolon or tab separated).") var file: String
  @Option(help: "FIELD=COLUMN,… (default: columns named like the fields, as `salesfloor export` writes).")
  var map: String?
  @Flag(name: .customLong("dry-run"), help: "Show what would happen; write nothing.") var dryRun = false
  @Flag(help: "Abort when any row is rejected.") var strict = false
  @Flag(name: .customLong("day-first"), help: "Same as --date-format dmy.")
  var dayFirst = false
  @Option(
    name: .customLong("date-format"),
    help:
      "dmy or mdy: how to read a date column whose dates like 03/04/2026 fit both (default: the preset's).")
  var dateFormat: DateOrder?
  @OptionGroup var actor: ActorOption

  /// `--date-format`, else `--day-first`, else nil (the preset's order, or a refusal when needed).
  var dateOrder: DateOrder? { dateFormat ?? (dayFirst ? .dmy : nil) }

  /// Reads and parses the file, opening the workspace (read-only for a dry run).
  func load() throws -> (ctx: WorkspaceContext, table: CSVTable) {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError.usage("cannot read \(file): no such file or not readable")
    }
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    do { return (ctx, try CSVTable.parse(data)) } catch { throw CLIError.data("\(file): \(error)") }
  }

  /// Prints the plan, enforces --strict, then commits all rows as one durable step (or nothing).
  /// The rows are planned again under the write lock on the latest workspace (`replan`, the same
  /// planner), so an import never overwrites a field another writer changed since it read it.
  func finish(
    summary text: String, json: () throws -> String, rejected: Int, mutations: [Mutation],
    ctx: WorkspaceContext, confirm: (() throws -> Void)? = nil,
    replan: @escaping @Sendable (Workspace) throws -> [Mutation]
  ) throws {
    if output.format == .json {
      Printer.data(try json(), as: .json)
    } else if !(output.quiet && !dryRun) {
      Printer.write(text)
    }
    if strict && rejected > 0 {
      throw CLIError.data("\(rejected) rows rejected and --strict given: nothing was imported")
    }
    if dryRun || mutations.isEmpty { return }
    try confirm?()
    let command = PlannedEdit(summary: "import \(URL(fileURLWithPath: file).lastPathComponent)") {
      ws throws(CommandError) in
      do { return try replan(ws) } catch let e as CommandError { throw e } catch {
        throw .invalid(field: "import", reason: "\(error)")
      }
    }
    // Nil: every row already matches the workspace; nothing is written.
    _ = try ctx.store.commit(command, seen: ctx.commandContext(actor: try ctx.actor(actor)))
  }
}

struct ImportDeals: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deals",
    abstract: "Import deals from a CSV file (creates missing people and accounts by name).",
    discussion: """
      --preset salesforce|hubspot|pipedrive reads the vendor's standard export (column names and stage \
      names); --map and --stage-map entries override the preset's.
      --map FIELD=COLUMN,… maps fields to CSV columns. Fields: \
      \(DealImportField.allCases.map(\.rawValue).joined(separator: ", ")).
      Without --map or --preset, columns named like the fields are used (what `export deals` writes).
      --stage-map VALUE=STAGE,… maps stage values to stage ids; `won` and `lost` mean the closed stages.
      Unmapped values equal to a stage's name (ignoring case) go to that stage.
      Rows update the deal with the same id, else external id, else name + account; else they create one.
      Rejected rows are listed with their file line number (the header is line 1) and skipped; with \
      --strict any rejected row aborts the import. Accepted rows are written as one durable step.
      A Salesforce report trailer (Grand Totals, Confidential Information, Copyright) is skipped.
      Open deals with a blank amount import at 0 (listed); won or lost ones are rejected. Deals without \
      a created date are dated from their close or next step date when not after today, else today.
      Each date column is read one way: slash dates that fit both day-first and month-first use \
      --date-format (or the preset's); a column mixing both is refused with the rows that disagree.
      Pipedrive closed deals take their close date from "Won time" / "Lost time".
      """)
  @OptionGroup var options: ImportOptions
  @Option(help: "Vendor export layout: salesforce, hubspot or pipedrive.") var preset: ImportPreset?
  @Option(name: .customLong("stage-map"), help: "VALUE=STAGE,…") var stageMap: String?

  func run() throws {
    var overrides: [DealImportField: String] = [:]
    if let map = options.map {
      do { overrides = try DealImporter.parseMapping(map) } catch { throw CLIError.usage("\(error)") }
    }
    let (ctx, table) = try options.load()
    let stages = stageMap.map(DealImporter.parseStageMap) ?? [:]
    let now = Clock.now()
    var importer: DealImporter
    if let preset {
      importer = DealImporter(
        preset: preset, header: table.header, mapping: overrides, stageMap: stages,
        dateOrder: options.dateOrder, now: now)
    } else {
      let mapping = options.map == nil ? DealImporter.identityMapping(for: table.header) : overrides
      importer = DealImporter(mapping: mapping, stageMap: stages, dateOrder: options.dateOrder, now: now)
    }
    for required in [DealImportField.name, .owner, .amount] where importer.mapping[required] == nil {
      throw CLIError.usage(
        "--map must map \(required.rawValue) (e.g. --map name=Deal,owner=Owner,amount=Amount, or --preset)")
    }
    importer.now = now
    importer.actor = try ctx.actor(options.actor)
    let plan: DealImportPlan
    do { plan = try importer.plan(table, workspace: ctx.workspace) } catch {
      throw CLIError.usage("\(error)")
    }
    let summary = DealImportSummary(plan)
    try options.finish(
      summary: Self.describe(summary, file: options.file, dryRun: options.dryRun),
      json: { try Printer.json(summary) }, rejected: plan.rejected.count, mutations: plan.mutations, ctx: ctx,
      replan: { [importer] ws in try importer.plan(table, workspace: ws).mutations })
  }

  static func describe(_ s: DealImportSummary, file: String, dryRun: Bool) -> String {
    var lines = s.previewLines()
    lines[0] = "\(dryRun ? "dry run: " : "")\(file): " + lines[0]
    if dryRun { lines.append("nothing was written") }
    return lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n"
  }

}
