/// Stage-to-stage conversion: of the deals that entered a stage, how many got further.
public struct ConversionReport: Hashable, Sendable, Codable {
  public struct Row: Hashable, Sendable, Codable {
    public var stage: String
    public var name: String
    /// Deals whose history (or current stage) shows them in this stage: the row's n.
    public var entered: Int
    /// Of those, deals that later reached any later open stage or won (skips count as progress).
    public var advanced: Int
    /// advanced ÷ entered; nil when nothing entered.
    public var rate: Double?
  }
  /// Set when the cohort is the deals created in this period.
  public var period: String?
  public var asOf: Day
  public var scope: String
  /// One row per open stage in process order.
  public var stages: [Row]
  /// Deals in scope whose history shows no open stage at all (e.g. imported already won or lost):
  /// left out of every row rather than credited with stages nobody saw them pass.
  public var excludedNoStageHistory: Int
}

extension Metrics {
  /// The stages a deal went through, in time order, from its `created` entry and stage
  /// changes up to `asOf` (later changes are ignored so past reports stay reproducible).
  public static func stagePath(_ deal: Deal, asOf: Day) -> [String] {
    var created: String?
    var changes: [DealChange] = []
    for c in deal.history where c.at.day <= asOf {
      if c.field == .created, created == nil { created = c.to ?? deal.stage }
      if c.field == .stage { changes.append(c) }
    }
    changes.sort { $0.at < $1.at }
    var path: [String] = []
    if let s = created {
      path.append(s)
    } else if let from = changes.first?.from {
      path.append(from)
    } else if changes.isEmpty {
      path.append(deal.stage)
    }
    for c in changes {
      if let to = c.to, to != path.last { path.append(to) }
    }
    return path
  }

  /// The furthest open stage a deal's evidence shows it in (its `stagePath` up to `asOf`), or nil
  /// when it shows none: then the deal is left out of stage conversion instead of being credited
  /// with stages it may never have passed (a won deal imported without history). The one rule for
  /// "which stages did this deal reach" shared by the conversion report and `ConversionModel`.
  public static func furthestOpenStage(_ deal: Deal, asOf: Day, stages: StageLookup) -> Stage? {
    var best: Stage?
    for id in stagePath(deal, asOf: asOf) {
      guard let s = stages[id], s.isOpen else { continue }
      if best.map({ s.order > $0.order }) ?? true { best = s }
    }
    return best
  }
}

extension Reports {
  /// Conversion per open stage for deals in scope; with `period`, only deals created in it.
  /// Deals still sitting in a stage count as entered but not (yet) advanced.
  public static func conversion(
    _ workspace: Workspace, scope: Scope, asOf: Day, period: Period? = nil
  ) -> ConversionReport {
    let stages = StageLookup(workspace.settings)
    let owners = scope.ownerIds(in: workspace)
    var entered: [String: Int] = [:]
    var advanced: [String: Int] = [:]
    var excluded = 0
    for deal in workspace.deals where owners.contains(deal.ownerId) {
      let created = deal.createdAt.day
      if created > asOf { continue }
      if let p = period, !p.contains(created) { continue }
      guard Metrics.furthestOpenStage(deal, asOf: asOf, stages: stages) != nil else {
        excluded += 1
        continue
      }
      let path = Metrics.stagePath(deal, asOf: asOf)
      // Best progress reached strictly after each position: won beats every open stage,
      // lost and unknown stages are no progress.
      var bestAfter = [Int](repeating: Int.min, count: path.count)
      var best = Int.min
      for i in stride(from: path.count - 1, through: 0, by: -1) {
        bestAfter[i] = best
        if let s = stages[path[i]] {
          switch s.kind {
          case .won: best = Int.max
          case .open: best = max(best, s.order)
          case .lost: break
          }
        }
      }
      var counted: Set<String> = []
      for (i, id) in path.enumerated() {
        guard let s = stages[id], s.kind == .open, !counted.contains(id) else { continue }
        counted.insert(id)
        entered[id, default: 0] += 1
        if bestAfter[i] > s.order { advanced[id, default: 0] += 1 }
      }
    }
    let rows = stages.openStages.map { s in
      let e = entered[s.id] ?? 0
      let a = advanced[s.id] ?? 0
      return ConversionReport.Row(stage: s.id, name: s.name, entered: e, advanced: a, rate: Ratio.of(a, e))
    }
    return ConversionReport(
      period: period?.description, asOf: asOf, scope: scope.description, stages: rows,
      excludedNoStageHistory: excluded)
  }
}
