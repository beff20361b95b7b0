import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorSync
import SalesFloorTerminal
import SalesFloorUI

/// Options shared by the cockpit and `salesfloor screen`: whose view, which day, which theme.
struct CockpitOptions: ParsableArguments {
  @Option(
    name: .customLong("as"),
    help:
      "Open as this person (name or id); default: this device's or the login's person, else config, else the first manager. A rep may view only their own cockpit, a manager their reports', ops everyone's."
  )
  var asPerson: String?
  @Option(
    name: .customLong("as-of"),
    help: "Show the workspace as it stood at the end of this day (YYYY-MM-DD); a past day is read-only.")
  var asOf: String?
  @Option(
    help: "Theme: dark, light, high-contrast, mono, or a file name in $XDG_CONFIG_HOME/salesfloor/themes.")
  var theme: String?

  func day() throws -> Day {
    guard let asOf else { return Clock.today() }
    guard let d = Day(iso: asOf) else {
      throw CLIError.usage("--as-of: expected YYYY-MM-DD, got \"\(asOf)\"")
    }
    return d
  }

  static var configURL: URL {
    WorkspaceLocation.resolve(environment: ProcessInfo.processInfo.environment).configFile
  }

  static var themesDirectory: String {
    configURL.deletingLastPathComponent().appendingPathComponent("themes").path
  }

  /// Builds the program over an open store (as it stood then, for a past `--as-of`), reporting
  /// config and keymap problems on stderr.
  func program(store: any CockpitStore, folder: URL) throws -> CockpitProgram {
    let (config, configError) = CockpitConfig.load(from: Self.configURL)
    var problems: [String] = []
    if let configError {
      printError("salesfloor: \(configError)")
      problems.append(configError)
    }
    let ws = store.workspace
    let identity = try CLIIdentity.read(folder: folder, workspace: ws)
    let bound = identity?.isBound == true ? identity : nil
    var viewer: Viewer
    if let bound, asPerson == nil {
      // A bound device opens as its person (a config's person is only a default elsewhere).
      viewer = Viewer(person: bound.person, identity: bound)
    } else {
      switch CockpitLauncher.viewer(named: asPerson ?? config.person, in: ws) {
      case .success(let v): viewer = v
      case .failure(let e): throw CLIError.usage(e.message)
      }
      if let bound, let target = viewer.person {
        try CLIIdentity.checkView(target, identity: bound, in: ws)
        viewer.identity = bound
      }
    }
    let (keymap, keyErrors) = CockpitLauncher.keymap(overrides: config.keys)
    for e in keyErrors { printError("salesfloor: \(e)") }
    // The theme's problem first: it is short, and a keymap error lists the known actions.
    if let themeProblem = loadTheme().problem { problems.append(themeProblem) }
    problems += keyErrors
    // A past day opens the workspace as it stood then, read-only (PastStore).
    let asOf = try day()
    var program = CockpitProgram(
      store: PastStore.seen(store, from: asOf, today: Clock.today()), viewer: viewer, asOf: asOf,
      keymap: keymap, now: { Clock.now() },
      newId: { WorkspaceStore.newId(prefix: $0) })
    // Shown in the cockpit at start too: stderr is hidden behind the full screen until quitting.
    program.reportStartupProblems(problems)
    return program
  }

  /// The theme to draw with, and what was wrong with the one asked for (printed on stderr too).
  func loadTheme() -> (theme: Theme, problem: String?) {
    let (config, _) = CockpitConfig.load(from: Self.configURL)
    let name = theme ?? config.theme ?? "dark"
    let (t, error) = ThemeLoader.load(name: name, userDirectory: Self.themesDirectory)
    guard let error else { return (t, nil) }
    let problem = "theme \(name): \(error); using the default theme"
    printError("salesfloor: \(problem)")
    return (t, problem)
  }
}

