import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor undo`: takes back the last change this person made, from the CLI or the cockpit.
struct UndoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "undo",
    abstract: "Undo your last change (made from the CLI or the cockpit), after showing what it restores.",
    discussion: """
      Finds the last transaction recorded with your name (--as, else this device's or the config's \
      person) in the journal, shows every field it puts back (record, field, before → after) and asks \
      (--yes for scripts). Refused, with the change named, when a later change touched the same \
      records: nothing is overwritten. The journal reaches back to its last compaction (the cockpit \
      compacts when it quits). An undo is a change too: undo again to get it back.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Flag(name: .customLong("dry-run"), help: "Show what would be undone without changing anything.")
  var dryRun = false
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let who = try ctx.actor(actor)
    let ws = ctx.workspace
    let names: (String?) -> String = { id in id.flatMap { ws.people[id: $0]?.name } ?? id ?? "someone unknown"
    }
    let undo = try UndoLast(
      history: try WorkspaceStore.journalChanges(in: ctx.store.folder), actor: who, names: names)
    if let conflict = undo.conflict(in: ws) { throw conflict }
    let target = undo.target
    Printer.write("undo \"\(target.summary)\" by \(names(target.actor)) at \(target.at):\n")
    let preview = ChangePreview(undo.mutations, in: ws)
    BulkChange.show(preview)
    if dryRun { return }
    try BulkChange.confirm(preview, "undo \"\(target.summary)\"", yes: yes)
    try ctx.store.commit { latest in
      if let conflict = undo.conflict(in: latest) { throw conflict }
      return Transaction(
        id: WorkspaceStore.newId(prefix: "tx-"), at: Clock.now(), actor: who,
        summary: "undo: " + target.summary,
        mutations: undo.mutations)
    }
    Printer.write("undone: \(target.summary)\n")
  }
}
