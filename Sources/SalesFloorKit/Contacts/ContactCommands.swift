/// Adds a contact at an account (the CLI, the contact form and the importers).
public struct AddContact: WorkspaceCommand {
  public var accountId: String
  public var name: String
  public var title: String?
  public var email: String?
  public var phone: String?
  public var buyingRole: Contact.BuyingRole?
  public var notes: String?

  public init(
    accountId: String, name: String, title: String? = nil, email: String? = nil, phone: String? = nil,
    buyingRole: Contact.BuyingRole? = nil, notes: String? = nil
  ) {
    self.accountId = accountId
    self.name = name
    self.title = title
    self.email = email
    self.phone = phone
    self.buyingRole = buyingRole
    self.notes = notes
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let account = try ContactRules.account(accountId, ctx.workspace)
    var c = Contact(
      id: ctx.newId("c-"), accountId: account.id, name: try CommandRules.name(name), createdAt: ctx.now)
    c.title = CommandRules.text(title)
    c.email = try ContactRules.email(email)
    c.phone = CommandRules.text(phone)
    c.buyingRole = buyingRole
    c.notes = CommandRules.text(notes)
    return Edit(
      summary: "added contact \(c.name) at \(account.name)", mutations: [.put(.contact(c))], recordId: c.id)
  }
}

/// Changes a contact; nil leaves a field, `.some(nil)` clears it.
public struct UpdateContact: WorkspaceCommand {
  public var contactId: String
  public var accountId: String?
  public var name: String?
  public var title: String??
  public var email: String??
  public var phone: String??
  public var buyingRole: Contact.BuyingRole??
  public var notes: String??

  public init(contactId: String) { self.contactId = contactId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var c = try ContactRules.contact(contactId, ws)
    if let accountId { c.accountId = try ContactRules.account(accountId, ws).id }
    if let name { c.name = try CommandRules.name(name) }
    if let title { c.title = title.flatMap(CommandRules.text) }
    if let email { c.email = try ContactRules.email(email) }
    if let phone { c.phone = phone.flatMap(CommandRules.text) }
    if let buyingRole { c.buyingRole = buyingRole }
    if let notes { c.notes = notes.flatMap(CommandRules.text) }
    c.updatedAt = ctx.now
    return Edit(summary: "edited contact \(c.name)", mutations: [.put(.contact(c))], recordId: c.id)
  }
}

/// Deletes a contact. Deals and activities keep going without them: the delete unlinks the
/// contact from every deal's buying team and every activity it was logged against, and lists them.
public struct DeleteContact: DeleteCommand {
  public var contactId: String
  public init(contactId: String) { self.contactId = contactId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let c = try ContactRules.contact(contactId, ctx.workspace)
    let removal = ContactRemoval([c.id], ctx)
    let edit = Edit(
      summary: "deleted contact \(c.name)", mutations: removal.mutations, recordId: c.id)
    return DeletePlan(record: "contact \(c.name)", effects: removal.effects, edit: edit)
  }
}

/// Deleting contacts (one, or an account's): they leave every deal's buying team and every
/// activity logged against them, then go. The one place this cascade is written, so deleting an
/// account with contacts leaves no dangling link either.
struct ContactRemoval {
  var mutations: [Mutation]
  var effects: [String]

  init(_ ids: Set<String>, _ ctx: CommandContext) {
    let ws = ctx.workspace
    func picked(_ d: Deal) -> [QualificationElement] {
      d.qualification.entries.filter { $0.value.contactId.map(ids.contains) == true }.keys.sorted()
    }
    let deals = ws.deals.items.filter { d in
      d.contacts.contains { ids.contains($0.contactId) } || !picked(d).isEmpty
    }
    let scored = deals.filter { !picked($0).isEmpty }
    let activities = ws.activities.items.filter { $0.contactId.map(ids.contains) == true }
    mutations = deals.map {
      var d = $0
      d.contacts.removeAll { ids.contains($0.contactId) }
      for e in picked(d) { d.setQualificationContact(e, contactId: nil, at: ctx.now, by: ctx.actor) }
      d.updatedAt = ctx.now
      return .put(.deal(d))
    }
    mutations += activities.map {
      var a = $0
      a.contactId = nil
      return .put(.activity(a))
    }
    mutations += ids.sorted().map { .delete(.contacts, id: $0) }
    effects = [
      DeletePlan.effect("removes them from", deals.count, "deal", names: deals.map(\.name)),
      DeletePlan.effect("unlinks", activities.count, "activity", names: activities.map(\.subject)),
      DeletePlan.effect(
        "clears the MEDDPICC champion or economic buyer of", scored.count, "deal", names: scored.map(\.name)),
    ].compactMap { $0 }
  }
}

/// Puts a contact on a deal's buying team, or changes their role there (linking twice keeps one
/// link). The contact must be at the deal's account: a buyer from another company is a typo.
public struct LinkContact: WorkspaceCommand {
  public var dealId: String
  public var contactId: String
  public var role: Contact.BuyingRole?

  public init(dealId: String, contactId: String, role: Contact.BuyingRole? = nil) {
    self.dealId = dealId
    self.contactId = contactId
    self.role = role
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var d = try CommandRules.deal(dealId, ws)
    let c = try ContactRules.atDealAccount(contactId, deal: d, ws)
    let link = DealContact(contactId: c.id, role: role)
    if let i = d.contacts.firstIndex(where: { $0.contactId == c.id }) {
      d.contacts[i] = link
    } else {
      d.contacts.append(link)
    }
    d.updatedAt = ctx.now
    let as_ = (role ?? c.buyingRole).map { " as \($0.label)" } ?? ""
    let filled = QualificationContact.fillFromLink(c, role: role ?? c.buyingRole, on: &d, ctx)
    return Edit(
      summary: QualificationContact.linkSummary("linked \(c.name) to \(d.name)\(as_)", filled: filled),
      mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Takes a contact off a deal's buying team (the contact stays at the account).
public struct UnlinkContact: WorkspaceCommand {
  public var dealId: String
  public var contactId: String

  public init(dealId: String, contactId: String) {
    self.dealId = dealId
    self.contactId = contactId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var d = try CommandRules.deal(dealId, ws)
    guard d.contacts.contains(where: { $0.contactId == contactId }) else {
      let name = ws.contacts[id: contactId]?.name ?? contactId
      throw .invalid(field: "contact", reason: "\(name) is not on the buying team of \(d.name)")
    }
    d.contacts.removeAll { $0.contactId == contactId }
    d.updatedAt = ctx.now
    let name = ws.contacts[id: contactId]?.name ?? contactId
    return Edit(summary: "unlinked \(name) from \(d.name)", mutations: [.put(.deal(d))], recordId: d.id)
  }
}
