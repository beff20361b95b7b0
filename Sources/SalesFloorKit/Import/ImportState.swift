import Foundation

/// Name lookups and records created so far during one import, shared by every importer so a
/// file that names the same new owner on ten rows creates one person, not ten.
struct ImportState {
  let ws: Workspace
  var newPeople: [Person] = []
  var newAccounts: [Account] = []
  /// Catalogue products a deal import's product column names that do not exist yet.
  var newProducts: [Product] = []
  /// Name (any case, trimmed) → ids; more than one id is a name two records share, which a row
  /// can only pick by id.
  private var peopleByName: [String: [String]] = [:]
  private var accountsByName: [String: [String]] = [:]
  private var dealsById: [String: Deal] = [:]
  private var byExternalId: [String: Deal] = [:]
  private var byNameAccount: [String: Deal] = [:]

  init(ws: Workspace) {
    self.ws = ws
    for p in ws.people.items { peopleByName[Self.nameKey(p.name), default: []].append(p.id) }
    for a in ws.accounts.items { accountsByName[Self.nameKey(a.name), default: []].append(a.id) }
    for d in ws.deals.items { remember(d) }
  }

  static func key(_ name: String, _ account: String?) -> String {
    name.lowercased() + "\u{1F}" + (account ?? "")
  }

  /// The deal a row refers to: same id, else same external id, else same name and account. A row
  /// carrying an unknown SalesFloor id is a new deal, not a name match (two deals may share a name).
  func existing(for d: Deal, rowId: String?) -> Deal? {
    if let rowId, let hit = dealsById[rowId] { return hit }
    if let e = d.externalId { return byExternalId[e] }
    if rowId != nil { return nil }
    return byNameAccount[Self.key(d.name, d.accountId)]
  }

  func deal(id: String) -> Deal? { dealsById[id] }

  mutating func remember(_ d: Deal) {
    dealsById[d.id] = d
    if let e = d.externalId { byExternalId[e] = d }
    byNameAccount[Self.key(d.name, d.accountId)] = d
  }

  /// A person id by id or exact name (any case); unknown names become new reps. A name two people
  /// share is refused (never silently one of them): the row must give the id.
  mutating func person(named name: String) throws(RowProblem) -> String {
    if ws.people[id: name] != nil { return name }
    if let id = try Self.unique(peopleByName[Self.nameKey(name)], kind: "people", name: name) { return id }
    let p = PersonRecords.make(id: nextId("p-"), name: name)
    newPeople.append(p)
    peopleByName[Self.nameKey(name)] = [p.id]
    return p.id
  }

  /// An account id by id or exact name (any case); unknown names become new accounts (listed in
  /// the plan's "new accounts", so none is created silently). A name two accounts share is refused.
  mutating func account(named name: String) throws(RowProblem) -> String {
    if ws.accounts[id: name] != nil { return name }
    if let id = try Self.unique(accountsByName[Self.nameKey(name)], kind: "accounts", name: name) {
      return id
    }
    let a = AccountRecords.make(id: nextId("a-"), name: name)
    newAccounts.append(a)
    accountsByName[Self.nameKey(name)] = [a.id]
    return a.id
  }

  private static func unique(_ ids: [String]?, kind: String, name: String) throws(RowProblem) -> String? {
    guard let ids, !ids.isEmpty else { return nil }
    guard ids.count == 1 else {
      throw RowProblem(
        "\(ids.count) \(kind) are named \"\(name)\" (\(ids.joined(separator: ", "))): give the id instead")
    }
    return ids[0]
  }

  static func nameKey(_ name: String) -> String { AccountRecords.nameKey(name) }

  mutating func registerAccount(_ a: Account) { register(a.id, a.name, in: &accountsByName) }
  mutating func registerPerson(_ p: Person) { register(p.id, p.name, in: &peopleByName) }

  private func register(_ id: String, _ name: String, in table: inout [String: [String]]) {
    let key = Self.nameKey(name)
    var ids = table[key] ?? []
    if !ids.contains(id) { ids.append(id) }
    table[key] = ids
  }

  func newDealId() -> String { nextId("d-") }

  func nextId(_ prefix: String) -> String { WorkspaceStore.newId(prefix: prefix) }
}

/// Why one CSV row cannot be taken.
struct RowProblem: Error {
  var reason: String
  init(_ reason: String) { self.reason = reason }
}

/// One CSV row seen through a field → column mapping.
struct MappedRow {
  let cells: [String]
  let columns: [String: Int]

  /// The trimmed cell for a field, nil when unmapped or empty. A leading `'` that an export added
  /// to defuse a spreadsheet formula (`'=SUM…`, `'-x`) is removed, so export → import is lossless.
  func callAsFunction(_ field: String) -> String? {
    guard let i = columns[field], i < cells.count, let t = cells[i].nonEmptyTrimmed else { return nil }
    if t.hasPrefix("'"), let second = t.dropFirst().first, "=+-@".contains(second) {
      return String(t.dropFirst())
    }
    return t
  }

  /// Resolves a mapping (field → column name) against a header; unknown columns are an error.
  static func columns(_ mapping: [String: String], header: [String], table: CSVTable) throws -> [String: Int]
  {
    var out: [String: Int] = [:]
    for (field, name) in mapping {
      guard let i = table.column(name) else {
        throw CSVImportError.unknownColumn(field: field, column: name, available: header)
      }
      out[field] = i
    }
    return out
  }
}