/// `salesfloor` with no subcommand: the terminal cockpit.
struct CockpitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the terminal cockpit (the default when no subcommand is given).")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var cockpit: CockpitOptions
  @Flag(help: "Open on a freshly generated demo workspace in a temporary folder (never your data).")
  var demo = false

  func run() throws {
    // First, before anything is opened: the runtime's crash reporter must never take the terminal.
    if isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 {
      CrashReports.reexecIfInteractive(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    }
    let folder: URL
    if demo {
      let tmp = try DemoFolder.make()
      let ws = DemoGenerator(seed: 1, today: try cockpit.day()).makeWorkspace()
      _ = try WorkspaceStore.create(at: tmp, workspace: ws)
      folder = tmp
    } else {
      folder = workspace.folder()
      if !WorkspaceFolder.hasWorkspace(folder) {
        // First run: an empty workspace with the starter library, shown as a welcome screen.
        var ws = Workspace()
        StarterLibrary.install(into: &ws)
        _ = try WorkspaceStore.create(at: folder, workspace: ws)
      }
    }
    let store = try WorkspaceStore(opening: folder)
    for n in store.notices { printError("salesfloor: \(n)") }
    let sync = syncWorker(store)
    var program = try cockpit.program(
      store: sync.map { SyncingCockpitStore(base: store, worker: $0) } ?? store, folder: store.folder)
    guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
      throw CLIError.usage(
        "the cockpit needs a terminal; for scripts use `salesfloor screen` or the report commands")
    }
    let driver = TerminalDriver(theme: cockpit.loadTheme().theme)
    let mailbox = sync.map { worker in ProgramMailbox { worker.perform($0) } }
    if let sync, let mailbox { sync.start(posting: mailbox) }
    let exit = driver.run(&program, mailbox: mailbox) { _ in
      // A round still running after 2 s is abandoned (it is crash-safe); the store stays open for it.
      if let sync, !sync.stop(within: 2) { return }
      // Every edit is already durable in the journal; folding it into the files is a courtesy.
      try? store.close()
    }
    if demo { printError("demo workspace: \(folder.path)") }
    if exit.exitCode != 0 { throw ExitCode(exit.exitCode) }
  }
}

extension CockpitCommand {
  /// The background sync of an enrolled workspace (nil when it is not part of a team).
  func syncWorker(_ store: WorkspaceStore) -> CockpitSyncWorker? {
    guard SyncEngine.isEnrolled(store.folder) else { return nil }
    let (interval, problem) = CockpitSyncWorker.interval(environment: ProcessInfo.processInfo.environment)
    if let problem { printError("salesfloor: \(problem)") }
    return CockpitSyncWorker(store: store, interval: interval)
  }
}

/// `salesfloor screen`: the cockpit run headless after a key script, printed as plain text.
struct ScreenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screen",
    abstract: "Render the cockpit headless after a key sequence and print the screen as text.",
    discussion: """
      Keys are space-separated: single characters, <Esc> <Enter> <Tab> <S-Tab> <BS> <Up> <Down> <Left> <Right>
      <PgUp> <PgDn> <Home> <End> <C-r> <Space> <lt> <gt>; see docs/keys.md. Example: --keys "2 j z ? <Esc> q".
      Edits (such as > moving a stage) are saved to the workspace like in the real cockpit.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var cockpit: CockpitOptions
  @Option(help: "Screen size as WIDTHxHEIGHT.") var size: String = "120x40"
  @Option(help: "Key script.") var keys: String = ""
  @Flag(help: "Draw as under a non-UTF-8 locale (ASCII only).") var ascii = false

  func run() throws {
    let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
    guard parts.count == 2, (1...1000).contains(parts[0]), (1...1000).contains(parts[1]) else {
      throw CLIError.usage("--size \"\(size)\": like 120x40")
    }
    let ctx = try WorkspaceContext.open(workspace)
    var program = try cockpit.program(store: ctx.store, folder: ctx.store.folder)
    let environment = ProcessInfo.processInfo.environment
    let terminal = HeadlessTerminal(
      size: Size(width: parts[0], height: parts[1]),
      capabilities: TerminalCapabilities(unicode: !ascii, colorDepth: .none),
      files: { HostFiles.read($0, environment: environment) })
    let result: HeadlessResult
    do {
      result = try terminal.run(&program, script: keys)
    } catch {
      throw CLIError.usage("--keys: \(error)")
    }
    Printer.write(result.grid.plainText().joined(separator: "\n") + "\n")
  }
}
