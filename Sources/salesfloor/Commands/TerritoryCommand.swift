import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor territory …`: apply the territory rules to accounts; hand a territory to a new owner.
struct TerritoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "territory", abstract: "Assign accounts by territory rules; reassign a territory's owner.",
    subcommands: [TerritoryAssignCmd.self, TerritoryReassignCmd.self])
}

struct TerritoryAssignCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "assign", abstract: "Evaluate the rules in order and set each account's territory and owner."
  )
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Flag(name: .customLong("dry-run"), help: "Show the plan without saving it.") var dryRun = false
  @OptionGroup var actor: ActorOption
  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: dryRun)
    let ws = ctx.workspace
    let plan = TerritoryRules.plan(ws)
    let edit = try AssignTerritories().edit(in: ctx.commandContext(actor: nil))
    if !dryRun && !edit.mutations.isEmpty {
      try ctx.commit(edit.summary, edit.mutations, actor: try ctx.actor(actor))
    }
    try Printer.emit(
      plan,
      table: {
        var t = TextTable([
          .init(title: "ACCOUNT"), .init(title: "TERRITORY"), .init(title: "OWNER"), .init(title: ""),
        ])
        for l in plan.assigned {
          t.add([
            l.accountName, l.territoryId.flatMap { ws.territories[id: $0]?.name } ?? "-",
            l.ownerId.flatMap { ws.people[id: $0]?.name } ?? "-",
            l.changed ? (dryRun ? "would change" : "changed") : "",
          ])
        }
        for l in plan.unmatched { t.add([l.accountName, "UNMATCHED", "-", ""]) }
        return t
      }, format: output.format)
  }
}

struct TerritoryReassignCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reassign", abstract: "Give a territory, its accounts and their open deals to a new owner.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Territory id or name.") var territory: String
  @Option(help: "New owner: person name or id.") var to: String
  @Flag(help: "Print nothing on success.") var quiet = false
  @OptionGroup var actor: ActorOption
  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let t = try NameResolver.one(
      territory, in: ws.territories.items, kind: "territory", id: \.id, name: \.name,
      hint: "see `salesfloor report territories`")
    let person = try ctx.person(to)
    let mutations = try ctx.run(ReassignTerritory(territoryId: t.id, newOwnerId: person.id), as: actor)
      .mutations
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
    let c = r.currency
    try Printer.emit(
      r,
      table: {
        var t = TextTable([
          .init(title: "TERRITORY"), .init(title: "OWNER"), .init(title: "ACCOUNTS", align: .right),
          .init(title: "PIPELINE", align: .right), .init(title: "WON", align: .right),
          .init(title: "QUOTA", align: .right), .init(title: "ATTAIN", align: .right),
          .init(title: "PEOPLE", align: .right), .init(title: "PIPE/REP", align: .right),
          .init(title: "FLAG"),
        ])
        for l in r.territories {
          t.add([
            l.name, l.ownerId.flatMap { ctx.workspace.people[id: $0]?.name } ?? "-", String(l.accounts),
            major(l.openPipeline, c, grouped: g), major(l.won, c, grouped: g), major(l.quota, c, grouped: g),
            percent(l.attainment), String(l.people.count), major(l.pipelinePerRep, c, grouped: g),
            l.flag ?? "",
          ])
        }
        return t
      }, format: options.output.format)
    if options.output.format == .table && r.unassignedAccounts > 0 {
      Printer.write(
        "\(r.unassignedAccounts) accounts in no territory (see `salesfloor territory assign --dry-run`)\n")
    }
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
