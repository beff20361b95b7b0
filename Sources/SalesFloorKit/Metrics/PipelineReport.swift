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
  /// Open deals in scope left out of every sum: no rate for their currency today.
  public var unconverted: [UnconvertedDeal] = []
}

extension Reports {
  /// Open deals in scope by stage; with `period`, only those whose close date falls in it.
  public static func pipeline(
    _ workspace: Workspace, scope: Scope, asOf: Day, period: Period? = nil
  ) -> PipelineReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let owners = scope.ownerIds(in: workspace)
    return PipelineTally(workspace, owners: owners, stages: stages, period: period)
      .report(stages: stages, scope: scope, asOf: asOf, currency: workspace.settings.currency)
  }
}
