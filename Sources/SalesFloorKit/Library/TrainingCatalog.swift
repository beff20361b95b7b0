extension StarterLibrary {
  /// The starter training catalogue: what a rep must know about the product, how we sell, and the
  /// market we sell into. Certifications expire so knowledge of a changing product stays current.
  static let trainingCatalog: [TrainingModule] = [
    TrainingModule(
      id: "train-product-fundamentals", title: "Product fundamentals: requests, approvals, invoices",
      kind: .product, durationMinutes: 90, certificationValidDays: 365, requiredFor: [.rep, .manager],
      link: "training/product/fundamentals"),
    TrainingModule(
      id: "train-product-demo-certification", title: "Demo certification: the first-demo click path",
      kind: .product, durationMinutes: 60, certificationValidDays: 365, requiredFor: [.rep],
      link: "training/product/demo-certification"),
    TrainingModule(
      id: "train-product-integrations", title: "ERP integrations and data flows for sellers",
      kind: .product, durationMinutes: 45, link: "training/product/integrations"),
    TrainingModule(
      id: "train-product-security", title: "Security, privacy and compliance answers",
      kind: .product, durationMinutes: 40, certificationValidDays: 730,
      link: "training/product/security"),
    TrainingModule(
      id: "train-skills-spin-discovery", title: "Discovery with SPIN questions",
      kind: .salesSkills, durationMinutes: 75, requiredFor: [.rep],
      link: "training/skills/spin-discovery"),
    TrainingModule(
      id: "train-skills-meddpicc", title: "MEDDPICC qualification and deal reviews",
      kind: .salesSkills, durationMinutes: 120, certificationValidDays: 365, requiredFor: [.rep, .manager],
      link: "training/skills/meddpicc"),
    TrainingModule(
      id: "train-skills-negotiation", title: "Negotiation: trade, don't give",
      kind: .salesSkills, durationMinutes: 90, link: "training/skills/negotiation"),
    TrainingModule(
      id: "train-skills-objections", title: "Objection handling: price, timing, competitor, status quo",
      kind: .salesSkills, durationMinutes: 60, link: "training/skills/objection-handling"),
    TrainingModule(
      id: "train-skills-coaching", title: "Coaching from pipeline data (for managers)",
      kind: .salesSkills, durationMinutes: 90, requiredFor: [.manager],
      link: "training/skills/coaching-from-data"),
    TrainingModule(
      id: "train-market-competitors", title: "Competitive landscape: Northwind, Contoso, Globex",
      kind: .market, durationMinutes: 45, certificationValidDays: 180, requiredFor: [.rep],
      link: "training/market/competitors"),
    TrainingModule(
      id: "train-market-finance-buyer", title: "Selling to finance: how CFOs evaluate spend tools",
      kind: .market, durationMinutes: 50, link: "training/market/finance-buyer"),
  ]
}
