/// Sets the quota of a person or a team for a period (`quota set`, the quota form), replacing the
/// one that period already has (or `quotaId`, the one being edited).
public struct SetQuota: WorkspaceCommand {
  public var quotaId: String?
  public var personId: String?
  public var team: String?
  /// Period text: `2026-Q4`, `2026-11`, `FY2026`.
  public var period: String
  public var amount: Money
  /// nil keeps the edited quota's ramp, else ramps.
  public var ramp: Bool?

  public init(
    quotaId: String? = nil, personId: String? = nil, team: String? = nil, period: String, amount: Money,
    ramp: Bool? = nil
  ) {
    self.quotaId = quotaId
    self.personId = personId
    self.team = team
    self.period = period
    self.amount = amount
    self.ramp = ramp
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    guard (personId == nil) != (team == nil) else {
      throw .invalid(field: "person", reason: "give exactly one of a person or a team")
    }
    let who: String
    if let personId {
      who = try CommandRules.person(personId, field: "person", ws).name
    } else {
      let t = team ?? ""
      guard ws.people.contains(where: { $0.team == t }) else {
        throw .invalid(field: "team", reason: "\"\(t)\": no person is on that team")
      }
      who = "team " + t
    }
    guard let p = Period(parsing: period, fiscalStartMonth: ws.settings.fiscalYearStartMonth) else {
      throw .invalid(field: "period", reason: "\"\(period)\": like 2026-Q4, 2026-11 or FY2026")
    }
    _ = try CommandRules.money(amount)
    guard amount.minor >= 0 else { throw .invalid(field: "amount", reason: "must not be negative") }
    var edited: Quota?
    if let id = quotaId {
      edited = try CommandRules.record(
        ws.quotas[id: id], kind: "quota", id: id, hint: "see `salesfloor quota list`")
    }
    let existing =
      edited
      ?? ws.quotas.first { $0.period == p.description && $0.personId == personId && $0.team == team }
    let q = Quota(
      id: existing?.id ?? ctx.newId("q-"), personId: personId, team: team, period: p.description,
      amount: amount.minor, currency: amount.currency, ramp: ramp ?? existing?.ramp ?? true)
    // One quota per person (or team) and period: any other record for the same pair (stacked by
    // an older build) goes in the same edit, so attainment never divides by a sum of two.
    let stacked = ws.quotas.filter {
      $0.id != q.id && $0.period == q.period && $0.personId == personId && $0.team == team
    }
    return Edit(
      summary: "quota of \(who) for \(q.period)",
      mutations: [.put(.quota(q))] + stacked.sorted { $0.id < $1.id }.map { .delete(.quotas, id: $0.id) },
      recordId: q.id)
  }
}

/// Deletes a quota by id; no other record refers to a quota, so nothing cascades.
public struct DeleteQuota: DeleteCommand {
  public var quotaId: String
  public init(quotaId: String) { self.quotaId = quotaId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let q = try CommandRules.record(
      ctx.workspace.quotas[id: quotaId], kind: "quota", id: quotaId, hint: "see `salesfloor quota list`")
    let who = q.personId.map { ctx.workspace.people[id: $0]?.name ?? $0 } ?? "team \(q.team ?? "")"
    let edit = Edit(
      summary: "deleted quota \(q.id) for \(q.period)", mutations: [.delete(.quotas, id: q.id)],
      recordId: q.id)
    return DeletePlan(record: "quota of \(who) for \(q.period)", effects: [], edit: edit)
  }
}
