/// Which account a deal belongs to, as the user chose it.
public enum AccountChoice: Hashable, Sendable {
  /// An existing account's id.
  case id(String)
  /// A new account with this name (the form's "new: …" choice).
  case new(String)
  /// Typed text: an existing account by id or name, else a new account with that name.
  case named(String)

  /// The account id, plus the new account to create when there is one (owned by the deal's owner).
  func resolve(owner: String?, in ctx: CommandContext) throws(CommandError) -> (id: String, new: Account?) {
    switch self {
    case .id(let id):
      guard ctx.workspace.accounts[id: id] != nil else {
        throw .invalid(field: "account", reason: "no account with id \"\(id)\"")
      }
      return (id, nil)
    case .named(let text):
      do {
        return (try NameResolver.account(text, in: ctx.workspace).id, nil)
      } catch .notFound {
        return try Self.new(text).resolve(owner: owner, in: ctx)
      }
    case .new(let name):
      let a = AccountRecords.make(
        id: ctx.newId("a-"), name: try CommandRules.name(name, field: "account"), ownerId: owner)
      return (a.id, a)
    }
  }
}
