/// Judging methods by their results: for each play and each framework, closed deals where it was
/// used against those where it was not — like with like.
///
/// **"Used" rule**: a play was used on a deal when at least half of its checklist steps are
/// ticked (`done × 2 ≥ steps`, steps > 0). A framework was used when any play of that framework
/// was used. Only closed deals (won or lost) count; with a period, only those closing in it.
///
/// **Comparable deals** (`MethodsRule.isComparable`): a play aimed at a stage is judged only on
/// deals whose history shows them reaching that stage (or a later open one), and a play aimed at
/// segments only on deals of accounts in them; otherwise "Negotiate" would be compared with every
/// deal lost in Prospect and look like a miracle (survivor bias). A framework's deals are those
/// comparable for any of its plays.
public struct MethodsReport: Hashable, Sendable, Codable {
  /// Outcomes of one group of closed deals.
  public struct Cohort: Hashable, Sendable, Codable {
    public var won: Int
    public var lost: Int
    /// won ÷ (won + lost); nil when nothing closed.
    public var winRateByCount: Double?
    /// 95 % Wilson interval of the win rate; nil when nothing closed.
    public var interval: WilsonInterval?
    /// Mean (close − created) days over the won deals (DESIGN §3 sales cycle); nil when none won.
    public var averageCycleDays: Double?
    /// Σ won amount ÷ |won|, minor units (DESIGN §3 average deal size); nil when none won.
    public var averageDealSize: Int64?

    public var closed: Int { won + lost }
  }

  public struct Row: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case play, framework }
    public var kind: Kind
    /// Play id, or the framework name.
    public var id: String
    public var name: String
    public var used: Cohort
    public var notUsed: Cohort
    /// False when either side has fewer than `MethodsReport.minimumPerSide` closed deals: then no
    /// difference should be read into the rates ("too few deals to compare").
    public var comparable: Bool
  }

  /// Closed deals each side needs before a comparison is shown as one.
  public static let minimumPerSide = 5

  public var period: String?
  public var scope: String
  public var currency: String
  /// Plays by name, then frameworks by name.
  public var rows: [Row]
}

extension Reports {
  /// Used-vs-not outcomes per play and per framework over closed deals in scope.
  public static func methods(_ ws: Workspace, scope: Scope, period: Period? = nil) -> MethodsReport {
    let stages = StageLookup(ws.settings)
    let owners = scope.ownerIds(in: ws)
    let plays = ws.playbooks.items.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    let frameworks = Array(Set(plays.compactMap(\.framework))).sorted()
    var used = [String: CohortTally]()
    var notUsed = [String: CohortTally]()
    for deal in ws.deals where owners.contains(deal.ownerId) {
      let won = stages.isWon(deal)
      // A deal whose currency has no rate counts nowhere (the money reports list it).
      guard won || stages.isLost(deal), let close = deal.closeDate, let amount = stages.amount(of: deal)
      else { continue }
      if let p = period, !p.contains(close) { continue }
      let cycle = Metrics.elapsedDays(from: deal.createdAt.day, to: close)
      var usedFrameworks: Set<String> = []
      let segment = deal.accountId.flatMap { ws.accounts[id: $0]?.segment }
      let furthest = Metrics.furthestOpenStage(deal, asOf: close, stages: stages)
      var comparableFrameworks: Set<String> = []
      for play in plays {
        guard MethodsRule.isComparable(play, furthest: furthest, segment: segment, stages: stages) else {
          continue
        }
        if let f = play.framework { comparableFrameworks.insert(f) }
        let isUsed = MethodsRule.wasUsed(play, on: deal)
        if isUsed, let f = play.framework { usedFrameworks.insert(f) }
        let key = "play:" + play.id
        if isUsed {
          used[key, default: CohortTally()].add(won: won, amount: amount, cycle: cycle)
        } else {
          notUsed[key, default: CohortTally()].add(won: won, amount: amount, cycle: cycle)
        }
      }
      for f in frameworks where comparableFrameworks.contains(f) {
        let key = "fw:" + f
        if usedFrameworks.contains(f) {
          used[key, default: CohortTally()].add(won: won, amount: amount, cycle: cycle)
        } else {
          notUsed[key, default: CohortTally()].add(won: won, amount: amount, cycle: cycle)
        }
      }
    }
    func row(_ kind: MethodsReport.Row.Kind, _ id: String, _ name: String, key: String) -> MethodsReport.Row {
      let u = (used[key] ?? CohortTally()).cohort
      let n = (notUsed[key] ?? CohortTally()).cohort
      let enough = min(u.closed, n.closed) >= MethodsReport.minimumPerSide
      return MethodsReport.Row(kind: kind, id: id, name: name, used: u, notUsed: n, comparable: enough)
    }
    var rows: [MethodsReport.Row] = plays.map { row(.play, $0.id, $0.name, key: "play:" + $0.id) }
    rows += frameworks.map { row(.framework, $0, $0, key: "fw:" + $0) }
    return MethodsReport(
      period: period?.description, scope: scope.description, currency: ws.settings.currency, rows: rows)
  }
}

/// The "was this play used" rule shared by the methods report and the UI.
public enum MethodsRule {
  /// True when at least half the play's steps are ticked on the deal (done × 2 ≥ steps).
  public static func wasUsed(_ play: Playbook, on deal: Deal) -> Bool {
    guard !play.steps.isEmpty, let ticked = deal.playProgress[play.id] else { return false }
    let done = Set(ticked).filter { $0 >= 0 && $0 < play.steps.count }.count
    return done * 2 >= play.steps.count
  }
}

extension MethodsRule {
  /// Whether a closed deal belongs in the play's comparison: its evidence reached the earliest
  /// stage the play targets (`furthest`: `Metrics.furthestOpenStage`; no history reaches nothing),
  /// and its account is in one of the play's segments when the play names any.
  public static func isComparable(
    _ play: Playbook, furthest: Stage?, segment: Account.Segment?, stages: StageLookup
  ) -> Bool {
    let s = play.situation
    if !s.segments.isEmpty, !(segment.map(s.segments.contains) ?? false) { return false }
    let targeted = s.stages.compactMap { stages[$0] }.filter(\.isOpen)
    guard let earliest = targeted.map(\.order).min() else { return true }
    return (furthest?.order ?? Int.min) >= earliest
  }
}

/// Running sums for one cohort.
struct CohortTally {
  var won = 0
  var lost = 0
  /// Σ amount and Σ cycle days over won deals.
  var amount: Int64 = 0
  var cycleDays = 0

  mutating func add(won isWon: Bool, amount a: Int64, cycle: Int) {
    guard isWon else {
      lost += 1
      return
    }
    won += 1
    amount += a
    cycleDays += cycle
  }

  var cohort: MethodsReport.Cohort {
    let n = won + lost
    return MethodsReport.Cohort(
      won: won, lost: lost, winRateByCount: Ratio.of(won, n),
      interval: WilsonInterval(successes: won, trials: n),
      averageCycleDays: won == 0 ? nil : Double(cycleDays) / Double(won),
      averageDealSize: won == 0 ? nil : Ratio.divideRounded(amount, Int64(won)))
  }
}
