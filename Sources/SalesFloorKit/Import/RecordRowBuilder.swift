import Foundation

/// Builds one account, person or activity from a mapped row, on top of the record it matches so
/// fields the file leaves out (or empty) keep their values.
struct RecordRowBuilder {
  var state: ImportState
  let now: Timestamp
  /// Per date field, how to read its slash dates (`DateColumns.detect`).
  let orders: [String: DateOrder]
  private var accountKeys: [String: Account] = [:]
  private var personKeys: [String: Person] = [:]
  private var activityKeys: [String: Activity] = [:]
  /// Contacts by id, external id, email and name + account (`RecordRowBuilder+Contact.swift`).
  var contactKeys: ContactKeys

  init(state: ImportState, now: Timestamp, orders: [String: DateOrder]) {
    self.state = state
    self.now = now
    self.orders = orders
    contactKeys = ContactKeys(state.ws.contacts.items)
    for a in state.ws.accounts.items { remember(a) }
    for p in state.ws.people.items { remember(p) }
    for a in state.ws.activities.items { remember(a) }
  }

  private mutating func remember(_ a: Account) {
    accountKeys["id:" + a.id] = a
    if let e = a.externalId { accountKeys["ext:" + e] = a }
    accountKeys["name:" + a.name.lowercased()] = a
  }
  private mutating func remember(_ p: Person) {
    personKeys["id:" + p.id] = p
    if let e = p.externalId { personKeys["ext:" + e] = p }
    personKeys["name:" + p.name.lowercased()] = p
  }
  private mutating func remember(_ a: Activity) {
    activityKeys["id:" + a.id] = a
    if let e = a.externalId { activityKeys["ext:" + e] = a }
    activityKeys["key:" + Self.activityKey(a.subject, a.ownerId, a.dueDate)] = a
  }
  private static func activityKey(_ subject: String, _ owner: String, _ due: Day?) -> String {
    subject.lowercased() + "\u{1F}" + owner + "\u{1F}" + (due?.iso ?? "")
  }

  private func match<T>(_ keys: [String: T], _ row: MappedRow, natural: String?) -> T? {
    if let id = row("id"), let hit = keys["id:" + id] { return hit }
    if let e = row("externalId") { return keys["ext:" + e] }
    if row("id") != nil { return nil }  // an unknown id is a new record, even if its name is taken
    return natural.flatMap { keys[$0] }
  }

  private func day(_ row: MappedRow, _ field: String) -> Result<Day?, RowProblem> {
    guard let raw = row(field) else { return .success(nil) }
    guard let d = ImportDate.parse(raw, dayFirst: orders[field] == .dmy) else {
      return .failure(RowProblem("\(field) \"\(raw)\" is not a date"))
    }
    return .success(d)
  }

  func newId(_ row: MappedRow, prefix: String, taken: (String) -> Bool) -> String {
    if let id = row("id"), !taken(id) { return id }
    return state.nextId(prefix)
  }

  mutating func account(_ row: MappedRow) -> Result<(new: Account, old: Account?), RowProblem> {
    guard let name = row("name") else { return .failure(RowProblem("no account name")) }
    let old = match(accountKeys, row, natural: "name:" + name.lowercased())
    var a =
      old
      ?? AccountRecords.make(id: newId(row, prefix: "a-") { state.ws.accounts[id: $0] != nil }, name: name)
    a.name = name
    if let v = row("externalId") { a.externalId = v }
    if let v = row("industry") { a.industry = v }
    if let v = row("segment") {
      guard let s = Account.Segment(rawValue: v) ?? Self.segment(v) else {
        return .failure(RowProblem("segment \"\(v)\" is not smb, midMarket or enterprise"))
      }
      a.segment = s
    }
    if let v = row("country") { a.country = v }
    if let v = row("region") { a.region = v }
    if let v = row("employees") {
      guard let n = Int(v.filter { $0 != "," && $0 != " " }), n >= 0 else {
        return .failure(RowProblem("employees \"\(v)\" is not a whole number"))
      }
      a.employees = n
    }
    if let v = row("owner") {
      do { a.ownerId = try state.person(named: v) } catch { return .failure(error) }
    }
    if let v = row("website") { a.website = v }
    remember(a)
    state.registerAccount(a)
    return .success((a, old))
  }

  private static func segment(_ text: String) -> Account.Segment? {
    switch text.lowercased().filter({ $0.isLetter }) {
    case "smb", "small", "smallbusiness": return .smb
    case "midmarket", "mid", "mm": return .midMarket
    case "enterprise", "ent": return .enterprise
    default: return nil
    }
  }

