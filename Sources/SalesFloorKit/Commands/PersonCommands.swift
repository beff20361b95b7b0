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

/// Deletes a person who owns nothing (deals, accounts, activities, reports keep their owner).
public struct DeletePerson: WorkspaceCommand {
  public var personId: String
  public init(personId: String) { self.personId = personId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let p = try PersonRecords.find(personId, ws)
    let owns =
      ws.deals.count { $0.ownerId == p.id } + ws.accounts.count { $0.ownerId == p.id }
      + ws.activities.count { $0.ownerId == p.id } + ws.people.count { $0.managerId == p.id }
    guard owns == 0 else {
      throw .invalid(
        field: "person", reason: "\(p.name) still owns or manages \(owns) records: reassign them first")
    }
    return Edit(summary: "deleted person \(p.name)", mutations: [.delete(.people, id: p.id)], recordId: p.id)
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
