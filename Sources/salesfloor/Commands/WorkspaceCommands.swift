import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor init`: an empty workspace with the default stages and the starter play library;
/// `--shared GROUP` also shares it (or an existing one) with a Unix group on this host.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Create an empty workspace (stages, starter playbooks and training).",
    discussion: """
      --shared GROUP shares the folder with a Unix group on this host: the folder becomes 2770 (setgid) and
      every file 0660 for the group. On an existing workspace it only changes modes and groups, after showing
      the list and asking (--yes: without asking). Then map each login: salesfloor shared map LOGIN PERSON.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Workspace name shown in the top bar.") var name: String = "SalesFloor"
  @Option(help: "Default currency (ISO 4217).") var currency: String = "USD"
  @Option(name: .customLong("fiscal-start"), help: "First month of the fiscal year (1–12).") var fiscalStart:
    Int = 1
  @Option(help: "Share the workspace with this Unix group (folder 2770 setgid, files 0660); docs/team.md.")
  var shared: String?
  @Flag(help: "With --shared on an existing workspace: change the modes without asking.") var yes = false

  func validate() throws {
    guard (1...12).contains(fiscalStart) else { throw ValidationError("--fiscal-start must be 1–12") }
    guard currency.count == 3, currency.allSatisfy(\.isLetter) else {
      throw ValidationError("--currency must be a 3-letter ISO code such as USD or EUR")
    }
  }

  func run() throws {
    let folder = workspace.folder()
    if WorkspaceFolder.hasWorkspace(folder) {
      guard let shared else {
        throw CLIError.usage("\(folder.path) already holds a workspace; nothing was changed")
      }
      return try share(folder, with: shared)
    }
    // Every check first, so a refused --shared leaves no private workspace behind.
    if let shared { _ = try SharedSetup.check(folder: folder.standardizedFileURL.path, group: shared) }
    var ws = Workspace(
      settings: Settings(
        workspaceName: name, currency: currency.uppercased(), fiscalYearStartMonth: fiscalStart))
    StarterLibrary.install(into: &ws)
    let store = try WorkspaceStore.create(at: folder, workspace: ws)
    Printer.write("created workspace \(folder.path)\n")
    if let shared {
      try store.share(withGroup: shared)
      printShared(folder, shared)
    }
  }

  /// An existing workspace: show which files change, ask, then change only modes and groups.
  private func share(_ folder: URL, with group: String) throws {
    let store = try WorkspaceStore(opening: folder)
    for notice in store.notices { printError("salesfloor: \(notice)") }
    if store.isReadOnly { throw CLIError.failure("\(folder.path) opened read-only; nothing was changed") }
    let changes = try SharedSetup.plan(folder: store.folder.path, group: group)
    guard !changes.isEmpty else {
      Printer.write("\(folder.path) is already shared with group \(group); nothing to change\n")
      return
    }
    var t = TextTable([.init(title: "NOW"), .init(title: "AFTER"), .init(title: "PATH")])
    for c in changes {
      let name = c.path == store.folder.path ? "." : String(c.path.dropFirst(store.folder.path.count + 1))
      t.add([c.from, c.to, c.isFolder ? name + "/" : name])
    }
    Printer.write(t.renderText())
    try Confirmation.ask("Share \(folder.path) with group \(group) (\(changes.count) changes)?", yes: yes)
    try store.share(withGroup: group)
    printShared(folder, group)
  }

  private func printShared(_ folder: URL, _ group: String) {
    Printer.write(
      "shared \(folder.path) with group \(group): folder 2770, files 0660; "
        + "map each login with `salesfloor shared map LOGIN PERSON`\n")
  }
}

/// `salesfloor demo`: a realistic, deterministic demo team with dates relative to today.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Write a deterministic demo workspace (dates relative to today).")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Random seed: the same seed gives the same files.") var seed: UInt64 = 1
  @Option(help: "Number of people (default about 13).") var people: Int?
  @Option(help: "Number of deals (default about 150).") var deals: Int?
  @Option(help: "Number of activities (default about 600).") var activities: Int?
  @Flag(help: "Replace an existing workspace in the folder.") var force = false
  @Option(name: .customLong("as-of"), help: "Pretend today is this day (YYYY-MM-DD).") var asOf: String?

  func validate() throws {
    for (flag, v) in [("people", people), ("deals", deals), ("activities", activities)] {
      if let v, v < 0 || v > 10_000_000 { throw ValidationError("--\(flag) must be between 0 and 10000000") }
    }
    if let p = people, p < 4 {
      throw ValidationError("--people must be at least 4 (ops, two managers, a rep)")
    }
  }

  func run() throws {
    let folder = workspace.folder()
    let today: Day
    if let asOf {
      guard let d = Day(iso: asOf) else {
        throw CLIError.usage("--as-of: expected YYYY-MM-DD, got \"\(asOf)\"")
      }
      today = d
    } else {
      today = Clock.today()
    }
    if WorkspaceFolder.hasWorkspace(folder) {
      guard force else {
        throw CLIError.usage("\(folder.path) already holds a workspace; add --force to replace it")
      }
      try WorkspaceFolder.removeWorkspaceFiles(folder)
    }
    let ws = DemoGenerator(seed: seed, today: today, people: people, deals: deals, activities: activities)
      .makeWorkspace()
    _ = try WorkspaceStore.create(at: folder, workspace: ws)
    Printer.write(
      "wrote demo workspace \(folder.path): \(ws.people.count) people, \(ws.deals.count) deals, "
        + "\(ws.activities.count) activities\n")
  }
}

/// `salesfloor check`: validates every file and reference and explains each problem.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Validate a workspace and explain every problem (exit 65 when broken).")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx: WorkspaceContext
    do {
      ctx = try WorkspaceContext.open(workspace, readOnly: true)
    } catch let e as WorkspaceError {
      printError("salesfloor: \(e)")
      throw ExitCode(65)
    }
    let findings = WorkspaceCheck.run(ctx.workspace, today: Clock.today())
    try Printer.emit(
      findings,
      table: {
        var t = TextTable([
          .init(title: "SEVERITY"), .init(title: "FILE"), .init(title: "RECORD"), .init(title: "PROBLEM"),
        ])
        for f in findings { t.add([f.severity.rawValue, f.collection.fileName, f.recordId, f.message]) }
        return t
      }, format: output.format)
    let errors = findings.filter { $0.severity == .error }.count
    if output.format == .table {
      printError(
        findings.isEmpty
          ? "ok: \(ctx.workspace.deals.count) deals, \(ctx.workspace.people.count) people, no problems"
          : "\(errors) errors, \(findings.count - errors) warnings")
    }
    if errors > 0 { throw ExitCode(65) }
  }
}

/// Recognises and clears workspace folders without touching unrelated files in them.
enum WorkspaceFolder {
  static func hasWorkspace(_ folder: URL) -> Bool {
    let fm = FileManager.default
    return CollectionName.allCases.contains {
      fm.fileExists(atPath: folder.appendingPathComponent($0.fileName).path)
    }
      || fm.fileExists(atPath: folder.appendingPathComponent("journal.jsonl").path)
  }

  /// Removes only SalesFloor's own files (collections, journal, backups, lock).
  static func removeWorkspaceFiles(_ folder: URL) throws {
    let fm = FileManager.default
    var names = CollectionName.allCases.flatMap { [$0.fileName, $0.fileName + ".bak"] }
    names += ["journal.jsonl", ".lock"]
    for n in names {
      let path = folder.appendingPathComponent(n).path
      if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
    }
  }
}