  mutating func person(_ row: MappedRow) -> Result<(new: Person, old: Person?), RowProblem> {
    guard let name = row("name") else { return .failure(RowProblem("no person name")) }
    let old = match(personKeys, row, natural: "name:" + name.lowercased())
    var p =
      old ?? PersonRecords.make(id: newId(row, prefix: "p-") { state.ws.people[id: $0] != nil }, name: name)
    p.name = name
    if let v = row("externalId") { p.externalId = v }
    if let v = row("email") { p.email = v }
    if let v = row("role") {
      guard let r = Person.Role(rawValue: v.lowercased()) else {
        return .failure(RowProblem("role \"\(v)\" is not rep, manager or ops"))
      }
      p.role = r
    }
    if let v = row("team") { p.team = v }
    switch day(row, "hireDate") {
    case .failure(let e): return .failure(e)
    case .success(let d): if let d { p.hireDate = d }
    }
    if let v = row("active") {
      switch v.lowercased() {
      case "true", "yes", "1", "active": p.active = true
      case "false", "no", "0", "inactive": p.active = false
      default: return .failure(RowProblem("active \"\(v)\" is not true or false"))
      }
    }
    remember(p)
    state.registerPerson(p)
    return .success((p, old))
  }

  mutating func activity(_ row: MappedRow) -> Result<(new: Activity, old: Activity?), RowProblem> {
    guard let subject = row("subject") else { return .failure(RowProblem("no subject")) }
    guard let ownerName = row("owner") else { return .failure(RowProblem("no owner")) }
    var due: Day?
    switch day(row, "dueDate") {
    case .failure(let e): return .failure(e)
    case .success(let d): due = d
    }
    var kind = Activity.Kind.task
    if let v = row("kind") {
      guard let k = Activity.Kind(rawValue: v.lowercased()) else {
        return .failure(RowProblem("kind \"\(v)\" is not call, email, meeting, demo or task"))
      }
      kind = k
    }
    var dealId: String?
    if let v = row("deal") {
      guard
        let d = state.ws.deals[id: v] ?? state.ws.deals.first(where: { $0.externalId == v || $0.name == v })
      else { return .failure(RowProblem("deal \"\(v)\" not found (import deals first)")) }
      dealId = d.id
    }
    var doneAt: Timestamp?
    if let raw = row("doneAt") {
      guard let t = ImportDate.timestamp(raw, dayFirst: orders["doneAt"] == .dmy) else {
        return .failure(RowProblem("doneAt \"\(raw)\" is not a date"))
      }
      doneAt = t
    }
    var created: Timestamp?
    if let raw = row("createdAt") {
      guard let t = ImportDate.timestamp(raw, dayFirst: orders["createdAt"] == .dmy) else {
        return .failure(RowProblem("createdAt \"\(raw)\" is not a date"))
      }
      created = t
    }
    var minutes: Int?
    if let raw = row("durationMinutes") {
      guard let m = Int(raw), m >= 0 else {
        return .failure(RowProblem("durationMinutes \"\(raw)\" is not a whole number"))
      }
      // 0 is how CRM exports say "no time logged" (an email); above a day is refused like a typed one.
      do { minutes = try GoalRules.minutes(m == 0 ? nil : m, field: "durationMinutes") } catch {
        return .failure(RowProblem(error.description))
      }
    }
    let ownerId: String
    do { ownerId = try state.person(named: ownerName) } catch { return .failure(error) }
    let old = match(activityKeys, row, natural: "key:" + Self.activityKey(subject, ownerId, due))
    var a =
      old
      ?? ActivityRecords.make(
        id: newId(row, prefix: "act-") { state.ws.activities[id: $0] != nil }, kind: kind, subject: subject,
        ownerId: ownerId, createdAt: created ?? now)
    a.subject = subject
    a.ownerId = ownerId
    if row("kind") != nil { a.kind = kind }
    if let v = row("externalId") { a.externalId = v }
    if let dealId { a.dealId = dealId }
    if let v = row("account") {
      do { a.accountId = try state.account(named: v) } catch { return .failure(error) }
    }
    if let due { a.dueDate = due }
    if let doneAt { a.doneAt = doneAt }
    if let minutes { a.durationMinutes = minutes }
    if let v = row("notes") { a.notes = v }
    if let created { a.createdAt = created }
    remember(a)
    return .success((a, old))
  }
}
