import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorSync

/// `salesfloor sync`: one round with the team's hub; `sync status`: what the last round found.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync", abstract: "Sync with the team's hub: export, push, fetch, merge, apply.",
    discussion: "An unreachable hub is not an error: edits wait here and go out on the next sync.",
    subcommands: [SyncRoundCommand.self, SyncStatusCommand.self], defaultSubcommand: SyncRoundCommand.self)
}

struct SyncRoundCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "now", abstract: "Run one sync round (the default).")
  @OptionGroup var workspace: WorkspaceOptions
  @Flag(name: .long, help: "Do not contact the hub: export, and apply what a manual git fetch brought.")
  var offline = false

  func run() throws {
    let context = try WorkspaceContext.open(workspace)
    let engine = try SyncEngine(store: context.store)
    guard let status = try engine.round(network: !offline) else { return }
    Printer.write(SyncStatusCommand.describe(status, people: context.workspace) + "\n")
    if status.state == .stopped { throw ExitCode.failure }
  }
}

struct SyncStatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Show the last sync round's result without syncing.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let folder = workspace.folder()
    let file = try SyncEngine.readDeviceFile(folder.path)
    guard let status = SyncEngine.readStatus(folder.path) else {
      Printer.write("device \(file.device) has not synced yet: run salesfloor sync\n")
      return
    }
    let context = try WorkspaceContext.open(workspace, readOnly: true, collections: [.people, .settings])
    switch output.format {
    case .json: Printer.data(try Printer.json(status), as: .json)
    default: Printer.write(Self.describe(status, people: context.workspace) + "\nhub: \(file.hub)\n")
    }
  }

  static func describe(_ s: SyncStatus, people ws: Workspace) -> String {
    let who = s.person.flatMap { ws.people[id: $0]?.name } ?? s.person ?? "?"
    var lines = [s.headline(clock: { $0.description }), "device \(s.device) (\(who))"]
    if s.state != .stopped { lines.append("\(s.changedRecords) records changed here by the last round") }
    if let m = s.message, s.state != .stopped { lines.append(m) }
    if s.conflicts > 0 { lines.append("see them: salesfloor conflicts list") }
    return lines.joined(separator: "\n")
  }
}
