import SalesFloorKit

/// The Onboarding view: each new hire's ramp month and percent, ramped quota and attainment,
/// milestones reached or late, and required training done.
enum OnboardingViewText {
  static func lines(_ r: RampReport, _ s: CockpitState, width: Int) -> [ListItem] {
    guard !r.people.isEmpty else {
      return [ListItem("No one in this scope is ramping (no recent hire date or ramp plan).", role: .muted)]
    }
    let c = r.currency
    let m = { (v: Int64) in ViewText.money(v, c) }
    let columns = [
      TableColumn("New hire", width: ColumnWidth(min: 8, max: 24, flex: 1)),
      TableColumn("Hired", width: ColumnWidth(min: 10, max: 10)),
      TableColumn("Month", width: ColumnWidth(min: 5, max: 5), alignment: .right),
      TableColumn("Ramp", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      TableColumn("Quota", width: ColumnWidth(min: 5, max: 9), alignment: .right),
      TableColumn("Full", width: ColumnWidth(min: 5, max: 9), alignment: .right),
      TableColumn("Won", width: ColumnWidth(min: 5, max: 9), alignment: .right),
      TableColumn("Att", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      TableColumn("Miles", width: ColumnWidth(min: 5, max: 6), alignment: .right),
      TableColumn("Training", width: ColumnWidth(min: 5, max: 8), alignment: .right),
    ]
    var out: [ListItem] = []
    for (i, p) in r.people.enumerated() {
      let reached = p.milestones.filter { $0.reachedOn != nil }.count
      let behind = p.milestones.contains { $0.status == "late" || $0.status == "overdue" }
      let row = [
        p.name, p.hireDate.iso, String(p.month), "\(p.rampPercent)%", m(p.quota), m(p.fullQuota), m(p.won),
        ViewText.pct(p.attainment), "\(reached)/\(p.milestones.count)",
        "\(p.trainingCompleted.count)/\(p.trainingRequired.count)",
      ]
      let table = ViewText.table(
        columns, [row], roles: [behind ? .warning : .text], width: width, glyphs: s.glyphs)
      if i == 0, let header = table.first { out.append(header) }
      if i > 0 { out.append(ViewText.rule) }
      out += table.dropFirst()
      out.append(ListItem("  plan: \(p.planName)", role: .muted))
      for ms in p.milestones { out.append(milestone(ms)) }
      let missing = p.trainingRequired.filter { !p.trainingCompleted.contains($0) }.map {
        s.workspace.training[id: $0]?.title ?? $0
      }
      if !p.trainingRequired.isEmpty {
        out.append(
          ListItem(
            "  training \(p.trainingCompleted.count)/\(p.trainingRequired.count) done"
              + (missing.isEmpty ? "" : " · to do: " + missing.joined(separator: ", ")),
            role: missing.isEmpty ? .positive : .text))
      }
    }
    return out
  }

  static func milestone(_ ms: RampReport.Milestone) -> ListItem {
    let name: String
    switch ms.name {
    case "firstMeeting": name = "first meeting"
    case "firstOpportunity": name = "first opportunity"
    case "firstWin": name = "first win"
    default: name = ms.name
    }
    let due = ms.dueDate.map { " (due \($0.iso))" } ?? ""
    switch ms.status {
    case "reached", "late":
      let on = ms.reachedOn?.iso ?? ""
      let days = ms.daysTaken.map { ", day \($0)" } ?? ""
      return ListItem(
        "  \(name): \(ms.status) \(on)\(days)\(due)", role: ms.status == "late" ? .warning : .positive)
    case "overdue": return ListItem("  \(name): overdue\(due)", role: .negative)
    default: return ListItem("  \(name): pending\(due)", role: .muted)
    }
  }
}
