/// What `salesfloor export` can write.
public enum ExportKind: String, Sendable, CaseIterable {
  case deals, people, accounts, activities, coaching, contacts
}

/// Workspace records as rows of text cells, with the same column names the importers map by
/// default, so `export` then `import` is the identity.
///
/// Amounts are major units without thousands separators next to a `currency` column; days are
/// `YYYY-MM-DD`; timestamps UTC ISO 8601; people and accounts by name (what a spreadsheet reader
/// wants; the importers resolve names and ids alike); tags joined by `;`.
public enum RecordExport {
  public static func header(_ kind: ExportKind) -> [String] {
    switch kind {
    case .deals: return DealImportField.allCases.map(\.rawValue)
    case .people: return RecordImportKind.people.fields
    case .accounts: return RecordImportKind.accounts.fields
    case .activities: return RecordImportKind.activities.fields
    case .contacts: return ContactImportFields.exported
    case .coaching:
      return [
        "id", "person", "coach", "title", "reason", "signal", "focusSkill", "priority", "status", "dueDate",
        "deals", "createdAt",
      ]
    }
  }

  /// Rows in id order (stable across runs, so a diff of two exports shows real changes).
  public static func rows(_ kind: ExportKind, _ ws: Workspace) -> [[String]] {
    let person = { (id: String?) -> String in id.map { ws.people[id: $0]?.name ?? $0 } ?? "" }
    let account = { (id: String?) -> String in id.map { ws.accounts[id: $0]?.name ?? $0 } ?? "" }
    switch kind {
    case .deals:
      return ws.deals.sortedById.map { d in
        let kind = ws.settings.stage(d.stage)?.kind ?? .open
        return [
          d.id, d.externalId ?? "", d.name, account(d.accountId), person(d.ownerId), d.money.plainMajor,
          d.currency, d.stage, kind.rawValue, d.closeDate?.iso ?? "", d.createdAt.iso,
          d.probability.map(String.init) ?? "", d.nextStep ?? "", d.nextStepDate?.iso ?? "",
          d.tags.joined(separator: ";"), d.lostReason ?? "", d.persona ?? "", d.competitor ?? "",
          DealImportChecklist.exitCriteriaText(d, settings: ws.settings),
          DealImportChecklist.stepsText(d, ws: ws),
        ]
      }
    case .people:
      return ws.people.sortedById.map { p in
        [
          p.id, p.externalId ?? "", p.name, p.email ?? "", p.role.rawValue, person(p.managerId), p.team ?? "",
          p.hireDate?.iso ?? "", p.active ? "true" : "false",
        ]
      }
    case .accounts:
      return ws.accounts.sortedById.map { a in
        [
          a.id, a.externalId ?? "", a.name, a.industry ?? "", a.segment?.rawValue ?? "", a.country ?? "",
          a.region ?? "", a.employees.map(String.init) ?? "", person(a.ownerId), a.website ?? "",
        ]
      }
    case .activities:
      return ws.activities.sortedById.map { a in
        [
          a.id, a.externalId ?? "", a.kind.rawValue, a.subject, person(a.ownerId), a.dealId ?? "",
          account(a.accountId), a.dueDate?.iso ?? "", a.doneAt?.iso ?? "",
          a.durationMinutes.map(String.init) ?? "", a.notes ?? "", a.createdAt.iso,
        ]
      }
    case .contacts:
      return ws.contacts.sortedById.map { c in
        [
          c.id, c.externalId ?? "", c.name, account(c.accountId), c.title ?? "", c.email ?? "", c.phone ?? "",
          c.buyingRole?.rawValue ?? "", c.notes ?? "",
        ]
      }
    case .coaching:
      return ws.coaching.sortedById.map { c in
        [
          c.id, person(c.personId), person(c.coachId), c.title, c.reason, c.signal ?? "", c.focusSkill ?? "",
          c.priority.title, c.status.rawValue, c.dueDate?.iso ?? "", c.dealIds.joined(separator: ";"),
          c.createdAt.iso,
        ]
      }
    }
  }

  /// The whole export as CSV text.
  public static func csv(_ kind: ExportKind, _ ws: Workspace) -> String {
    CSVWriter.render(header: header(kind), rows: rows(kind, ws))
  }
}
