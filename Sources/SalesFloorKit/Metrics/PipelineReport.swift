/// Open pipeline by stage: the Pipeline pane's funnel and `salesfloor pipeline --json`.
public struct PipelineReport: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    /// Stage id.
    public var stage: String
    public var name: String
    public var count: Int
    public var amount: Int64
    /// Σ amount × probability (override, else stage default).
    public var weighted: Int64
  }
  public struct Totals: Hashable, Sendable, Codable {
    public var openCount: Int
    public var openAmount: Int64
    public var weightedAmount: Int64
  }

  /// Set when only deals closing in this period were counted.
  public var period: String?
  public var asOf: Day
  public var scope: String
  public var currency: String
  /// Every open stage in process order (empty ones included, so the funnel keeps its shape),
  /// then any unknown stage ids found on deals, by id.
  public var stages: [Row]
  public var totals: Totals
}

extension Reports {
  /// Open deals in scope by stage; with `period`, only those whose close date falls in it.
  public static func pipeline(
    _ workspace: Workspace, scope: Scope, asOf: Day, period: Period? = nil
  ) -> PipelineReport {
    let stages = StageLookup(workspace.settings)
    let owners = scope.ownerIds(in: workspace)
    var rows: [String: PipelineReport.Row] = [:]
    var weightedTimes100: [String: Int64] = [:]
    for deal in workspace.deals where owners.contains(deal.ownerId) && stages.isOpen(deal) {
      if let p = period {
        guard let c = deal.closeDate, p.contains(c) else { continue }
      }
      var r =
        rows[deal.stage]
        ?? PipelineReport.Row(
          stage: deal.stage, name: stages[deal.stage]?.name ?? deal.stage, count: 0, amount: 0, weighted: 0)
      r.count += 1
      r.amount += deal.amount
      rows[deal.stage] = r
      // Sum amount × percent and divide once, so rounding does not drift over many deals.
      weightedTimes100[deal.stage, default: 0] += deal.amount * Int64(stages.probability(of: deal))
    }
    var out: [PipelineReport.Row] = []
    for s in stages.openStages {
      out.append(
        rows[s.id] ?? PipelineReport.Row(stage: s.id, name: s.name, count: 0, amount: 0, weighted: 0))
    }
    let known = Set(stages.openStages.map(\.id))
    out += rows.values.filter { !known.contains($0.stage) }.sorted { $0.stage < $1.stage }
    var weightedTotal: Int64 = 0
    for i in out.indices {
      let w = weightedTimes100[out[i].stage] ?? 0
      out[i].weighted = Ratio.divideRounded(w, 100)
      weightedTotal += w
    }
    let totals = PipelineReport.Totals(
      openCount: out.reduce(0) { $0 + $1.count }, openAmount: out.reduce(0) { $0 + $1.amount },
      weightedAmount: Ratio.divideRounded(weightedTotal, 100))
    return PipelineReport(
      period: period?.description, asOf: asOf, scope: scope.description,
      currency: workspace.settings.currency, stages: out, totals: totals)
  }
}
