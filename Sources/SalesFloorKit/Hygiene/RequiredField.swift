/// One field a deal must have filled in a stage (`Stage.requiredFields`), Salesforce Path's "key
/// fields per stage": a soft rule that costs hygiene points, never a block.
///
/// Written in settings as short tokens so sales ops can edit them by hand: `amount` (more than
/// zero), `closeDate`, `nextStep`, `persona`, `competitor`, `contact` (any linked contact),
/// `contact:<role>` (a linked contact in that buying role, e.g. `contact:economicBuyer`) and
/// `meddpicc:<element>` (that scorecard element assessed, e.g. `meddpicc:economicBuyer`).
public enum RequiredField: Hashable, Sendable {
  case amount, closeDate, nextStep, persona, competitor, contact
  case contactRole(Contact.BuyingRole)
  case qualification(QualificationElement)

  /// Parses a settings token; nil for one it does not know (`RequiredField.unknownTokens` names them).
  public init?(token: String) {
    let parts = token.split(separator: ":", maxSplits: 1).map { String($0) }
    switch (parts.first?.lowercased(), parts.count) {
    case ("amount", 1): self = .amount
    case ("closedate", 1): self = .closeDate
    case ("nextstep", 1): self = .nextStep
    case ("persona", 1): self = .persona
    case ("competitor", 1): self = .competitor
    case ("contact", 1): self = .contact
    case ("contact", 2):
      guard let role = Contact.BuyingRole(parsing: parts[1]) else { return nil }
      self = .contactRole(role)
    case ("meddpicc", 2):
      guard let element = QualificationElement(parsing: parts[1]) else { return nil }
      self = .qualification(element)
    default: return nil
    }
  }

  /// The token written to settings.
  public var token: String {
    switch self {
    case .amount: return "amount"
    case .closeDate: return "closeDate"
    case .nextStep: return "nextStep"
    case .persona: return "persona"
    case .competitor: return "competitor"
    case .contact: return "contact"
    case .contactRole(let r): return "contact:" + r.rawValue
    case .qualification(let e): return "meddpicc:" + e.rawValue
    }
  }

  /// How a rep reads it in "3 things to fix": "Proposal needs amount, close date".
  public var label: String {
    switch self {
    case .amount: return "amount"
    case .closeDate: return "close date"
    case .nextStep: return "next step"
    case .persona: return "persona"
    case .competitor: return "competitor"
    case .contact: return "a contact"
    case .contactRole(let r): return "a contact as \(r.label)"
    case .qualification(let e): return "MEDDPICC \(e.title)"
    }
  }

  /// The cockpit key that fills it (docs/keys.md): `e` edits the deal, `n` sets the next step,
  /// `Q` scores MEDDPICC on the deal card, `:contact` links a contact.
  public var key: String {
    switch self {
    case .amount, .closeDate, .persona, .competitor: return "e"
    case .nextStep: return "n"
    case .contact, .contactRole: return ":contact"
    case .qualification: return "Q"
    }
  }

  /// Whether the deal has this field filled. `ws` resolves linked contacts and their roles
  /// (`Deal.buyingTeam`, the one fallback rule from link role to contact role).
  public func isFilled(on deal: Deal, in ws: Workspace) -> Bool {
    switch self {
    case .amount: return deal.amount > 0
    case .closeDate: return deal.closeDate != nil
    case .nextStep: return !(deal.nextStep ?? "").allSatisfy(\.isWhitespace)
    case .persona: return !(deal.persona ?? "").allSatisfy(\.isWhitespace)
    case .competitor: return !(deal.competitor ?? "").allSatisfy(\.isWhitespace)
    case .contact: return Hygiene.hasContact(deal, in: ws)
    case .contactRole(let r): return deal.contact(withRole: r, in: ws) != nil
    case .qualification(let e): return deal.qualification.status(e) != .unknown
    }
  }

  /// The rules of a stage id when settings give none: Proposal needs an amount and a close date;
  /// Negotiation also an economic buyer among the contacts and the MEDDPICC economic buyer
  /// assessed. Other stages require nothing.
  public static func defaults(forStage id: String) -> [RequiredField] {
    switch id {
    case "proposal": return [.amount, .closeDate]
    case "negotiation":
      return [.amount, .closeDate, .contactRole(.economicBuyer), .qualification(.economicBuyer)]
    default: return []
    }
  }

  /// The rules that apply to a stage: its own tokens (unknown ones skipped), else the defaults.
  public static func rules(for stage: Stage?) -> [RequiredField] {
    guard let stage else { return [] }
    guard let tokens = stage.requiredFields else { return defaults(forStage: stage.id) }
    return tokens.compactMap(RequiredField.init(token:))
  }

  /// Tokens in settings that name no field, as "stage: token", so `report hygiene` can say which
  /// rule it ignored instead of silently scoring without it.
  public static func unknownTokens(_ settings: Settings) -> [String] {
    settings.orderedStages.flatMap { st in
      (st.requiredFields ?? []).filter { RequiredField(token: $0) == nil }.map { "\(st.id): \($0)" }
    }
  }
}
