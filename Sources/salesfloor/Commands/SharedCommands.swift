import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor shared`: who is who in a workspace several Unix users share on one host.
struct SharedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shared",
    abstract: "Map Unix logins to people in a workspace shared on one host (see init --shared).",
    subcommands: [SharedMapCommand.self, SharedListCommand.self])
}

/// `salesfloor shared map LOGIN PERSON`: edits made by LOGIN are recorded as PERSON.
struct SharedMapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "map",
    abstract: "Record which person a Unix login is (their edits are recorded as that person).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The Unix login name (as `id -un` prints it).") var login: String
  @Argument(help: "The person (name or id).") var person: String
  @Flag(name: .long, help: "Print nothing on success.") var quiet = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let p = try ctx.person(person)
    try ctx.store.mapLogin(login, to: p.id)
    if !quiet { Printer.write("login \(login) is \(p.name) (\(p.id))\n") }
  }
}

/// `salesfloor shared list`: the group and the login map.
struct SharedListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Show the group a workspace is shared with and which person each login is."
  )
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  /// One login (JSON keys are stable: docs/cli.md).
  struct Row: Encodable {
    var login: String
    var personId: String
    var person: String?
  }

  struct Listing: Encodable {
    var group: String
    var logins: [Row]
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    guard let shared = ctx.store.sharedMode else {
      throw SharedModeError.notShared(folder: ctx.store.folder.path)
    }
    let rows = shared.logins.sorted { $0.key < $1.key }.map {
      Row(login: $0.key, personId: $0.value, person: ctx.workspace.people[id: $0.value]?.name)
    }
    try Printer.emit(
      Listing(group: shared.group, logins: rows),
      table: {
        var t = TextTable([.init(title: "LOGIN"), .init(title: "PERSON"), .init(title: "ID")])
        for r in rows { t.add([r.login, r.person ?? "(deleted)", r.personId]) }
        return t
      }, format: output.format)
    if output.format == .table && !output.quiet {
      printError("shared with group \(shared.group): folder 2770, files 0660")
    }
  }
}
