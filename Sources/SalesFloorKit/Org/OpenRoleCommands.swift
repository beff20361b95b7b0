/// Opens a requisition on a manager's team (the CLI `role open` and the demo).
public struct OpenRoleCommand: WorkspaceCommand {
  public var title: String
  public var managerId: String
  public var territoryId: String?
  /// Nil: today.
  public var openedOn: Day?
  public var targetStart: Day?
  public var notes: String?

  public init(
    title: String, managerId: String, territoryId: String? = nil, openedOn: Day? = nil,
    targetStart: Day? = nil, notes: String? = nil
  ) {
    self.title = title
    self.managerId = managerId
    self.territoryId = territoryId
    self.openedOn = openedOn
    self.targetStart = targetStart
    self.notes = notes
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let manager = try CommandRules.person(managerId, field: "manager", ws)
    guard manager.role != .rep else {
      throw .invalid(
        field: "manager", reason: "\(manager.name) is a rep: a role opens on a manager's (or ops') team")
    }
    if let t = territoryId, ws.territories[id: t] == nil {
      throw .invalid(
        field: "territory", reason: "no territory with id \"\(t)\": see `salesfloor territory list`")
    }
    let opened = openedOn ?? ctx.today
    if let start = targetStart, start < opened {
      throw .invalid(field: "target start", reason: "\(start.iso) is before the day it opens (\(opened.iso))")
    }
    let role = OpenRole(
      id: ctx.newId("or-"), title: try CommandRules.name(title, field: "title"), managerId: manager.id,
      territoryId: territoryId, openedOn: opened, targetStart: targetStart, notes: CommandRules.text(notes))
    return Edit(
      summary: "opened role \(role.title) on \(manager.name)'s team", mutations: [.put(.openRole(role))],
      recordId: role.id)
  }
}

/// Closes an open requisition: `filled` by a person (hired into the seat) or `cancelled`.
public struct CloseOpenRole: WorkspaceCommand {
  public enum Outcome: Hashable, Sendable {
    case filled(personId: String)
    case cancelled
  }
  public var roleId: String
  public var outcome: Outcome
  /// Nil: today.
  public var on: Day?

  public init(roleId: String, outcome: Outcome, on: Day? = nil) {
    self.roleId = roleId
    self.outcome = outcome
    self.on = on
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var role = try CommandRules.record(
      ws.openRoles[id: roleId], kind: "open role", id: roleId, hint: "see `salesfloor role list`")
    guard role.status == .open else {
      throw .invalid(field: "role", reason: "\(role.id) \(role.title) is already \(role.status.rawValue)")
    }
    role.closedOn = on ?? ctx.today
    let summary: String
    switch outcome {
    case .filled(let personId):
      let p = try CommandRules.person(personId, field: "person", ws)
      role.status = .filled
      role.filledByPersonId = p.id
      summary = "filled role \(role.title) with \(p.name)"
    case .cancelled:
      role.status = .cancelled
      summary = "cancelled role \(role.title)"
    }
    return Edit(summary: summary, mutations: [.put(.openRole(role))], recordId: role.id)
  }
}
