import SalesFloorKit

/// Cost of sales per team and the reps within reach of an accelerator, for the Comp view.
public struct CompLeverData: Sendable {
  public var costOfSales: CostOfSales
  public var withinReach: WithinReach

  /// From the statements the Comp view already holds (no second pass over the deals per person).
  static func build(_ ws: Workspace, scope: Scope, period: Period, rows: [CompViewRow]) -> CompLeverData {
    var statements: [String: CompStatement] = [:]
    for r in rows { statements[r.personId] = r.statement }
    return CompLeverData(
      costOfSales: CompLever.costOfSales(ws, period: period, scope: scope, statements: statements),
      withinReach: CompLever.withinReach(ws, period: period, statements: statements))
  }
}

/// The lines under the selected person's statement in the Comp view.
enum CompLeverText {
  static func lines(_ d: CompLeverData, width: Int, glyphs: Glyphs) -> [ListItem] {
    let c = d.costOfSales.currency
    let g = { (v: Int64) in Money.grouped(v, currency: c) }
    var out = [
      ViewText.rule, ListItem("Cost of sales (payouts ÷ bookings) · \(d.costOfSales.period)", role: .header),
    ]
    for t in d.costOfSales.teams {
      out.append(
        ListItem("  \(t.managerName): \(g(t.payouts)) ÷ \(g(t.bookings)) = \(pct(t.costOfSales))"))
    }
    out.append(
      ListItem(
        "  All shown: \(g(d.costOfSales.totalPayouts)) ÷ \(g(d.costOfSales.totalBookings)) = "
          + pct(d.costOfSales.costOfSales), role: .title))
    out.append(ViewText.rule)
    let margin = Int(d.withinReach.marginPoints)
    out.append(ListItem("Within reach of an accelerator (≤ \(margin) pts below)", role: .header))
    if d.withinReach.people.isEmpty {
      out.append(ListItem("  Nobody is within \(margin) points of an accelerator.", role: .muted))
    }
    for p in d.withinReach.people {
      out.append(
        ListItem(
          "  \(p.name): \(String(format: "%.1f", p.attainmentPercent))% → \(CompViewText.num(p.thresholdPercent))% "
            + "(\(CompViewText.num(p.rateBelow))× → \(CompViewText.num(p.rate))×) · "
            + "\(String(format: "%.1f", p.gapPoints)) pts · \(g(p.gapAmount)) to go", role: .positive))
    }
    return out
  }

  /// One decimal: cost of sales moves in tenths of a point.
  static func pct(_ r: Double?) -> String { r.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
}
