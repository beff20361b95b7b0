import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor export …`: records for spreadsheets (CSV) and scripts (JSON), and an iCalendar feed.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export records as CSV or JSON, or a person's calendar as iCalendar.",
    subcommands: [
      ExportRecords.Deals.self, ExportRecords.People.self, ExportRecords.Accounts.self,
      ExportRecords.Activities.self, ExportRecords.Coaching.self, ExportRecords.Contacts.self,
      ExportCalendar.self,
      ExportWorkspaceJSON.self,
    ])
}

/// `salesfloor export json`: the whole workspace as one document that `salesfloor import json` reads.
struct ExportWorkspaceJSON: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "json", abstract: "Export the whole workspace as one JSON document.",
    discussion: """
      {"format": "\(WorkspaceDocument.formatName)", "formatVersion": \(WorkspaceDocument.currentVersion), \
      "settings": {…}, "people": […], "accounts": […], "deals": […], …}: every collection in id order, \
      the records as in the workspace files (docs/format.md). `salesfloor import json FILE` reads it back.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Write to this file (atomically, mode 0600) instead of standard output.") var out: String?

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let text = try WorkspaceDocument.text(ctx.workspace)
    guard let out else { return Printer.data(text, as: .json) }
    do { try ExportFile.write(text, to: out) } catch {
      throw CLIError.failure("cannot write \(out): \(error)")
    }
  }
}

/// Export formats: CSV (the importers' columns) or JSON (the records as in the workspace files).
enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

struct ExportOptions: ParsableArguments {
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "csv (default; the columns `import` reads) or json (the records as stored).")
  var format: ExportFormat = .csv
  @Option(help: "Write to this file (atomically, mode 0600) instead of standard output.") var out: String?

  /// Prints or writes the text; a file appears whole or not at all.
  func deliver(_ text: String) throws {
    guard let out else { return Printer.data(text, as: format == .json ? .json : .delimited) }
    do { try ExportFile.write(text, to: out) } catch {
      throw CLIError.failure("cannot write \(out): \(error)")
    }
  }
}

enum ExportRecords {
  static func run(_ kind: ExportKind, _ options: ExportOptions) throws {
    let ctx = try WorkspaceContext.open(options.workspace, readOnly: true)
    let ws = ctx.workspace
    switch options.format {
    case .csv: try options.deliver(RecordExport.csv(kind, ws))
    case .json:
      let text: String
      switch kind {
      case .deals: text = try Printer.json(ws.deals.sortedById)
      case .people: text = try Printer.json(ws.people.sortedById)
      case .accounts: text = try Printer.json(ws.accounts.sortedById)
      case .activities: text = try Printer.json(ws.activities.sortedById)
      case .coaching: text = try Printer.json(ws.coaching.sortedById)
      case .contacts: text = try Printer.json(ws.contacts.sortedById)
      }
      try options.deliver(text)
    }
  }

  static let discussion = """
    CSV: a header row, RFC 4180 quoting, CRLF line ends, amounts in major units without thousands \
    separators next to a currency column, days as YYYY-MM-DD, people and accounts by name; cells that \
    would run as spreadsheet formulas get a leading '. `salesfloor import` reads the file back unchanged.
    JSON: an array of the records exactly as in the workspace files (docs/format.md), in id order.
    """

  struct Deals: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "deals", abstract: "Export deals.", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.deals, options) }
  }
  struct People: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "people", abstract: "Export people.", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.people, options) }
  }
  struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "accounts", abstract: "Export accounts.", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.accounts, options) }
  }
  struct Activities: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "activities", abstract: "Export activities.", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.activities, options) }
  }
  struct Coaching: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coaching", abstract: "Export coaching items (export only).", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.coaching, options) }
  }
  struct Contacts: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "contacts", abstract: "Export contacts (accounts by name).", discussion: discussion)
    @OptionGroup var options: ExportOptions
    func run() throws { try ExportRecords.run(.contacts, options) }
  }
}

struct ExportCalendar: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calendar",
    abstract: "A person's next steps, scheduled activities and coaching as iCalendar.",
    discussion: """
      All-day events (RFC 5545): open deals' next steps with a date, open activities with a due day, and \
      active coaching items with a due day (a manager also gets their reports' coaching sessions). \
      UIDs are stable (<recordId>-<kind>@salesfloor), so re-importing the file updates events.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Option(name: .customLong("as"), help: "Whose calendar: a person's id or name.") var person: String
  @Option(help: "Write to this file (atomically, mode 0600) instead of standard output.") var out: String?

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let p = try ctx.viewer(person)
    let events = CalendarFeed.events(for: p.id, in: ctx.workspace)
    let text = ICalendar.render(events, stamp: Clock.now(), name: "SalesFloor — \(p.name)")
    guard let out else { return Printer.data(text, as: .delimited) }
    do { try ExportFile.write(text, to: out) } catch {
      throw CLIError.failure("cannot write \(out): \(error)")
    }
  }
}
