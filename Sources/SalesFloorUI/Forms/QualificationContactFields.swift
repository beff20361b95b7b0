import SalesFloorKit

/// The MEDDPICC form's contact fields: champion and economic buyer each get a Contact choice
/// (the deal's buying team first, then the account's other contacts: `ContactChoices`, the same
/// list the activity form offers), placed after the element's note so the form's Tab order for
/// status and note is unchanged. A deal whose account has no contacts gets no such field.
enum QualificationContactFields {
  static func key(_ e: QualificationElement) -> String { "contact." + e.rawValue }

  /// The Contact field for `e`, or none (`e` is not about a person, or there is nobody to pick).
  static func fields(_ e: QualificationElement, of d: Deal, _ ws: Workspace) -> [FormField] {
    guard e.namesPerson else { return [] }
    var options = ContactChoices.forActivity(dealId: d.id, accountId: d.accountId, ws)
    if let c = d.qualificationContact(e, in: ws), !options.contains(where: { $0.id == c.id }) {
      options.append(ChoiceOption(id: c.id, label: c.name))
    }
    guard !options.isEmpty else { return [] }
    let current = d.qualification[e]?.contactId
    let value = current.flatMap { id in options.first { $0.id == id }?.label } ?? ""
    return [FormField(key(e), "  contact", .choice(options, allowsNew: false), value: value)]
  }

  /// The contacts a saved form changes, for `SetQualification.contacts`: only elements whose
  /// field names someone else than the deal does now (an untouched field changes nothing, so
  /// saving never re-links a contact someone took off the buying team).
  static func chosen(in f: Form, deal d: Deal?) -> [QualificationElement: String?] {
    var out: [QualificationElement: String?] = [:]
    for e in QualificationElement.allCases where f.fields.contains(where: { $0.key == key(e) }) {
      let picked = f.optionId(key(e))
      if picked != d?.qualification[e]?.contactId { out[e] = .some(picked) }
    }
    return out
  }
}
