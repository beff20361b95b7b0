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

/// Deletes a play.
public struct DeletePlay: WorkspaceCommand {
  public var playId: String
  public init(playId: String) { self.playId = playId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let p = try PlayRules.find(playId, ctx.workspace)
    return Edit(summary: "deleted play \(p.name)", mutations: [.delete(.playbooks, id: p.id)], recordId: p.id)
  }
}

enum PlayRules {
  static func steps(_ lines: [String]) -> [String] { lines.compactMap(CommandRules.text) }

  static func find(_ id: String, _ ws: Workspace) throws(CommandError) -> Playbook {
    try CommandRules.record(ws.playbooks[id: id], kind: "play", id: id, hint: "see `salesfloor play list`")
  }
}
