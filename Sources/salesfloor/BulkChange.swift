import ArgumentParser
import Foundation
import SalesFloorKit

/// The one way a CLI command that changes many records goes ahead (`territory assign`, `territory
/// reassign`, `undo`): the full dry-run first (record, field, before → after), then a question on a
/// terminal or `--yes` from a script (`Confirmation`), then one transaction, undoable with
/// `salesfloor undo`.
enum BulkChange {
  /// Prints every field `mutations` would change in `workspace` (to stdout, as the dry-run).
  static func show(_ preview: ChangePreview) {
    guard !preview.lines.isEmpty else {
      Printer.write("nothing to change\n")
      return
    }
    var t = TextTable([
      .init(title: "RECORD"), .init(title: "FIELD"), .init(title: "BEFORE"), .init(title: "AFTER"),
    ])
    for l in preview.lines { t.add([l.record, l.field, l.before, "→ " + l.after], money: false) }
    Printer.write(t.renderText())
    Printer.write("\(preview.lines.count) changes to \(preview.recordCount) records\n")
  }

  /// Asks before applying `preview` (what `question` describes); throws when refused or when there
  /// is no terminal and no `--yes`, so nothing is changed.
  static func confirm(_ preview: ChangePreview, _ question: String, yes: Bool) throws {
    try Confirmation.ask(
      "\(question): \(preview.lines.count) changes to \(preview.recordCount) records. Apply them?", yes: yes)
  }
}
