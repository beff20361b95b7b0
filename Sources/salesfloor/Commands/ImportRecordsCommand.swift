import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor import accounts|people|activities FILE.csv`: one implementation, three commands.
enum ImportRecords {
  /// `mapping` turns the file's header and `--map` into the field → column mapping (default:
  /// `--map`, else the columns named like the fields); `confirm` runs before anything is written.
  static func run(
    _ kind: RecordImportKind, _ options: ImportOptions,
    mapping resolve: (([String], [String: String]?) -> [String: String])? = nil,
    confirm: ((Int) throws -> Void)? = nil
  ) throws {
    var mapping: [String: String]?
    if let map = options.map {
      do { mapping = try ImportMapping.parse(map) } catch { throw CLIError.usage("\(error)") }
    }
    let (ctx, table) = try options.load()
    let fields =
      resolve?(table.header, mapping) ?? mapping ?? RecordImporter.identityMapping(kind, header: table.header)
    let importer = RecordImporter(
      kind: kind, mapping: fields, dateOrder: options.dateOrder, now: Clock.now())
    let plan: RecordImportPlan
    do { plan = try importer.plan(table, workspace: ctx.workspace) } catch {
      throw CLIError.usage("\(error)")
    }
    let summary = RecordImportSummary(plan)
    try options.finish(
      summary: describe(summary, file: options.file, dryRun: options.dryRun),
      json: { try Printer.json(summary) }, rejected: plan.rejected.count, mutations: plan.mutations, ctx: ctx,
      confirm: confirm.map { ask in { try ask(plan.created.count + plan.updated.count) } },
      replan: { ws in try importer.plan(table, workspace: ws).mutations })
  }

  static func describe(_ s: RecordImportSummary, file: String, dryRun: Bool) -> String {
    let noun = s.kind.rawValue
    var lines = [
      "\(dryRun ? "dry run: " : "")\(file): \(s.rowsRead) rows read",
      "  \(noun) to create: \(s.toCreate)", "  \(noun) to update: \(s.toUpdate)",
      "  unchanged: \(s.unchanged)",
    ]
    if (s.kind != .people && s.kind != .contacts) || !s.newPeople.isEmpty {
      lines.append("  people to create: \(s.newPeople.count)\(DealImportSummary.list(s.newPeople))")
    }
    if s.kind != .accounts || !s.newAccounts.isEmpty {
      lines.append("  accounts to create: \(s.newAccounts.count)\(DealImportSummary.list(s.newAccounts))")
    }
    if s.kind == .people {
      lines.append("  managers to create: \(s.newManagers.count)")
      for m in s.newManagers { lines.append("  will create manager \(m)") }
    }
    lines += DealImportSummary.noteLines(footerLines: s.footerLines)
    for r in s.rejected { lines.append("  rejected line \(r.row): \(r.reason)") }
    for w in s.warnings { lines.append("  flagged line \(w.row): \(w.reason)") }
    if dryRun { lines.append("nothing was written") }
    return lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n"
  }

  static func discussion(_ kind: RecordImportKind) -> String {
    """
    --map FIELD=COLUMN,… maps fields to CSV columns. Fields: \(kind.fields.joined(separator: ", ")) \
    (required: \(kind == .contacts ? "name or firstName/lastName, account" : kind.required.joined(separator: ", "))). Without --map, columns named like the fields \
    are used (what `salesfloor export \(kind.rawValue)` writes).
    Rows update the record with the same id, else external id, else the same \
    \(kind == .activities ? "subject, owner and due day" : kind == .contacts ? "email, else name and account" : "name"); \
    else they create one.
    Rejected rows are listed by file line number and skipped (--strict aborts); the rest is one durable \
    step. A Salesforce report trailer is skipped. Date columns are read one way (see --date-format).\
    \(kind == .people ? "\nA manager a row names (by name, email or id) who exists nowhere is created with role manager." : "")
    """
  }

  struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "accounts", abstract: "Import accounts from a CSV file.", discussion: discussion(.accounts)
    )
    @OptionGroup var options: ImportOptions
    func run() throws { try ImportRecords.run(.accounts, options) }
  }

  struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "people", abstract: "Import people from a CSV file (managers by name or id).",
      discussion: discussion(.people))
    @OptionGroup var options: ImportOptions
    func run() throws { try ImportRecords.run(.people, options) }
  }

  struct Activities: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "activities", abstract: "Import activities from a CSV file (deals must exist).",
      discussion: discussion(.activities))
    @OptionGroup var options: ImportOptions
    func run() throws { try ImportRecords.run(.activities, options) }
  }
}
