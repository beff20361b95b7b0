import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// `salesfloor deal …`: add, list, show, move, update, close and delete deals.
struct DealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "deal",
    abstract: "Add, list, show, move, update, close and delete deals.",
    subcommands: [
      DealAdd.self, DealList.self, DealShow.self, DealMove.self, DealUpdate.self, DealClose.self,
      DealDelete.self, DealCheck.self, DealUncheck.self, DealQualify.self, DealLineCommand.self,
    ]
  )
}

/// Parses what people type for amounts and dates on the command line.
enum CLIInput {
  static func amount(_ text: String, currency: String, flag: String) throws -> Money {
    switch AmountParser.parse(text, defaultCurrency: currency) {
    case .success(let m): return m
    case .failure(let e): throw CLIError.usage("--\(flag) \"\(text)\": \(e.message)")
    }
  }

  static func day(_ text: String, flag: String, settings: Settings) throws -> Day {
    switch DateParser.parse(text, today: Clock.today(), fiscalStartMonth: settings.fiscalYearStartMonth) {
    case .success(let d): return d
    case .failure(let e): throw CLIError.usage("--\(flag) \"\(text)\": \(e.message)")
    }
  }

  /// `--period` text against the workspace's fiscal year.
  static func period(_ text: String, settings: Settings) throws -> Period {
    guard let p = Period(parsing: text, fiscalStartMonth: settings.fiscalYearStartMonth) else {
      throw CLIError.usage("--period \"\(text)\": like 2026-Q4, 2026-11 or FY2026")
    }
    return p
  }

  /// Comma-separated values, trimmed (`--tags a, b`).
  static func list(_ text: String) -> [String] {
    text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  static func probability(_ value: Int?) throws -> Int? {
    guard let v = value else { return nil }
    guard (0...100).contains(v) else {
      throw CLIError.usage("--probability \(v): a percentage from 0 to 100")
    }
    return v
  }
}

struct DealAdd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Deal name.") var name: String
  @Option(
    help: "Account: its id or exact name (any case); created when no account has a similar name.")
  var account: String?
  @Option(
    name: .customLong("new-account"),
    help: "Create a new account with this name (when --account refuses a similar existing name).")
  var newAccount: String?
  @Option(help: "Owner: person name or id.") var owner: String
  @Option(help: "Amount: 12400, 12,400.50, 12k, 1.2m.") var amount: String
  @Option(help: "Close date: YYYY-MM-DD, +14d, fri, eom, eoq.") var close: String
  @Option(help: "Stage id or name (default: the first open stage).") var stage: String?
  @Option(help: "Win probability override in percent.") var probability: Int?
  @Option(name: .customLong("next-step"), help: "Next step.") var nextStep: String?
  @Option(name: .customLong("next-date"), help: "Next step date.") var nextDate: String?
  @Option(help: "Comma-separated tags.") var tags: String?
  @Option(help: "Buyer persona (e.g. CFO, IT); play fit reads it.") var persona: String?
  @Option(help: "Main competitor in the deal; play fit reads it.") var competitor: String?
  @Flag(help: "Print only the new deal's id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func validate() throws {
    if account != nil && newAccount != nil {
      throw ValidationError("give --account or --new-account, not both")
    }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    var add = AddDeal(name: name, ownerId: try ctx.person(owner).id)
    add.amount = try CLIInput.amount(amount, currency: ctx.currency, flag: "amount")
    add.closeDate = try CLIInput.day(close, flag: "close", settings: ws.settings)
    add.stage = try stage.map { try ctx.stage($0).id }
    add.probability = try CLIInput.probability(probability)
    add.account = account.map { .named($0) } ?? newAccount.map { .new($0) }
    add.nextStep = nextStep
    add.nextStepDate = try nextDate.map { try CLIInput.day($0, flag: "next-date", settings: ws.settings) }
    add.tags = tags.map(CLIInput.list) ?? []
    add.persona = persona
    add.competitor = competitor
    let edit = try ctx.run(add, as: actor)
    guard let deal = edit.deal else { return }
    let st = ws.settings.stage(deal.stage)?.name ?? deal.stage
    for case .put(.account(let a)) in edit.mutations where !quiet {
      Printer.write("created account \(a.name) (\(a.id))\n")
    }
    Printer.write(
      quiet
        ? deal.id + "\n"
        : "added \(deal.id) \(deal.name) (\(deal.money), \(st), closes \(deal.closeDate?.iso ?? "-"))\n")
  }
}

