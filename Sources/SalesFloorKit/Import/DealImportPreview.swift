/// The dry-run preview in words, shared by `salesfloor import --dry-run` and the cockpit's
/// `:import` modal, so both tell the user the same thing before anything is written.
extension DealImportSummary {
  public func previewLines() -> [String] {
    var lines = [
      "\(rowsRead) rows read", "  deals to create: \(toCreate)", "  deals to update: \(toUpdate)",
      "  unchanged: \(unchanged)", "  people to create: \(newPeople.count)\(Self.list(newPeople))",
      "  accounts to create: \(newAccounts.count)\(Self.list(newAccounts))",
    ]
    for (value, stage) in stageMapping.sorted(by: { $0.key < $1.key }) {
      lines.append("  stage \"\(value)\" → \(stage)")
    }
    for (value, n) in unmappedStages.sorted(by: { $0.key < $1.key }) {
      lines.append("  stage \"\(value)\" unmapped (\(n) rows)")
    }
    lines += Self.noteLines(footerLines: footerLines)
    if !noAmountLines.isEmpty {
      lines.append(
        "  \(noAmountLines.count) open deals have no amount: imported at 0 — \(Self.lines(noAmountLines))")
    }
    for source in Set(undated.map(\.reason)).sorted() {
      let rows = undated.filter { $0.reason == source }.map(\.row)
      let from = source == "import day" ? "the import day" : "their \(source)"
      lines.append("  \(rows.count) deals have no created date: dated from \(from) — \(Self.lines(rows))")
    }
    if !newProducts.isEmpty {
      lines.append("  products to create: \(newProducts.count)\(Self.list(newProducts))")
    }
    for n in productNotes { lines.append("  priced line \(n.row): \(n.reason)") }
    for r in rejected { lines.append("  rejected line \(r.row): \(r.reason)") }
    for w in warnings { lines.append("  flagged line \(w.row): \(w.reason)") }
    return lines
  }

  /// The skipped trailer, in words (every importer's preview says it the same way).
  public static func noteLines(footerLines: Int) -> [String] {
    footerLines > 0 ? ["  skipped \(footerLines) footer lines (Salesforce report trailer)"] : []
  }

  /// `line 4` or `lines 4, 9, 12` (up to 20, then `…`).
  public static func lines(_ rows: [Int]) -> String {
    let shown = rows.prefix(20).map(String.init).joined(separator: ", ")
    return (rows.count == 1 ? "line " : "lines ") + shown + (rows.count > 20 ? ", …" : "")
  }

  /// Up to ten names in parentheses, for preview lines.
  public static func list(_ names: [String]) -> String {
    if names.isEmpty { return "" }
    let shown = names.prefix(10).joined(separator: ", ")
    return " (" + shown + (names.count > 10 ? ", …" : "") + ")"
  }
}
