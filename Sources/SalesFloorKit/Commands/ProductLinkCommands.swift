/// What a product link points at: a play, a content item or a training module.
public enum ProductLinkTarget: Hashable, Sendable {
  case play(String)
  case content(String)
  case training(String)

  /// "play", "content item", "training module": how messages name the kind.
  public var kind: String {
    switch self {
    case .play: return "play"
    case .content: return "content item"
    case .training: return "training module"
    }
  }
}

/// Links a product to a play, a content item or a training module (`product link`; each given by
/// id or name), so PlayFit, the deal card and `report products` know what sells it and what
/// teaches it. One undoable edit.
public struct LinkProduct: WorkspaceCommand {
  public var productId: String
  public var target: ProductLinkTarget
  public init(productId: String, target: ProductLinkTarget) {
    self.productId = productId
    self.target = target
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    try ProductLinkEdit.edit(productId: productId, target: target, linked: true, ctx.workspace)
  }
}

/// Removes a product link (`product unlink`); the play, content or module itself stays.
public struct UnlinkProduct: WorkspaceCommand {
  public var productId: String
  public var target: ProductLinkTarget
  public init(productId: String, target: ProductLinkTarget) {
    self.productId = productId
    self.target = target
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    try ProductLinkEdit.edit(productId: productId, target: target, linked: false, ctx.workspace)
  }
}

/// The one place a link is set or cleared on each kind of record.
enum ProductLinkEdit {
  static func edit(
    productId: String, target: ProductLinkTarget, linked: Bool, _ ws: Workspace
  ) throws(CommandError) -> Edit {
    let product = try ProductRules.product(productId, ws)
    func change(_ ids: inout [String], _ name: String) throws(CommandError) {
      let has = ids.contains(product.id)
      if linked, has {
        throw .invalid(field: target.kind, reason: "\(name) is already linked to \(product.name)")
      }
      if !linked, !has {
        throw .invalid(field: target.kind, reason: "\(name) is not linked to \(product.name)")
      }
      if linked { ids.append(product.id) } else { ids.removeAll { $0 == product.id } }
    }
    let record: Record
    let name: String
    switch target {
    case .play(let id):
      var p = try NameResolver.one(
        id, in: ws.playbooks.sortedById, kind: "play", id: \.id, name: \.name,
        hint: "see `salesfloor play list`")
      try change(&p.productIds, "play \(p.name)")
      record = .playbook(p)
      name = "play \(p.name)"
    case .content(let id):
      var c = try NameResolver.one(
        id, in: ws.content.sortedById, kind: "content item", id: \.id, name: \.title,
        hint: "give its id or title (see `salesfloor play show`)")
      try change(&c.productIds, "content \(c.title)")
      record = .content(c)
      name = "content \(c.title)"
    case .training(let id):
      var m = try NameResolver.one(
        id, in: ws.training.sortedById, kind: "training module", id: \.id, name: \.title,
        hint: "give its id or title (see `salesfloor training list`)")
      try change(&m.productIds, "training \(m.title)")
      record = .trainingModule(m)
      name = "training \(m.title)"
    }
    let summary = linked ? "linked \(product.name) to \(name)" : "unlinked \(product.name) from \(name)"
    return Edit(summary: summary, mutations: [.put(record)], recordId: product.id)
  }

  /// The puts that drop `productId` from every play, content item and module linked to it: the
  /// cascade of deleting the product.
  static func clearing(_ productId: String, _ links: ProductLinks) -> [Mutation] {
    links.plays.map { p in
      var p = p
      p.productIds.removeAll { $0 == productId }
      return .put(.playbook(p))
    }
      + links.content.map { c in
        var c = c
        c.productIds.removeAll { $0 == productId }
        return .put(.content(c))
      }
      + links.training.map { m in
        var m = m
        m.productIds.removeAll { $0 == productId }
        return .put(.trainingModule(m))
      }
  }
}
