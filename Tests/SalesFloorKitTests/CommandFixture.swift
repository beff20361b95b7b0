import SalesFloorKit

/// A hand-made workspace for the command tests: Ana (manager), Bo and Bea (reps under her), one
/// account and one open deal of Bo's; time pinned, ids numbered so tests can name them.
enum CommandFixture {
  static let today = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)
  static let now = Timestamp(day: today, hour: 9)
  static let later = Timestamp(day: today, hour: 10)

  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-ana", name: "Ana Manager", role: .manager, team: "East"),
      Person(id: "p-bo", name: "Bo Seller", role: .rep, managerId: "p-ana", team: "East"),
      Person(id: "p-bea", name: "Bea Seller", role: .rep, managerId: "p-ana", team: "East"),
    ])
    ws.accounts = RecordTable([
      Account(id: "a-acme", name: "Acme Corp"), Account(id: "a-glob", name: "Globex"),
    ])
    ws.deals = RecordTable([
      Deal(
        id: "d-1", name: "Acme renewal", accountId: "a-acme", ownerId: "p-bo", amount: 1_000_000,
        currency: "USD", stage: "qualify", closeDate: today.adding(days: 30), createdAt: now)
    ])
    return ws
  }

  /// A workspace whose settings have no open stage (only won and lost).
  static var noOpenStage: Workspace {
    var ws = workspace
    ws.settings.stages = ws.settings.stages.filter { !$0.isOpen }
    return ws
  }

  /// A context on `ws` acting as `actor` at `now`, with ids `<prefix>new`.
  static func context(
    _ ws: Workspace = workspace, actor: String? = "p-ana", at: Timestamp = later
  )
    -> CommandContext
  {
    CommandContext(workspace: ws, actor: actor, now: at, today: today, newId: { $0 + "new" })
  }

  /// The workspace after an edit, as a store would have it.
  static func applying(_ edit: Edit, to ws: Workspace) -> Workspace {
    var out = ws
    _ = out.apply(Transaction(id: "tx", at: later, summary: edit.summary, mutations: edit.mutations))
    return out
  }

  /// The command's error, or nil when it succeeded.
  static func error(_ command: some WorkspaceCommand, _ ctx: CommandContext = context()) -> CommandError? {
    do {
      _ = try command.edit(in: ctx)
      return nil
    } catch {
      return error
    }
  }
}
