extension DemoBuilder {
  /// Product training, plays and content tied to the demo catalogue, so `report products` shows who
  /// has taken each product's training, the deal card names the training a rep still needs, and a
  /// play that sells a deal's product ranks first. Fixed links, no random draw: the demo's other
  /// records stay byte-identical.
  func addProductLinks(to ws: inout Workspace) {
    let platform = ["pr-procure", "pr-pay", "pr-suite", "pr-portal"]
    let analytics = ["pr-insights", "pr-benchmarks"]
    let training: [String: [String]] = [
      "train-product-fundamentals": ["pr-procure", "pr-pay", "pr-suite"],
      "train-product-demo-certification": ["pr-suite"],
      "train-product-integrations": analytics + ["pr-portal"],
    ]
    let plays: [String: [String]] = [
      "play-first-demo": ["pr-suite", "pr-procure"],
      "play-renewal-expansion": analytics,
    ]
    let content: [String: [String]] = [
      ContentId.demoScript: ["pr-suite", "pr-procure"],
      ContentId.roiCalculator: analytics,
      ContentId.pricingDeck: platform + analytics,
    ]
    func known(_ ids: [String]) -> [String] { ids.filter { ws.products[id: $0] != nil } }
    for (id, products) in training.sorted(by: { $0.key < $1.key }) {
      guard var m = ws.training[id: id] else { continue }
      m.productIds = known(products)
      _ = ws.training.upsert(m)
    }
    for (id, products) in plays.sorted(by: { $0.key < $1.key }) {
      guard var p = ws.playbooks[id: id] else { continue }
      p.productIds = known(products)
      _ = ws.playbooks.upsert(p)
    }
    for (id, products) in content.sorted(by: { $0.key < $1.key }) {
      guard var c = ws.content[id: id] else { continue }
      c.productIds = known(products)
      _ = ws.content.upsert(c)
    }
  }
}
