/// Evaluating territory rules: territories in ascending `order` (then id), the first whose rule
/// matches wins, so every account gets exactly one territory and that territory's owner.
///
/// A rule matches when every non-empty field list contains the account's value (countries,
/// regions and industries compared case-insensitively; segments exactly; named account ids).
/// A rule with every list empty matches any account (a catch-all); a territory without rules
/// matches nothing.
public enum TerritoryRules {
  /// Territories in evaluation order.
  public static func ordered(_ territories: some Sequence<Territory>) -> [Territory] {
    territories.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
  }

  public static func matches(_ rule: Territory.Rule, _ a: Account) -> Bool {
    func has(_ list: [String], _ value: String?) -> Bool {
      guard !list.isEmpty else { return true }
      guard let v = value?.lowercased() else { return false }
      return list.contains { $0.lowercased() == v }
    }
    if !rule.accountIds.isEmpty && !rule.accountIds.contains(a.id) { return false }
    if !rule.segments.isEmpty && !(a.segment.map(rule.segments.contains) ?? false) { return false }
    return has(rule.countries, a.country) && has(rule.regions, a.region) && has(rule.industries, a.industry)
  }

  /// The first territory (in `ordered` order) with a matching rule.
  public static func territory(for account: Account, in ordered: [Territory]) -> Territory? {
    ordered.first { t in t.rules.contains { matches($0, account) } }
  }

  /// Who works a territory: its active people (`Person.territoryId`) and its owner. The balance
  /// report counts their quotas; assignment keeps an account with an owner among them.
  public static func people(of territory: Territory, in workspace: Workspace) -> Set<String> {
    var people = Set(workspace.people.filter { $0.territoryId == territory.id && $0.active }.map(\.id))
    if let o = territory.ownerId { people.insert(o) }
    return people
  }

  /// Every account's territory and owner, and the accounts no rule matches.
  ///
  /// An account whose owner already works its territory (`people(of:in:)`) keeps that owner: the
  /// territory's owner is often the manager, and handing them every rep's accounts is not an
  /// assignment. Only an account without an owner, or owned by someone outside the territory,
  /// gets the territory's owner.
  public static func plan(_ workspace: Workspace) -> TerritoryAssignment {
    let order = ordered(workspace.territories)
    var working: [String: Set<String>] = [:]
    for t in order { working[t.id] = people(of: t, in: workspace) }
    var lines: [TerritoryAssignment.Line] = []
    var unmatched: [TerritoryAssignment.Line] = []
    for a in workspace.accounts.sortedById {
      let t = territory(for: a, in: order)
      let keeps = t.map { t in a.ownerId.map { working[t.id]?.contains($0) ?? false } ?? false } ?? false
      let line = TerritoryAssignment.Line(
        accountId: a.id, accountName: a.name, territoryId: t?.id, ownerId: keeps ? a.ownerId : t?.ownerId,
        previousTerritoryId: a.territoryId, previousOwnerId: a.ownerId)
      if t == nil { unmatched.append(line) } else { lines.append(line) }
    }
    return TerritoryAssignment(assigned: lines, unmatched: unmatched)
  }

  /// The mutations that write the plan onto accounts (territoryId, and ownerId when the
  /// territory has an owner); only accounts that change.
  public static func assignMutations(_ workspace: Workspace) -> [Mutation] {
    var out: [Mutation] = []
    for line in plan(workspace).assigned where line.changed {
      guard var a = workspace.accounts[id: line.accountId] else { continue }
      a.territoryId = line.territoryId
      if let o = line.ownerId { a.ownerId = o }
      out.append(.put(.account(a)))
    }
    return out
  }
}

/// The result of evaluating the rules over every account.
public struct TerritoryAssignment: Hashable, Sendable, Codable {
  public struct Line: Hashable, Sendable, Codable {
    public var accountId: String
    public var accountName: String
    public var territoryId: String?
    public var ownerId: String?
    public var previousTerritoryId: String?
    public var previousOwnerId: String?
    /// True when writing the plan would change the account.
    public var changed: Bool {
      territoryId != previousTerritoryId || (ownerId != nil && ownerId != previousOwnerId)
    }
  }
  /// Accounts a rule matched, by account id.
  public var assigned: [Line]
  /// Accounts no rule matched, by account id.
  public var unmatched: [Line]
}
