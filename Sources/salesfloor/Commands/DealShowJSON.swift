import SalesFloorKit

/// `deal show --format json`: the deal exactly as stored, plus `qualificationContacts` when its
/// champion or economic buyer points at a contact, so a script reads who they are and how to
/// reach them without a second lookup. The extra key sits beside the deal's own (sorted with
/// them); a deal without such contacts prints as before.
struct DealShowJSON: Encodable {
  /// One MEDDPICC person: the contact's fields that matter for reaching them, the element's
  /// status, and `text`, the line `deal show` prints.
  struct Person: Encodable {
    var contactId: String
    var name: String
    var title: String?
    var phone: String?
    var email: String?
    var status: QualificationStatus
    var text: String
  }

  var deal: Deal
  var people: [String: Person]

  init(_ d: Deal, in ws: Workspace) {
    deal = d
    var people: [String: Person] = [:]
    for e in QualificationElement.allCases {
      guard let c = d.qualificationContact(e, in: ws), let text = QualificationContact.line(e, of: d, in: ws)
      else { continue }
      people[e.rawValue] = Person(
        contactId: c.id, name: c.name, title: c.title, phone: c.phone, email: c.email,
        status: d.qualification.status(e), text: text)
    }
    self.people = people
  }

  private enum Key: String, CodingKey { case qualificationContacts }

  func encode(to encoder: Encoder) throws {
    try deal.encode(to: encoder)
    guard !people.isEmpty else { return }
    // The same keyed container the deal wrote into: JSONEncoder hands it back.
    var c = encoder.container(keyedBy: Key.self)
    try c.encode(people, forKey: .qualificationContacts)
  }
}
