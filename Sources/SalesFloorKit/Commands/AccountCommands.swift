/// Adds an account (the account form; `deal add --account NEW` goes through `AccountChoice`).
public struct AddAccount: WorkspaceCommand {
  public var name: String
  public var industry: String?
  public var segment: Account.Segment?
  public var country: String?
  public var ownerId: String?

  public init(
    name: String, industry: String? = nil, segment: Account.Segment? = nil, country: String? = nil,
    ownerId: String? = nil
  ) {
    self.name = name
    self.industry = industry
    self.segment = segment
    self.country = country
    self.ownerId = ownerId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let name = try CommandRules.name(name)
    if let ownerId { _ = try CommandRules.person(ownerId, field: "owner", ctx.workspace) }
    var a = AccountRecords.make(id: ctx.newId("a-"), name: name, ownerId: ownerId)
    a.industry = CommandRules.text(industry)
    a.segment = segment
    a.country = CommandRules.text(country)
    return Edit(summary: "added account \(a.name)", mutations: [.put(.account(a))], recordId: a.id)
  }
}

/// Changes an account (the account form); nil leaves a field, `.some(nil)` clears it.
public struct UpdateAccount: WorkspaceCommand {
  public var accountId: String
  public var name: String?
  public var industry: String??
  public var segment: Account.Segment??
  public var country: String??
  public var ownerId: String??

  public init(accountId: String) { self.accountId = accountId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var a = try AccountRecords.find(accountId, ctx.workspace)
    if let name { a.name = try CommandRules.name(name) }
    if let industry { a.industry = industry.flatMap(CommandRules.text) }
    if let segment { a.segment = segment }
    if let country { a.country = country.flatMap(CommandRules.text) }
    if let ownerId {
      if let o = ownerId { _ = try CommandRules.person(o, field: "owner", ctx.workspace) }
      a.ownerId = ownerId
    }
    return Edit(summary: "edited account \(a.name)", mutations: [.put(.account(a))], recordId: a.id)
  }
}

/// Deletes an account no deal refers to (refused otherwise: a deal without its account loses who
/// it is with, so the deals are moved or deleted first, each on purpose). Cascades by unlinking the
/// account's activities (they stay in their owners' logs) and dropping it from territory rules.
public struct DeleteAccount: DeleteCommand {
  public var accountId: String
  public init(accountId: String) { self.accountId = accountId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let a = try AccountRecords.find(accountId, ws)
    let deals = ws.deals.count { $0.accountId == a.id }
    guard deals == 0 else {
      throw .invalid(
        field: "account",
        reason: "\(a.name) has \(deals) deals: move them to another account (`salesfloor deal update ID "
          + "--account NAME`) or delete them first")
    }
    let activities = ws.activities.items.filter { $0.accountId == a.id }
    var mutations: [Mutation] = activities.map {
      var x = $0
      x.accountId = nil
      return .put(.activity(x))
    }
    let territories = ws.territories.items.filter { t in t.rules.contains { $0.accountIds.contains(a.id) } }
    for t in territories {
      var x = t
      for i in x.rules.indices { x.rules[i].accountIds.removeAll { $0 == a.id } }
      mutations.append(.put(.territory(x)))
    }
    let contacts = ws.contacts(atAccount: a.id)
    // Planned on the workspace with the unlinks above made, so an activity both at the account
    // and with one of its contacts loses both links.
    var after = ctx
    for m in mutations { after.workspace.apply(m) }
    let removal = ContactRemoval(Set(contacts.map(\.id)), after)
    let effects =
      [
        DeletePlan.effect("unlinks", activities.count, "activity", names: activities.map(\.subject)),
        DeletePlan.effect(
          "removes it from", territories.count, "territory rule list", names: territories.map(\.name)),
        DeletePlan.effect("deletes", contacts.count, "contact", names: contacts.map(\.name)),
      ].compactMap { $0 } + removal.effects
    let edit = Edit(
      summary: "deleted account \(a.name)",
      mutations: mutations + removal.mutations + [.delete(.accounts, id: a.id)],
      recordId: a.id)
    return DeletePlan(record: "account \(a.name)", effects: effects, edit: edit)
  }
}

/// The one place an account record is built (commands and importers).
enum AccountRecords {
  static func make(id: String, name: String, ownerId: String? = nil) -> Account {
    Account(id: id, name: name, ownerId: ownerId)
  }

  /// How account names compare: any case, surrounding blanks ignored.
  static func nameKey(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
  }

  static func find(_ id: String, _ ws: Workspace) throws(CommandError) -> Account {
    try CommandRules.record(ws.accounts[id: id], kind: "account", id: id, hint: "check the spelling")
  }
}
