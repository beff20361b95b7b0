import ArgumentParser
import Foundation
import SalesFloorKit
import SalesFloorUI

/// The rule and owner flags `territory add` and `territory edit` share; each list is
/// comma-separated and replaces the rule's list (an empty value clears it).
struct TerritoryFieldOptions: ParsableArguments {
  @Option(help: "Owner: person name or id (edit: \"\" clears it).") var owner: String?
  @Option(help: "Evaluation order (lower first; the first matching territory wins).") var order: Int?
  @Option(help: "Countries, comma-separated (any case).") var countries: String?
  @Option(help: "Regions, comma-separated.") var regions: String?
  @Option(help: "Industries, comma-separated.") var industries: String?
  @Option(help: "Segments, comma-separated: smb, midMarket, enterprise.") var segments: String?
  @Option(help: "Named accounts (names or ids), comma-separated.") var accounts: String?

  static func list(_ text: String?) -> [String]? {
    text.map {
      $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
  }

  /// The fields, with owner and account names resolved to ids (unknown names: a clear error).
  func fields(_ ctx: WorkspaceContext) throws -> TerritoryFields {
    var f = TerritoryFields(
      order: order, countries: Self.list(countries), regions: Self.list(regions),
      industries: Self.list(industries), segments: Self.list(segments))
    if let owner {
      f.ownerId = owner.trimmingCharacters(in: .whitespaces).isEmpty ? .some(nil) : try ctx.person(owner).id
    }
    if let names = Self.list(accounts) { f.accountIds = try names.map { try ctx.account($0).id } }
    return f
  }
}

struct TerritoryAddCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add", abstract: "Create a territory with an owner and a rule.",
    discussion: """
      The rule matches an account when every list given contains the account's value (countries, \
      regions, industries any case; segments exactly; named accounts by id). Without list flags the \
      territory matches no account until a rule is added (territory edit); --catch-all matches every \
      account. Then `salesfloor territory assign` applies the rules.
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Territory name (unique).") var name: String
  @OptionGroup var fields: TerritoryFieldOptions
  @Flag(name: .customLong("catch-all"), help: "A rule that matches every account.") var catchAll = false
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let edit = try ctx.run(
      AddTerritory(name: name, fields: try fields.fields(ctx), catchAll: catchAll), as: actor)
    Printer.write("added territory \(Sanitize.text(name)) (\(edit.recordId ?? ""))\n")
  }
}

struct TerritoryEditCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "edit", abstract: "Change a territory's name, owner, order or rule.",
    discussion: """
      List flags replace that list of rule --rule N (default 1; one past the last adds a rule).
      """)
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Territory id or name.") var territory: String
  @Option(help: "New name.") var name: String?
  @Option(help: "Which rule the list flags change (1-based).") var rule = 1
  @OptionGroup var fields: TerritoryFieldOptions
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let t = try TerritoryLookup.one(territory, ctx)
    var f = try fields.fields(ctx)
    f.name = name
    try ctx.run(EditTerritory(territoryId: t.id, fields: f, rule: rule), as: actor)
    Printer.write("edited territory \(Sanitize.text(name ?? t.name))\n")
  }
}

struct TerritoryDeleteCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "delete", abstract: "Delete a territory no account or person is assigned to.")
  @OptionGroup var workspace: WorkspaceOptions
  @Argument(help: "Territory id or name.") var territory: String
  @OptionGroup var actor: ActorOption

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace)
    let t = try TerritoryLookup.one(territory, ctx)
    try ctx.run(DeleteTerritory(territoryId: t.id), as: actor)
    Printer.write("deleted territory \(Sanitize.text(t.name))\n")
  }
}

struct TerritoryListCmd: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Territories in evaluation order with owner, rules and accounts.")
  @OptionGroup var workspace: WorkspaceOptions
  @OptionGroup var output: OutputOptions

  struct Row: Codable {
    var id: String
    var name: String
    var ownerId: String?
    var order: Int
    var rules: [Territory.Rule]
    var accounts: Int
  }

  func run() throws {
    let ctx = try WorkspaceContext.open(workspace, readOnly: true)
    let ws = ctx.workspace
    let rows = TerritoryRules.ordered(ws.territories).map { t in
      Row(
        id: t.id, name: t.name, ownerId: t.ownerId, order: t.order, rules: t.rules,
        accounts: ws.accounts.filter { $0.territoryId == t.id }.count)
    }
    try Printer.emit(
      rows,
      table: {
        var table = TextTable([
          .init(title: "ID"), .init(title: "NAME"), .init(title: "OWNER"),
          .init(title: "ORDER", align: .right),
          .init(title: "RULES"), .init(title: "ACCOUNTS", align: .right),
        ])
        for r in rows {
          table.add([
            r.id, r.name, r.ownerId.flatMap { ws.people[id: $0]?.name } ?? "-", String(r.order),
            r.rules.isEmpty
              ? "(none: matches no account)" : r.rules.map(Self.describe).joined(separator: " | "),
            String(r.accounts),
          ])
        }
        return table
      }, format: output.format)
  }

  /// `country DE,AT; segment enterprise` or `any account`.
  static func describe(_ r: Territory.Rule) -> String {
    var parts: [String] = []
    if !r.countries.isEmpty { parts.append("country " + r.countries.joined(separator: ",")) }
    if !r.regions.isEmpty { parts.append("region " + r.regions.joined(separator: ",")) }
    if !r.industries.isEmpty { parts.append("industry " + r.industries.joined(separator: ",")) }
    if !r.segments.isEmpty { parts.append("segment " + r.segments.map(\.rawValue).joined(separator: ",")) }
    if !r.accountIds.isEmpty { parts.append("accounts " + r.accountIds.joined(separator: ",")) }
    return parts.isEmpty ? "any account" : parts.joined(separator: "; ")
  }
}

/// A territory by id or name, the same resolver every command uses.
enum TerritoryLookup {
  static func one(_ text: String, _ ctx: WorkspaceContext) throws -> Territory {
    try NameResolver.one(
      text, in: ctx.workspace.territories.items, kind: "territory", id: \.id, name: \.name,
      hint: "see `salesfloor territory list`")
  }
}
