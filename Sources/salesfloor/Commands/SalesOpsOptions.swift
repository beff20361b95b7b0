import ArgumentParser
import Foundation
import SalesFloorKit

/// Options the sales-operations commands share: workspace, output, as-of, period and `--as NAME`.
struct SalesOpsOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Period: 2026-Q4, 2026-11 or FY2026 (default: the current fiscal quarter).") var period:
    String?
  @Option(name: .customLong("as"), help: "Whose view: a person's name or id (a manager sees their reports).")
  var asName: String?

  var grouped: Bool { output.format == .table }

  /// The period given, else the current one of `kind`.
  func resolvePeriod(_ ws: Workspace, asOf: Day, kind: Period.Kind = .quarter) throws -> Period {
    guard let text = period else {
      return Period.containing(asOf, kind: kind, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    }
    return try CLIInput.period(text, settings: ws.settings)
  }

  /// `--as` person (required for some commands).
  func person(_ ctx: WorkspaceContext) throws -> Person? {
    try asName.map { try ctx.viewer($0) }
  }

  /// The scope `--as` gives: a person and their reports, else everyone.
  func scope(_ ctx: WorkspaceContext) throws -> Scope {
    guard let p = try person(ctx) else { return .everyone }
    return .personAndReports(p.id)
  }
}

/// Shared cell formatting for the sales-operations tables.
enum OpsFormat {
  static func ratio(_ r: Double?) -> String {
    guard let r, r.isFinite else { return "-" }
    return String(format: "%.2f", r)
  }
}
