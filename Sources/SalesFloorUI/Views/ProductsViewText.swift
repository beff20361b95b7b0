import SalesFloorKit

/// The Products view (`I`): the catalogue with each product's open pipeline and period wins
/// (the numbers of `report products`), the selected product's description, configurations and
/// prices; Enter lists the deals that sell it.
enum ProductsViewText {
  /// Lines above the first product row (summary, blank, table header).
  static let headerLines = 3

  static func lines(_ d: ProductsViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    let i = s.views.products.cursor.index
    if let ids = s.views.products.dealIds, let p = d.product(at: i) {
      return dealLines(p, ids, s, width: width)
    }
    let home = d.report.currency
    let active = d.products.filter(\.active).count
    var out = [
      ListItem(
        "\(d.products.count) products · \(active) active · \(home) · "
          + "Enter shows its deals · a adds · e edits · x retires or activates",
        role: .title),
      ViewText.rule,
    ]
    guard !d.products.isEmpty else {
      out.append(
        ListItem("No products yet: a adds one (or :product NAME, or `salesfloor product add`).", role: .muted)
      )
      return out
    }
    let rows = zip(d.report.products, d.products).enumerated().map { n, pair -> [String] in
      let (line, p) = pair
      return [
        n == i ? "›" : " ", p.name, p.family.isEmpty ? "—" : p.family,
        p.listPrice(in: home).map(\.description) ?? "—", p.active ? "yes" : "retired",
        String(line.openDeals), ViewText.money(line.openAmount, home), String(line.wonDeals),
        ViewText.money(line.wonAmount, home),
      ]
    }
    let roles = d.products.indices.map { n -> StyleRole in
      n == i ? .selection : d.products[n].active ? .text : .muted
    }
    out += ViewText.table(
      [
        TableColumn("", width: ColumnWidth(min: 1, max: 1)),
        TableColumn("Product", width: ColumnWidth(min: 10, max: 28, flex: 1)),
        TableColumn("Family", width: ColumnWidth(min: 6, max: 16)),
        TableColumn("List price", width: ColumnWidth(min: 10, max: 18), alignment: .right),
        TableColumn("Active", width: ColumnWidth(min: 7, max: 7)),
        TableColumn("Open", width: ColumnWidth(min: 4, max: 5), alignment: .right),
        TableColumn("Pipeline", width: ColumnWidth(min: 8, max: 10), alignment: .right),
        TableColumn("Won", width: ColumnWidth(min: 3, max: 5), alignment: .right),
        TableColumn("Won amount", width: ColumnWidth(min: 10, max: 10), alignment: .right),
      ], rows, roles: roles, width: width, glyphs: s.glyphs)
    if !d.report.unconverted.isEmpty {
      out.append(
        ListItem(
          "\(d.report.unconverted.count) deals left out: their currency has no rate (salesfloor currency)",
          role: .warning))
    }
    if let p = d.product(at: i) { out += detail(p) + links(p, s) }
    return out
  }

  /// The selected product under the table: description, configurations, every price.
  static func detail(_ p: Product) -> [ListItem] {
    var out = [ViewText.rule, ListItem("\(p.name) (\(p.id))", role: .header)]
    out.append(ListItem(p.description.isEmpty ? "  no description" : "  " + p.description))
    let configs = p.configurations.isEmpty ? "—" : p.configurations.joined(separator: ", ")
    out.append(ListItem("  configurations  \(configs)"))
    let prices =
      p.listPrices.isEmpty ? "— (none)" : p.listPrices.map(\.money.description).joined(separator: " · ")
    out.append(ListItem("  list prices     \(prices)"))
    return out
  }

  /// What is linked to the product (`L` links more): plays, content, and training with how many
  /// people completed each module (`ProductTraining`, the rule `report products` counts with).
  static func links(_ p: Product, _ s: CockpitState) -> [ListItem] {
    let ws = s.workspace
    let l = ProductLinks(productId: p.id, in: ws)
    guard !l.isEmpty else {
      return [ListItem("  linked          nothing yet: L links a play, content or training", role: .muted)]
    }
    var out: [ListItem] = []
    if !l.plays.isEmpty {
      out.append(ListItem("  plays           " + l.plays.map(\.name).joined(separator: " · ")))
    }
    if !l.content.isEmpty {
      out.append(ListItem("  content         " + l.content.map(\.title).joined(separator: " · ")))
    }
    if !l.training.isEmpty {
      let text = l.training.map {
        "\($0.title) (\(ProductTraining.completedCount($0.id, ws, asOf: s.asOf)) completed)"
      }.joined(separator: " · ")
      out.append(ListItem("  training        " + text))
    }
    return out
  }

  /// Enter: the deals with a line for `p`, with the quantity and the lines' total on each.
  static func dealLines(_ p: Product, _ ids: [String], _ s: CockpitState, width: Int) -> [ListItem] {
    let ws = s.workspace
    let stages = StageLookup(ws.settings, today: s.asOf)
    var out = [
      ListItem("Deals selling \(p.name) (\(ids.count)) · Enter or Esc: back to the catalogue", role: .title),
      ViewText.rule,
    ]
    let deals = ids.compactMap { ws.deals[id: $0] }
    guard !deals.isEmpty else {
      out.append(ListItem("No deal sells \(p.name) yet: i on a deal card adds a line.", role: .muted))
      return out
    }
    let rows = deals.map { d -> [String] in
      let mine = d.lineItems.filter { $0.productId == p.id }
      let quantity = mine.reduce(Int64(0)) { $0 + $1.quantity }
      return [
        d.name, ws.settings.stage(d.stage)?.name ?? d.stage, ws.people[id: d.ownerId]?.name ?? d.ownerId,
        d.closeDate?.iso ?? "—", String(quantity),
        Money(minor: LineItem.amount(of: mine), currency: d.currency).description,
        Money(minor: d.amount, currency: d.currency).description,
      ]
    }
    out += ViewText.table(
      [
        TableColumn("Deal", width: ColumnWidth(min: 10, max: 30, flex: 1)),
        TableColumn("Stage", width: ColumnWidth(min: 6, max: 14)),
        TableColumn("Owner", width: ColumnWidth(min: 6, max: 18)),
        TableColumn("Close", width: ColumnWidth(min: 10, max: 10)),
        TableColumn("Qty", width: ColumnWidth(min: 3, max: 5), alignment: .right),
        TableColumn("Lines", width: ColumnWidth(min: 10, max: 18), alignment: .right),
        TableColumn("Deal amount", width: ColumnWidth(min: 11, max: 18), alignment: .right),
      ], rows, roles: deals.map { stages.isOpen($0) ? .text : .muted }, width: width, glyphs: s.glyphs)
    return out
  }
}
