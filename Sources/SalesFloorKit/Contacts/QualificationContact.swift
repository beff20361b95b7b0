/// The MEDDPICC champion and economic buyer as contacts: the rules that keep the scorecard and the
/// buying team telling the same story, written once for the commands, the CLI, the cockpit and
/// call mode.
///
/// The scorecard's pick wins over a buying-team role because the rep made it on purpose while
/// qualifying; the buying-team role is the fallback for deals scored before contacts existed.
public enum QualificationContact {
  /// Points `element` of `deal` at a contact (nil: at nobody) and returns what changed for the
  /// edit's summary. Refuses elements that are not about a person and contacts at another
  /// account; a contact not on the buying team joins it with the element's role, in the same
  /// deal record, so the whole change is one transaction and one undo step.
  static func set(
    _ element: QualificationElement, contactId: String?, on deal: inout Deal, _ ctx: CommandContext
  ) throws(CommandError) -> String {
    guard let role = element.buyingRole else {
      throw .invalid(
        field: "contact",
        reason: "\(element.title) is not about a person: only champion and economicBuyer point at a contact")
    }
    guard let contactId else {
      deal.setQualificationContact(element, contactId: nil, at: ctx.now, by: ctx.actor)
      return "\(element.title.lowercased()): nobody"
    }
    let c = try ContactRules.atDealAccount(contactId, deal: deal, ctx.workspace)
    deal.setQualificationContact(element, contactId: c.id, at: ctx.now, by: ctx.actor)
    var said = "\(element.title.lowercased()): \(c.name)"
    if !deal.contacts.contains(where: { $0.contactId == c.id }) {
      deal.contacts.append(DealContact(contactId: c.id, role: role))
      deal.updatedAt = ctx.now
      said += " (added to the buying team as \(role.label))"
    }
    return said
  }

  /// After `contact` joined the deal's buying team as `role`: fills the matching MEDDPICC entry
  /// when it names nobody yet (a pick the rep made on the scorecard is never replaced); returns
  /// the phrase for the summary, nil when nothing changed.
  static func fillFromLink(
    _ contact: Contact, role: Contact.BuyingRole?, on deal: inout Deal, _ ctx: CommandContext
  )
    -> String?
  {
    guard let role, let element = QualificationElement(buyingRole: role),
      deal.qualification[element]?.contactId == nil
    else { return nil }
    deal.setQualificationContact(element, contactId: contact.id, at: ctx.now, by: ctx.actor)
    return "MEDDPICC \(element.title.lowercased()) is now \(contact.name)"
  }

  private static let fillSeparator = "; MEDDPICC "

  /// `LinkContact`'s summary with the MEDDPICC fill appended ("…; MEDDPICC champion is now Eli").
  static func linkSummary(_ link: String, filled: String?) -> String {
    link + (filled.map { "; " + $0 } ?? "")
  }

  /// A `LinkContact` summary split into the link and the MEDDPICC fill (nil when nothing was
  /// filled), for the CLI, which prints the link as it always did and the fill as a note.
  public static func splitLinkSummary(_ summary: String) -> (link: String, filled: String?) {
    guard let r = summary.range(of: fillSeparator) else { return (summary, nil) }
    return (String(summary[..<r.lowerBound]), "MEDDPICC " + summary[r.upperBound...])
  }

  /// The contact a user typed for a deal's champion or economic buyer: looked up among the
  /// deal's account's contacts first (two Ana Ruiz at different companies are not ambiguous
  /// here), then among all, so a contact at another account is found and then refused by name.
  public static func resolve(_ text: String, for deal: Deal, in ws: Workspace) throws(CommandError) -> Contact
  {
    if let a = deal.accountId, let c = try? ContactRules.resolve(text, account: a, in: ws) { return c }
    return try ContactRules.resolve(text, in: ws)
  }

  /// "Champion: Ana Ruiz (VP Ops, +1 555 0100) · confirmed": the line `deal show` and the deal card
  /// print for an element pointing at a contact; nil when it points at nobody (or at a contact
  /// that no longer exists, which `check` reports).
  public static func line(_ element: QualificationElement, of deal: Deal, in ws: Workspace) -> String? {
    guard let who = who(element, of: deal, in: ws) else { return nil }
    return "\(element.title): \(who) · \(deal.qualification.status(element).rawValue)"
  }

  /// "Ana Ruiz (VP Ops, +1 555 0100)": the contact an element points at, with what a seller needs
  /// to reach them (absent parts left out); nil when it points at nobody.
  public static func who(_ element: QualificationElement, of deal: Deal, in ws: Workspace) -> String? {
    guard let c = deal.qualificationContact(element, in: ws) else { return nil }
    let detail = [c.title, c.phone].compactMap { $0 }.joined(separator: ", ")
    return c.name + (detail.isEmpty ? "" : " (\(detail))")
  }
}

extension QualificationElement {
  /// The element whose person plays `role` (champion, economic buyer); nil for the other roles.
  public init?(buyingRole role: Contact.BuyingRole) {
    guard let e = Self.allCases.first(where: { $0.buyingRole == role }) else { return nil }
    self = e
  }
}

extension Deal {
  /// The contact a MEDDPICC element points at; nil when it names nobody or the contact is gone.
  public func qualificationContact(_ element: QualificationElement, in ws: Workspace) -> Contact? {
    qualification[element]?.contactId.flatMap { ws.contacts[id: $0] }
  }

  /// Who plays `role` in this deal: for champion and economic buyer the contact the MEDDPICC
  /// scorecard points at, else the first on the buying team with that role. The one rule call
  /// mode, hygiene and the deal card use to answer "who is our champion?".
  public func member(withRole role: Contact.BuyingRole, in ws: Workspace) -> BuyingTeamMember? {
    if let e = QualificationElement(buyingRole: role), let c = qualificationContact(e, in: ws) {
      return BuyingTeamMember(contact: c, role: role)
    }
    return buyingTeam(in: ws).first { $0.role == role }
  }
}
