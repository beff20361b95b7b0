/// What `salesfloor import accounts|people|activities|contacts` can bring in, and the columns each
/// maps.
///
/// Field names double as the column names `salesfloor export` writes, so an export imports back
/// with no `--map` at all.
public enum RecordImportKind: String, Sendable, CaseIterable, Codable {
  case accounts, people, activities, contacts

  public var fields: [String] {
    switch self {
    case .accounts:
      return [
        "id", "externalId", "name", "industry", "segment", "country", "region", "employees", "owner",
        "website",
      ]
    case .people:
      return ["id", "externalId", "name", "email", "role", "manager", "team", "hireDate", "active"]
    case .activities:
      return [
        "id", "externalId", "kind", "subject", "owner", "deal", "account", "dueDate", "doneAt",
        "durationMinutes", "notes", "createdAt",
      ]
    case .contacts: return ContactImportFields.all
    }
  }

  /// Fields a row cannot do without.
  public var required: [String] {
    switch self {
    case .accounts, .people: return ["name"]
    case .activities: return ["subject", "owner"]
    case .contacts: return []  // a name (or first/last name) and an account: `ContactImportFields.check`
    }
  }
}

/// The plan of an accounts, people or activities import: computed without writing, committed as
/// one durable step (all rows or none), exactly like `DealImportPlan`.
public struct RecordImportPlan: Sendable {
  public var kind: RecordImportKind
  public var rowsRead = 0
  public var created: [Record] = []
  public var updated: [Record] = []
  /// Rows that match an existing record and change nothing (a re-import).
  public var unchanged = 0
  /// People created by name as owners (or, for a people import, the new people themselves).
  public var newPeople: [Person] = []
  public var newAccounts: [Account] = []
  public var rejected: [DealImportPlan.Rejection] = []
  public var warnings: [DealImportPlan.Rejection] = []
  /// Managers that rows name but that exist nowhere: created with role manager (people import).
  public var newManagers: [Person] = []
  /// Lines of a report trailer skipped at the end of the file.
  public var footerLines = 0

  public init(kind: RecordImportKind) { self.kind = kind }

  /// Every record the import writes: people and accounts created by name first, then the rows.
  public var mutations: [Mutation] {
    (newPeople + newManagers).map { .put(.person($0)) } + newAccounts.map { .put(.account($0)) }
      + created.map { .put($0) } + updated.map { .put($0) }
  }

  public var isNoOp: Bool { mutations.isEmpty }
}

/// Machine-readable summary of a `RecordImportPlan` (`--format json`; keys documented in docs/cli.md).
public struct RecordImportSummary: Sendable, Codable, Hashable {
  public var kind: RecordImportKind
  public var rowsRead: Int
  public var toCreate: Int
  public var toUpdate: Int
  public var unchanged: Int
  public var newPeople: [String]
  public var newAccounts: [String]
  public var rejected: [DealImportPlan.Rejection]
  public var warnings: [DealImportPlan.Rejection]
  public var newManagers: [String]
  public var footerLines: Int

  public init(_ plan: RecordImportPlan) {
    kind = plan.kind
    rowsRead = plan.rowsRead
    toCreate = plan.created.count
    toUpdate = plan.updated.count
    unchanged = plan.unchanged
    newPeople = plan.newPeople.map(\.name)
    newAccounts = plan.newAccounts.map(\.name)
    rejected = plan.rejected
    warnings = plan.warnings
    newManagers = plan.newManagers.map(\.name)
    footerLines = plan.footerLines
  }
}
