/// A person at an account: who the seller talks to. Deals link to contacts with the part each
/// plays in that deal, activities may name the contact they were with, and the MEDDPICC champion
/// and economic buyer can point at one, so "who is our champion?" has a phone number attached.
public struct Contact: Hashable, Sendable, Codable, Identifiable {
  /// The part someone plays on the buying team (MEDDPICC's vocabulary plus "other").
  public enum BuyingRole: String, Sendable, Codable, CaseIterable {
    case champion, economicBuyer, decisionMaker, influencer, blocker, other

    /// How a user reads it: "economic buyer".
    public var label: String {
      switch self {
      case .economicBuyer: return "economic buyer"
      case .decisionMaker: return "decision maker"
      default: return rawValue
      }
    }

    /// Accepts the raw value or the label in any case, with blanks, dashes or underscores
    /// ("economic-buyer", "Economic buyer", "eb"), because people type what they read.
    public init?(parsing text: String) {
      let key = text.lowercased().filter { $0.isLetter }
      let aliases: [String: BuyingRole] = ["eb": .economicBuyer, "dm": .decisionMaker]
      if let r = aliases[key] {
        self = r
        return
      }
      guard let r = Self.allCases.first(where: { $0.rawValue.lowercased() == key }) else { return nil }
      self = r
    }
  }

  public var id: String
  public var accountId: String
  public var name: String
  public var title: String?
  public var email: String?
  public var phone: String?
  /// The role they usually play; a deal link may give a different one for that deal.
  public var buyingRole: BuyingRole?
  public var notes: String?
  /// Id in the CRM it was imported from; re-imports match on it.
  public var externalId: String?
  public var createdAt: Timestamp
  public var updatedAt: Timestamp

  public init(
    id: String, accountId: String, name: String, title: String? = nil, email: String? = nil,
    phone: String? = nil, buyingRole: BuyingRole? = nil, notes: String? = nil, externalId: String? = nil,
    createdAt: Timestamp, updatedAt: Timestamp? = nil
  ) {
    self.id = id
    self.accountId = accountId
    self.name = name
    self.title = title
    self.email = email
    self.phone = phone
    self.buyingRole = buyingRole
    self.notes = notes
    self.externalId = externalId
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
  }
}

/// A contact's place in one deal: the link lives on the deal, so a deal's card reads its buying
/// team without scanning every contact, and one contact can be champion here and blocker there.
public struct DealContact: Hashable, Sendable, Codable {
  public var contactId: String
  /// The role in this deal; nil falls back to the contact's own `buyingRole`.
  public var role: Contact.BuyingRole?

  public init(contactId: String, role: Contact.BuyingRole? = nil) {
    self.contactId = contactId
    self.role = role
  }
}
