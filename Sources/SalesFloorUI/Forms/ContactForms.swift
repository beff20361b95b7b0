import SalesFloorKit

/// The contact forms: add or edit a contact (with the buying-role choice), and `K` on the deal
/// card, which links a contact to the deal with a role, creating them at the deal's account when
/// the name is new. Saved through the Kit's contact commands, the same rules as the CLI's.
enum ContactForms {
  /// The buying roles to choose from, by label ("economic buyer").
  static var roles: [ChoiceOption] {
    Contact.BuyingRole.allCases.map { ChoiceOption(id: $0.rawValue, label: $0.label) }
  }

  static func make(_ purpose: FormPurpose, state s: CockpitState, context ctx: FormContext) -> Form? {
    let ws = s.workspace
    func form(_ title: String, _ fields: [FormField]) -> Form {
      Form(title: title, fields: fields, context: ctx, purpose: purpose)
    }
    switch purpose {
    case .contact(let id, let accountId):
      let c = id.flatMap { ws.contacts[id: $0] }
      if id != nil && c == nil { return nil }
      let account = (c?.accountId ?? accountId).flatMap { ws.accounts[id: $0]?.name } ?? ""
      return form(
        c == nil ? "Add contact" : "Edit contact",
        [
          FormField("name", "Name", .text, required: true, value: c?.name ?? ""),
          FormField(
            "account", "Account", .choice(s.data.accountOptions, allowsNew: false), required: true,
            value: account),
          FormField("title", "Title", .text, value: c?.title ?? ""),
          FormField("email", "Email", .text, value: c?.email ?? ""),
          FormField("phone", "Phone", .text, value: c?.phone ?? ""),
          FormField(
            "role", "Buying role", .choice(roles, allowsNew: false), value: c?.buyingRole?.label ?? ""),
          FormField("notes", "Notes", .note, value: c?.notes ?? ""),
        ])
    case .linkContact(let dealId):
      guard let d = ws.deals[id: dealId] else { return nil }
      let onTeam = Set(d.contacts.map(\.contactId))
      let candidates =
        d.accountId.map { ws.contacts(atAccount: $0) }?.filter { !onTeam.contains($0.id) } ?? []
      let options = candidates.map { ChoiceOption(id: $0.id, label: $0.name) }
      return form(
        "Link a contact · \(d.name)",
        [
          FormField(
            "contact", "Contact (new name adds them)", .choice(options, allowsNew: true), required: true),
          FormField("role", "Role in this deal", .choice(roles, allowsNew: false)),
          FormField("title", "Title (new contact)", .text),
          FormField("phone", "Phone (new contact)", .text),
          FormField("email", "Email (new contact)", .text),
        ])
    default:
      return nil
    }
  }

  static func save(_ f: Form, state s: CockpitState, ctx: CommandContext) throws(CommandError) -> FormEdit {
    let role = f.optionId("role").flatMap(Contact.BuyingRole.init(rawValue:))
    switch f.purpose {
    case .contact(let id, _):
      let accountId = f.optionId("account") ?? ""
      if let id {
        var u = UpdateContact(contactId: id)
        u.accountId = accountId
        u.name = f.text("name") ?? ""
        u.title = .some(f.text("title"))
        u.email = .some(f.text("email"))
        u.phone = .some(f.text("phone"))
        u.buyingRole = .some(role)
        u.notes = .some(f.text("notes"))
        return FormEdit(try u.edit(in: ctx))
      }
      return FormEdit(
        try AddContact(
          accountId: accountId, name: f.text("name") ?? "", title: f.text("title"), email: f.text("email"),
          phone: f.text("phone"), buyingRole: role, notes: f.text("notes")
        ).edit(in: ctx))
    case .linkContact(let dealId):
      let d = try CommandRules.existingDeal(dealId, in: s.workspace)
      if case .option(let o) = f["contact"] {
        let e = try LinkContact(dealId: d.id, contactId: o.id, role: role).edit(in: ctx)
        return FormEdit(e, dealId: d.id)
      }
      guard case .new(let name) = f["contact"] else {
        throw .invalid(field: "contact", reason: "pick a contact (Tab completes) or type a new name")
      }
      guard let accountId = d.accountId else {
        throw .invalid(field: "contact", reason: "\(d.name) has no account to add \(name) at")
      }
      let add = try AddContact(
        accountId: accountId, name: name, title: f.text("title"), email: f.text("email"),
        phone: f.text("phone"), buyingRole: role
      ).edit(in: ctx)
      // Linked on the workspace with the new contact in it: one transaction, one undo.
      var after = ctx
      for m in add.mutations { after.workspace.apply(m) }
      let link = try LinkContact(dealId: d.id, contactId: add.recordId ?? "", role: role).edit(in: after)
      return FormEdit(
        summary: add.summary + "; " + link.summary, mutations: add.mutations + link.mutations, followUp: nil,
        dealId: d.id)
    default:
      throw .invalid(field: "form", reason: "not a contact form")
    }
  }
}
