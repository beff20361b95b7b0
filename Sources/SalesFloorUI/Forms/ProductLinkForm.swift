import SalesFloorKit

/// The Products view's `L`: pick a play, content item or training module to link to the selected
/// product, or one already linked to unlink it (its label says so). Saved through the Kit's
/// `LinkProduct` / `UnlinkProduct`, the rules and messages of `salesfloor product link|unlink`.
enum ProductLinkForm {
  /// Every play, content item and training module, linked ones first, each labelled with its kind.
  static func options(_ productId: String, in ws: Workspace) -> [ChoiceOption] {
    func option(_ kind: String, _ id: String, _ name: String, _ linked: Bool) -> (Bool, ChoiceOption) {
      (
        linked,
        ChoiceOption(id: kind + ":" + id, label: "\(kind) · \(name)" + (linked ? " · linked: unlink" : ""))
      )
    }
    var all: [(Bool, ChoiceOption)] = []
    all += ws.playbooks.sortedById.map { option("play", $0.id, $0.name, $0.productIds.contains(productId)) }
    all += ws.content.sortedById.map { option("content", $0.id, $0.title, $0.productIds.contains(productId)) }
    all += ws.training.sortedById.map {
      option("training", $0.id, $0.title, $0.productIds.contains(productId))
    }
    return all.filter(\.0).map(\.1) + all.filter { !$0.0 }.map(\.1)
  }

  static func make(_ productId: String, state s: CockpitState, form: (String, [FormField]) -> Form) -> Form? {
    guard let p = s.workspace.products[id: productId] else { return nil }
    let options = options(productId, in: s.workspace)
    guard !options.isEmpty else { return nil }
    return form(
      "Link \(p.name) · a play, content or training about it (a linked one: saving unlinks it)",
      [FormField("target", "Link", .choice(options, allowsNew: false), required: true, value: "")])
  }

  /// Links the chosen record, or unlinks it when it is linked already.
  static func edit(_ productId: String, _ f: Form, ctx: CommandContext) throws(CommandError) -> FormEdit {
    guard let choice = f.optionId("target"), let colon = choice.firstIndex(of: ":") else {
      throw .invalid(field: "link", reason: "pick a play, content item or training module (Tab completes)")
    }
    let id = String(choice[choice.index(after: colon)...])
    let target: ProductLinkTarget
    let linked: Bool
    let ws = ctx.workspace
    switch choice[..<colon] {
    case "play":
      target = .play(id)
      linked = ws.playbooks[id: id]?.productIds.contains(productId) ?? false
    case "content":
      target = .content(id)
      linked = ws.content[id: id]?.productIds.contains(productId) ?? false
    default:
      target = .training(id)
      linked = ws.training[id: id]?.productIds.contains(productId) ?? false
    }
    if linked { return FormEdit(try UnlinkProduct(productId: productId, target: target).edit(in: ctx)) }
    return FormEdit(try LinkProduct(productId: productId, target: target).edit(in: ctx))
  }
}
