import Foundation
import SalesFloorKit

/// An open workspace for one CLI command, with the lookups commands share.
struct WorkspaceContext {
  let store: WorkspaceStore
  var workspace: Workspace { store.workspace }

  /// Opens the workspace folder; a missing folder is a usage error that says how to create one.
  /// `collections` reads only those (read-only), for reports that need a few of them.
  static func open(
    _ options: WorkspaceOptions, readOnly: Bool = false, collections: Set<CollectionName>? = nil
  ) throws -> WorkspaceContext {
    let folder = options.folder()
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
      throw CLIError.usage(
        "no workspace at \(folder.path): run `salesfloor init --data \(folder.path)` "
          + "or `salesfloor demo --data \(folder.path)`")
    }
    let store = try WorkspaceStore(opening: folder, readOnly: readOnly, collections: collections)
    for notice in store.notices { printError("salesfloor: \(notice)") }
    if !store.isReadOnly {
      try OpenStores.shared.add(store, environment: ProcessInfo.processInfo.environment)
    }
    return WorkspaceContext(store: store)
  }

  /// Commits one durable step; the edit is on disk (fsync'd) when this returns.
  func commit(_ summary: String, _ mutations: [Mutation]) throws {
    let tx = Transaction(
      id: WorkspaceStore.newId(prefix: "tx-"), at: Clock.now(), actor: nil, summary: summary,
      mutations: mutations)
    try store.commit(tx)
  }

  var currency: String { workspace.settings.currency }

  /// Parses `--period` text against the workspace's fiscal year; a bad value is a usage error.
  func period(_ text: String) throws -> Period { try CLIInput.period(text, settings: workspace.settings) }

  /// The `--period` given, else the current period of `kind` containing `day`.
  func period(_ text: String?, containing day: Day, kind: Period.Kind = .quarter) throws -> Period {
    if let text { return try period(text) }
    return Period.containing(day, kind: kind, fiscalStartMonth: workspace.settings.fiscalYearStartMonth)
  }

  /// Finds a person by id, exact name, or a unique case-insensitive prefix or word match.
  func person(_ text: String) throws -> Person {
    try Lookup.one(
      text, in: workspace.people.items, kind: "person", id: \.id, name: \.name,
      hint: "see `salesfloor person list`")
  }

  func account(_ text: String) throws -> Account {
    try Lookup.one(
      text, in: workspace.accounts.items, kind: "account", id: \.id, name: \.name, hint: "check the spelling")
  }

  func deal(_ text: String) throws -> Deal {
    try Lookup.one(
      text, in: workspace.deals.items, kind: "deal", id: \.id, name: \.name,
      hint: "see `salesfloor deal list`")
  }

  /// Finds a stage by id or name (case-insensitive); `won`/`lost` mean the closed stages.
  func stage(_ text: String) throws -> Stage {
    let s = workspace.settings
    let key = text.lowercased()
    if key == "won", let w = s.wonStage { return w }
    if key == "lost", let l = s.lostStage { return l }
    if let st = s.stages.first(where: { $0.id.lowercased() == key || $0.name.lowercased() == key }) {
      return st
    }
    let names = s.orderedStages.map(\.id).joined(separator: ", ")
    throw CLIError.usage("unknown stage \"\(text)\": use one of \(names)")
  }
}

/// Name resolution shared by people, accounts and deals.
enum Lookup {
  static func one<T>(
    _ text: String, in items: [T], kind: String, id: KeyPath<T, String>, name: KeyPath<T, String>,
    hint: String
  ) throws -> T {
    let query = text.trimmingCharacters(in: .whitespaces)
    if let hit = items.first(where: { $0[keyPath: id] == query }) { return hit }
    let lower = query.lowercased()
    let exact = items.filter { $0[keyPath: name].lowercased() == lower }
    if exact.count == 1 { return exact[0] }
    let partial =
      exact.isEmpty
      ? items.filter {
        let n = $0[keyPath: name].lowercased()
        return n.hasPrefix(lower) || n.split(separator: " ").contains { $0.hasPrefix(lower) }
      } : exact
    if partial.count == 1 { return partial[0] }
    if partial.isEmpty { throw CLIError.usage("no \(kind) matches \"\(text)\": \(hint)") }
    let names = partial.prefix(5).map { "\($0[keyPath: name]) (\($0[keyPath: id]))" }.joined(separator: ", ")
    throw CLIError.usage(
      "\"\(text)\" matches several: \(names)\(partial.count > 5 ? ", …" : ""); be more specific")
  }
}