struct DealList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List deals.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Only deals of this owner (name or id).") var owner: String?
  @Option(help: "Only deals in this stage.") var stage: String?
  @Flag(help: "Only open deals.") var open = false

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let ownerId = try owner.map { try ctx.person($0).id }
    let stageId = try stage.map { try ctx.stage($0).id }
    let deals = ws.deals.items.filter { d in
      (ownerId == nil || d.ownerId == ownerId) && (stageId == nil || d.stage == stageId)
        && (!open || ws.settings.stage(d.stage)?.isOpen == true)
    }.sorted { ($0.closeDate ?? Day(ordinal: .max), $0.id) < ($1.closeDate ?? Day(ordinal: .max), $1.id) }
    try Printer.emit(
      deals,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "ACCOUNT"), .init(title: "OWNER"),
          .init(title: "STAGE"), .init(title: "AMOUNT", align: .right), .init(title: "CURRENCY"),
          .init(title: "CLOSE"),
        ])
        for d in deals {
          t.add([
            d.id, d.name, d.accountId.flatMap { ws.accounts[id: $0]?.name } ?? "",
            ws.people[id: d.ownerId]?.name ?? d.ownerId, ws.settings.stage(d.stage)?.name ?? d.stage,
            major(d.amount, d.currency, grouped: output.format == .table), d.currency, d.closeDate?.iso ?? "",
          ])
        }
        return t
      }, format: output.format)
  }
}

struct DealShow: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one deal with its history.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Argument(help: "Deal id or name.") var deal: String

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let d = try ctx.deal(deal)
    if output.format == .json {
      Printer.data(try Printer.json(DealShowJSON(d, in: ctx.workspace)), as: .json)
      return
    }
    let ws = ctx.workspace
    var lines = [
      "\(d.id)  \(d.name)",
      "account:   \(d.accountId.flatMap { ws.accounts[id: $0]?.name } ?? "-")",
      "owner:     \(ws.people[id: d.ownerId]?.name ?? d.ownerId)",
      "amount:    \(StageLookup(ws.settings, today: Clock.today()).amountText(of: d))",
      "stage:     \(ws.settings.stage(d.stage)?.name ?? d.stage)",
      "close:     \(d.closeDate?.iso ?? "-")",
      "next step: \(d.nextStep ?? "-")\(d.nextStepDate.map { " (\($0))" } ?? "")",
    ]
    if let r = d.lostReason { lines.append("lost:      \(r)") }
    if !d.tags.isEmpty { lines.append("tags:      \(d.tags.joined(separator: ", "))") }
    if let p = d.persona { lines.append("persona:   \(p)") }
    if let c = d.competitor { lines.append("competitor: \(c)") }
    let team = d.buyingTeam(in: ws)
    let touches = ws.lastTouches(of: Set(team.map(\.contact.id)), asOf: Clock.today())
    if !team.isEmpty {
      lines +=
        ["buying team:"]
        + team.map { "  \($0.contact.id)  " + ContactTouch.line($0.summary, touches[$0.contact.id]) }
    }
    if !d.lineItems.isEmpty {
      lines.append("line items:")
      lines += LineItemText.lines(of: d, in: ws).map { "  " + $0 }
    }
    lines += DealShowChecklist.lines(d, ws: ws, asOf: Clock.today())
    lines.append("history:")
    for h in d.history {
      lines.append("  \(h.at.iso)  \(h.field.rawValue)  \(h.from ?? "")→\(h.to ?? "")")
    }
    Printer.write(lines.map { Sanitize.text($0) }.joined(separator: "\n") + "\n")
  }
}

