import ArgumentParser
import SalesFloorKit
import SalesFloorUI

/// What `product link` and `product unlink` point at: exactly one of a play, a content item or a
/// training module, each by id or name.
struct ProductLinkTargetOptions: ParsableArguments {
  @Option(help: "A play (id or name).") var play: String?
  @Option(help: "A content item (id or title).") var content: String?
  @Option(help: "A training module (id or title).") var training: String?

  func target() throws -> ProductLinkTarget {
    let given: [ProductLinkTarget] = [
      play.map(ProductLinkTarget.play), content.map(ProductLinkTarget.content),
      training.map(ProductLinkTarget.training),
    ].compactMap { $0 }
    guard given.count == 1 else {
      throw CLIError.usage("give exactly one of --play, --content or --training")
    }
    return given[0]
  }
}

struct ProductLinkCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "link",
    abstract: "Link a product to a play, content item or training module (plays rank up on deals selling it)."
  )
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Product id.") var product: String
  @OptionGroup var target: ProductLinkTargetOptions
  @OptionGroup var actor: ActorOption

  func run() throws {
    let t = try target.target()
    let ctx = try WorkspaceContext.open(workspace)
    let edit = try ctx.run(LinkProduct(productId: product, target: t), as: actor)
    Printer.write("\(Sanitize.text(edit.summary))\n")
  }
}

struct ProductUnlinkCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "unlink", abstract: "Remove a product's link to a play, content item or training module.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Product id.") var product: String
  @OptionGroup var target: ProductLinkTargetOptions
  @OptionGroup var actor: ActorOption

  func run() throws {
    let t = try target.target()
    let ctx = try WorkspaceContext.open(workspace)
    let edit = try ctx.run(UnlinkProduct(productId: product, target: t), as: actor)
    Printer.write("\(Sanitize.text(edit.summary))\n")
  }
}

/// The "Linked" lines of `product show`: plays, content and training, with how many people
/// completed each module (`ProductTraining`).
enum ProductLinkLines {
  static func lines(_ links: ProductLinks, _ ws: Workspace, asOf: Day) -> [String] {
    var out: [String] = []
    if !links.plays.isEmpty {
      out.append("plays:")
      out += links.plays.map { "  \($0.name) (\($0.id))" }
    }
    if !links.content.isEmpty {
      out.append("content:")
      out += links.content.map { "  \($0.title) (\($0.id), \($0.kind))" }
    }
    if !links.training.isEmpty {
      out.append("training:")
      out += links.training.map { m in
        let n = ProductTraining.completedCount(m.id, ws, asOf: asOf)
        return "  \(m.title) (\(m.id)): completed by \(n) \(n == 1 ? "person" : "people")"
      }
    }
    return out
  }
}

/// `product show --format json`: the product's own fields (as before links existed, so scripts
/// keep working) plus `linkedPlays`, `linkedContent` and `linkedTraining`.
struct ProductDetail: Encodable {
  var product: Product
  var links: ProductLinks
  var completed: [String: Int]

  struct TrainingCount: Encodable {
    var moduleId: String
    var completed: Int
  }

  private enum Keys: String, CodingKey { case linkedPlays, linkedContent, linkedTraining }

  init(_ p: Product, _ links: ProductLinks, _ ws: Workspace, asOf: Day) {
    product = p
    self.links = links
    completed = Dictionary(
      uniqueKeysWithValues: links.training.map {
        ($0.id, ProductTraining.completedCount($0.id, ws, asOf: asOf))
      })
  }

  func encode(to encoder: any Encoder) throws {
    try product.encode(to: encoder)
    var c = encoder.container(keyedBy: Keys.self)
    try c.encode(links.plays.map(\.id), forKey: .linkedPlays)
    try c.encode(links.content.map(\.id), forKey: .linkedContent)
    try c.encode(
      links.training.map { TrainingCount(moduleId: $0.id, completed: completed[$0.id] ?? 0) },
      forKey: .linkedTraining)
  }
}
