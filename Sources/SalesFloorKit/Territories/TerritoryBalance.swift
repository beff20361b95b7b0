/// Whether territories are fair: accounts, open pipeline, won, quota, attainment and people per
/// territory, with the ones far from the mean open pipeline per rep flagged.
public struct TerritoryBalance: Hashable, Sendable, Codable {
  public struct Line: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var ownerId: String?
    public var accounts: Int
    /// Open deals (Omitted excluded, any close date) on the territory's accounts.
    public var openPipeline: Int64
    /// Won deals closing in the period on the territory's accounts.
    public var won: Int64
    /// Σ ramped quota (QuotaBook) of the territory's people.
    public var quota: Int64
    public var attainment: Double?
    /// Owner plus everyone whose `Person.territoryId` is this territory, sorted.
    public var people: [String]
    /// openPipeline ÷ max(1, people).
    public var pipelinePerRep: Int64
    /// `high` (> 1.5 × mean pipeline per rep), `low` (< 0.5 × mean) or nil.
    public var flag: String?
  }
  public var period: String
  public var currency: String
  public var territories: [Line]
  /// Mean of `pipelinePerRep` over territories.
  public var meanPipelinePerRep: Int64
  /// Accounts in no territory.
  public var unassignedAccounts: Int
  /// Deals left out of every sum: no rate for their currency.
  public var unconverted: [UnconvertedDeal] = []
}

extension Reports {
  /// Balance per territory. An account belongs to its stored `territoryId`, or (when none is
  /// stored) to the territory its rules give.
  public static func territoryBalance(_ workspace: Workspace, period: Period) -> TerritoryBalance {
    let stages = StageLookup(workspace.settings)
    let order = TerritoryRules.ordered(workspace.territories)
    let quotas = QuotaBook(workspace)
    var accountTerritory: [String: String] = [:]
    var counts: [String: Int] = [:]
    var unassigned = 0
    for a in workspace.accounts {
      if let t = a.territoryId ?? TerritoryRules.territory(for: a, in: order)?.id {
        accountTerritory[a.id] = t
        counts[t, default: 0] += 1
      } else {
        unassigned += 1
      }
    }
    var open: [String: Int64] = [:]
    var won: [String: Int64] = [:]
    var unconverted = UnconvertedSet()
    for d in workspace.deals {
      guard let aid = d.accountId, let t = accountTerritory[aid] else { continue }
      let counts: Bool
      switch stages.kind(of: d) {
      case .open: counts = stages.forecastCategory(of: d) != .omitted
      case .won: counts = d.closeDate.map(period.contains) ?? false
      case .lost: counts = false
      }
      guard counts else { continue }
      guard let amount = stages.amount(of: d) else {
        unconverted.adjust(d, sign: 1)
        continue
      }
      if stages.isOpen(d) { open[t, default: 0] += amount } else { won[t, default: 0] += amount }
    }
    var lines: [TerritoryBalance.Line] = order.map { t in
      let people = TerritoryRules.people(of: t, in: workspace)
      let quota = people.reduce(Int64(0)) { $0 + (quotas.quota(for: $1, period: period)?.amount ?? 0) }
      let pipe = open[t.id] ?? 0
      return TerritoryBalance.Line(
        id: t.id, name: t.name, ownerId: t.ownerId, accounts: counts[t.id] ?? 0, openPipeline: pipe,
        won: won[t.id] ?? 0, quota: quota, attainment: Ratio.of(won[t.id] ?? 0, quota),
        people: people.sorted(),
        pipelinePerRep: Ratio.divideRounded(pipe, Int64(max(1, people.count))), flag: nil)
    }
    let mean =
      lines.isEmpty ? 0 : Ratio.divideRounded(lines.reduce(0) { $0 + $1.pipelinePerRep }, Int64(lines.count))
    for i in lines.indices where mean > 0 {
      let x = Double(lines[i].pipelinePerRep)
      if x > 1.5 * Double(mean) {
        lines[i].flag = "high"
      } else if x < 0.5 * Double(mean) {
        lines[i].flag = "low"
      }
    }
    return TerritoryBalance(
      period: period.description, currency: workspace.settings.currency, territories: lines,
      meanPipelinePerRep: mean, unassignedAccounts: unassigned, unconverted: unconverted.list)
  }
}

/// Moving a territory to a new owner as one undoable edit.
public enum TerritoryReassign {
  /// The territory gets `newOwnerId`; its accounts (stored `territoryId`, or rule match when none
  /// is stored) get the new owner, and their open deals move with `Deal.setOwner` (history kept).
  /// Commit the result as one transaction; `Workspace.apply` returns its inverse for undo.
  public static func mutations(
    _ workspace: Workspace, territoryId: String, newOwnerId: String, at: Timestamp, by: String?
  ) -> [Mutation] {
    guard var territory = workspace.territories[id: territoryId] else { return [] }
    let order = TerritoryRules.ordered(workspace.territories)
    let stages = StageLookup(workspace.settings)
    territory.ownerId = newOwnerId
    var out: [Mutation] = [.put(.territory(territory))]
    var accountIds: Set<String> = []
    for a in workspace.accounts.sortedById {
      let t = a.territoryId ?? TerritoryRules.territory(for: a, in: order)?.id
      guard t == territoryId else { continue }
      accountIds.insert(a.id)
      if a.ownerId != newOwnerId || a.territoryId != territoryId {
        var moved = a
        moved.ownerId = newOwnerId
        moved.territoryId = territoryId
        out.append(.put(.account(moved)))
      }
    }
    for d in workspace.deals.sortedById where stages.isOpen(d) && d.ownerId != newOwnerId {
      guard let aid = d.accountId, accountIds.contains(aid) else { continue }
      var moved = d
      moved.setOwner(newOwnerId, at: at, by: by)
      out.append(.put(.deal(moved)))
    }
    return out
  }
}
