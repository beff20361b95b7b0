/// Ids of the starter content, named once so plays cannot link to a typo.
enum ContentId {
  static let battlecardNorthwind = "content-battlecard-northwind"
  static let battlecardContoso = "content-battlecard-contoso"
  static let battlecardGlobex = "content-battlecard-globex"
  static let caseStudyManufacturing = "content-case-study-manufacturing"
  static let caseStudyHealthcare = "content-case-study-healthcare"
  static let caseStudyDisplacement = "content-case-study-displacement"
  static let roiCalculator = "content-roi-calculator"
  static let businessCase = "content-business-case-template"
  static let securityAnswers = "content-security-questionnaire"
  static let mutualActionPlan = "content-mutual-action-plan"
  static let pricingDeck = "content-pricing-deck"
  static let discoveryGuide = "content-discovery-guide"
  static let demoScript = "content-demo-script"
  static let legalPlaybook = "content-legal-fallbacks"
  static let renewalReview = "content-renewal-review-deck"
  static let insightDeck = "content-insight-deck"
}

extension StarterLibrary {
  /// The starter content before `playIds` are derived from the plays that link to it.
  static let contentCatalog: [ContentItem] = [
    ContentItem(
      id: ContentId.battlecardNorthwind, title: "Battlecard: Northwind (incumbent suite)",
      kind: "battlecard", link: "content/battlecards/northwind.pdf",
      stageIds: ["discovery", "demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.battlecardContoso, title: "Battlecard: Contoso (low-cost point tool)",
      kind: "battlecard", link: "content/battlecards/contoso.pdf",
      stageIds: ["discovery", "demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.battlecardGlobex, title: "Battlecard: Globex (ERP add-on module)",
      kind: "battlecard", link: "content/battlecards/globex.pdf",
      stageIds: ["discovery", "demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.caseStudyManufacturing,
      title: "Case study: mid-market manufacturer cuts purchase-order cycle time by 41%",
      kind: "caseStudy", link: "content/case-studies/manufacturing-po-cycle-time.pdf",
      stageIds: ["discovery", "demo", "proposal"]),
    ContentItem(
      id: ContentId.caseStudyHealthcare,
      title: "Case study: hospital network brings 92% of spend under management",
      kind: "caseStudy", link: "content/case-studies/healthcare-spend-under-management.pdf",
      stageIds: ["discovery", "demo", "proposal"]),
    ContentItem(
      id: ContentId.caseStudyDisplacement,
      title: "Case study: replacing Northwind in 90 days at a logistics group",
      kind: "caseStudy", link: "content/case-studies/northwind-replacement-logistics.pdf",
      stageIds: ["demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.roiCalculator, title: "ROI calculator (savings, cycle time, payback)",
      kind: "tool", link: "content/tools/roi-calculator.xlsx",
      stageIds: ["discovery", "demo", "proposal"]),
    ContentItem(
      id: ContentId.businessCase, title: "Business case template for the economic buyer",
      kind: "template", link: "content/templates/business-case.docx",
      stageIds: ["demo", "proposal"]),
    ContentItem(
      id: ContentId.securityAnswers, title: "Security questionnaire answers (SIG Lite, CAIQ) and SOC 2",
      kind: "document", link: "content/security/questionnaire-answers.pdf",
      stageIds: ["demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.mutualActionPlan, title: "Mutual action plan template",
      kind: "template", link: "content/templates/mutual-action-plan.xlsx",
      stageIds: ["discovery", "demo", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.pricingDeck, title: "Pricing and packaging deck (current price book)",
      kind: "deck", link: "content/decks/pricing-and-packaging.pptx",
      stageIds: ["proposal", "negotiation"]),
    ContentItem(
      id: ContentId.discoveryGuide, title: "Discovery call guide (SPIN + MEDDPICC cheat sheet)",
      kind: "document", link: "content/guides/discovery-call-guide.pdf",
      stageIds: ["prospect", "qualify", "discovery"]),
    ContentItem(
      id: ContentId.demoScript, title: "First demo script and click path",
      kind: "document", link: "content/guides/first-demo-script.pdf", stageIds: ["demo"]),
    ContentItem(
      id: ContentId.legalPlaybook, title: "Legal fallback positions (MSA, DPA, order form)",
      kind: "document", link: "content/legal/fallback-positions.pdf", stageIds: ["negotiation"]),
    ContentItem(
      id: ContentId.renewalReview, title: "Renewal business review deck (value delivered)",
      kind: "deck", link: "content/decks/renewal-business-review.pptx",
      stageIds: ["discovery", "proposal", "negotiation"]),
    ContentItem(
      id: ContentId.insightDeck, title: "Commercial insight deck: the hidden cost of tail spend",
      kind: "deck", link: "content/decks/hidden-cost-of-tail-spend.pptx",
      stageIds: ["prospect", "qualify", "discovery"]),
  ]
}
