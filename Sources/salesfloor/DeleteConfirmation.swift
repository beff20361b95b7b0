import ArgumentParser
import Foundation
import SalesFloorKit

/// `--yes` and `--dry-run` for every `… delete` command.
struct DeleteOptions: ParsableArguments {
  @Flag(help: "Delete without asking, even when other records are deleted with it (for scripts).")
  var yes = false
  @Flag(help: "Show what the delete would change, and change nothing.") var dryRun = false
}

/// The one way a CLI delete goes ahead: the Kit's plan (what else changes) is printed; a delete
/// that deletes other records with it asks first (`Confirmation`; `--yes` from a script), one that
/// only unlinks goes ahead (it is one transaction: `salesfloor undo` relinks). A refused delete
/// throws the command's reason before anything is printed or written.
enum DeleteConfirmation {
  static func run(
    _ command: some DeleteCommand, in ctx: WorkspaceContext, actor: ActorOption, options: DeleteOptions
  ) throws {
    let who = try ctx.actor(actor)
    let plan = try command.plan(in: ctx.commandContext(actor: who))
    show(plan)
    if options.dryRun {
      Printer.write("dry run: nothing was changed\n")
      return
    }
    if plan.deletesOtherRecords {
      try Confirmation.ask("Delete \(plan.record) and make these changes?", yes: options.yes)
    }
    try ctx.run(command, actor: who)
    Printer.write("deleted \(plan.edit.recordId ?? "") \(plan.record)\n")
  }

  /// The record and, indented, each change that goes with it.
  static func show(_ plan: DeletePlan) {
    guard plan.cascades else { return }
    var text = "deleting \(plan.record):\n"
    for line in plan.effects { text += "  - \(line)\n" }
    Printer.write(text)
  }
}
