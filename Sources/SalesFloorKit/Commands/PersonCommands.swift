/// Adds a person (`person add`, the person form). The manager must exist.
public struct AddPerson: WorkspaceCommand {
  public var name: String
  public var role: Person.Role
  public var email: String?
  public var managerId: String?
  public var team: String?
  public var hireDate: Day?

  public init(
    name: String, role: Person.Role = .rep, email: String? = nil, managerId: String? = nil,
    team: String? = nil,
    hireDate: Day? = nil
  ) {
    self.name = name
    self.role = role
    self.email = email
    self.managerId = managerId
    self.team = team
    self.hireDate = hireDate
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let name = try CommandRules.uniquePersonName(name, ctx.workspace)
    if let managerId { _ = try CommandRules.person(managerId, field: "manager", ctx.workspace) }
    var p = PersonRecords.make(id: ctx.newId("p-"), name: name, role: role)
    p.email = CommandRules.text(email)
    p.managerId = managerId
    p.team = CommandRules.text(team)
    p.hireDate = hireDate
    return Edit(summary: "added person \(p.name)", mutations: [.put(.person(p))], recordId: p.id)
  }
}

/// Changes a person (the person form); nil leaves a field, `.some(nil)` clears it. Nobody can
/// become their own manager.
public struct UpdatePerson: WorkspaceCommand {
  public var personId: String
  public var name: String?
  public var role: Person.Role?
  public var email: String??
  public var managerId: String??
  public var team: String??
  public var hireDate: Day??
  public var active: Bool?

  public init(personId: String) { self.personId = personId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    var p = try PersonRecords.find(personId, ctx.workspace)
    if let name { p.name = try CommandRules.uniquePersonName(name, except: p.id, ctx.workspace) }
    if let role { p.role = role }
    if let email { p.email = email.flatMap(CommandRules.text) }
    if let managerId {
      if let m = managerId {
        guard m != p.id else { throw .invalid(field: "manager", reason: "a person cannot manage themselves") }
        _ = try CommandRules.person(m, field: "manager", ctx.workspace)
      }
      p.managerId = managerId
    }
    if let team { p.team = team.flatMap(CommandRules.text) }
    if let hireDate { p.hireDate = hireDate }
    if let active { p.active = active }
    return Edit(summary: "edited person \(p.name)", mutations: [.put(.person(p))], recordId: p.id)
  }
}

/// Deletes a person who owns and manages nothing. Refused while deals, accounts or activities
/// name them as owner or people as manager (each would point at nobody, and who takes them over is
/// a decision: the message says how). What only describes the person goes with them, listed in the
/// plan: their quotas, coaching items about them, training assignments and forecast calls; they
/// leave comp plans and territories, coaching items they coach lose their coach, and the
/// candidate they were hired from loses the link.
public struct DeletePerson: DeleteCommand {
  public var personId: String
  public init(personId: String) { self.personId = personId }

