/// Adds a play (the play form): a name, a summary and its steps (blank lines dropped).
public struct AddPlay: WorkspaceCommand {
  public var name: String
  public var summary: String
  public var steps: [String]

  public init(name: String, summary: String = "", steps: [String] = []) {
    self.name = name
    self.summary = summary
    self.steps = steps
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var p = Playbook(id: ctx.newId("play-"), name: try CommandRules.name(name), summary: summary)
    p.steps = PlayRules.steps(steps)
    return Edit(summary: "added play \(p.name)", mutations: [.put(.playbook(p))], recordId: p.id)
  }
}

/// Changes a play's name, summary or steps; nil leaves a field.
public struct UpdatePlay: WorkspaceCommand {
  public var playId: String
  public var name: String?
  public var summary: String?
  public var steps: [String]?

  public init(playId: String) { self.playId = playId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var p = try PlayRules.find(playId, ctx.workspace)
    if let name { p.name = try CommandRules.name(name) }
    if let summary { p.summary = summary }
    if let steps { p.steps = PlayRules.steps(steps) }
    return Edit(summary: "edited play \(p.name)", mutations: [.put(.playbook(p))], recordId: p.id)
  }
}

/// Deletes a play. Cascades: content that serves it stops listing it, and deals drop their
/// checklist ticks for it (a checklist of a play that is gone measures nothing).
public struct DeletePlay: DeleteCommand {
  public var playId: String
  public init(playId: String) { self.playId = playId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let p = try PlayRules.find(playId, ws)
    let content = ws.content.items.filter { $0.playIds.contains(p.id) }
    var mutations: [Mutation] = content.map {
      var c = $0
      c.playIds.removeAll { $0 == p.id }
      return .put(.content(c))
    }
    let deals = ws.deals.items.filter { $0.playProgress[p.id] != nil }
    for d in deals {
      var x = d
      x.playProgress[p.id] = nil
      mutations.append(.put(.deal(x)))
    }
    let effects = [
      DeletePlan.effect("unlinks", content.count, "content item", names: content.map(\.title)),
      DeletePlan.effect("clears checklist ticks on", deals.count, "deal", names: deals.map(\.name)),
    ].compactMap { $0 }
    let edit = Edit(
      summary: "deleted play \(p.name)", mutations: mutations + [.delete(.playbooks, id: p.id)],
      recordId: p.id)
    return DeletePlan(record: "play \(p.name)", effects: effects, edit: edit)
  }
}

enum PlayRules {
  static func steps(_ lines: [String]) -> [String] { lines.compactMap(CommandRules.text) }

  static func find(_ id: String, _ ws: Workspace) throws(CommandError) -> Playbook {
    try CommandRules.record(ws.playbooks[id: id], kind: "play", id: id, hint: "see `salesfloor play list`")
  }
}
