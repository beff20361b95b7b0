import SalesFloorKit

/// The contacts a form offers for an activity: the deal's buying team first (with their role in
/// the deal), then the rest of the account's contacts, so the champion is one Tab away.
enum ContactChoices {
  static func forActivity(dealId: String?, accountId: String?, _ ws: Workspace) -> [ChoiceOption] {
    let deal = dealId.flatMap { ws.deals[id: $0] }
    let team = deal?.buyingTeam(in: ws) ?? []
    var out = team.map { m in
      ChoiceOption(id: m.contact.id, label: m.contact.name + (m.role.map { " (\($0.label))" } ?? ""))
    }
    let onTeam = Set(team.map(\.contact.id))
    if let account = deal?.accountId ?? accountId {
      out += ws.contacts(atAccount: account).filter { !onTeam.contains($0.id) }.map {
        ChoiceOption(id: $0.id, label: $0.name)
      }
    }
    return out
  }

  /// The activity form's Contact field, or none when the deal (or account) has no contacts and the
  /// activity names nobody: a form for a deal without contacts looks as it did.
  static func activityFields(_ a: Activity?, dealId: String?, _ ws: Workspace) -> [FormField] {
    var options = forActivity(dealId: a?.dealId ?? dealId, accountId: a?.accountId, ws)
    if let id = a?.contactId, !options.contains(where: { $0.id == id }), let c = ws.contacts[id: id] {
      options.append(ChoiceOption(id: c.id, label: c.name))
    }
    guard !options.isEmpty else { return [] }
    let value = a?.contactId.flatMap { id in options.first { $0.id == id }?.label } ?? ""
    return [FormField(contactKey, "Contact", .choice(options, allowsNew: false), value: value)]
  }

  static let contactKey = "contact"

  /// The contact a saved activity form names: `.none` when the form has no Contact field (leave
  /// the activity's as it is), `.some(nil)` when the field is empty (with nobody).
  static func chosen(in f: Form) -> String?? {
    guard f.fields.contains(where: { $0.key == contactKey }) else { return .none }
    return .some(f.optionId(contactKey))
  }
}
