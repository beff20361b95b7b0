import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorSync

/// `salesfloor team`: make a team's git hub, add machines to it, list and revoke devices.
struct TeamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "team", abstract: "Share this workspace with a team through a git hub.",
    discussion: "Set-up, what syncs and who can read it: docs/team.md.",
    subcommands: [
      TeamInitCommand.self, TeamJoinCommand.self, TeamDevicesCommand.self, TeamRevokeCommand.self,
      TeamReenrolCommand.self,
    ])
}

struct TeamInitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Make this workspace the team's first copy and push it to HUB (a bare git repository).",
    discussion: """
      HUB is any URL git can push to: a path or file:// URL (a missing local path is created with
      git init --bare), ssh://host/path, host:path, https://…, git://…. git's own ssh keys and
      credential helpers are used. Everyone who can read the hub reads every synced collection.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The hub: a bare git repository URL or path.") var hub: String
  @Option(name: .customLong("as"), help: "The person this copy belongs to (name or id); required.")
  var person: String
  @Option(
    name: .customLong("local"), parsing: .upToNextOption,
    help: "Collections kept on each copy, never synced (default: compPlans).")
  var local: [String] = TeamSetup.defaultLocal

  func run() throws {
    let context = try WorkspaceContext.open(workspace)
    let made = try TeamSetup.initialize(store: context.store, hub: hub, person: person, local: local)
    Printer.write(
      """
      team hub ready at \(made.hub)
      this workspace is its first copy: device \(made.device), bound to \(made.person.name)
      synced: \(made.synced.joined(separator: ", "))
      kept on this copy only: \(made.local.isEmpty ? "nothing" : made.local.joined(separator: ", "))\(made.local.contains("compPlans") ? " (compensation plans stay on this copy)" : "")
      anyone who can read the hub reads every synced collection.
      add a machine: salesfloor team join \(made.hub) --data DIR --as PERSON

      """)
  }
}

struct TeamJoinCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "join", abstract: "Clone the team from HUB into a new workspace folder, as PERSON's device.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The hub: a bare git repository URL or path.") var hub: String
  @Option(name: .customLong("as"), help: "Whose device this is (name or id).") var person: String

  func run() throws {
    let folder = workspace.folder()
    let (store, engine) = try TeamSetup.join(hub: hub, folder: folder, person: person)
    let ws = store.workspace
    let name = ws.people[id: engine.deviceFile.person]?.name ?? engine.deviceFile.person
    Printer.write(
      "joined \(hub) in \(folder.path): device \(engine.deviceFile.device), bound to \(name); "
        + "\(ws.deals.count) deals, \(ws.people.count) people\n")
    try store.close()
  }
}

struct TeamDevicesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "devices", abstract: "List the team's devices: whose, where, last edit, revoked.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  struct Row: Encodable {
    var device: String
    var person: String
    var host: String
    var enrolled: String
    var lastEdit: String?
    var revoked: String?
    var revokedBy: String?
    var thisDevice: Bool
  }

  func run() throws {
    let context = try WorkspaceContext.open(workspace, readOnly: true)
    let engine = try SyncEngine(store: context.store)
    let ws = context.workspace
    let rows = engine.devices.map { d in
      Row(
        device: d.device, person: ws.people[id: d.person]?.name ?? d.person, host: d.host,
        enrolled: d.enrolled,
        lastEdit: d.lastEdit.map { Timestamp(seconds: $0 / 1000).description }, revoked: d.revoked,
        revokedBy: d.revokedBy.map { ws.people[id: $0]?.name ?? $0 },
        thisDevice: d.device == engine.deviceFile.device)
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable(
          ["DEVICE", "PERSON", "HOST", "ENROLLED", "LAST EDIT", "STATE"].map { TextTable.Column(title: $0) })
        for r in rows {
          let state =
            r.revoked.map { "revoked \($0) by \(r.revokedBy ?? "?")" }
            ?? (r.thisDevice ? "this device" : "active")
          t.add([r.device, r.person, r.host, r.enrolled, r.lastEdit ?? "-", state], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct TeamRevokeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "revoke",
    abstract: "Revoke a device (a lost laptop): it stops syncing; what it pushed stays.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Device id (salesfloor team devices lists them).") var device: String

  func run() throws {
    let context = try WorkspaceContext.open(workspace)
    let engine = try SyncEngine(store: context.store)
    try engine.revoke(device)
    let status = try engine.round()
    Printer.write(
      "revoked \(device)"
        + (status?.state == .synced ? "; the team hears of it now\n" : "; it goes out on the next sync\n"))
  }
}

struct TeamReenrolCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reenrol",
    abstract: "Give this folder a device of its own (a copied workspace folder, a restored backup).")
  @OptionGroup var workspace: WorkspaceOptions

  func run() throws {
    let context = try WorkspaceContext.open(workspace)
    let file = try TeamSetup.reenrol(store: context.store)
    Printer.write("this folder is now device \(file.device); its edits not yet synced go out under that id\n")
  }
}

struct TeamHubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "hub", abstract: "Show the hub this copy syncs with, or point it at another (URL).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The new hub URL or path.") var hub: String?

  func run() throws {
    let folder = workspace.folder()
    guard let hub else {
      Printer.write(try SyncEngine.readDeviceFile(folder.path).hub + "\n")
      return
    }
    let context = try WorkspaceContext.open(workspace)
    let file = try TeamSetup.setHub(store: context.store, hub: hub)
    Printer.write("this copy now syncs with \(file.hub)\n")
  }
}

struct TeamRestoreHubCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "restore-hub",
    abstract:
      "Fill a new, empty hub from this copy (the old hub was lost); then run team hub URL on every copy.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "The new hub: an empty bare repository (a missing local path is created).") var hub: String

  func run() throws {
    let context = try WorkspaceContext.open(workspace)
    let logs = try TeamSetup.restoreHub(store: context.store, hub: hub)
    let file = try TeamSetup.setHub(store: context.store, hub: hub)
    Printer.write(
      "restored the team snapshot and \(logs) device logs to \(file.hub); this copy now syncs with it.\n"
        + "on every other copy run: salesfloor team hub \(file.hub)\n")
  }
}
