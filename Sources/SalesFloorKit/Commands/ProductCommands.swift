import Foundation

/// The product fields `product add` and `product update` can set; nil leaves a field as it is.
public struct ProductFields: Sendable, Hashable {
  public var name: String?
  public var family: String?
  /// Replaces the price in each named currency; other currencies keep theirs.
  public var listPrices: [Money]?
  public var description: String?
  public var configurations: [String]?
  public var active: Bool?

  public init(
    name: String? = nil, family: String? = nil, listPrices: [Money]? = nil, description: String? = nil,
    configurations: [String]? = nil, active: Bool? = nil
  ) {
    self.name = name
    self.family = family
    self.listPrices = listPrices
    self.description = description
    self.configurations = configurations
    self.active = active
  }

  func apply(to p: inout Product, _ ws: Workspace) throws(CommandError) {
    if let name {
      let n = try CommandRules.name(name)
      if let other = ws.products.first(where: { $0.id != p.id && $0.name.lowercased() == n.lowercased() }) {
        throw .invalid(field: "name", reason: "product \"\(other.name)\" (\(other.id)) already has that name")
      }
      p.name = n
    }
    if let family { p.family = family.trimmingCharacters(in: .whitespaces) }
    if let description { p.description = description }
    if let configurations { p.configurations = configurations.filter { !$0.isEmpty } }
    if let active { p.active = active }
    for m in listPrices ?? [] {
      let m = try CommandRules.money(m, field: "price")
      guard m.minor >= 0 else { throw .invalid(field: "price", reason: "a list price cannot be negative") }
      let price = Product.Price(currency: m.currency, amount: m.minor)
      if let i = p.listPrices.firstIndex(where: { $0.currency == m.currency }) {
        p.listPrices[i] = price
      } else {
        p.listPrices.append(price)
      }
    }
  }
}

/// Adds a product to the catalogue (`product add`).
public struct AddProduct: WorkspaceCommand {
  public var name: String
  public var fields: ProductFields

  public init(name: String, fields: ProductFields = ProductFields()) {
    self.name = name
    self.fields = fields
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var p = Product(id: ctx.newId("pr-"), name: name)
    var f = fields
    f.name = name
    try f.apply(to: &p, ctx.workspace)
    return Edit(summary: "added product \(p.name)", mutations: [.put(.product(p))], recordId: p.id)
  }
}

/// Changes a product's catalogue entry (`product update`); deal lines keep their own prices.
public struct UpdateProduct: WorkspaceCommand {
  public var productId: String
  public var fields: ProductFields

  public init(productId: String, fields: ProductFields) {
    self.productId = productId
    self.fields = fields
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var p = try ProductRules.product(productId, ctx.workspace)
    try fields.apply(to: &p, ctx.workspace)
    return Edit(summary: "updated product \(p.name)", mutations: [.put(.product(p))], recordId: p.id)
  }
}

/// Deletes a product no deal sells (`product delete`): refused while deals have lines for it,
/// naming how many, so no line points at a product that is gone (mark it inactive instead).
/// Cascades: plays, content and training linked to it drop the link (listed in the plan).
public struct DeleteProduct: DeleteCommand {
  public var productId: String
  public init(productId: String) { self.productId = productId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let p = try ProductRules.product(productId, ws)
    let using = ws.deals.filter { $0.lineItems.contains { $0.productId == p.id } }.count
    if using > 0 {
      throw .invalid(
        field: "product",
        reason: "\(p.name) is on \(using) \(using == 1 ? "deal" : "deals"): remove those line items first, "
          + "or keep it with `salesfloor product update \(p.id) --inactive`")
    }
    let links = ProductLinks(productId: p.id, in: ws)
    let effects = [
      DeletePlan.effect("unlinks", links.plays.count, "play", names: links.plays.map(\.name)),
      DeletePlan.effect("unlinks", links.content.count, "content item", names: links.content.map(\.title)),
      DeletePlan.effect(
        "unlinks", links.training.count, "training module", names: links.training.map(\.title)),
    ].compactMap { $0 }
    let edit = Edit(
      summary: "deleted product \(p.name)",
      mutations: ProductLinkEdit.clearing(p.id, links) + [.delete(.products, id: p.id)], recordId: p.id)
    return DeletePlan(record: "product \(p.name)", effects: effects, edit: edit)
  }
}

/// Replaces a deal's line items (`deal line add/remove` go through it): the one place the amount
/// is derived from the lines (`LineItem.amount(of:)`) and the change logged in the history.
public struct SetLineItems: WorkspaceCommand {
  public var dealId: String
  public var lineItems: [LineItem]

  public init(dealId: String, lineItems: [LineItem]) {
    self.dealId = dealId
    self.lineItems = lineItems
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var d = try CommandRules.existingDeal(dealId, in: ws)
    for l in lineItems {
      _ = try ProductRules.product(l.productId, ws)
      guard l.quantity > 0 else { throw .invalid(field: "quantity", reason: "must be at least 1") }
      guard l.unitPrice >= 0 else { throw .invalid(field: "price", reason: "cannot be negative") }
      guard (0...100).contains(l.discountPercent) else {
        throw .invalid(field: "discount", reason: "\(l.discountPercent) is not 0–100 (percent)")
      }
    }
    d.lineItems = lineItems
    d.updatedAt = ctx.now
    if !lineItems.isEmpty { d.setAmount(LineItem.amount(of: lineItems), at: ctx.now, by: ctx.actor) }
    return Edit(
      summary: "\(d.name): \(lineItems.count) line \(lineItems.count == 1 ? "item" : "items")",
      mutations: [.put(.deal(d))], recordId: d.id)
  }
}

/// Adds one product line to a deal; the price defaults to the product's list price in the
/// deal's currency, and is required when the catalogue has none in it.
public struct AddLineItem: WorkspaceCommand {
  public var dealId: String
  public var productId: String
  public var quantity: Int64
  /// Minor units of the deal's currency; nil takes the list price.
  public var unitPrice: Int64?
  public var discountPercent: Int

  public init(
    dealId: String, productId: String, quantity: Int64, unitPrice: Int64? = nil, discountPercent: Int = 0
  ) {
    self.dealId = dealId
    self.productId = productId
    self.quantity = quantity
    self.unitPrice = unitPrice
    self.discountPercent = discountPercent
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let d = try CommandRules.existingDeal(dealId, in: ws)
    let line = try LineItemRules.line(
      on: d, productId: productId, quantity: quantity, unitPrice: unitPrice, discountPercent: discountPercent,
      ws)
    return try SetLineItems(dealId: d.id, lineItems: d.lineItems + [line]).edit(in: ctx)
  }
}

/// Removes line `index` (1-based, as `deal show` numbers them) from a deal. The amount stays as
/// it was when the last line goes: a deal without lines keeps a typed amount.
public struct RemoveLineItem: WorkspaceCommand {
  public var dealId: String
  public var index: Int

  public init(dealId: String, index: Int) {
    self.dealId = dealId
    self.index = index
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let d = try CommandRules.existingDeal(dealId, in: ctx.workspace)
    try LineItemRules.check(index: index, of: d)
    var lines = d.lineItems
    lines.remove(at: index - 1)
    return try SetLineItems(dealId: d.id, lineItems: lines).edit(in: ctx)
  }
}

/// Finding products by id for the product commands.
public enum ProductRules {
  public static func product(_ id: String, _ ws: Workspace) throws(CommandError) -> Product {
    try CommandRules.record(
      ws.products[id: id], kind: "product", id: id, hint: "see `salesfloor product list`")
  }
}
