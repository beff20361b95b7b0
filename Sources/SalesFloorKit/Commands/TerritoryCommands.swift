/// Evaluates the territory rules and writes each account's territory and owner (`territory assign`).
public struct AssignTerritories: WorkspaceCommand {
  public init() {}

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let mutations = TerritoryRules.assignMutations(ctx.workspace)
    return Edit(summary: "territory assignment of \(mutations.count) accounts", mutations: mutations)
  }
}

/// Gives a territory, its accounts and their open deals to a new owner (`territory reassign`);
/// the deals' owner changes are logged with the actor.
public struct ReassignTerritory: WorkspaceCommand {
  public var territoryId: String
  public var newOwnerId: String

  public init(territoryId: String, newOwnerId: String) {
    self.territoryId = territoryId
    self.newOwnerId = newOwnerId
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let t = try CommandRules.record(
      ws.territories[id: territoryId], kind: "territory", id: territoryId,
      hint: "see `salesfloor report territories`")
    let person = try CommandRules.person(newOwnerId, field: "to", ws)
    let mutations = TerritoryReassign.mutations(
      ws, territoryId: t.id, newOwnerId: person.id, at: ctx.now, by: ctx.actor)
    return Edit(summary: "territory \(t.name) → \(person.name)", mutations: mutations, recordId: t.id)
  }
}
