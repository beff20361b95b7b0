import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorSync

/// `salesfloor log [RECORD]`: who changed what, when, from which device, across the team.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Show who changed what, when and from which device, newest first.",
    discussion: """
      On a team copy: every synced edit of the team (from the merged sync logs), plus this copy's \
      edits not synced yet (marked "not synced yet"). On a workspace that does not sync: the journal's \
      lines since the last compaction (deal history keeps stage and date changes for good: deal show). \
      RECORD is a deal, person or account (id, name, or a unique prefix).
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Only this record: a deal, person or account (id or name).") var record: String?
  @Option(help: "Show at most this many rows (newest first).") var limit: Int = 50
  @Option(name: .long, help: "Output format: table or json.") var format: TextOrJSON = .table

  func validate() throws {
    if limit < 1 { throw ValidationError("--limit must be at least 1, got \(limit)") }
  }

  struct Row: Encodable {
    var at: String
    var personId: String?
    var person: String?
    var device: String?
    var collection: String
    var recordId: String
    var record: String
    var changes: [String]
    var synced: Bool?
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let ref = try record.map { try Self.resolve($0, in: ws) }
    let entries: [SyncLogEntry]
    if SyncEngine.isEnrolled(ctx.store.folder) {
      entries = try SyncEngine(store: ctx.store).history(of: ref)
    } else {
      entries = try SyncEngine.journalHistory(folder: ctx.store.folder.standardizedFileURL.path, of: ref)
    }
    let rows = entries.prefix(limit).map { e in
      Row(
        at: e.at.description, personId: e.author, person: e.author.flatMap { ws.people[id: $0]?.name },
        device: e.device, collection: e.record.collection, recordId: e.record.id,
        record: ConflictText.record(e.record, in: ws), changes: e.changes,
        synced: e.origin == .journal ? nil : e.origin == .synced)
    }
    switch format {
    case .json: Printer.data(try Printer.json(Array(rows)), as: .json)
    case .table:
      guard !rows.isEmpty else {
        Printer.write(ref == nil ? "no changes recorded\n" : "no changes recorded for \(record ?? "")\n")
        return
      }
      var t = TextTable([
        .init(title: "WHEN"), .init(title: "WHO"), .init(title: "DEVICE"), .init(title: "RECORD"),
        .init(title: "WHAT"),
      ])
      for r in rows {
        let what = r.changes.joined(separator: "; ") + (r.synced == false ? " (not synced yet)" : "")
        t.add([r.at, r.person ?? r.personId ?? "-", r.device ?? "-", r.record, what], money: false)
      }
      Printer.write(t.renderText())
    }
  }

  /// A record id of a deal, person or account, else a unique deal, person or account name (the
  /// `NameResolver` rule); several kinds matching is a usage error asking for the id.
  static func resolve(_ text: String, in ws: Workspace) throws -> SyncRecordRef {
    let query = text.trimmingCharacters(in: .whitespaces)
    if ws.deals[id: query] != nil { return SyncRecordRef(CollectionName.deals.rawValue, query) }
    if ws.people[id: query] != nil { return SyncRecordRef(CollectionName.people.rawValue, query) }
    if ws.accounts[id: query] != nil { return SyncRecordRef(CollectionName.accounts.rawValue, query) }
    var hits: [(SyncRecordRef, String)] = []
    var firstError: CommandError?
    func attempt(_ kind: CollectionName, _ label: String, _ find: () throws(CommandError) -> (String, String))
    {
      do throws(CommandError) {
        let (id, name) = try find()
        hits.append((SyncRecordRef(kind.rawValue, id), "\(label) \(name) (\(id))"))
      } catch {
        if case .notFound = error {} else if firstError == nil { firstError = error }
      }
    }
    attempt(.deals, "deal") { () throws(CommandError) in
      let d = try NameResolver.deal(query, in: ws)
      return (d.id, d.name)
    }
    attempt(.people, "person") { () throws(CommandError) in
      let p = try NameResolver.person(query, in: ws)
      return (p.id, p.name)
    }
    attempt(.accounts, "account") { () throws(CommandError) in
      let a = try NameResolver.account(query, in: ws)
      return (a.id, a.name)
    }
    if hits.count == 1, firstError == nil { return hits[0].0 }
    if let firstError, !hits.isEmpty {
      throw CLIError.usage(
        "\(firstError.description); it also matches \(hits.map(\.1).joined(separator: ", "))")
    }
    if hits.count > 1 {
      throw CLIError.usage(
        "\"\(text)\" matches \(hits.map(\.1).joined(separator: ", ")): give the id")
    }
    if let firstError { throw firstError }
    throw CLIError.usage("no deal, person or account matches \"\(text)\"")
  }
}
