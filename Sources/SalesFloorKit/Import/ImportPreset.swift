/// The standard CSV exports of the CRMs teams arrive from, so `--preset hubspot` replaces a
/// hand-written `--map` and `--stage-map`.
///
/// Column names follow each vendor's documented default export (Salesforce opportunity report,
/// HubSpot deals export, Pipedrive deals export). Where vendors name a field in more than one way
/// (report builder vs. data export), every known spelling is listed; the first one present wins.
public enum ImportPreset: String, Sendable, CaseIterable {
  case salesforce, hubspot, pipedrive

  /// Candidate column names per field, in preference order.
  public var dealColumns: [DealImportField: [String]] {
    switch self {
    case .salesforce:
      return [
        .externalId: ["Opportunity ID", "Opportunity Id", "Id"],
        .name: ["Opportunity Name", "Name"],
        .account: ["Account Name"],
        .owner: ["Opportunity Owner", "Owner Name", "Owner"],
        .amount: ["Amount"],
        .currency: ["Amount Currency", "Opportunity Currency", "Currency"],
        .stage: ["Stage", "Stage Name"],
        .closeDate: ["Close Date"],
        .createdAt: ["Created Date"],
        .probability: ["Probability (%)", "Probability"],
        .nextStep: ["Next Step"],
        .tags: ["Type"],
        .product: ["Product Name", "Product"],
        .quantity: ["Quantity"],
      ]
    case .hubspot:
      return [
        .externalId: ["Record ID", "Deal ID"],
        .name: ["Deal Name"],
        .account: ["Associated Company", "Associated Company (Primary)", "Company name"],
        .owner: ["Deal owner", "Deal Owner"],
        .amount: ["Amount"],
        .currency: ["Currency", "Deal currency code"],
        .stage: ["Deal Stage"],
        .closeDate: ["Close Date"],
        .createdAt: ["Create Date"],
        .probability: ["Deal probability"],
        .nextStep: ["Next step", "Next Step"],
        .nextStepDate: ["Next activity date", "Next Activity Date"],
        .tags: ["Deal Type", "Pipeline"],
        .product: ["Product", "Product Name", "Line Item Name"],
        .quantity: ["Quantity", "Line Item Quantity"],
      ]
    case .pipedrive:
      return [
        .externalId: ["Deal - ID"],
        .name: ["Deal - Title"],
        .account: ["Deal - Organization", "Deal - Organization name"],
        .owner: ["Deal - Owner"],
        .amount: ["Deal - Value"],
        .currency: ["Deal - Currency", "Deal - Currency of Value"],
        .stage: ["Deal - Stage"],
        .status: ["Deal - Status"],
        .closeDate: ["Deal - Expected close date"],
        .createdAt: ["Deal - Deal created"],
        .probability: ["Deal - Probability"],
        .nextStep: ["Deal - Next activity subject"],
        .nextStepDate: ["Deal - Next activity date"],
        .lostReason: ["Deal - Lost reason"],
        .tags: ["Deal - Label"],
        .product: ["Deal - Product name", "Deal - Product", "Product name", "Product"],
        .quantity: ["Deal - Product quantity", "Product quantity", "Quantity"],
      ]
    }
  }

  /// Pipedrive's "Won time" / "Lost time" (`2024-03-15 14:02:11`): when a closed deal really
  /// closed; "Expected close date" is only the forecast and dates a closed deal only when empty.
  public var wonDateColumns: [String] { self == .pipedrive ? ["Deal - Won time", "Won time"] : [] }
  public var lostDateColumns: [String] { self == .pipedrive ? ["Deal - Lost time", "Lost time"] : [] }

  /// How the vendor writes slash dates by default (Salesforce and HubSpot US exports: month
  /// first); nil when the export is ISO (Pipedrive) or locale-dependent, so `--date-format` decides.
  public var dateOrder: DateOrder? {
    switch self {
    case .salesforce, .hubspot: return .mdy
    case .pipedrive: return nil
    }
  }

  /// The first of `candidates` that is a column of `header` (any case), as spelled in the preset.
  static func first(_ candidates: [String], in header: [String]) -> String? {
    let present = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    return candidates.first { present.contains($0.lowercased()) }
  }

  /// The preset's columns that the file actually has (a trimmed-down export still imports).
  public func dealMapping(for header: [String]) -> [DealImportField: String] {
    var out: [DealImportField: String] = [:]
    for (field, candidates) in dealColumns {
      if let hit = Self.first(candidates, in: header) { out[field] = hit }
    }
    return out
  }

  /// The vendor's standard stage names (any case) → SalesFloor's default stage ids.
  public var stageMap: [String: String] {
    let pairs: [(String, String)]
    switch self {
    case .salesforce:
      pairs = [
        ("Prospecting", "prospect"), ("Qualification", "qualify"), ("Needs Analysis", "discovery"),
        ("Value Proposition", "discovery"), ("Id. Decision Makers", "discovery"),
        ("Perception Analysis", "demo"), ("Proposal/Price Quote", "proposal"),
        ("Negotiation/Review", "negotiation"), ("Closed Won", "won"), ("Closed Lost", "lost"),
      ]
    case .hubspot:
      pairs = [
        ("appointmentscheduled", "qualify"), ("Appointment Scheduled", "qualify"),
        ("qualifiedtobuy", "discovery"), ("Qualified To Buy", "discovery"),
        ("presentationscheduled", "demo"), ("Presentation Scheduled", "demo"),
        ("decisionmakerboughtin", "proposal"), ("Decision Maker Bought-In", "proposal"),
        ("contractsent", "negotiation"), ("Contract Sent", "negotiation"),
        ("closedwon", "won"), ("Closed Won", "won"), ("closedlost", "lost"), ("Closed Lost", "lost"),
      ]
    case .pipedrive:
      pairs = [
        ("Lead In", "prospect"), ("Contact Made", "qualify"), ("Demo Scheduled", "demo"),
        ("Proposal Made", "proposal"), ("Negotiations Started", "negotiation"),
      ]
    }
    return Dictionary(pairs.map { ($0.0.lowercased(), $0.1) }, uniquingKeysWith: { a, _ in a })
  }

  /// HubSpot writes `Deal probability` as a fraction (0.4 for 40 %).
  public var probabilityAsFraction: Bool { self == .hubspot }
}
