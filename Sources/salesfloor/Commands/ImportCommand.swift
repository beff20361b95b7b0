import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor import deals FILE.csv --map …`: a generic CSV import, previewable with --dry-run.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import data from CSV files.", subcommands: [ImportDeals.self])
}

struct ImportDeals: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deals",
    abstract: "Import deals from a CSV file (creates missing people and accounts by name).",
    discussion: """
      --map FIELD=COLUMN,… maps fields to CSV columns. Fields: \
      \(DealImportField.allCases.map(\.rawValue).joined(separator: ", ")).
      --stage-map VALUE=STAGE,… maps stage values to stage ids; `won` and `lost` mean the closed stages.
      Unmapped values equal to a stage's name (ignoring case) go to that stage.
      Rejected rows are listed with their line number (the header is line 1) and skipped; with --strict
      any rejected row aborts the import. Accepted rows are written as one durable step.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "CSV file (UTF-8 or Windows-1252; comma, semicolon or tab separated).") var file: String
  @Option(help: "FIELD=COLUMN,… (required: name, owner, amount).") var map: String
  @Option(name: .customLong("stage-map"), help: "VALUE=STAGE,…") var stageMap: String?
  @Flag(name: .customLong("dry-run"), help: "Show what would happen; write nothing.") var dryRun = false
  @Flag(help: "Abort when any row is rejected.") var strict = false
  @Flag(name: .customLong("day-first"), help: "Read ambiguous dates like 03/04/2026 as day/month.")
  var dayFirst = false

  func run() throws {
    let mapping: [DealImportField: String]
    do { mapping = try DealImporter.parseMapping(map) } catch { throw CLIError.usage("\(error)") }
    for required in [DealImportField.name, .owner, .amount] where mapping[required] == nil {
      throw CLIError.usage(
        "--map must map \(required.rawValue) (e.g. --map name=Deal,owner=Owner,amount=Amount)")
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError.usage("cannot read \(file): no such file or not readable")
    }
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let table: CSVTable
    do { table = try CSVTable.parse(data) } catch { throw CLIError.data("\(file): \(error)") }
    let importer = DealImporter(
      mapping: mapping, stageMap: stageMap.map(DealImporter.parseStageMap) ?? [:], dayFirst: dayFirst,
      now: Clock.now())
    let plan: DealImportPlan
    do { plan = try importer.plan(table, workspace: ctx.workspace) } catch {
      throw CLIError.usage("\(error)")
    }
    let summary = DealImportSummary(plan)
    if output.format == .json {
      Printer.write(try Printer.json(summary))
    } else {
      Printer.write(Self.describe(summary, file: file, dryRun: dryRun))
    }
    if strict && !plan.rejected.isEmpty {
      throw CLIError.data("\(plan.rejected.count) rows rejected and --strict given: nothing was imported")
    }
    if dryRun || plan.isNoOp { return }
    try ctx.commit("import \(URL(fileURLWithPath: file).lastPathComponent)", plan.mutations)
  }

  static func describe(_ s: DealImportSummary, file: String, dryRun: Bool) -> String {
    var lines = [
      "\(dryRun ? "dry run: " : "")\(file): \(s.rowsRead) rows read",
      "  deals to create: \(s.toCreate)", "  deals to update: \(s.toUpdate)", "  unchanged: \(s.unchanged)",
      "  people to create: \(s.newPeople.count)\(s.newPeople.isEmpty ? "" : " (" + s.newPeople.joined(separator: ", ") + ")")",
      "  accounts to create: \(s.newAccounts.count)",
    ]
    for (value, stage) in s.stageMapping.sorted(by: { $0.key < $1.key }) {
      lines.append("  stage \"\(value)\" → \(stage)")
    }
    for (value, n) in s.unmappedStages.sorted(by: { $0.key < $1.key }) {
      lines.append("  stage \"\(value)\" unmapped (\(n) rows)")
    }
    for r in s.rejected { lines.append("  rejected line \(r.row): \(r.reason)") }
    for w in s.warnings { lines.append("  flagged line \(w.row): \(w.reason)") }
    if dryRun { lines.append("nothing was written") }
    return lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n"
  }
}
