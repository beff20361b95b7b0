/// Running sums behind the pipeline report, kept so that a one-deal edit updates the report
/// by taking the old version out and putting the new one in instead of rescanning every deal.
public struct PipelineTally: Sendable, Equatable {
  struct Sum: Sendable, Equatable {
    var count = 0
    var amount: Int64 = 0
    /// Σ amount × percent, divided once when the report is built (no rounding drift).
    var weightedTimes100: Int64 = 0
  }
  var byStage: [String: Sum] = [:]
  /// Open deals left out because their currency has no rate.
  public internal(set) var unconverted = UnconvertedSet()
  /// Owners whose deals count.
  public let owners: Set<String>
  /// When set, only deals closing in it count.
  public let period: Period?

  /// Tallies every open deal of `owners` (closing in `period` when given).
  public init(_ workspace: Workspace, owners: Set<String>, stages: StageLookup, period: Period? = nil) {
    self.owners = owners
    self.period = period
    // In place, not `for deal in workspace.deals` (a copy per deal; see `OwnerTally.byOwner`).
    workspace.deals.items.withUnsafeBufferPointer { deals in
      for i in deals.indices { adjust(deals[i], stages: stages, sign: 1) }
    }
  }

  /// Counts one deal (a new deal, or the new version of an edited one).
  public mutating func add(_ deal: Deal, stages: StageLookup) { adjust(deal, stages: stages, sign: 1) }
  /// Takes back a deal added before (a deleted deal, or the old version of an edited one).
  public mutating func remove(_ deal: Deal, stages: StageLookup) { adjust(deal, stages: stages, sign: -1) }

  mutating func adjust(_ deal: Deal, stages: StageLookup, sign: Int) {
    guard owners.contains(deal.ownerId), stages.isOpen(deal) else { return }
    if let p = period {
      guard let c = deal.closeDate, p.contains(c) else { return }
    }
    guard let amount = stages.amount(of: deal) else {
      unconverted.adjust(deal, sign: sign)
      return
    }
    var s = byStage[deal.stage] ?? Sum()
    s.count += sign
    s.amount += amount * Int64(sign)
    s.weightedTimes100 += amount * Int64(stages.probability(of: deal)) * Int64(sign)
    // An unknown stage's row exists only while a deal is in it, as in a full scan.
    if s.count == 0 { byStage[deal.stage] = nil } else { byStage[deal.stage] = s }
  }

  /// The report these sums make: every open stage in process order, then unknown stages by id.
  public func report(stages: StageLookup, scope: Scope, asOf: Day, currency: String) -> PipelineReport {
    var out: [PipelineReport.Row] = []
    var weighted: [Int64] = []
    func row(_ id: String, _ name: String) {
      let s = byStage[id] ?? Sum()
      out.append(
        PipelineReport.Row(
          stage: id, name: name, count: s.count, amount: s.amount,
          weighted: Ratio.divideRounded(s.weightedTimes100, 100)))
      weighted.append(s.weightedTimes100)
    }
    for s in stages.openStages { row(s.id, s.name) }
    let known = Set(stages.openStages.map(\.id))
    for id in byStage.keys.filter({ !known.contains($0) }).sorted() { row(id, stages[id]?.name ?? id) }
    let totals = PipelineReport.Totals(
      openCount: out.reduce(0) { $0 + $1.count }, openAmount: out.reduce(0) { $0 + $1.amount },
      weightedAmount: Ratio.divideRounded(weighted.reduce(0, +), 100))
    return PipelineReport(
      period: period?.description, asOf: asOf, scope: scope.description, currency: currency,
      stages: out, totals: totals, unconverted: unconverted.list)
  }
}

/// Per-owner sums behind the attainment report for one period, updatable one deal at a time
/// (same reason as `PipelineTally`: a stage move must not rescan 100k deals).
public struct AttainmentTally: Sendable {
  var byOwner: [String: OwnerTally]
  public let owners: Set<String>
  public let period: Period

  public init(_ workspace: Workspace, period: Period, owners: Set<String>, stages: StageLookup) {
    self.owners = owners
    self.period = period
    byOwner = OwnerTally.byOwner(workspace, period: period, owners: owners, stages: stages)
  }

  /// A period in which no deal of `owners` closes (yet).
  public init(empty period: Period, owners: Set<String>) {
    self.owners = owners
    self.period = period
    byOwner = [:]
  }

  /// The tallies of every period of `kind` in which a deal of `owners` closes, from one pass
  /// over the deals: the cockpit keeps them so a period switch is a lookup, not a rescan.
  public static func byPeriod(
    _ workspace: Workspace, kind: Period.Kind, fiscalStartMonth: Int, owners: Set<String>, stages: StageLookup
  ) -> [Period: AttainmentTally] {
    var out: [Period: AttainmentTally] = [:]
    // Deals are read in place (see `OwnerTally.byOwner`); one close day maps to one period.
    var periodOf: [Day: Period] = [:]
    workspace.deals.items.withUnsafeBufferPointer { deals in
      for i in deals.indices {
        guard let close = deals[i].closeDate, owners.contains(deals[i].ownerId) else { continue }
        let p: Period
        if let known = periodOf[close] {
          p = known
        } else {
          p = Period.containing(close, kind: kind, fiscalStartMonth: fiscalStartMonth)
          periodOf[close] = p
        }
        out[p, default: AttainmentTally(empty: p, owners: owners)]
          .byOwner[deals[i].ownerId, default: OwnerTally()].add(deals[i], closing: close, stages: stages)
      }
    }
    return out
  }

  /// Counts one deal (a new deal, or the new version of an edited one).
  public mutating func add(_ deal: Deal, stages: StageLookup) { adjust(deal, stages: stages, sign: 1) }
  /// Takes back a deal added before (a deleted deal, or the old version of an edited one).
  public mutating func remove(_ deal: Deal, stages: StageLookup) { adjust(deal, stages: stages, sign: -1) }

  mutating func adjust(_ deal: Deal, stages: StageLookup, sign: Int) {
    guard let close = deal.closeDate, period.contains(close), owners.contains(deal.ownerId) else { return }
    byOwner[deal.ownerId, default: OwnerTally()].add(deal, closing: close, stages: stages, sign: sign)
  }
}

extension Reports {
  /// What `pipeline` reads: a store opened with only these gives the same report.
  public static let pipelineCollections: Set<CollectionName> = [.settings, .people, .deals]
  /// What `attainment` reads (quotas and ramp plans for the quota, people for scope and ramps).
  public static let attainmentCollections: Set<CollectionName> = [
    .settings, .people, .deals, .quotas, .rampPlans,
  ]
}
