import SalesFloorKit

/// `:contact …` in the palette: add a contact in one line, link one to the selected deal, or open
/// a contact's form.
///
/// - `contact NAME… [--account A…] [--title T…] [--email E] [--phone P…] [--role R…]` adds NAME at
///   the account (default: the selected deal's).
/// - `contact link NAME… [--role R…]` links NAME (at the selected deal's account) to that deal.
/// - `contact edit NAME…` opens the contact's form.
public enum ContactPalette: Hashable, Sendable {
  case add(
    name: String, accountId: String?, title: String?, email: String?, phone: String?,
    role: Contact.BuyingRole?)
  case link(contact: String, role: Contact.BuyingRole?)
  case edit(contactId: String)

  static let usage =
    "contact NAME --account A [--title T] [--email E] [--phone P] [--role R] | contact link NAME [--role R] | contact edit NAME"

  /// The words before the first `--flag`, and each flag's words.
  static func flags(_ words: [String]) -> (head: [String], flags: [String: String]) {
    var head: [String] = []
    var flags: [String: [String]] = [:]
    var current: String?
    for w in words {
      if w.hasPrefix("--"), w.count > 2 {
        current = String(w.dropFirst(2)).lowercased()
        flags[current ?? "", default: []] = []
      } else if let c = current {
        flags[c, default: []].append(w)
      } else {
        head.append(w)
      }
    }
    return (head, flags.mapValues { $0.joined(separator: " ") })
  }

  static func parse(_ args: [String], workspace ws: Workspace) -> Result<PaletteCommand, InputError> {
    func fail(_ field: String, _ message: String) -> Result<PaletteCommand, InputError> {
      .failure(InputError(field: field, message: message))
    }
    var words = args
    let sub = words.first?.lowercased()
    if sub == "link" || sub == "edit" { words.removeFirst() }
    let (head, flags) = flags(words)
    let known: Set<String> =
      sub == "link" ? ["role"] : sub == "edit" ? [] : ["account", "title", "email", "phone", "role"]
    if let unknown = flags.keys.sorted().first(where: { !known.contains($0) }) {
      return fail("contact", "--\(unknown) is not an option here: \(usage)")
    }
    let name = head.joined(separator: " ")
    guard !name.isEmpty else { return fail("name", "required: \(usage)") }
    var role: Contact.BuyingRole?
    if let r = flags["role"] {
      guard let parsed = Contact.BuyingRole(parsing: r) else {
        return fail(
          "role",
          "\"\(r)\" is not a buying role (" + Contact.BuyingRole.allCases.map(\.label).joined(separator: ", ")
            + ")")
      }
      role = parsed
    }
    switch sub {
    case "link": return .success(.contact(.link(contact: name, role: role)))
    case "edit":
      switch Result(catching: { () throws(CommandError) in try ContactRules.resolve(name, in: ws) }) {
      case .success(let c): return .success(.contact(.edit(contactId: c.id)))
      case .failure(let e): return fail("contact", e.description)
      }
    default:
      var accountId: String?
      if let a = flags["account"] {
        switch Result(catching: { () throws(CommandError) in try NameResolver.account(a, in: ws) }) {
        case .success(let hit): accountId = hit.id
        case .failure(let e): return fail("account", e.description)
        }
      }
      return .success(
        .contact(
          .add(
            name: name, accountId: accountId, title: flags["title"], email: flags["email"],
            phone: flags["phone"],
            role: role)))
    }
  }

  /// The edit of an add or link, as the viewer; the deal is the one selected in the Pipeline.
  func plan(state s: CockpitState, ctx: CommandContext) throws(CommandError) -> FormEdit {
    let deal = KeyTargets.dealOnScreen(s).id(of: .deals).flatMap { s.workspace.deals[id: $0] }
    switch self {
    case .add(let name, let accountId, let title, let email, let phone, let role):
      guard let account = accountId ?? deal?.accountId else {
        throw .invalid(field: "account", reason: "give --account (no deal with an account is selected)")
      }
      return FormEdit(
        try AddContact(
          accountId: account, name: name, title: title, email: email, phone: phone, buyingRole: role
        )
        .edit(in: ctx))
    case .link(let text, let role):
      guard let deal else {
        throw .invalid(field: "deal", reason: "select a deal first (1 focuses the Pipeline)")
      }
      let c = try ContactRules.resolve(text, account: deal.accountId, in: ctx.workspace)
      return FormEdit(
        try LinkContact(dealId: deal.id, contactId: c.id, role: role).edit(in: ctx), dealId: deal.id)
    case .edit:
      throw .invalid(field: "contact", reason: "a contact is edited in its form, not planned here")
    }
  }
}
