import ArgumentParser
import Foundation
import SalesFloorKit

/// `salesfloor person add|list`.
struct PersonCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "person", abstract: "Add and list people.", subcommands: [PersonAdd.self, PersonList.self])
}

struct PersonAdd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a person.")
  @OptionGroup var workspace: WorkspaceOptions
  @Option var name: String
  @Option(help: "rep, manager or ops.") var role: String = "rep"
  @Option(help: "Manager: name or id.") var manager: String?
  @Option var team: String?
  @Option var email: String?
  @Option(name: .customLong("hired"), help: "Hire date (YYYY-MM-DD).") var hired: String?
  @Flag(help: "Print only the new id.") var quiet = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    guard let r = Person.Role(rawValue: role.lowercased()) else {
      throw CLIError.usage("--role \"\(role)\": one of rep, manager, ops")
    }
    let managerId = try manager.map { try ctx.person($0).id }
    let hireDay = try hired.map { try CLIInput.day($0, flag: "hired", settings: ctx.workspace.settings) }
    let add = AddPerson(
      name: name, role: r, email: email, managerId: managerId, team: team, hireDate: hireDay)
    guard case .person(let p) = try ctx.run(add, as: actor).record else { return }
    Printer.write(quiet ? p.id + "\n" : "added \(p.id) \(p.name) (\(r.rawValue))\n")
  }
}

struct PersonList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List people.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let people = ws.people.sortedById
    try Printer.emit(
      people,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "ROLE"), .init(title: "TEAM"),
          .init(title: "MANAGER"), .init(title: "HIRED"),
        ])
        for p in people {
          t.add([
            p.id, p.name, p.role.rawValue, p.team ?? "",
            p.managerId.flatMap { ws.people[id: $0]?.name } ?? "",
            p.hireDate?.iso ?? "",
          ])
        }
        return t
      }, format: output.format)
  }
}

/// `salesfloor quota set|list`.
struct QuotaCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quota", abstract: "Set and list quotas.", subcommands: [QuotaSet.self, QuotaList.self])
}

struct QuotaSet: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "set",
    abstract: "Set the quota of a person or a team for a period (replaces an existing one).")
  @OptionGroup var workspace: WorkspaceOptions
  @Option(help: "Person name or id.") var person: String?
  @Option(help: "Team name.") var team: String?
  @Option(help: "Period: 2026-Q4, 2026-11 or FY2026.") var period: String
  @Option(help: "Amount: 120k, 1.2m, 120000.") var amount: String
  @Flag(name: .customLong("no-ramp"), help: "Do not apply the new-hire ramp.") var noRamp = false
  @OptionGroup var actor: ActorOption

  func validate() throws {
    guard (person == nil) != (team == nil) else {
      throw ValidationError("give exactly one of --person or --team")
    }
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let ws = ctx.workspace
    let p = try ctx.period(period)
    let money = try CLIInput.amount(amount, currency: ctx.currency, flag: "amount")
    let personId = try person.map { try ctx.person($0).id }
    let set = SetQuota(personId: personId, team: team, period: p.description, amount: money, ramp: !noRamp)
    try ctx.run(set, as: actor)
    Printer.write("quota \(p) for \(personId.flatMap { ws.people[id: $0]?.name } ?? team ?? ""): \(money)\n")
  }
}

struct QuotaList: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List quotas.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions
  @Option(help: "Only this period.") var period: String?

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let wanted = try period.map { try ctx.period($0).description }
    let quotas = ws.quotas.sortedById.filter { wanted == nil || $0.period == wanted }
    try Printer.emit(
      quotas,
      table: {
        var t = TextTable([
          .init(title: "ID"), .init(title: "FOR"), .init(title: "PERIOD"),
          .init(title: "AMOUNT", align: .right),
          .init(title: "CURRENCY"), .init(title: "RAMP"),
        ])
        for q in quotas {
          t.add([
            q.id, q.personId.flatMap { ws.people[id: $0]?.name } ?? q.team.map { "team " + $0 } ?? "",
            q.period,
            major(q.amount, q.currency, grouped: output.format == .table), q.currency, q.ramp ? "yes" : "no",
          ])
        }
        return t
      }, format: output.format)
  }
}
