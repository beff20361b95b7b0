import SalesFloorKit

/// The lines a close confirmation shows: which deal, its amount, and what the close changes (stage
/// and close date, before → after), read from the edit itself so the preview is what is written.
public enum ClosePreview {
  /// "Deal", "Amount", "Stage: A → B", "Close date: D1 → D2" for a deal before and after `edit`.
  public static func lines(_ before: Deal, edit: Edit, in ws: Workspace) -> [String] {
    let after =
      edit.mutations.lazy.compactMap { m -> Deal? in
        if case .put(.deal(let d)) = m, d.id == before.id { return d }
        return nil
      }.first ?? before
    let account = before.accountId.flatMap { ws.accounts[id: $0]?.name }
    func stage(_ id: String) -> String { ws.settings.stage(id)?.name ?? id }
    var out = [
      "Deal:       \(before.name)\(account.map { " (\($0))" } ?? "")",
      "Amount:     \(Money.grouped(before.amount, currency: before.currency)) \(before.currency)",
      "Stage:      \(stage(before.stage)) → \(stage(after.stage))",
      "Close date: \(before.closeDate?.description ?? "none") → \(after.closeDate?.description ?? "none")",
    ]
    if let reason = after.lostReason, reason != before.lostReason { out.append("Lost reason: \(reason)") }
    return out
  }
}
