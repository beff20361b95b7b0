import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor report hiring`: stage conversion and time to hire by source, and the share of hires
/// who ramped at 3 and 6 months by source and by interview score, each with n and an interval.
struct HiringReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hiring",
    abstract: "Time to hire, stage conversion and ramp at 3/6 months by source and by interview score.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Option(help: "Only candidates sourced on or after this day.") var from: String?
  @Option(help: "Only candidates sourced on or before this day.") var to: String?

  func run() throws {
    let asOf = try asOfOption.day()
    let ctx = try WorkspaceContext.open(workspace, asOf: asOf)
    let s = ctx.workspace.settings
    let r = Reports.hiring(
      ctx.workspace, from: try from.map { try CLIInput.day($0, flag: "from", settings: s) },
      to: try to.map { try CLIInput.day($0, flag: "to", settings: s) }, asOf: asOf)
    switch output.format {
    case .json: try Printer.emit(r, table: { csv(r) }, format: .json)
    case .csv: try Printer.emit(r, table: { csv(r) }, format: .csv)
    case .table:
      Printer.write(
        funnelTable(r).renderText() + "\n" + rampTable("BY SOURCE", r.bySource).renderText() + "\n"
          + rampTable("BY INTERVIEW SCORE", r.byScore).renderText()
          + "\nRamped: attainment ≥ \(percent(r.rampedThreshold)) of the ramp-plan quota over months 1–3 "
          + "(3M) and 4–6 (6M); 95% Wilson intervals; under \(HiringReport.minimumPerGroup) hires: too few to compare.\n"
      )
    }
  }

  private func conversions(_ f: HiringReport.Funnel) -> [String] { f.conversion.map(percent) }

  private func funnelTable(_ r: HiringReport) -> TextTable {
    var t = TextTable([
      .init(title: "SOURCE"), .init(title: "CANDIDATES", align: .right),
      .init(title: "→SCREENED", align: .right),
      .init(title: "→INTERVIEWED", align: .right), .init(title: "→OFFER", align: .right),
      .init(title: "→HIRED", align: .right), .init(title: "HIRES", align: .right),
      .init(title: "MEDIAN DAYS", align: .right),
    ])
    for f in r.funnels + [r.total] {
      t.add(
        [Self.label(f.source), String(f.candidates)] + conversions(f) + [
          String(f.hires), f.medianDaysToHire.map { String(format: "%g", $0) } ?? "-",
        ], money: false)
    }
    return t
  }

  private func share(_ s: HiringReport.RampShare) -> String {
    guard let p = s.share else { return "-" }
    let ci = s.interval.map { " (\(percent($0.lower))–\(percent($0.upper)))" } ?? ""
    return "\(s.ramped)/\(s.n) \(percent(p))\(ci)"
  }

  private func rampTable(_ title: String, _ groups: [HiringReport.RampGroup]) -> TextTable {
    var t = TextTable([
      .init(title: title), .init(title: "RAMPED 3M (95% CI)"), .init(title: "RAMPED 6M (95% CI)"),
      .init(title: "NOTE"),
    ])
    for g in groups {
      let few = !g.months3.enough || !g.months6.enough
      t.add(
        [Self.label(g.group), share(g.months3), share(g.months6), few ? "too few to compare" : ""],
        money: false)
    }
    return t
  }

  /// One row per source (funnel and ramp) and per score band, for spreadsheets.
  private func csv(_ r: HiringReport) -> TextTable {
    var t = TextTable(
      [
        "SECTION", "GROUP", "CANDIDATES", "SCREENED", "INTERVIEWED", "OFFER", "HIRED", "MEDIAN_DAYS", "N_3M",
        "RAMPED_3M", "LOW_3M", "HIGH_3M", "N_6M", "RAMPED_6M", "LOW_6M", "HIGH_6M",
      ].map { TextTable.Column(title: $0) })
    func num(_ d: Double?) -> String { d.map { String(format: "%.4f", $0) } ?? "" }
    func ramp(_ s: HiringReport.RampShare) -> [String] {
      [String(s.n), String(s.ramped), num(s.interval?.lower), num(s.interval?.upper)]
    }
    let empty = Array(repeating: "", count: 8)
    for f in r.funnels + [r.total] {
      let g = r.bySource.first { $0.group == f.source }
      t.add(
        ["source", f.source, String(f.candidates)] + f.conversion.map(num) + [num(f.medianDaysToHire)]
          + (g.map { ramp($0.months3) + ramp($0.months6) } ?? empty), money: false)
    }
    for g in r.byScore {
      t.add(
        ["score", g.group] + Array(repeating: "", count: 6) + ramp(g.months3) + ramp(g.months6), money: false)
    }
    return t
  }

  static func label(_ source: String) -> String { Candidate.Source(rawValue: source)?.label ?? source }
}
