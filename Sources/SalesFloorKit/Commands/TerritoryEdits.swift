import Foundation

/// The territory fields `territory add` and `territory edit` can set; nil leaves a field as it is.
///
/// One rule is edited at a time (a territory made from the CLI has one; `rule` picks another),
/// and each list replaces the rule's list, so `--country ""` style clearing is `[]`.
public struct TerritoryFields: Sendable, Hashable {
  public var name: String?
  /// `.some(nil)` clears the owner.
  public var ownerId: String??
  public var order: Int?
  public var countries: [String]?
  public var regions: [String]?
  public var industries: [String]?
  /// Segment names as typed (`smb`, `midMarket`, `enterprise`, any case); validated by the command.
  public var segments: [String]?
  public var accountIds: [String]?

  public init(
    name: String? = nil, ownerId: String?? = nil, order: Int? = nil, countries: [String]? = nil,
    regions: [String]? = nil, industries: [String]? = nil, segments: [String]? = nil,
    accountIds: [String]? = nil
  ) {
    self.name = name
    self.ownerId = ownerId
    self.order = order
    self.countries = countries
    self.regions = regions
    self.industries = industries
    self.segments = segments
    self.accountIds = accountIds
  }

  var touchesRule: Bool {
    countries != nil || regions != nil || industries != nil || segments != nil || accountIds != nil
  }

  /// Applies the fields onto `t` (rule `rule`, 1-based; one past the last adds a rule).
  func apply(to t: inout Territory, rule: Int, _ ws: Workspace) throws(CommandError) {
    if let name {
      let n = try CommandRules.name(name)
      if let other = ws.territories.first(where: { $0.id != t.id && $0.name.lowercased() == n.lowercased() })
      {
        throw .invalid(
          field: "name", reason: "territory \"\(other.name)\" (\(other.id)) already has that name")
      }
      t.name = n
    }
    if let ownerId {
      t.ownerId = try ownerId.map { id throws(CommandError) in
        try CommandRules.person(id, field: "owner", ws).id
      }
    }
    if let order { t.order = order }
    guard touchesRule else { return }
    guard rule >= 1, rule <= t.rules.count + 1 else {
      throw .invalid(
        field: "rule", reason: "territory \(t.name) has \(t.rules.count) rules: use 1–\(t.rules.count + 1)")
    }
    var r = rule <= t.rules.count ? t.rules[rule - 1] : Territory.Rule()
    if let countries { r.countries = Self.clean(countries) }
    if let regions { r.regions = Self.clean(regions) }
    if let industries { r.industries = Self.clean(industries) }
    if let segments { r.segments = try Self.segments(segments) }
    if let accountIds {
      for id in accountIds where ws.accounts[id: id] == nil {
        throw .invalid(
          field: "account", reason: "no account with id \"\(id)\": see `salesfloor account list`")
      }
      r.accountIds = Self.clean(accountIds)
    }
    if rule <= t.rules.count { t.rules[rule - 1] = r } else { t.rules.append(r) }
  }

  static func clean(_ list: [String]) -> [String] {
    var seen = Set<String>()
    return list.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty && seen.insert($0.lowercased()).inserted
    }
  }

  static func segments(_ list: [String]) throws(CommandError) -> [Account.Segment] {
    var out: [Account.Segment] = []
    for text in clean(list) {
      guard let s = Account.Segment.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() })
      else {
        let known = Account.Segment.allCases.map(\.rawValue).joined(separator: ", ")
        throw .invalid(field: "segment", reason: "unknown segment \"\(text)\": use \(known)")
      }
      if !out.contains(s) { out.append(s) }
    }
    return out
  }
}

/// Creates a territory (`territory add`): unique name, owner who exists, one rule from the flags
/// (none: the territory matches no account until a rule is added; `catchAll`: every account).
public struct AddTerritory: WorkspaceCommand {
  public var name: String
  public var fields: TerritoryFields
  public var catchAll: Bool

  public init(name: String, fields: TerritoryFields = TerritoryFields(), catchAll: Bool = false) {
    self.name = name
    self.fields = fields
    self.catchAll = catchAll
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let order = (ws.territories.map(\.order).max() ?? 0) + 10
    var t = Territory(
      id: ctx.newId("t-"), name: name, order: order, rules: catchAll ? [Territory.Rule()] : [])
    var f = fields
    f.name = name
    try f.apply(to: &t, rule: 1, ws)
    return Edit(summary: "added territory \(t.name)", mutations: [.put(.territory(t))], recordId: t.id)
  }
}

/// Changes a territory's name, owner, order or one of its rules (`territory edit`).
public struct EditTerritory: WorkspaceCommand {
  public var territoryId: String
  public var fields: TerritoryFields
  /// Which rule the list fields edit, 1-based; one past the last adds a rule.
  public var rule: Int

  public init(territoryId: String, fields: TerritoryFields, rule: Int = 1) {
    self.territoryId = territoryId
    self.fields = fields
    self.rule = rule
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    var t = try CommandRules.record(
      ws.territories[id: territoryId], kind: "territory", id: territoryId,
      hint: "see `salesfloor territory list`")
    try fields.apply(to: &t, rule: rule, ws)
    return Edit(summary: "edited territory \(t.name)", mutations: [.put(.territory(t))], recordId: t.id)
  }
}

/// Deletes a territory nobody uses (`territory delete`): refused while accounts or people are
/// assigned to it, naming how many, so no account points at a territory that is gone.
public struct DeleteTerritory: WorkspaceCommand {
  public var territoryId: String
  public init(territoryId: String) { self.territoryId = territoryId }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let ws = ctx.workspace
    let t = try CommandRules.record(
      ws.territories[id: territoryId], kind: "territory", id: territoryId,
      hint: "see `salesfloor territory list`")
    let accounts = ws.accounts.filter { $0.territoryId == t.id }.count
    let people = ws.people.filter { $0.territoryId == t.id }.count
    if accounts > 0 || people > 0 {
      var parts: [String] = []
      if accounts > 0 { parts.append("\(accounts) accounts") }
      if people > 0 { parts.append("\(people) people") }
      throw .invalid(
        field: "territory",
        reason: "\(t.name) still has \(parts.joined(separator: " and ")) assigned: move them first "
          + "(edit the rules and run `salesfloor territory assign`)")
    }
    return Edit(
      summary: "deleted territory \(t.name)", mutations: [.delete(.territories, id: t.id)], recordId: t.id)
  }
}
