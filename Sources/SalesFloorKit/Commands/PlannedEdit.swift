/// An edit built by a planner over the whole workspace (an import) rather than by a typed command,
/// so that it too is re-planned on the latest version under the write lock
/// (`WorkspaceStore.commit(_:seen:)`): rows then update the deals as they are now, and a field another
/// writer changed since the import read it is a conflict, not an overwrite.
public struct PlannedEdit: WorkspaceCommand {
  public var summary: String
  public var plan: @Sendable (Workspace) throws(CommandError) -> [Mutation]

  public init(summary: String, plan: @escaping @Sendable (Workspace) throws(CommandError) -> [Mutation]) {
    self.summary = summary
    self.plan = plan
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    Edit(summary: summary, mutations: try plan(ctx.workspace))
  }
}
