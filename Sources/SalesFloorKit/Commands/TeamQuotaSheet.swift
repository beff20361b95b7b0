/// A quarter's quotas for a whole team at once (the cockpit's quota sheet): each active rep in a
/// scope with the quota they have for the period, else last period's as the starting amount.
public enum TeamQuotaSheet {
  /// One rep's line of the sheet.
  public struct Row: Hashable, Sendable {
    public var personId: String
    public var name: String
    /// The quota stored for the period now (what a save replaces), nil when none.
    public var current: Quota?
    /// The quota of the period before, nil when none.
    public var previous: Quota?
    /// What the sheet starts with: the period's own amount, else the previous period's.
    public var prefill: Money? {
      (current ?? previous).map { Money(minor: $0.amount, currency: $0.currency) }
    }
  }

  /// Active reps in `scope`, by name, with their quotas for `period` and the period before.
  public static func rows(_ ws: Workspace, scope: Scope, period: Period) -> [Row] {
    let ids = scope.ownerIds(in: ws)
    let before = period.shifted(by: -1).description
    func quota(_ pid: String, _ p: String) -> Quota? {
      ws.quotas.items.filter { $0.personId == pid && $0.period == p }.min { $0.id < $1.id }
    }
    return ws.people.items.filter { $0.active && $0.role == .rep && ids.contains($0.id) }
      .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
      .map {
        Row(
          personId: $0.id, name: $0.name, current: quota($0.id, period.description),
          previous: quota($0.id, before))
      }
  }
}

/// Saves a team's quota sheet as one transaction: one `SetQuota` per person, so each replaces the
/// period's quota (never stacks) by the same rule as `quota set`.
public struct SetTeamQuotas: WorkspaceCommand {
  public var period: String
  /// Person id → amount, in sheet order.
  public var amounts: [(personId: String, amount: Money)]

  public init(period: String, amounts: [(personId: String, amount: Money)]) {
    self.period = period
    self.amounts = amounts
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    guard !amounts.isEmpty else { throw .invalid(field: "quotas", reason: "no one on the sheet") }
    var mutations: [Mutation] = []
    for a in amounts {
      let e = try SetQuota(personId: a.personId, period: period, amount: a.amount).edit(in: ctx)
      mutations += e.mutations
    }
    let p = Period(parsing: period, fiscalStartMonth: ctx.workspace.settings.fiscalYearStartMonth)
    return Edit(
      summary: "quotas of \(amounts.count) people for \(p?.description ?? period)", mutations: mutations,
      recordId: nil)
  }
}
