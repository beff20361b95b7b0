import SalesFloorKit

/// The Training view's values: the catalogue, assignments of the people in scope, their
/// certifications (computed when the view opens, like every view's reports).
public struct TrainingViewData: Sendable {
  public var modules: [TrainingModule]
  /// Assignments of people in scope: open ones first (oldest due first), then completed.
  public var assignments: [TrainingAssignment]
  public var certifications: [Certification]
  public var asOf: Day

  static func build(_ ws: Workspace, scope: Scope, asOf: Day) -> TrainingViewData {
    let ids = scope.ownerIds(in: ws)
    let far = Day(ordinal: .max)
    let assignments = ws.assignments.items.filter { ids.contains($0.personId) }.sorted { a, b in
      let x = (a.completedOn == nil ? 0 : 1, a.dueDate ?? far, a.personId, a.id)
      let y = (b.completedOn == nil ? 0 : 1, b.dueDate ?? far, b.personId, b.id)
      return x < y
    }
    return TrainingViewData(
      modules: ws.training.items.sorted { ($0.kind.rawValue, $0.title) < ($1.kind.rawValue, $1.title) },
      assignments: assignments,
      certifications: TrainingStatus.certifications(ws, asOf: asOf).filter { ids.contains($0.personId) },
      asOf: asOf)
  }
}

/// The Training view: catalogue (kind, length, validity, required for), assignments with due day
/// (overdue highlighted), certifications with expiry (expired and expiring flagged).
enum TrainingViewText {
  static func lines(_ d: TrainingViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    let ws = s.workspace
    func name(_ id: String) -> String { ws.people[id: id]?.name ?? id }
    func title(_ id: String) -> String { ws.training[id: id]?.title ?? id }
    let overdue = d.assignments.filter { $0.isOverdue(asOf: d.asOf) }.count
    let expired = d.certifications.filter { $0.state == .expired }.count
    var out = [
      ListItem(
        "\(d.modules.count) modules · \(d.assignments.count) assignments · \(overdue) overdue · "
          + "\(expired) expired certification\(expired == 1 ? "" : "s") · a assigns, c completes",
        role: .title),
      ViewText.rule,
      ListItem("Catalogue", role: .title),
    ]
    out += ViewText.table(
      [
        TableColumn("Module", width: ColumnWidth(min: 12, max: 40, flex: 1)),
        TableColumn("Kind", width: ColumnWidth(min: 7, max: 11)),
        TableColumn("Minutes", width: ColumnWidth(min: 7, max: 7), alignment: .right),
        TableColumn("Valid", width: ColumnWidth(min: 6, max: 6), alignment: .right),
        TableColumn("Required for", width: ColumnWidth(min: 8, max: 20)),
      ],
      d.modules.map { m in
        [
          m.title, m.kind.rawValue, m.durationMinutes.map(String.init) ?? "—",
          m.certificationValidDays.map { "\($0)d" } ?? "—",
          m.requiredFor.isEmpty ? "—" : m.requiredFor.map(\.rawValue).joined(separator: ", "),
        ]
      }, width: width, glyphs: s.glyphs)
    out.append(ViewText.rule)
    out.append(ListItem("Assignments", role: .title))
    if d.assignments.isEmpty { out.append(ListItem("No training assigned in this scope.", role: .muted)) }
    let rows = d.assignments.map { a -> [String] in
      let state =
        a.completedOn.map { "done \($0.iso)" } ?? (a.isOverdue(asOf: d.asOf) ? "OVERDUE" : "open")
      return [name(a.personId), title(a.moduleId), a.dueDate?.iso ?? "—", state]
    }
    let roles = d.assignments.map { a -> StyleRole in
      a.isOverdue(asOf: d.asOf) ? .negative : a.completedOn == nil ? .text : .muted
    }
    if !rows.isEmpty {
      out += ViewText.table(
        [
          TableColumn("Person", width: ColumnWidth(min: 8, max: 24, flex: 1)),
          TableColumn("Module", width: ColumnWidth(min: 12, max: 40, flex: 1)),
          TableColumn("Due", width: ColumnWidth(min: 10, max: 10)),
          TableColumn("State", width: ColumnWidth(min: 7, max: 16)),
        ], rows, roles: roles, width: width, glyphs: s.glyphs)
    }
    out.append(ViewText.rule)
    out.append(ListItem("Certifications", role: .title))
    if d.certifications.isEmpty { out.append(ListItem("No certifications in this scope.", role: .muted)) }
    let certRows = d.certifications.map { c -> [String] in
      let state: String
      switch c.state {
      case .expired: state = "EXPIRED \(-c.daysLeft)d ago"
      case .expiring: state = "expires in \(c.daysLeft)d"
      case .valid: state = "valid"
      }
      return [name(c.personId), title(c.moduleId), c.expiresOn.iso, state]
    }
    let certRoles = d.certifications.map { c -> StyleRole in
      c.state == .expired ? .negative : c.state == .expiring ? .warning : .text
    }
    if !certRows.isEmpty {
      out += ViewText.table(
        [
          TableColumn("Person", width: ColumnWidth(min: 8, max: 24, flex: 1)),
          TableColumn("Certification", width: ColumnWidth(min: 12, max: 40, flex: 1)),
          TableColumn("Expires", width: ColumnWidth(min: 10, max: 10)),
          TableColumn("State", width: ColumnWidth(min: 7, max: 18)),
        ], certRows, roles: certRoles, width: width, glyphs: s.glyphs)
    }
    return out
  }
}
