/// The fast codec for contacts and a deal's contact links: the same keys and defaults as their
/// synthesized `Codable` conformances, keys written in byte order like `JSONEncoder(.sortedKeys)`.
extension JSONReader {
  private enum ContactKey: Int, JSONKeys {
    case accountId, buyingRole, createdAt, email, externalId, id, name, notes, phone, title, updatedAt
    static let keys = table()
  }

  mutating func decodeContact() throws(JSONFailure) -> Contact {
    var id: String?
    var accountId: String?
    var name: String?
    var createdAt: Timestamp?
    var updatedAt: Timestamp?
    var c = Contact(id: "", accountId: "", name: "", createdAt: Timestamp(seconds: 0))
    let at = try object(ContactKey.keys) { r, k throws(JSONFailure) in
      switch ContactKey(rawValue: k) {
      case .accountId: accountId = try r.readInternedString()
      case .buyingRole: c.buyingRole = try r.optEnum(Contact.BuyingRole.self, "buying role")
      case .createdAt: createdAt = try r.readTimestamp()
      case .email: c.email = try r.optString()
      case .externalId: c.externalId = try r.optString()
      case .id: id = try r.readString()
      case .name: name = try r.readString()
      case .notes: c.notes = try r.optString()
      case .phone: c.phone = try r.optString()
      case .title: c.title = try r.optString()
      case .updatedAt: updatedAt = try r.readTimestamp()
      case nil: try r.skipValue()
      }
    }
    c.id = try req(id, "id", at)
    c.accountId = try req(accountId, "accountId", at)
    c.name = try req(name, "name", at)
    c.createdAt = try req(createdAt, "createdAt", at)
    c.updatedAt = try req(updatedAt, "updatedAt", at)
    return c
  }

  private enum DealContactKey: Int, JSONKeys {
    case contactId, role
    static let keys = table()
  }

  mutating func decodeDealContact() throws(JSONFailure) -> DealContact {
    var contactId: String?
    var role: Contact.BuyingRole?
    let at = try object(DealContactKey.keys) { r, k throws(JSONFailure) in
      switch DealContactKey(rawValue: k) {
      case .contactId: contactId = try r.readInternedString()
      case .role: role = try r.optEnum(Contact.BuyingRole.self, "buying role")
      case nil: try r.skipValue()
      }
    }
    return DealContact(contactId: try req(contactId, "contactId", at), role: role)
  }
}

extension JSONWriter {
  mutating func write(_ c: Contact) {
    beginObject()
    key("accountId")
    string(c.accountId)
    optString("buyingRole", c.buyingRole?.rawValue)
    key("createdAt")
    timestamp(c.createdAt)
    optString("email", c.email)
    optString("externalId", c.externalId)
    key("id")
    string(c.id)
    key("name")
    string(c.name)
    optString("notes", c.notes)
    optString("phone", c.phone)
    optString("title", c.title)
    key("updatedAt")
    timestamp(c.updatedAt)
    endObject()
  }

  /// A deal's `contacts` array; callers leave the key out when the deal has none.
  mutating func write(_ links: [DealContact]) {
    beginArray()
    for l in links {
      beginObject(element: true)
      key("contactId")
      string(l.contactId)
      optString("role", l.role?.rawValue)
      endObject()
    }
    endArray()
  }
}
