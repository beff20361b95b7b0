import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor role open|list|fill|cancel`: requisitions, the planned half of open headcount.
struct RoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "role", abstract: "Open roles (requisitions): open, list, fill, cancel.",
    subcommands: [RoleOpen.self, RoleList.self, RoleFill.self, RoleCancel.self])
}

/// An open role by id, or a clear not-found error.
private func openRole(_ id: String, _ ctx: WorkspaceContext) throws -> OpenRole {
  guard let r = ctx.workspace.openRoles[id: id] else {
    throw CLIError.usage("no open role with id \"\(id)\": see `salesfloor role list`")
  }
  return r
}

struct RoleOpen: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open a role on a manager's team.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The job title, e.g. \"Account Executive\".") var title: String
  @Option(help: "Hiring manager: name or id (the team the seat belongs to).") var manager: String
  @Option(help: "Territory: name or id.") var territory: String?
  @Option(help: "Day it opened (default today; 2026-12-15, +14d, eom …).") var opened: String?
  @Option(help: "Target start day.") var start: String?
  @Option var notes: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let s = ctx.workspace.settings
    let cmd = OpenRoleCommand(
      title: title, managerId: try ctx.person(manager).id,
      territoryId: try territory.map { try TerritoryLookup.one($0, ctx).id },
      openedOn: try opened.map { try CLIInput.day($0, flag: "opened", settings: s) },
      targetStart: try start.map { try CLIInput.day($0, flag: "start", settings: s) }, notes: notes)
    let edit = try ctx.run(cmd, as: actor)
    Printer.write(quiet ? (edit.recordId ?? "") + "\n" : "\(edit.recordId ?? "") \(edit.summary)\n")
  }
}

struct RoleList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List roles (default: the open ones).")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Only this manager's team: name or id.") var manager: String?
  @Flag(help: "Filled and cancelled roles too.") var all = false
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let managerId = try manager.map { try ctx.person($0).id }
    let roles = ws.openRoles.sortedById.filter { r in
      (all || r.status == .open) && (managerId == nil || r.managerId == managerId)
    }
    try Printer.emit(
      roles,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "TITLE"), .init(title: "MANAGER"), .init(title: "TERRITORY"),
          .init(title: "OPENED"), .init(title: "START"), .init(title: "STATUS"), .init(title: "FILLED BY"),
        ])
        for r in roles {
          t.add(
            [
              r.id, r.title, ws.people[id: r.managerId]?.name ?? r.managerId,
              r.territoryId.map { ws.territories[id: $0]?.name ?? $0 } ?? "", r.openedOn.iso,
              r.targetStart?.iso ?? "", r.status.rawValue,
              r.filledByPersonId.map { ws.people[id: $0]?.name ?? $0 } ?? "",
            ], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct RoleFill: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fill", abstract: "Mark an open role filled by a person.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Role id (see `salesfloor role list`).") var role: String
  @Option(help: "The person hired into it: name or id.") var person: String
  @Option(help: "Day it was filled (default today).") var on: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let r = try openRole(role, ctx)
    let day = try on.map { try CLIInput.day($0, flag: "on", settings: ctx.workspace.settings) }
    let edit = try ctx.run(
      CloseOpenRole(roleId: r.id, outcome: .filled(personId: try ctx.person(person).id), on: day), as: actor)
    Printer.write(edit.summary + "\n")
  }
}

struct RoleCancel: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cancel", abstract: "Cancel an open role (it leaves open headcount).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Role id (see `salesfloor role list`).") var role: String
  @Option(help: "Day it was cancelled (default today).") var on: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let r = try openRole(role, ctx)
    let day = try on.map { try CLIInput.day($0, flag: "on", settings: ctx.workspace.settings) }
    let edit = try ctx.run(CloseOpenRole(roleId: r.id, outcome: .cancelled, on: day), as: actor)
    Printer.write(edit.summary + "\n")
  }
}
