import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

struct ProductCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "product",
    abstract: "Add, list, show, update, delete and link products (to plays, content, training).",
    subcommands: [
      ProductAddCmd.self, ProductListCmd.self, ProductShowCmd.self, ProductUpdateCmd.self,
      ProductDeleteCmd.self, ProductLinkCmd.self, ProductUnlinkCmd.self,
    ])
}

/// The catalogue flags `product add` and `product update` share.
struct ProductFieldOptions: ParsableArguments {
  @Option(help: "Product family (product line).") var family: String?
  @Option(help: "A list price with its currency, e.g. \"USD 1200\" (repeat for more currencies).")
  var price: [String] = []
  @Option(help: "A short description.") var description: String?
  @Option(help: "Configurations, comma-separated (replaces the list).") var configurations: String?

  func fields(_ settings: Settings) throws -> ProductFields {
    ProductFields(
      family: family,
      listPrices: price.isEmpty
        ? nil : try price.map { try CLIInput.amount($0, currency: settings.currency, flag: "price") },
      description: description, configurations: TerritoryFieldOptions.list(configurations))
  }
}

struct ProductAddCmd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a product.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Product name (unique).") var name: String
  @OptionGroup var fields: ProductFieldOptions
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let edit = try ctx.run(
      AddProduct(name: name, fields: try fields.fields(ctx.workspace.settings)), as: actor)
    Printer.write("added product \(Sanitize.text(name)) (\(edit.recordId ?? ""))\n")
  }
}

struct ProductUpdateCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Change a product; deal lines keep the prices they were sold at.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Product id.") var product: String
  @Option(help: "New name.") var name: String?
  @OptionGroup var fields: ProductFieldOptions
  @Flag(inversion: .prefixedNo, help: "Offer the product for new lines (--inactive hides it).") var active:
    Bool?
  @Flag(help: "Mark the product inactive.") var inactive = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    var f = try fields.fields(ctx.workspace.settings)
    f.name = name
    f.active = inactive ? false : active
    try ctx.run(UpdateProduct(productId: product, fields: f), as: actor)
    Printer.write("updated product \(Sanitize.text(product))\n")
  }
}

struct ProductDeleteCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a product no deal sells (its play, content and training links go).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Product id.") var product: String
  @OptionGroup var delete: DeleteOptions
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    try DeleteConfirmation.run(DeleteProduct(productId: product), in: ctx, actor: actor, options: delete)
  }
}

struct ProductListCmd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "The catalogue.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let rows = ctx.workspace.products.sortedById
    try Printer.emit(
      rows,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "FAMILY"), .init(title: "LIST PRICES"),
          .init(title: "ACTIVE"),
        ])
        for p in rows {
          t.add([
            p.id, p.name, p.family, p.listPrices.map { $0.money.description }.joined(separator: ", "),
            p.active ? "yes" : "no",
          ])
        }
        return t
      }, format: output.format)
  }
}

struct ProductShowCmd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "One product.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @OptionGroup var asOfOption: AsOfOption
  @Argument(help: "Product id.") var product: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let p = try ProductRules.product(product, ctx.workspace)
    let links = ProductLinks(productId: p.id, in: ctx.workspace)
    let asOf = try asOfOption.day()
    if output.format == .json {
      Printer.data(try Printer.json(ProductDetail(p, links, ctx.workspace, asOf: asOf)), as: .json)
      return
    }
    let deals = ctx.workspace.deals.filter { $0.lineItems.contains { $0.productId == p.id } }.count
    var lines = [
      "\(p.name) (\(p.id))", "family:    \(p.family)",
      "prices:    \(p.listPrices.map { $0.money.description }.joined(separator: ", "))",
      "active:    \(p.active ? "yes" : "no")", "deals:     \(deals)",
    ]
    if !p.configurations.isEmpty { lines.append("configs:   \(p.configurations.joined(separator: ", "))") }
    if !p.description.isEmpty { lines.append(p.description) }
    lines += ProductLinkLines.lines(links, ctx.workspace, asOf: asOf)
    Printer.write(lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n")
  }
}

struct DealLineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "line", abstract: "Add or remove a deal's product lines; the amount becomes their sum.",
    subcommands: [DealLineAddCmd.self, DealLineRemoveCmd.self])
}

struct DealLineAddCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Add a product line to a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Option(help: "Product id.") var product: String
  @Option(help: "Quantity (at least 1).") var qty: Int64
  @Option(help: "Unit price in the deal's currency (default: the list price).") var price: String?
  @Option(help: "Discount in percent, 0–100.") var discount = 0
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let unit = try price.map { text -> Int64 in
      let m = try CLIInput.amount(text, currency: d.currency, flag: "price")
      guard m.currency == d.currency else {
        throw CLIError.usage("--price \"\(text)\": the deal is in \(d.currency)")
      }
      return m.minor
    }
    let edit = try ctx.run(
      AddLineItem(
        dealId: d.id, productId: product, quantity: qty, unitPrice: unit, discountPercent: discount),
      as: actor)
    let amount = edit.deal.map { $0.money.description } ?? ""
    Printer.write("\(Sanitize.text(edit.summary)); amount \(amount)\n")
  }
}

struct DealLineRemoveCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remove", abstract: "Remove line N (as numbered by deal show) from a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Argument(help: "Line number (1-based).") var line: Int
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let edit = try ctx.run(RemoveLineItem(dealId: d.id, index: line), as: actor)
    let amount = edit.deal.map { $0.money.description } ?? ""
    Printer.write("\(Sanitize.text(edit.summary)); amount \(amount)\n")
  }
}

struct ProductsReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "products",
    abstract: "Per product: open pipeline and won in the period, from deal line items.")
  @OptionGroup var options: SalesOpsOptions
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Reports.products(ctx.workspace, period: period, today: asOf ?? Clock.today())
    let g = options.grouped
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "PRODUCT"), .init(title: "FAMILY"), .init(title: "OPEN", align: .right),
          .init(title: "PIPELINE", align: .right), .init(title: "WON#", align: .right),
          .init(title: "WON", align: .right), .init(title: "TRAINING DONE", align: .right),
        ])
        for l in r.products {
          t.add([
            l.name, l.family, String(l.openDeals), major(l.openAmount, c, grouped: g), String(l.wonDeals),
            major(l.wonAmount, c, grouped: g), Self.trainingDone(l),
          ])
        }
        return t
      }, format: options.output.format)
  }

  /// "67% (2/3)": reps on the product's deals who completed its linked training; "-" without
  /// linked training or deals (docs/salesops.md, "Product links").
  static func trainingDone(_ l: ProductReport.Line) -> String {
    guard let r = l.trainingDone else { return "-" }
    return "\(percent(r)) (\(l.repsTrained)/\(l.repsOnDeals))"
  }
}