  public func plan(in ctx: CommandContext) throws(CommandError) -> DeletePlan {
    let ws = ctx.workspace
    let p = try PersonRecords.find(personId, ws)
    try Self.refuseIfOwning(p, ws)
    var mutations: [Mutation] = []
    let quotas = ws.quotas.items.filter { $0.personId == p.id }
    mutations += quotas.map { .delete(.quotas, id: $0.id) }
    let about = ws.coaching.items.filter { $0.personId == p.id }
    mutations += about.map { .delete(.coaching, id: $0.id) }
    let coached = ws.coaching.items.filter { $0.coachId == p.id && $0.personId != p.id }
    mutations += coached.map {
      var c = $0
      c.coachId = nil
      return .put(.coaching(c))
    }
    let aboutIds = Set(about.map(\.id))
    let assignments = ws.assignments.items.filter { $0.personId == p.id }
    mutations += assignments.map { .delete(.assignments, id: $0.id) }
    // Training assigned to others from a coaching item deleted here stays, unlinked.
    mutations += ws.assignments.items.filter { a in
      a.personId != p.id && a.coachingItemId.map(aboutIds.contains) == true
    }.map {
      var a = $0
      a.coachingItemId = nil
      return .put(.assignment(a))
    }
    let calls = ws.forecastSubmissions.items.filter { $0.personId == p.id }
    mutations += calls.map { .delete(.forecastSubmissions, id: $0.id) }
    let plans = ws.compPlans.items.filter { $0.personIds.contains(p.id) }
    mutations += plans.map {
      var c = $0
      c.personIds.removeAll { $0 == p.id }
      return .put(.compPlan(c))
    }
    let territories = ws.territories.items.filter { $0.ownerId == p.id }
    mutations += territories.map {
      var t = $0
      t.ownerId = nil
      return .put(.territory(t))
    }
    let goals = ws.activityGoals.items.filter { $0.personId == p.id || $0.teamManagerId == p.id }
    mutations += goals.map { .delete(.activityGoals, id: $0.id) }
    // The candidate they were hired from stays as hiring history, unlinked (a hire without a
    // person counts in the funnel, not in ramp).
    let hiredFrom = ws.candidates.items.filter { $0.personId == p.id }
    mutations += hiredFrom.map {
      var c = $0
      c.personId = nil
      return .put(.candidate(c))
    }
    let effects = [
      DeletePlan.effect("deletes", quotas.count, "quota", names: quotas.map(\.period)),
      DeletePlan.effect("deletes", goals.count, "activity goal", names: goals.map(GoalText.target)),
      DeletePlan.effect("deletes", about.count, "coaching item about them", names: about.map(\.title)),
      DeletePlan.effect(
        "removes the coach from", coached.count, "coaching item", names: coached.map(\.title)),
      DeletePlan.effect(
        "deletes", assignments.count, "training assignment",
        names: assignments.map { ws.training[id: $0.moduleId]?.title ?? $0.moduleId }),
      DeletePlan.effect("deletes", calls.count, "forecast call", names: calls.map(\.period)),
      DeletePlan.effect("removes them from", plans.count, "comp plan", names: plans.map(\.name)),
      DeletePlan.effect(
        "leaves without an owner", territories.count, "territory", names: territories.map(\.name)),
      DeletePlan.effect("unlinks", hiredFrom.count, "hired candidate", names: hiredFrom.map(\.name)),
    ].compactMap { $0 }
    let edit = Edit(
      summary: "deleted person \(p.name)", mutations: mutations + [.delete(.people, id: p.id)], recordId: p.id
    )
    return DeletePlan(record: "person \(p.name)", effects: effects, edit: edit)
  }

  /// Throws with what the person still owns or manages, counted per kind, and how to hand it over.
  static func refuseIfOwning(_ p: Person, _ ws: Workspace) throws(CommandError) {
    let deals = ws.deals.items.filter { $0.ownerId == p.id }
    let open = deals.count { ws.settings.stage($0.stage)?.isOpen ?? true }
    let parts: [(Int, String)] = [
      (deals.count, "deals (\(open) open)"), (ws.accounts.count { $0.ownerId == p.id }, "accounts"),
      (ws.activities.count { $0.ownerId == p.id }, "activities"),
      (ws.people.count { $0.managerId == p.id }, "direct reports"),
    ]
    let owned = parts.filter { $0.0 > 0 }
    let total = owned.reduce(0) { $0 + $1.0 }
    guard total == 0 else {
      throw .invalid(
        field: "person",
        reason: "\(p.name) still owns or manages \(total) records ("
          + owned.map { "\($0.0) \($0.1)" }.joined(separator: ", ") + "): reassign them first "
          + "(`salesfloor territory reassign TERRITORY --to NAME`, `salesfloor deal update ID --owner NAME`)")
    }
  }
}

/// The one place a person record is built (commands and importers).
enum PersonRecords {
  static func make(id: String, name: String, role: Person.Role = .rep) -> Person {
    Person(id: id, name: name, role: role)
  }

  static func find(_ id: String, _ ws: Workspace) throws(CommandError) -> Person {
    try CommandRules.record(ws.people[id: id], kind: "person", id: id, hint: "see `salesfloor person list`")
  }
}
