/// The keys an imported contact row can match an existing contact by, in the order they are
/// tried: SalesFloor id, the vendor's id, email (any case), name and account (any case).
///
/// Email before name: a vendor re-export with a new record id (a merged duplicate, another CRM)
/// still finds the person; name + account catches the contacts without an email.
struct ContactKeys {
  private var keys: [String: Contact] = [:]

  init(_ contacts: [Contact]) {
    for c in contacts { remember(c) }
  }

  mutating func remember(_ c: Contact) {
    keys["id:" + c.id] = c
    if let e = c.externalId { keys["ext:" + e] = c }
    if let e = c.email { keys["email:" + e.lowercased()] = c }
    keys[Self.nameKey(c.name, c.accountId)] = c
  }

  private static func nameKey(_ name: String, _ accountId: String) -> String {
    "name:" + AccountRecords.nameKey(name) + "\u{1F}" + accountId
  }

  /// The contact a row refers to; a row with a SalesFloor id that exists nowhere is a new contact.
  func match(id: String?, externalId: String?, email: String?, name: String, accountId: String?) -> Contact? {
    if let id {
      return keys["id:" + id]
    }
    if let externalId, let hit = keys["ext:" + externalId] { return hit }
    if let email, let hit = keys["email:" + email.lowercased()] { return hit }
    return accountId.flatMap { keys[Self.nameKey(name, $0)] }
  }
}

extension RecordRowBuilder {
  /// One contact from a mapped row, on top of the contact it matches (`ContactKeys`). The
  /// account is found by name; an unknown one is created and listed in the plan, as the deal
  /// import does. The rules of `AddContact` apply (a real email, a known buying role).
  mutating func contact(_ row: MappedRow) -> Result<(new: Contact, old: Contact?), RowProblem> {
    guard
      let name = ContactImportFields.name(whole: row("name"), first: row("firstName"), last: row("lastName"))
    else { return .failure(RowProblem("no contact name")) }
    let email = row("email")
    if let email, !ContactRules.isEmail(email) {
      return .failure(RowProblem("email \"\(email)\" is not an email address (like dana@acme.com)"))
    }
    var role: Contact.BuyingRole?
    if let v = row("buyingRole") {
      guard let r = Contact.BuyingRole(parsing: v) else {
        return .failure(
          RowProblem(
            "buyingRole \"\(v)\" is not a buying role (one of "
              + Contact.BuyingRole.allCases.map(\.label).joined(separator: ", ") + ")"))
      }
      role = r
    }
    // Every check that can refuse the row is above: resolving the account may create it.
    var accountId: String?
    if let v = row("account") {
      do { accountId = try state.account(named: v) } catch { return .failure(error) }
    }
    let old = contactKeys.match(
      id: row("id"), externalId: row("externalId"), email: email, name: name, accountId: accountId)
    guard let accountId = accountId ?? old?.accountId else {
      return .failure(RowProblem("no account: a contact works at an account (an Account Name column)"))
    }
    var c =
      old
      ?? Contact(
        id: newId(row, prefix: "c-") { state.ws.contacts[id: $0] != nil }, accountId: accountId, name: name,
        createdAt: now)
    c.name = name
    c.accountId = accountId
    if let v = row("externalId") { c.externalId = v }
    if let v = row("title") { c.title = v }
    if let email { c.email = email }
    if let v = row("phone") ?? row("mobile") { c.phone = v }
    if let role { c.buyingRole = role }
    if let v = row("notes") { c.notes = v }
    if let old, old != c { c.updatedAt = now }
    contactKeys.remember(c)
    return .success((c, old))
  }

}
