import SalesFloorKit

/// The Comp view's statement for one person: credited deals, attainment, each tier's slice and
/// payout, cap and draw, total, and what the Commit deals closing this period would add.
enum CompViewText {
  static func lines(_ row: CompViewRow, _ s: CockpitState, width: Int) -> [ListItem] {
    let st = row.statement
    let c = st.currency
    let g = { (v: Int64) in Money.grouped(v, currency: c) }
    var out = [
      ListItem("\(st.personName) · \(st.planName) · \(st.period)", role: .title),
      ListItem(
        "Quota \(g(st.quota))" + (st.ramped ? " (ramped from \(g(st.fullQuota)))" : "")
          + " · credited \(g(st.credited)) · attainment \(pct1(st.attainment))"),
      ListItem("On-target variable \(g(st.targetVariable)) \(c)", role: .muted),
      ViewText.rule,
    ]
    if st.deals.isEmpty {
      out.append(ListItem("No won deals credited in \(st.period).", role: .muted))
    } else {
      out += ViewText.table(
        [
          TableColumn("Credited deal", width: ColumnWidth(min: 10, max: 40, flex: 1)),
          TableColumn("Closed", width: ColumnWidth(min: 10, max: 10)),
          TableColumn("Amount", width: ColumnWidth(min: 6, max: 14), alignment: .right),
        ],
        st.deals.map { [$0.name, $0.closeDate?.iso ?? "", g($0.amount)] }, width: width, glyphs: s.glyphs)
    }
    out.append(ViewText.rule)
    let tierRows = st.tiers.map { t -> [String] in
      let range = t.to.map { "\(num(t.from))–\(num($0))%" } ?? "\(num(t.from))%+"
      return [range, String(format: "%.2f×", t.rate), String(format: "%.1f pts", t.portion), g(t.payout)]
    }
    out += ViewText.table(
      [
        TableColumn("Tier", width: ColumnWidth(min: 8, max: 12)),
        TableColumn("Rate", width: ColumnWidth(min: 5, max: 6), alignment: .right),
        TableColumn("Portion", width: ColumnWidth(min: 8, max: 10), alignment: .right),
        TableColumn("Payout", width: ColumnWidth(min: 6, max: 14), alignment: .right),
      ], tierRows, width: width, glyphs: s.glyphs)
    out.append(ListItem("Earned \(g(st.earned))"))
    if let cap = st.cap {
      out.append(
        ListItem("Cap \(g(cap)) → after cap \(g(st.afterCap))", role: st.earned > cap ? .warning : .text))
    } else {
      out.append(ListItem("No cap", role: .muted))
    }
    if let draw = st.draw {
      out.append(ListItem("Draw \(g(draw)) · top-up \(g(st.drawTopUp)) (recoverable)"))
    }
    out.append(ListItem("Total payout \(g(st.total)) \(c)", role: .title))
    out.append(ViewText.rule)
    if let w = row.whatIf {
      let n = w.addedDealIds.count
      out.append(
        ListItem(
          row.whatIfMarked
            ? "What-if: if the \(n) marked deal\(n == 1 ? "" : "s") close:"
            : "What-if: if the \(n) deal\(n == 1 ? "" : "s") closing this period in Commit close:",
          role: .positive))
      out.append(
        ListItem(
          "  payout becomes \(g(w.withDeals.total)) (\(w.payoutDelta >= 0 ? "+" : "")\(g(w.payoutDelta)))"
            + " · attainment \(pct1(w.withDeals.attainment))", role: .positive))
      for d in w.withDeals.deals where d.hypothetical {
        out.append(
          ListItem("  \(d.name) · \(d.closeDate?.iso ?? "no close date") · \(g(d.amount))", role: .muted))
      }
    } else {
      out.append(
        ListItem(
          "What-if: no open Commit deals close this period (mark deals with Space in the pipeline).",
          role: .muted))
    }
    if let levers = s.views.compLevers { out += CompLeverText.lines(levers, width: width, glyphs: s.glyphs) }
    return out
  }

  /// Attainment with one decimal (`87.5%`): payouts turn on tenths of a point near tier edges.
  static func pct1(_ r: Double?) -> String { r.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }

  /// A tier bound without a needless `.0`.
  static func num(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v) }
}
