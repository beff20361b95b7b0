/// Everything a command needs besides its own input: the workspace as the user saw it, who acts,
/// and the clock and id source. Commands are pure over this, so tests and the cockpit pin time
/// and ids, and every surface (CLI, forms, palette, importers) gets the same rules.
public struct CommandContext: Sendable {
  public var workspace: Workspace
  /// Person id of who makes the change; written to deal history (`by`) and the journal (`actor`).
  public var actor: String?
  public var now: Timestamp
  public var today: Day
  /// Makes a fresh record id for a prefix (`d-`, `a-` …).
  public var newId: @Sendable (String) -> String

  public init(
    workspace: Workspace, actor: String?, now: Timestamp, today: Day? = nil,
    newId: @escaping @Sendable (String) -> String = { WorkspaceStore.newId(prefix: $0) }
  ) {
    self.workspace = workspace
    self.actor = actor
    self.now = now
    self.today = today ?? now.day
    self.newId = newId
  }

  var settings: Settings { workspace.settings }
}

/// One user action turned into records: what the journal and undo call it, the changes to make
/// durable together, and the record to show afterwards.
public struct Edit: Hashable, Sendable {
  public var summary: String
  public var mutations: [Mutation]
  /// Id of the main record touched (the new deal, the moved deal …).
  public var recordId: String?

  public init(summary: String, mutations: [Mutation], recordId: String? = nil) {
    self.summary = summary
    self.mutations = mutations
    self.recordId = recordId
  }

  /// The main record as written, when it is a deal (what a surface prints or selects next).
  public var deal: Deal? {
    for case .put(.deal(let d)) in mutations where d.id == recordId { return d }
    return nil
  }

  /// The main record as written, whatever its collection.
  public var record: Record? {
    for case .put(let r) in mutations where r.id == recordId { return r }
    return nil
  }
}

/// A typed user action. Validates its input against the context and returns the edit to commit;
/// it never writes: the caller commits `mutations` as one transaction with `ctx.actor`.
public protocol WorkspaceCommand: Sendable {
  func edit(in ctx: CommandContext) throws(CommandError) -> Edit
}
