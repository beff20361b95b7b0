import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor territory …`: apply the territory rules to accounts; hand a territory to a new owner.
struct TerritoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "territory",
    abstract: "Add, edit, list and delete territories; assign accounts by their rules; reassign an owner.",
    subcommands: [
      TerritoryListCmd.self, TerritoryAddCmd.self, TerritoryEditCmd.self, TerritoryDeleteCmd.self,
      TerritoryAssignCmd.self, TerritoryReassignCmd.self,
    ])
}

struct TerritoryAssignCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign",
    abstract: "Evaluate the rules in order and set each account's territory and owner.",
    discussion: """
      An account whose owner already works its territory keeps that owner; others get the territory's \
      owner. Shows every change (record, field, before → after) and asks before applying it (--yes for \
      scripts); the changes are one transaction (salesfloor undo takes it back).
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Flag(name: .customLong("dry-run"), help: "Show the changes without saving them.") var dryRun = false
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false
  @OptionGroup var actor: ActorOption
  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let ws = ctx.workspace
    let plan = TerritoryRules.plan(ws)
    let who = dryRun ? nil : try ctx.actor(actor)
    let edit = try AssignTerritories().edit(in: ctx.commandContext(actor: who))
    let preview = ChangePreview(edit.mutations, in: ws)
    if output.format == .json {
      Printer.data(try Printer.json(plan), as: .json)
    } else {
      BulkChange.show(preview)
      let unmatched = plan.unmatched.map(\.accountName)
      if !unmatched.isEmpty {
        Printer.write("\(unmatched.count) accounts match no rule: \(unmatched.joined(separator: ", "))\n")
      }
    }
    guard !dryRun, !edit.mutations.isEmpty else { return }
    try BulkChange.confirm(preview, "territory assign", yes: yes)
    try ctx.run(AssignTerritories(), actor: who)
    if output.format != .json { Printer.write("assigned: \(preview.recordCount) accounts changed\n") }
  }
}

struct TerritoryReassignCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reassign",
    abstract: "Give a territory, its accounts and their open deals to a new owner.",
    discussion: """
      Shows every change (record, field, before → after) and asks before applying it (--yes for \
      scripts); the changes are one transaction (salesfloor undo takes it back).
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Territory id or name.") var territory: String
  @Option(help: "New owner: person name or id.") var to: String
  @Flag(name: .customLong("dry-run"), help: "Show the changes without saving them.") var dryRun = false
  @Flag(help: "Apply without asking (required when stdin is not a terminal).") var yes = false
  @Flag(help: "Print nothing on success (with --yes, not the changes either).") var quiet = false
  @OptionGroup var actor: ActorOption
  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let ws = ctx.workspace
    let t = try TerritoryLookup.one(territory, ctx)
    let person = try ctx.person(to)
    let who = dryRun ? nil : try ctx.actor(actor)
    let command = ReassignTerritory(territoryId: t.id, newOwnerId: person.id)
    let preview = ChangePreview(try command.edit(in: ctx.commandContext(actor: who)).mutations, in: ws)
    if !(quiet && yes) || dryRun { BulkChange.show(preview) }
    if dryRun { return }
    try BulkChange.confirm(preview, "territory reassign \(t.name) → \(person.name)", yes: yes)
    let mutations = try ctx.run(command, actor: who).mutations
    if !quiet {
      let deals = mutations.filter { if case .put(.deal) = $0 { return true } else { return false } }.count
      let accounts = mutations.filter { if case .put(.account) = $0 { return true } else { return false } }
        .count
      Printer.write("territory \(t.name) → \(person.name): \(accounts) accounts, \(deals) open deals moved\n")
    }
  }
}

struct TerritoriesReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "territories", abstract: "Balance per territory; flags territories far from the mean.")
  @OptionGroup var options: SalesOpsOptions
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Reports.territoryBalance(ctx.workspace, period: period)
    let g = options.grouped
    try Printer.emit(
      r, table: { Self.table(r, ctx.workspace, grouped: g) }, format: options.output.format)
    if options.output.format == .table && r.unassignedAccounts > 0 {
      Printer.write(
        "\(r.unassignedAccounts) accounts in no territory (see `salesfloor territory assign --dry-run`)\n")
    }
  }
}

extension TerritoriesReportCmd {
  /// The balance table: `report territories` and, beside the teams, `report org`.
  static func table(_ r: TerritoryBalance, _ ws: Workspace, grouped g: Bool) -> TextTable {
    let c = r.currency
    var t = TextTable([
      .init(title: "TERRITORY"), .init(title: "OWNER"), .init(title: "ACCOUNTS", align: .right),
      .init(title: "PIPELINE", align: .right), .init(title: "WON", align: .right),
      .init(title: "QUOTA", align: .right), .init(title: "ATTAIN", align: .right),
      .init(title: "PEOPLE", align: .right), .init(title: "PIPE/REP", align: .right),
      .init(title: "FLAG"),
    ])
    for l in r.territories {
      t.add([
        l.name, l.ownerId.flatMap { ws.people[id: $0]?.name } ?? "-", String(l.accounts),
        major(l.openPipeline, c, grouped: g), major(l.won, c, grouped: g), major(l.quota, c, grouped: g),
        percent(l.attainment), String(l.people.count), major(l.pipelinePerRep, c, grouped: g),
        l.flag ?? "",
      ])
    }
    return t
  }
}

struct RampReportCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ramp", abstract: "New hires: ramp %, milestones, training, ramped quota and attainment.")
  @OptionGroup var options: SalesOpsOptions
  func run() throws {
    let asOf = try options.asOfOption.day()
    let ctx = try WorkspaceContext.open(options.workspace, asOf: asOf)
    let period = try options.resolvePeriod(ctx.workspace, asOf: asOf)
    let r = Onboarding.report(ctx.workspace, period: period, asOf: asOf)
    let g = options.grouped
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "NAME"), .init(title: "HIRED"), .init(title: "MONTH", align: .right),
          .init(title: "RAMP", align: .right), .init(title: "MEETING"), .init(title: "OPPORTUNITY"),
          .init(title: "WIN"), .init(title: "TRAINING", align: .right), .init(title: "QUOTA", align: .right),
          .init(title: "WON", align: .right), .init(title: "ATTAIN", align: .right),
        ])
        for p in r.people {
          let ms = p.milestones.map { m in m.reachedOn.map { "\($0.iso) \(m.status)" } ?? m.status }
          t.add(
            [p.name, p.hireDate.iso, String(p.month), "\(p.rampPercent)%"] + ms + [
              "\(p.trainingCompleted.count)/\(p.trainingRequired.count)", major(p.quota, c, grouped: g),
              major(p.won, c, grouped: g), percent(p.attainment),
            ])
        }
        return t
      }, format: options.output.format)
  }
}
