import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor activity update ID`: the CLI's activity edit path (the cockpit's is the edit form).
struct ActivityUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update", abstract: "Change an activity: subject, due day, notes, minutes spent.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Activity id (see `salesfloor activity list`).") var id: String
  @Option var subject: String?
  @Option(help: "Due date: YYYY-MM-DD, +2d, fri.") var due: String?
  @Option var notes: String?
  @Option(help: "Minutes spent (1–1440).") var minutes: Int?
  @Flag(help: "Remove the minutes logged.") var clearMinutes = false
  @OptionGroup var actor: ActorOption

  func validate() throws {
    if minutes != nil && clearMinutes { throw ValidationError("give --minutes or --clear-minutes, not both") }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    var u = UpdateActivity(activityId: id)
    u.subject = subject
    if let due { u.dueDate = .some(try CLIInput.day(due, flag: "due", settings: ctx.workspace.settings)) }
    if let notes { u.notes = .some(notes) }
    if let minutes { u.durationMinutes = .some(minutes) }
    if clearMinutes { u.durationMinutes = .some(nil) }
    let edit = try ctx.run(u, as: actor)
    Printer.write(edit.summary + "\n")
  }
}
