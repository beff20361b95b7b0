/// Finds a person, account, deal (or any named record) from what a user typed: the id, else the
/// exact name (any case), else a unique case-insensitive prefix of the name or of one of its words.
/// One rule for the CLI, the cockpit's `--as`, the palette and the commands.
public enum NameResolver {
  public static func one<T>(
    _ text: String, in items: some Collection<T>, kind: String, id: KeyPath<T, String>,
    name: KeyPath<T, String>, hint: String
  ) throws(CommandError) -> T {
    let query = text.trimmingCharacters(in: .whitespaces)
    if let hit = items.first(where: { $0[keyPath: id] == query }) { return hit }
    let lower = query.lowercased()
    let exact = items.filter { $0[keyPath: name].lowercased() == lower }
    if exact.count == 1 { return exact[0] }
    let partial =
      exact.isEmpty && !lower.isEmpty
      ? items.filter {
        let n = $0[keyPath: name].lowercased()
        return n.hasPrefix(lower) || n.split(separator: " ").contains { $0.hasPrefix(lower) }
      } : exact
    if partial.count == 1 { return partial[0] }
    if partial.isEmpty { throw .notFound(kind: kind, query: text, hint: hint) }
    throw .ambiguous(
      kind: kind, query: text,
      candidates: partial.prefix(5).map { "\($0[keyPath: name]) (\($0[keyPath: id]))" },
      more: partial.count > 5)
  }

  public static func person(_ text: String, in ws: Workspace) throws(CommandError) -> Person {
    try one(
      text, in: ws.people.items, kind: "person", id: \.id, name: \.name, hint: "see `salesfloor person list`")
  }

  public static func account(_ text: String, in ws: Workspace) throws(CommandError) -> Account {
    try one(text, in: ws.accounts.items, kind: "account", id: \.id, name: \.name, hint: "check the spelling")
  }

  public static func deal(_ text: String, in ws: Workspace) throws(CommandError) -> Deal {
    try one(
      text, in: ws.deals.items, kind: "deal", id: \.id, name: \.name, hint: "see `salesfloor deal list`")
  }
}
