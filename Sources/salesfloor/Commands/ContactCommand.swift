import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor contact add|list|show|update|delete|link|unlink`: the people at accounts and their
/// places on deals' buying teams.
struct ContactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "contact", abstract: "Add, list, show, change and delete contacts; link them to deals.",
    subcommands: [
      ContactAdd.self, ContactList.self, ContactShow.self, ContactUpdate.self, ContactDelete.self,
      ContactLink.self, ContactUnlink.self,
    ])
}

/// The role text of `--role` (`none` clears it where clearing makes sense).
private func parseRole(_ text: String) throws -> Contact.BuyingRole { try ContactRules.role(text) }

struct ContactAdd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a contact at an account.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The contact's name.") var name: String
  @Option(help: "Account: name or id.") var account: String
  @Option var title: String?
  @Option var email: String?
  @Option var phone: String?
  @Option(help: "champion, economic-buyer, decision-maker, influencer, blocker or other.") var role: String?
  @Option var notes: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let add = AddContact(
      accountId: try ctx.account(account).id, name: name, title: title, email: email, phone: phone,
      buyingRole: try role.map(parseRole), notes: notes)
    guard case .contact(let c) = try ctx.run(add, as: actor).record else { return }
    let at = ctx.workspace.accounts[id: c.accountId]?.name ?? c.accountId
    Printer.write(quiet ? c.id + "\n" : "added \(c.id) \(c.name) at \(at)\n")
  }
}

struct ContactList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List contacts.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Only this account's contacts: name or id.") var account: String?
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let accountId = try account.map { try ctx.account($0).id }
    let contacts = ws.contacts.sortedById.filter { accountId == nil || $0.accountId == accountId }
    let touches = ws.lastTouches(of: Set(contacts.map(\.id)), asOf: Clock.today())
    try Printer.emit(
      contacts,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "ACCOUNT"), .init(title: "TITLE"),
          .init(title: "ROLE"), .init(title: "EMAIL"), .init(title: "PHONE"), .init(title: "LAST TOUCH"),
        ])
        for c in contacts {
          t.add(
            [
              c.id, c.name, ws.accounts[id: c.accountId]?.name ?? c.accountId, c.title ?? "",
              c.buyingRole?.label ?? "", c.email ?? "", c.phone ?? "",
              touches[c.id].map { "\($0.activity.kind.rawValue) \($0.activity.doneAt?.day.iso ?? "")" } ?? "",
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct ContactShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a contact, the deals they are on and the activities with them.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Contact: name or id.") var contact: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let c = try ContactRules.resolve(contact, in: ws)
    var text = "\(c.name) (\(c.id))\n"
    text += "  account: \(ws.accounts[id: c.accountId]?.name ?? c.accountId)\n"
    if let v = c.title { text += "  title: \(v)\n" }
    if let v = c.buyingRole { text += "  role: \(v.label)\n" }
    if let v = c.email { text += "  email: \(v)\n" }
    if let v = c.phone { text += "  phone: \(v)\n" }
    if let v = c.notes { text += "  notes: \(v)\n" }
    let touch = ws.lastTouches(of: [c.id], asOf: Clock.today())[c.id]
    text += "  " + ContactTouch.describe(touch) + "\n"
    let deals = ws.deals.sortedById.compactMap { d in
      d.buyingTeam(in: ws).first { $0.contact.id == c.id }.map { (d, $0.role) }
    }
    if !deals.isEmpty {
      text += "  deals:\n"
      for (d, role) in deals {
        text += "    \(d.id) \(d.name)" + (role.map { " — \($0.label)" } ?? "") + "\n"
      }
    }
    let activities = ws.activities.sortedById.filter { $0.contactId == c.id }
    if !activities.isEmpty {
      text += "  activities:\n"
      for a in activities { text += "    \(a.id) \(a.kind.rawValue) \(a.subject)\n" }
    }
    Printer.write(text)
  }
}

struct ContactUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Change a contact (an empty value clears a field; --role none).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Contact: name or id.") var contact: String
  @Option var name: String?
  @Option(help: "Move to another account: name or id.") var account: String?
  @Option var title: String?
  @Option var email: String?
  @Option var phone: String?
  @Option(help: "A buying role, or none.") var role: String?
  @Option var notes: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let c = try ContactRules.resolve(contact, in: ctx.workspace)
    var u = UpdateContact(contactId: c.id)
    u.name = name
    u.accountId = try account.map { try ctx.account($0).id }
    u.title = title.map { $0 }
    u.email = email.map { $0 }
    u.phone = phone.map { $0 }
    u.notes = notes.map { $0 }
    if let role { u.buyingRole = role.lowercased() == "none" ? .some(nil) : .some(try parseRole(role)) }
    let edit = try ctx.run(u, as: actor)
    Printer.write(edit.summary + "\n")
  }
}

struct ContactDelete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a contact; the deals and activities it is on are unlinked (listed first).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Contact id (names are not accepted here, to avoid deleting the wrong one).") var contact:
    String
  @OptionGroup var actor: ActorOption
  @OptionGroup var delete: DeleteOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    try DeleteConfirmation.run(DeleteContact(contactId: contact), in: ctx, actor: actor, options: delete)
  }
}

struct ContactLink: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link", abstract: "Put a contact on a deal's buying team (again: change their role there).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Contact: name or id.") var contact: String
  @Option(help: "Deal: name or id.") var deal: String
  @Option(help: "Their role in this deal; default: the contact's own.") var role: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let c = try ContactRules.resolve(contact, account: d.accountId, in: ctx.workspace)
    let edit = try ctx.run(
      LinkContact(dealId: d.id, contactId: c.id, role: try role.map(parseRole)), as: actor)
    let said = QualificationContact.splitLinkSummary(edit.summary)
    Printer.write(said.link + "\n")
    if let filled = said.filled { printError("note: \(filled)") }
  }
}

struct ContactUnlink: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unlink", abstract: "Take a contact off a deal's buying team.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Contact: name or id.") var contact: String
  @Option(help: "Deal: name or id.") var deal: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let c = try ContactRules.resolve(contact, account: d.accountId, in: ctx.workspace)
    let edit = try ctx.run(UnlinkContact(dealId: d.id, contactId: c.id), as: actor)
    Printer.write(edit.summary + "\n")
  }
}
