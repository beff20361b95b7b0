import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

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

  /// Commits one durable step by `actor`; the edit is on disk (fsync'd) when this returns.
  func commit(_ summary: String, _ mutations: [Mutation], actor: String?) throws {
    let tx = Transaction(
      id: WorkspaceStore.newId(prefix: "tx-"), at: Clock.now(), actor: actor, summary: summary,
      mutations: mutations)
    try store.commit(tx)
  }

  /// Who makes a change from the command line: the person `--as` names, else the person in the
  /// user's config file (ignored when it names nobody here), else unknown. In a workspace shared on
  /// one host it is always the person mapped to the login (`--as` must still name someone).
  func actor(_ option: ActorOption) throws -> String? {
    if let login = try sharedLogin() {
      if let name = option.name, try person(name).id != login.person.id {
        printError(
          "salesfloor: shared workspace: the edit is recorded as \(login.person.name) (login \(login.name)); "
            + "--as does not change who makes it")
      }
      return login.person.id
    }
    if let name = option.name { return try person(name).id }
    let (config, _) = CockpitConfig.load(from: CockpitOptions.configURL)
    guard let name = config.person else { return nil }
    return try? NameResolver.person(name, in: workspace).id
  }

  /// In a shared workspace, this process's login and the person it is mapped to (nil: private, or
  /// no login mapped yet).
  func sharedLogin() throws -> (name: String, person: Person)? {
    guard let shared = store.sharedMode else { return nil }
    return try Self.login(in: shared, workspace: workspace)
  }

  /// The login's person in a shared workspace, as the cockpit's default viewer and the CLI's actor
  /// (nil while no login is mapped: see `SharedMode.person(forLogin:in:)`).
  static func login(in shared: SharedMode, workspace: Workspace) throws -> (name: String, person: Person)? {
    guard let login = SharedMode.currentLogin(environment: ProcessInfo.processInfo.environment) else {
      throw CLIError.usage(
        "cannot tell which Unix user this is (no password entry and no $USER); set USER or add the user")
    }
    return try shared.person(forLogin: login, in: workspace).map { (login, $0) }
  }

  /// The command's context: this workspace, the actor, and the clock (`$SALESFLOOR_TODAY` aware).
  func commandContext(actor: String?, today: Day? = nil) -> CommandContext {
    CommandContext(workspace: workspace, actor: actor, now: Clock.now(), today: today ?? Clock.today())
  }

  /// Runs a typed command and commits its edit by the actor; returns the edit committed.
  @discardableResult
  func run(_ command: some WorkspaceCommand, as option: ActorOption, today: Day? = nil) throws -> Edit {
    try run(command, actor: try actor(option), today: today)
  }

  /// Runs a typed command and commits its edit by the actor, based on the versions this command
  /// read and re-applied on the latest under the write lock (`WorkspaceStore.commit(_:seen:)`): a
  /// field changed underneath is a conflict (exit 1), never overwritten. An edit that would change
  /// nothing writes nothing: it prints "nothing to change" and exits 0.
  @discardableResult
  func run(_ command: some WorkspaceCommand, actor: String?, today: Day? = nil) throws -> Edit {
    guard let edit = try store.commit(command, seen: commandContext(actor: actor, today: today)) else {
      Printer.write("nothing to change\n")
      throw ExitCode.success
    }
    return edit
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
  func person(_ text: String) throws -> Person { try NameResolver.person(text, in: workspace) }
  func account(_ text: String) throws -> Account { try NameResolver.account(text, in: workspace) }
  func deal(_ text: String) throws -> Deal { try NameResolver.deal(text, in: workspace) }

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

/// `--as NAME`: who makes a change, recorded in deal history (`by`) and the journal (`actor`).
struct ActorOption: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help:
      "Who makes the change (person name or id); default: the person in config.json. In a shared workspace the login's person always makes it."
  )
  var name: String?

  init() {}
  init(name: String?) { self.name = name }
}
