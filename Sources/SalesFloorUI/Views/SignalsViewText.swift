import SalesFloorKit

/// The Coaching signals view: what the signal engine found for the scope, each with its
/// evidence, marked when a coaching item already covers it.
enum SignalsViewText {
  static func lines(_ r: CoachingReport, _ s: CockpitState, width: Int) -> [ListItem] {
    layout(r, s, width: width).lines
  }

  /// The view's lines and, per signal in `ordered` order, the range of lines its block takes
  /// (the cursor keeps the selected block on screen).
  static func layout(
    _ r: CoachingReport, _ s: CockpitState, width: Int
  ) -> (lines: [ListItem], blocks: [Range<Int>]) {
    let fresh = r.signals.filter { $0.handling == .new }.count
    var out = [
      ListItem(
        "\(r.signals.count) signal\(r.signals.count == 1 ? "" : "s") · \(fresh) new · "
          + "\(r.signals.count - fresh) already handled by a coaching item",
        role: .title)
    ]
    if r.signals.isEmpty { out.append(ListItem("No coaching signals for this scope.", role: .muted)) }
    var blocks: [Range<Int>] = []
    let selected = s.views.signalCursor.index
    for (i, sig) in ordered(r, s).enumerated() {
      out.append(ViewText.rule)
      let start = out.count
      let mark = sig.handling == .new ? "NEW" : handled(sig)
      let pointer = i == selected ? s.glyphs.pointer + " " : "  "
      out.append(
        ListItem(
          "\(pointer)\(name(sig.personId, s)) · \(sig.kind.title) · \(priority(sig.priority)) · \(mark)",
          role: i == selected
            ? .selection : sig.handling == .new ? (sig.priority == .high ? .negative : .warning) : .muted))
      let e = sig.evidence
      out.append(
        ListItem("    \(number(e.value)) vs threshold \(number(e.threshold)): \(e.metric)"))
      if let detail = e.detail, !detail.isEmpty { out.append(ListItem("    \(detail)", role: .muted)) }
      if !e.dealIds.isEmpty {
        let deals = e.dealIds.map { s.workspace.deals[id: $0]?.name ?? $0 }
        out.append(ListItem("    deals: " + deals.joined(separator: ", "), role: .muted))
      }
      out.append(ListItem("    " + sig.reason, role: .muted))
      blocks.append(start..<out.count)
    }
    return (out, blocks)
  }

  /// Signals as the view lists them: new first, then by priority, rep and kind.
  static func ordered(_ r: CoachingReport, _ s: CockpitState) -> [CoachingSignal] {
    r.signals.sorted {
      ($0.handling != .new ? 1 : 0, $0.priority, name($0.personId, s), $0.kind.rawValue) < (
        $1.handling != .new ? 1 : 0, $1.priority, name($1.personId, s), $1.kind.rawValue
      )
    }
  }

  static func name(_ id: String, _ s: CockpitState) -> String { s.workspace.people[id: id]?.name ?? id }

  static func handled(_ sig: CoachingSignal) -> String {
    let item = sig.itemId.map { " by \($0)" } ?? ""
    switch sig.handling {
    case .new: return "NEW"
    case .covered: return "covered\(item)"
    case .snoozed: return "snoozed\(item)" + (sig.snoozedUntil.map { " until \($0.iso)" } ?? "")
    case .dismissed: return "dismissed\(item)"
    }
  }

  static func priority(_ p: CoachingItem.Priority) -> String {
    switch p {
    case .high: return "high"
    case .medium: return "medium"
    case .low: return "low"
    }
  }

  /// Whole numbers as such, ratios with two decimals.
  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e12 ? String(Int(v)) : String(format: "%.2f", v)
  }
}