struct DealMove: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "move", abstract: "Move a deal to a stage.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Argument(help: "Stage id or name (won and lost close the deal).") var stage: String
  @Option(help: "Why it was lost (required for lost): one of the workspace's lost reasons.") var reason:
    String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let st = try ctx.stage(stage)
    let open = d.openExitCriteria(settings: ctx.workspace.settings)
    let from = ctx.workspace.settings.stage(d.stage)?.name ?? d.stage
    try ctx.run(MoveDealStage(dealId: d.id, stage: st.id, reason: reason), as: actor)
    Printer.write("moved \(d.id) \(d.name): \(from) → \(st.name)\n")
    if !open.isEmpty {
      printError("warning: left \(from) with open exit criteria: \(open.joined(separator: "; "))")
    }
  }
}

struct DealUpdate: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "update", abstract: "Change fields of a deal.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Option var name: String?
  @Option var account: String?
  @Option var owner: String?
  @Option var amount: String?
  @Option var close: String?
  @Option var stage: String?
  @Option var probability: Int?
  @Option(help: "Forecast category: pipeline, bestCase, commit, closed, omitted.") var category: String?
  @Option(name: .customLong("next-step")) var nextStep: String?
  @Option(name: .customLong("next-date")) var nextDate: String?
  @Option var tags: String?
  @Option(help: "Buyer persona (e.g. CFO, IT); \"\" clears it.") var persona: String?
  @Option(help: "Main competitor; \"\" clears it.") var competitor: String?
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let settings = ctx.workspace.settings
    let d = try ctx.deal(deal)
    var u = UpdateDeal(dealId: d.id)
    u.name = name
    if let account { u.account = .some(.id(try ctx.account(account).id)) }
    u.ownerId = try owner.map { try ctx.person($0).id }
    u.amount = try amount.map { try CLIInput.amount($0, currency: d.currency, flag: "amount") }
    if let close { u.closeDate = .some(try CLIInput.day(close, flag: "close", settings: settings)) }
    u.stage = try stage.map { try ctx.stage($0).id }
    if probability != nil { u.probability = .some(try CLIInput.probability(probability)) }
    if let category {
      guard let c = ForecastCategory(rawValue: category) else {
        throw CLIError.usage("--category \"\(category)\": one of pipeline, bestCase, commit, closed, omitted")
      }
      u.forecastCategory = .some(c)
    }
    if let nextStep { u.nextStep = .some(nextStep) }
    if let nextDate {
      u.nextStepDate = .some(try CLIInput.day(nextDate, flag: "next-date", settings: settings))
    }
    u.tags = tags.map(CLIInput.list)
    if let persona { u.persona = .some(persona.isEmpty ? nil : persona) }
    if let competitor { u.competitor = .some(competitor.isEmpty ? nil : competitor) }
    let edit = try ctx.run(u, as: actor)
    let name = edit.deal?.name ?? d.name
    Printer.write("updated \(d.id) \(name)\n")
  }
}

struct DealClose: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "close", abstract: "Close a deal won or lost.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id or name.") var deal: String
  @Flag(help: "Closed won.") var won = false
  @Flag(help: "Closed lost.") var lost = false
  @Option(help: "Why it was lost (required with --lost): one of the workspace's lost reasons.")
  var reason: String?
  @Option(help: "Close day (default today).") var on: String?
  @OptionGroup var actor: ActorOption

  func validate() throws {
    guard won != lost else { throw ValidationError("give exactly one of --won or --lost") }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let d = try ctx.deal(deal)
    let day =
      try on.map { try CLIInput.day($0, flag: "on", settings: ctx.workspace.settings) } ?? Clock.today()
    try ctx.run(CloseDeal(dealId: d.id, won: won, reason: reason, on: day), as: actor)
    Printer.write("closed \(d.id) \(d.name) \(won ? "won" : "lost") on \(day)\n")
  }
}

struct DealDelete: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete",
    abstract: "Delete a deal; its activities and coaching commitments are unlinked (listed first).")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Deal id (names are not accepted here, to avoid deleting the wrong one).") var deal: String
  @OptionGroup var actor: ActorOption
  @OptionGroup var delete: DeleteOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    try DeleteConfirmation.run(DeleteDeal(dealId: deal), in: ctx, actor: actor, options: delete)
  }
}
