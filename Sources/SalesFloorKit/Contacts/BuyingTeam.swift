/// A deal's buying team as surfaces show it: each linked contact with the role that applies in
/// this deal (the link's, else the contact's own). The deal card, `deal show` and the MEDDPICC
/// champion / economic buyer all read it, so the fallback rule lives here only.
public struct BuyingTeamMember: Hashable, Sendable {
  public var contact: Contact
  public var role: Contact.BuyingRole?

  public init(contact: Contact, role: Contact.BuyingRole?) {
    self.contact = contact
    self.role = role
  }

  /// "Dana Ruiz · economic buyer · VP Ops · +1 555 0100": the one line the deal card and `deal
  /// show` print per contact (absent parts left out).
  public var summary: String {
    ([contact.name, role?.label, contact.title, contact.phone] as [String?]).compactMap { $0 }
      .joined(separator: " · ")
  }
}

extension Deal {
  /// The linked contacts in link order; links to contacts that no longer exist are skipped
  /// (`check` reports them).
  public func buyingTeam(in ws: Workspace) -> [BuyingTeamMember] {
    contacts.compactMap { l in
      ws.contacts[id: l.contactId].map { BuyingTeamMember(contact: $0, role: l.role ?? $0.buyingRole) }
    }
  }

  /// The contact playing this role (`member(withRole:in:)`: the MEDDPICC pick first, then the
  /// buying team).
  public func contact(withRole role: Contact.BuyingRole, in ws: Workspace) -> Contact? {
    member(withRole: role, in: ws)?.contact
  }
}

extension Workspace {
  /// An account's contacts by name (the account detail, `contact list --account`).
  public func contacts(atAccount accountId: String) -> [Contact] {
    contacts.items.filter { $0.accountId == accountId }.sorted {
      ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id)
    }
  }
}
