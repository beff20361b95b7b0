/// Historical stage-to-won conversion learned from closed deals, per stage and per rep.
///
/// A closed deal counts for stage s when its evidence (`Metrics.furthestOpenStage`: stage history,
/// else current stage) shows it at s or a later open stage (a skipped stage counts as progress, as
/// in DESIGN §3's stage conversion). A won deal is credited only with what its history shows; a
/// closed deal whose history shows no open stage is left out (`excludedNoStageHistory`), so an
/// import of won deals without history cannot teach "100 %". rate(s) = won ÷ closed among those. A rep's own rate for a stage is
/// used when that rep has at least `minSample` such closed deals, else the team's; with no
/// closed deal at a stage at all, the stage's default probability.
public struct ConversionModel: Sendable {
  /// Where a rate came from.
  public enum Source: String, Sendable, Codable { case rep, team, stageDefault }

  struct Tally {
    var won = 0
    var closed = 0
  }

  public let minSample: Int
  /// Median (close − created) days of won deals; nil when none.
  public let typicalCycleDays: Int?
  /// Closed deals learned from that show no open stage in their history, left out of every rate.
  public let excludedNoStageHistory: Int
  let team: [String: Tally]
  let byRep: [String: [String: Tally]]
  let stages: StageLookup

  /// Learns from deals won or lost with a close date before `before`.
  public init(_ workspace: Workspace, before: Day, minSample: Int = 20) {
    let stages = StageLookup(workspace.settings)
    let open = stages.openStages
    var excluded = 0
    var team: [String: Tally] = [:]
    var byRep: [String: [String: Tally]] = [:]
    var cycles: [Int] = []
    for d in workspace.deals {
      let k = stages.kind(of: d)
      guard k != .open, let close = d.closeDate, close < before else { continue }
      let won = k == .won
      if won { cycles.append(Metrics.elapsedDays(from: d.createdAt.day, to: close)) }
      guard let furthest = Metrics.furthestOpenStage(d, asOf: before, stages: stages) else {
        excluded += 1
        continue
      }
      for s in open where s.order <= furthest.order {
        team[s.id, default: Tally()].closed += 1
        byRep[d.ownerId, default: [:]][s.id, default: Tally()].closed += 1
        if won {
          team[s.id, default: Tally()].won += 1
          byRep[d.ownerId, default: [:]][s.id, default: Tally()].won += 1
        }
      }
    }
    cycles.sort()
    self.minSample = minSample
    self.typicalCycleDays = cycles.isEmpty ? nil : cycles[(cycles.count - 1) / 2]
    self.excludedNoStageHistory = excluded
    self.team = team
    self.byRep = byRep
    self.stages = stages
  }

  /// Team rate and sample for a stage (nil rate when no closed deal reached it).
  public func teamRate(stage: String) -> (rate: Double?, sample: Int) {
    let t = team[stage] ?? Tally()
    return (Ratio.of(t.won, t.closed), t.closed)
  }

  /// The conversion rate to won for a deal in `stage` owned by `owner`, and its source.
  public func rate(stage: String, owner: String) -> (rate: Double, source: Source) {
    if let t = byRep[owner]?[stage], t.closed >= minSample, let r = Ratio.of(t.won, t.closed) {
      return (r, .rep)
    }
    if let t = team[stage], let r = Ratio.of(t.won, t.closed) { return (r, .team) }
    return (Double(stages[stage]?.probability ?? 0) / 100, .stageDefault)
  }

  /// Older than the typical cycle → discounted by typical ÷ age; otherwise 1.
  public func ageFactor(ageDays: Int) -> Double {
    guard let typical = typicalCycleDays, typical > 0, ageDays > typical else { return 1 }
    return Double(typical) / Double(ageDays)
  }
}
