/// The steps every won deal of a kind goes through to delivery (`settings.handoffTemplates`).
/// Templates are tried in settings order; the first whose `match` fits the deal is used, a template
/// without criteria is the workspace's default, and `builtIn` applies when settings have none.
public struct HandoffTemplate: Hashable, Sendable, Codable, Identifiable {
  /// One step as planned: copied into each handoff started from the template.
  public struct Step: Hashable, Sendable, Codable {
    public var name: String
    public var ownerRole: String?
    public var ownerPersonId: String?
    public var targetDays: Int

    public init(name: String, ownerRole: String? = nil, ownerPersonId: String? = nil, targetDays: Int) {
      self.name = name
      self.ownerRole = ownerRole
      self.ownerPersonId = ownerPersonId
      self.targetDays = targetDays
    }
  }

  /// Which deals the template is for; an empty list matches anything, both lists must fit.
  public struct Match: Hashable, Sendable, Codable {
    /// The deal's account segment.
    public var segments: [Account.Segment]
    /// Any of the deal's line items sells one of these products.
    public var productIds: [String]

    public init(segments: [Account.Segment] = [], productIds: [String] = []) {
      self.segments = segments
      self.productIds = productIds
    }

    public var isEmpty: Bool { segments.isEmpty && productIds.isEmpty }
  }

  public var id: String
  public var name: String
  public var steps: [Step]
  /// nil: the default template (used when no other template's match fits).
  public var match: Match?

  public init(id: String, name: String, steps: [Step], match: Match? = nil) {
    self.id = id
    self.name = name
    self.steps = steps
    self.match = match
  }

  /// The five steps most B2B deliveries go through, used until settings define templates.
  public static let builtIn = HandoffTemplate(
    id: "standard", name: "Standard handoff",
    steps: [
      Step(name: "Contract countersigned", ownerRole: "Legal", targetDays: 3),
      Step(name: "PO received", ownerRole: "Finance", targetDays: 5),
      Step(name: "Billing set up", ownerRole: "Finance", targetDays: 3),
      Step(name: "Provisioning", ownerRole: "Support", targetDays: 5),
      Step(name: "Kickoff held", ownerRole: "Customer success", targetDays: 7),
    ])

  /// Whether the deal fits the criteria; the default template (no match) fits every deal.
  func fits(_ deal: Deal, segment: Account.Segment?) -> Bool {
    guard let m = match, !m.isEmpty else { return true }
    if !m.segments.isEmpty, !(segment.map(m.segments.contains) ?? false) { return false }
    if !m.productIds.isEmpty, !deal.lineItems.contains(where: { m.productIds.contains($0.productId) }) {
      return false
    }
    return true
  }

  /// The template for a won deal: the first template with criteria that fit, else the first
  /// without criteria, else `builtIn`. One rule, used by every path that starts a handoff.
  public static func choose(for deal: Deal, in ws: Workspace) -> HandoffTemplate {
    let templates = ws.settings.handoffTemplates
    let segment = deal.accountId.flatMap { ws.accounts[id: $0]?.segment }
    if let t = templates.first(where: { !($0.match?.isEmpty ?? true) && $0.fits(deal, segment: segment) }) {
      return t
    }
    return templates.first { $0.match?.isEmpty ?? true } ?? builtIn
  }

  /// A fresh handoff of this template for a deal won on `day`.
  public func start(id: String, dealId: String, on day: Day) -> Handoff {
    Handoff(
      id: id, dealId: dealId, templateId: self.id, startedOn: day,
      steps: steps.map {
        HandoffStep(
          name: $0.name, ownerRole: $0.ownerRole, ownerPersonId: $0.ownerPersonId, targetDays: $0.targetDays)
      })
  }
}
