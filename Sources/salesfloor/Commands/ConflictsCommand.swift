import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorSync

/// `salesfloor conflicts`: the edits sync could not reconcile, and their answers.
struct ConflictsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "conflicts",
    abstract: "List and answer sync conflicts (two edits of one field, an edit of a deleted record).",
    discussion: "Every copy lists the same conflicts; an answer syncs like any edit.",
    subcommands: [
      ConflictsListCommand.self, ConflictsKeepCommand.self, ConflictsTakeCommand.self,
      ConflictsEditCommand.self,
    ],
    defaultSubcommand: ConflictsListCommand.self)

  /// Opens the workspace's sync state (writable unless `readOnly`).
  static func engine(
    _ options: WorkspaceOptions, readOnly: Bool = false
  ) throws -> (WorkspaceContext, SyncEngine) {
    let context = try WorkspaceContext.open(options, readOnly: readOnly)
    return (context, try SyncEngine(store: context.store))
  }

  static func answer(_ options: WorkspaceOptions, _ id: String, _ answer: ConflictAnswer) throws {
    let (context, engine) = try engine(options)
    let conflict = try engine.conflict(id)
    try engine.resolve(conflict.id, answer)
    let record = ConflictText.record(conflict, in: context.workspace)
    Printer.write("resolved \(conflict.id) on \(record); it goes to the team on the next sync\n")
  }
}

struct ConflictsListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the open conflicts.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  struct Row: Encodable {
    var id: String
    var kind: String
    var collection: String
    var record: String
    var name: String
    var field: String
    var current: String
    var currentBy: String
    var other: String
    var otherBy: String
  }

  func run() throws {
    let (context, engine) = try ConflictsCommand.engine(workspace, readOnly: true)
    let ws = context.workspace
    let rows = engine.conflicts.map { c in
      Row(
        id: c.id, kind: c.kind.rawValue, collection: c.record.collection, record: c.record.id,
        name: ConflictText.record(c, in: ws), field: ConflictText.field(c),
        current: ConflictText.value(c.applied, c), currentBy: ConflictText.who(c.applied, ws, engine),
        other: ConflictText.value(c.other, c), otherBy: ConflictText.who(c.other, ws, engine))
    }
    if rows.isEmpty, output.format == .table {
      Printer.write("no conflicts\n")
      return
    }
    try Printer.emit(
      rows,
      table: {
        var t = TextTable(
          ["ID", "RECORD", "FIELD", "IN EFFECT", "BY", "OTHER", "BY"].map { TextTable.Column(title: $0) })
        for r in rows {
          t.add([r.id, r.name, r.field, r.current, r.currentBy, r.other, r.otherBy], money: false)
        }
        return t
      }, format: output.format)
  }
}

struct ConflictsKeepCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keep", abstract: "Keep your side of a conflict (neither yours: the value in effect).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Conflict id (or a unique prefix).") var id: String
  func run() throws { try ConflictsCommand.answer(workspace, id, .keepMine) }
}

struct ConflictsTakeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "take",
    abstract: "Take the other side of a conflict (an edit of a deleted record: restore it).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Conflict id (or a unique prefix).") var id: String
  func run() throws { try ConflictsCommand.answer(workspace, id, .takeTheirs) }
}

struct ConflictsEditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "Answer a conflict with a new value: FIELD=VALUE for each field of it.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Conflict id (or a unique prefix).") var id: String
  @Argument(help: "FIELD=VALUE pairs; VALUE is JSON (\"text\", 12, null) or plain text.") var values: [String]

  func run() throws {
    var fields: [String: SyncValue] = [:]
    for pair in values {
      guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
        throw CLIError.usage("expected FIELD=VALUE, got \"\(pair)\"")
      }
      fields[String(pair[..<eq])] = ConflictText.parse(String(pair[pair.index(after: eq)...]))
    }
    try ConflictsCommand.answer(workspace, id, .edit(fields))
  }
}

/// How a conflict reads in a table (the words are `SyncConflictText`'s, shared with the cockpit).
enum ConflictText {
  static func record(_ c: SyncConflict, in ws: Workspace) -> String { SyncConflictText.record(c, in: ws) }
  static func field(_ c: SyncConflict) -> String { SyncConflictText.field(c) }

  /// "deal Acme renewal", "person Grace Osei", else the collection and the id (for `log`).
  static func record(_ ref: SyncRecordRef, in ws: Workspace) -> String {
    SyncConflictText.record(ref, in: ws)
  }
  static func value(_ side: SyncConflict.Side, _ c: SyncConflict) -> String {
    SyncConflictText.value(side, c)
  }

  static func who(_ side: SyncConflict.Side, _ ws: Workspace, _ engine: SyncEngine) -> String {
    let name = SyncConflictText.author(side, in: ws)
    return engine.isMine(side) ? name + " (you)" : name
  }

  /// JSON when it parses as JSON, else the text itself.
  static func parse(_ text: String) -> SyncValue {
    (try? SyncValue(json: Array(text.utf8))) ?? .string(text)
  }
}
