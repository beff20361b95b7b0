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
    for r in rejected { lines.append("  rejected line \(r.row): \(r.reason)") }
    for w in warnings { lines.append("  flagged line \(w.row): \(w.reason)") }
    return lines
  }

  /// Up to ten names in parentheses, for preview lines.
  public static func list(_ names: [String]) -> String {
    if names.isEmpty { return "" }
    let shown = names.prefix(10).joined(separator: ", ")
    return " (" + shown + (names.count > 10 ? ", …" : "") + ")"
  }
}
