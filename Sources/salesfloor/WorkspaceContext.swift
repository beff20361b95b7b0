import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// An open workspace for one CLI command, with the lookups commands share.
struct WorkspaceContext {
  let store: WorkspaceStore
  /// The workspace as it stood at the end of a past as-of day (`open(_:asOf:)`); nil: as it is.
  var past: Workspace? = nil
  var workspace: Workspace { past ?? store.workspace }

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

  /// Opens read-only for a report as of `day`: a past day sees the workspace as it stood then
  /// (`Workspace.seen(from:today:)`: later deals absent, later edits undone), so `--as-of` is a cut-off.
  static func open(
    _ options: WorkspaceOptions, asOf day: Day, collections: Set<CollectionName>? = nil
  ) throws -> WorkspaceContext {
    var ctx = try open(options, readOnly: true, collections: collections)
    let today = Clock.today()
    if ctx.store.workspace.isPast(day, today: today) { ctx.past = ctx.store.workspace.asOf(day) }
    return ctx
  }

  /// Commits one durable step by `actor`; the edit is on disk (fsync'd) when this returns.
  func commit(_ summary: String, _ mutations: [Mutation], actor: String?) throws {
    let tx = Transaction(
      id: WorkspaceStore.newId(prefix: "tx-"), at: Clock.now(), actor: actor, summary: summary,
      mutations: mutations)
    try store.commit(tx)
  }

  /// The person at the keyboard: this device's, else the shared host's, else the config's.
  func identity() throws -> KeyboardIdentity? {
    try CLIIdentity.read(folder: store.folder, workspace: workspace)
  }

  /// Who makes a change from the command line (journal `actor`, deal history `by`).
  func actor(_ option: ActorOption) throws -> String? { try actor(named: option.name) }

  /// The one rule: on a device (or login) bound to a person, that person, whatever `--as` names;
  /// a `--as` naming someone else is not an impersonation: the edit is theirs and stderr says so
  /// in one line. Unbound: the person `--as` names, else the config's person, else unknown.
  func actor(named name: String?) throws -> String? {
    let named = try name.map { try person($0) }
    let me = try identity()
    if let me, me.isBound {
      if let named, named.id != me.personId {
        printError(
          "salesfloor: --as \"\(named.name)\" ignored for the edit: this is \(me.name)'s \(me.sourceDescription), "
            + "so the edit is recorded as \(me.name)")
      }
      return me.personId
    }
    return named?.id ?? me?.personId
  }

  /// The person a view's `--as` names, when the person at the keyboard may view as them
  /// (`ViewRule`); refused: a usage error saying who this is and what they may view.
  func viewer(_ name: String) throws -> Person {
    let target = try person(name)
    try CLIIdentity.checkView(target, identity: try identity(), in: workspace)
    return target
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
      "Who makes the change (person name or id); default: the person in config.json. On an enrolled device or a shared host, edits are always the device's or the login's person's."
  )
  var name: String?

  init() {}
  init(name: String?) { self.name = name }
}
