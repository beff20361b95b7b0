import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor import quotas FILE.csv`: one quota per person (or team) and period, replacing what
/// is set; the plan (before → after) first, a question when more than one quota changes.
struct ImportQuotas: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotas", abstract: "Import quotas from a CSV file (one per person or team and period).",
    discussion: """
      Columns: person (id, email or name) or team, period (2026-Q4, 2026-11, FY2026), amount, and \
      optionally currency and ramp (true/false; default: the replaced quota's, else true). \
      --map FIELD=COLUMN,… maps fields (\(QuotaImporter.fields.joined(separator: ", "))) to other columns.
      A person or team has one quota per period: a row replaces the quota already set (shown before → \
      after), never adds a second. Rejected rows are listed by file line number (--strict aborts). \
      More than one change asks before applying (--yes for scripts); all rows are one transaction \
      (salesfloor undo takes it back).
      """)
  @OptionGroup var options: ImportOptions
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false

  func run() throws {
    var mapping: [String: String]?
    if let map = options.map {
      do { mapping = try ImportMapping.parse(map) } catch { throw CLIError.usage("\(error)") }
    }
    let (ctx, table) = try options.load()
    let importer = QuotaImporter(
      mapping: mapping ?? QuotaImporter.identityMapping(header: table.header), now: Clock.now())
    let plan: QuotaImportPlan
    do { plan = try importer.plan(table, workspace: ctx.workspace) } catch {
      throw CLIError.usage("\(error)")
    }
    let summary = QuotaImportSummary(plan, workspace: ctx.workspace)
    var lines = summary.previewLines()
    lines[0] = "\(options.dryRun ? "dry run: " : "")\(options.file): " + lines[0]
    if options.dryRun { lines.append("nothing was written") }
    let yes = yes
    let changes = plan.mutations.count
    try options.finish(
      summary: lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n",
      json: { try Printer.json(summary) }, rejected: plan.rejected.count, mutations: plan.mutations, ctx: ctx,
      confirm: {
        if changes > 1 {
          try Confirmation.ask("import quotas: \(changes) quota changes. Apply them?", yes: yes)
        }
      }, replan: { ws in try importer.plan(table, workspace: ws).mutations })
  }
}

/// `salesfloor import json FILE`: what `salesfloor export json` wrote, matched by id.
struct ImportJSON: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "json", abstract: "Import a whole workspace from `salesfloor export json`.",
    discussion: """
      Into an empty workspace it recreates the exported one. Into one with records it matches by id: \
      records the file does not have are kept; new ones are created and changed ones replaced, shown \
      field by field (before → after), and it asks before applying (--yes for scripts). One \
      transaction (salesfloor undo takes it back). Bad JSON names the file and the place; a file \
      from a newer SalesFloor is refused; nothing is written in either case.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "JSON file written by `salesfloor export json`.") var file: String
  @Flag(name: .customLong("dry-run"), help: "Show what would happen; write nothing.") var dryRun = false
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false
  @OptionGroup var actor: ActorOption

  /// The `--format json` summary.
  struct Summary: Codable {
    var toCreate: Int
    var toUpdate: Int
    var unchanged: Int
    var changes: [ChangePreview.Line]
  }

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file) else {
      throw CLIError.usage("cannot read \(file): no such file or not readable")
    }
    let doc: WorkspaceDocument
    do { doc = try WorkspaceDocument.read(data, file: file) } catch { throw CLIError.data("\(error)") }
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let ws = ctx.workspace
    let plan = WorkspaceImportPlan(doc, into: ws)
    let preview = ChangePreview(plan.updated.map { .put($0) }, in: ws)
    if output.format == .json {
      Printer.data(
        try Printer.json(
          Summary(
            toCreate: plan.created.count, toUpdate: plan.updated.count, unchanged: plan.unchanged,
            changes: preview.lines)), as: .json)
    } else if !(output.quiet && !dryRun) {
      Printer.write(
        "\(dryRun ? "dry run: " : "")\(Sanitize.text(file)): \(plan.created.count) to create, "
          + "\(plan.updated.count) to update, \(plan.unchanged) unchanged\n")
      if !plan.updated.isEmpty { BulkChange.show(preview) }
      if dryRun { Printer.write("nothing was written\n") }
    }
    if dryRun || plan.isNoOp { return }
    if !ws.isEmpty {
      try Confirmation.ask(
        "import json: \(plan.created.count) records to create and \(plan.updated.count) to replace. Apply them?",
        yes: yes)
    }
    let name = URL(fileURLWithPath: file).lastPathComponent
    let command = PlannedEdit(summary: "import \(name)") { ws throws(CommandError) in
      WorkspaceImportPlan(doc, into: ws).mutations
    }
    _ = try ctx.store.commit(command, seen: ctx.commandContext(actor: try ctx.actor(actor)))
  }
}
