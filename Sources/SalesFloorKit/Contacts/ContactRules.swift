/// The rules a contact keeps, written once for the commands, the importers and `check`.
public enum ContactRules {
  /// An email as kept: trimmed, empty means none, otherwise `local@domain.tld` with no blanks.
  /// Deliberately loose (RFC 5322 allows far more): it catches the typos a seller makes — a
  /// missing `@`, a phone number in the email column — not every theoretically valid address.
  public static func email(_ text: String?) throws(CommandError) -> String? {
    guard let e = CommandRules.text(text) else { return nil }
    guard isEmail(e) else {
      throw .invalid(field: "email", reason: "\"\(e)\" is not an email address (like dana@acme.com)")
    }
    return e
  }

  /// True for `local@domain.tld` with no blanks and exactly one `@`.
  public static func isEmail(_ e: String) -> Bool {
    let parts = e.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !e.contains(where: \.isWhitespace) else { return false }
    let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
    return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
  }

  /// A buying role from what a user typed, or a message listing the roles.
  public static func role(_ text: String) throws(CommandError) -> Contact.BuyingRole {
    guard let r = Contact.BuyingRole(parsing: text) else {
      throw .invalid(
        field: "role",
        reason: "\"\(text)\" is not a buying role (one of "
          + Contact.BuyingRole.allCases.map(\.label).joined(separator: ", ") + ")")
    }
    return r
  }

  static func account(_ id: String, _ ws: Workspace) throws(CommandError) -> Account {
    try CommandRules.record(
      ws.accounts[id: id], kind: "account", id: id, hint: "see `salesfloor account list`")
  }

  static func contact(_ id: String, _ ws: Workspace) throws(CommandError) -> Contact {
    try CommandRules.record(
      ws.contacts[id: id], kind: "contact", id: id, hint: "see `salesfloor contact list`")
  }

  /// A contact for a deal (a buying-team link, an activity on the deal): it must exist and, when
  /// the deal has an account, work there (a call on the Acme deal was with someone at Acme; a
  /// buyer from another company is a typo).
  static func atDealAccount(_ id: String, deal: Deal?, _ ws: Workspace) throws(CommandError) -> Contact {
    let c = try contact(id, ws)
    if let d = deal, let a = d.accountId, a != c.accountId {
      let at = ws.accounts[id: c.accountId]?.name ?? c.accountId
      throw .invalid(
        field: "contact",
        reason: "\(c.name) works at \(at), not at the deal's account \(ws.accounts[id: a]?.name ?? a)")
    }
    return c
  }

  /// A contact from what a user typed (id, name or unique prefix), optionally within an account.
  public static func resolve(
    _ text: String, account: String? = nil, in ws: Workspace
  ) throws(CommandError)
    -> Contact
  {
    let items = ws.contacts.items.filter { account == nil || $0.accountId == account }
    return try NameResolver.one(
      text, in: items, kind: "contact", id: \.id, name: \.name, hint: "see `salesfloor contact list`")
  }
}
