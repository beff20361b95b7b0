import Foundation

/// Imports accounts, people or activities from a CSV table into a plan, without writing.
///
/// A row updates the record with the same SalesFloor `id`, else the same `externalId`, else the
/// same natural key (account or person name ignoring case; an activity's subject, owner and due
/// day; a contact's email, else name and account), else creates one. Mapped but empty cells keep the current value, so a re-import of the
/// same file changes nothing.
public struct RecordImporter: Sendable {
  public var kind: RecordImportKind
  /// Field → column name (`--map`); fields are `kind.fields`.
  public var mapping: [String: String]
  /// How to read slash dates that fit both orders (`--date-format`); see `DateColumns`.
  public var dateOrder: DateOrder?
  public var now: Timestamp

  public init(
    kind: RecordImportKind, mapping: [String: String], dateOrder: DateOrder? = nil, now: Timestamp
  ) {
    self.kind = kind
    self.mapping = mapping
    self.dateOrder = dateOrder
    self.now = now
  }

  /// The fields of `kind` that hold dates or timestamps.
  static let dateFields: Set<String> = ["hireDate", "dueDate", "doneAt", "createdAt"]

  /// Every field whose name is a column of the file (what `salesfloor export` writes).
  public static func identityMapping(_ kind: RecordImportKind, header: [String]) -> [String: String] {
    let lower = Set(header.map { $0.lowercased() })
    var out: [String: String] = [:]
    for f in kind.fields where lower.contains(f.lowercased()) { out[f] = f }
    return out
  }

  public func plan(_ table: CSVTable, workspace ws: Workspace) throws -> RecordImportPlan {
    for field in mapping.keys where !kind.fields.contains(field) {
      throw CSVImportError.malformed(
        "--map: unknown \(kind.rawValue) field \"\(field)\" (fields: \(kind.fields.joined(separator: ", ")))")
    }
    if kind == .contacts { try ContactImportFields.check(mapping) }
    for field in kind.required where mapping[field] == nil {
      throw CSVImportError.malformed(
        "--map must map \(field) for \(kind.rawValue) (or name a column \(field))")
    }
    let columns = try MappedRow.columns(mapping, header: table.header, table: table)
    let orders = try DateColumns.detect(
      table, columns: columns.filter { Self.dateFields.contains($0.key) }, choice: dateOrder)
    var builder = RecordRowBuilder(state: ImportState(ws: ws), now: now, orders: orders)
    var plan = RecordImportPlan(kind: kind)
    plan.footerLines = table.footerLines
    var pendingManagers: [(personId: String, manager: String, row: Int)] = []
    for (n, cells) in table.rows.enumerated() {
      plan.rowsRead += 1
      let rowNumber = table.line(of: n)
      let row = MappedRow(cells: cells, columns: columns)
      let result: Result<(new: Record, old: Record?), RowProblem>
      switch kind {
      case .accounts: result = builder.account(row).map { (.account($0.new), $0.old.map(Record.account)) }
      case .people:
        result = builder.person(row).map { (.person($0.new), $0.old.map(Record.person)) }
        if case .success(let r) = result, let m = row("manager") {
          pendingManagers.append((r.new.id, m, rowNumber))
        }
      case .activities:
        result = builder.activity(row).map { (.activity($0.new), $0.old.map(Record.activity)) }
      case .contacts:
        result = builder.contact(row).map { (.contact($0.new), $0.old.map(Record.contact)) }
      }
      switch result {
      case .failure(let p): plan.rejected.append(.init(row: rowNumber, reason: p.reason))
      case .success(let r): record(r.new, old: r.old, in: &plan)
      }
    }
    plan.newPeople = builder.state.newPeople
    if kind == .people { resolveManagers(pendingManagers, plan: &plan, ws: ws) }
    plan.newAccounts = builder.state.newAccounts
    return plan
  }

  /// Files a built record as created, updated or unchanged (a later row for the same record wins).
  private func record(_ new: Record, old: Record?, in plan: inout RecordImportPlan) {
    if let i = plan.created.firstIndex(where: { $0.id == new.id }) {
      plan.created[i] = new
    } else if let i = plan.updated.firstIndex(where: { $0.id == new.id }) {
      plan.updated[i] = new
    } else if let old {
      if old == new { plan.unchanged += 1 } else { plan.updated.append(new) }
    } else {
      plan.created.append(new)
    }
  }

  /// Managers are named after the whole file is read, so a manager listed below their reports
  /// resolves. A manager (by id, name or email) who is neither in the workspace nor in the file is
  /// created (role manager, the email when the row named them by one) and listed in the plan.
  private func resolveManagers(
    _ pending: [(personId: String, manager: String, row: Int)], plan: inout RecordImportPlan, ws: Workspace
  ) {
    var people: [String: Person] = [:]
    for p in ws.people.items { people[p.id] = p }
    for case .person(let p) in plan.created + plan.updated { people[p.id] = p }
    for p in plan.newPeople { people[p.id] = p }
    var byKey: [String: String] = [:]
    for p in people.values.sorted(by: { $0.id < $1.id }) {
      byKey[p.name.lowercased()] = byKey[p.name.lowercased()] ?? p.id
      if let e = p.email?.lowercased() { byKey[e] = byKey[e] ?? p.id }
    }
    for item in pending {
      var managerId = people[item.manager] != nil ? item.manager : byKey[item.manager.lowercased()]
      if managerId == nil {
        let isEmail = item.manager.contains("@")
        var m = PersonRecords.make(id: WorkspaceStore.newId(prefix: "p-"), name: item.manager, role: .manager)
        if isEmail { m.email = item.manager }
        plan.newManagers.append(m)
        people[m.id] = m
        byKey[item.manager.lowercased()] = m.id
        managerId = m.id
      }
      guard let managerId, var p = people[item.personId], p.managerId != managerId else { continue }
      p.managerId = managerId
      people[p.id] = p
      if let i = plan.created.firstIndex(where: { $0.id == p.id }) {
        plan.created[i] = .person(p)
      } else if let i = plan.updated.firstIndex(where: { $0.id == p.id }) {
        plan.updated[i] = .person(p)
      } else {
        plan.updated.append(.person(p))
        plan.unchanged -= 1
      }
    }
  }
}
