/// Which account a deal belongs to, as the user chose it.
public enum AccountChoice: Hashable, Sendable {
  /// An existing account's id.
  case id(String)
  /// A new account with this name (the form's "new: …" choice, `deal add --new-account`); refused
  /// when an account of that exact name exists, so a second "Acme" is never made by accident.
  case new(String)
  /// Typed text (`deal add --account`): an existing account by id or exact name (any case,
  /// trimmed), else a new account with that name. Never silent about near misses: two accounts
  /// of that name, or none by that name but one whose name starts so, is an error saying how to
  /// pick one or create a new one on purpose.
  case named(String)

  /// The account id, plus the new account to create when there is one (owned by the deal's owner).
  /// Run it on the latest workspace (under the write lock, `WorkspaceStore.commit(_:seen:)`) and
  /// concurrent adds of one new name create one account.
  func resolve(owner: String?, in ctx: CommandContext) throws(CommandError) -> (id: String, new: Account?) {
    let accounts = ctx.workspace.accounts
    switch self {
    case .id(let id):
      guard accounts[id: id] != nil else {
        throw .invalid(field: "account", reason: "no account with id \"\(id)\"")
      }
      return (id, nil)
    case .named(let text):
      let name = try CommandRules.name(text, field: "account")
      if accounts[id: name] != nil { return (name, nil) }
      if let exact = try Self.exact(name, in: ctx.workspace) { return (exact.id, nil) }
      let near = Self.near(name, in: ctx.workspace)
      if !near.isEmpty {
        let list = near.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        throw .invalid(
          field: "account",
          reason: "no account is named \"\(name)\"; did you mean \(list)? Give its exact name or id, "
            + "or create a new account on purpose with --new-account \"\(name)\"")
      }
      return try Self.new(name).resolve(owner: owner, in: ctx)
    case .new(let text):
      let name = try CommandRules.name(text, field: "account")
      if let exact = Self.named(name, in: ctx.workspace).first {
        throw .invalid(
          field: "account",
          reason: "an account named \"\(exact.name)\" already exists (\(exact.id)): use it with "
            + "--account \(exact.id)")
      }
      let a = AccountRecords.make(id: ctx.newId("a-"), name: name, ownerId: owner)
      return (a.id, a)
    }
  }

  /// Accounts whose name is `name` ignoring case and surrounding blanks.
  static func named(_ name: String, in ws: Workspace) -> [Account] {
    let key = AccountRecords.nameKey(name)
    return ws.accounts.items.filter { AccountRecords.nameKey($0.name) == key }
  }

  /// The one account of that exact name; several is an error listing them and how to pick one.
  static func exact(_ name: String, in ws: Workspace) throws(CommandError) -> Account? {
    let hits = named(name, in: ws)
    guard hits.count > 1 else { return hits.first }
    let list = hits.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
    throw .invalid(
      field: "account",
      reason: "\(hits.count) accounts are named \"\(name)\": \(list); pick one by its id (--account ID)")
  }

  /// Accounts whose name, or one of its words, starts with `name` (the near misses to point at).
  static func near(_ name: String, in ws: Workspace) -> [Account] {
    let key = AccountRecords.nameKey(name)
    return ws.accounts.items.filter {
      let n = AccountRecords.nameKey($0.name)
      return n.hasPrefix(key) || n.split(separator: " ").contains { $0.hasPrefix(key) }
    }
  }
}
