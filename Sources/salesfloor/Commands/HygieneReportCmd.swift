import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report hygiene`: each rep's CRM hygiene score, its parts and weekly trend; with
/// `--person`, every item to fix, best first (docs/salesops.md "CRM hygiene").
struct HygieneReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hygiene",
    abstract: "CRM hygiene per rep: score, its parts, weekly trend; --person lists what to fix.")
  @OptionGroup var options: ReportOptions
  @Option(help: "Only this person, with every item to fix (name or id).") var person: String?
  @Option(help: "Weeks of trend, the current one included (1–52).") var weeks: Int = 8

  func validate() throws {
    guard (1...52).contains(weeks) else { throw ValidationError("--weeks: give 1 to 52, got \(weeks)") }
  }

  func run() throws {
    let (ctx, _, scope, asOf) = try options.resolve()
    let ws = ctx.workspace
    let who = try person.map { try ctx.person($0) }
    let r = Reports.hygiene(
      ws, scope: scope, asOf: asOf, weeks: weeks, personId: who?.id,
      fixLimit: who == nil ? Hygiene.fixCount : nil)
    for t in r.unknownRequiredFields {
      printError("warning: settings requiredFields \(t): not a field, ignored")
    }
    if who != nil && options.output.format == .csv {
      try Printer.emit(r, table: { fixTable(r) }, format: .csv)
      return
    }
    try Printer.emit(r, table: { scoreTable(r, fixes: who != nil) }, format: options.output.format)
  }

  /// One row per rep: score, each part as failing/checked, the trend oldest first.
  func scoreTable(_ r: HygieneReport, fixes: Bool) -> TextTable {
    var columns: [TextTable.Column] = [.init(title: "REP"), .init(title: "SCORE", align: .right)]
    columns += HygienePart.allCases.map { .init(title: $0.heading.uppercased(), align: .right) }
    columns.append(.init(title: "TREND"))
    var t = TextTable(columns)
    for row in r.rows {
      var cells = [row.name, String(row.score.score)]
      for p in row.score.parts {
        if p.part == .activity {
          cells.append(
            p.weight == 0 ? "\(row.score.activitiesLogged)" : "\(p.denominator - p.count)/\(p.denominator)"
          )
        } else {
          cells.append(p.denominator == 0 ? "-" : "\(p.count)/\(p.denominator)")
        }
      }
      cells.append(row.trend.map(String.init).joined(separator: " "))
      t.add(cells)
    }
    t.notes.append("Trend: weeks ending \(r.weekEnds.map(\.iso).joined(separator: ", "))")
    if r.rows.contains(where: { $0.score.activityGoal == nil }) {
      t.notes.append(
        "Activity: done/weekly goal; a rep without a weekly goal shows activities logged, not scored")
    }
    if fixes, let row = r.rows.first {
      t.notes.append(
        row.fixes.isEmpty ? "Nothing to fix." : "To fix (\(row.fixes.count)), most points first:")
      for f in row.fixes { t.notes.append("  +\(String(format: "%.1f", f.gain))  \(f.text)") }
    }
    return t
  }

  /// `--person --format csv`: one row per item to fix.
  func fixTable(_ r: HygieneReport) -> TextTable {
    var t = TextTable([
      .init(title: "DEAL"), .init(title: "NAME"), .init(title: "PART"), .init(title: "ACTION"),
      .init(title: "GAIN", align: .right),
    ])
    for f in r.rows.first?.fixes ?? [] {
      t.add([f.dealId ?? "", f.dealName ?? "", f.part.rawValue, f.action, String(format: "%.1f", f.gain)])
    }
    return t
  }
}
