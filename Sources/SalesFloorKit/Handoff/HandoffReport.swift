/// `report handoff`: where won deals wait between the close and delivery. Over the handoffs
/// started (won) in a range of days, per step: how long it took (median and p90, nearest rank),
/// how often it ran past its target, how many handoffs wait on it now; then the slowest step and
/// the bottleneck, named. Formulas: docs/salesops.md, "Handoff".
public struct HandoffReport: Hashable, Sendable, Codable {
  public struct StepLine: Hashable, Sendable, Codable {
    public var name: String
    /// The step's target in days (the first handoff's, when templates differ).
    public var targetDays: Int
    /// Steps done, the sample the day figures are over.
    public var n: Int
    public var medianDays: Int?
    public var p90Days: Int?
    /// Done steps that took longer than their target ÷ n; nil when n = 0.
    public var pastTargetShare: Double?
    /// Open handoffs waiting on this step as of the report day.
    public var waiting: Int
    /// Of those, waiting longer than the target.
    public var waitingPastTarget: Int
  }

  public var from: Day
  public var to: Day
  public var asOf: Day
  /// Handoffs started in the range.
  public var handoffs: Int
  public var completed: Int
  /// Handoffs with any step (done or waiting) past its target ÷ handoffs; nil when none.
  public var pastTargetShare: Double?
  public var steps: [StepLine]
  /// Step with the highest median (ties: higher p90, then the earlier step).
  public var slowestStep: String?
  /// Step whose median exceeds its target by the most days; nil when every median is within target.
  public var bottleneck: String?
  /// The finding in one sentence, for people.
  public var sentence: String

  /// The report over handoffs started from `from` to `to` (inclusive), aged as of `asOf`.
  public static func build(_ ws: Workspace, from: Day, to: Day, asOf: Day) -> HandoffReport {
    var order: [String] = []
    var target: [String: Int] = [:]
    var taken: [String: [Int]] = [:]
    var over: [String: Int] = [:]
    var waiting: [String: Int] = [:]
    var waitingOver: [String: Int] = [:]
    var count = 0
    var completed = 0
    var late = 0
    for h in ws.handoffs.items where h.startedOn >= from && h.startedOn <= to {
      count += 1
      if h.completedOn != nil { completed += 1 }
      if h.isPastTarget(asOf: asOf) { late += 1 }
      for (i, s) in h.steps.enumerated() {
        if target[s.name] == nil {
          order.append(s.name)
          target[s.name] = s.targetDays
        }
        guard let days = h.days(ofStep: i, asOf: asOf) else { continue }
        if s.status == .done {
          taken[s.name, default: []].append(days)
          if days > s.targetDays { over[s.name, default: 0] += 1 }
        } else {
          waiting[s.name, default: 0] += 1
          if days > s.targetDays { waitingOver[s.name, default: 0] += 1 }
        }
      }
    }
    let lines = order.map { name -> StepLine in
      let sample = (taken[name] ?? []).sorted()
      return StepLine(
        name: name, targetDays: target[name] ?? 0, n: sample.count,
        medianDays: Self.nearestRank(50, sample), p90Days: Self.nearestRank(90, sample),
        pastTargetShare: sample.isEmpty ? nil : Double(over[name] ?? 0) / Double(sample.count),
        waiting: waiting[name] ?? 0, waitingPastTarget: waitingOver[name] ?? 0)
    }
    let slowest = lines.filter { $0.medianDays != nil }.max { a, b in
      (a.medianDays ?? 0, a.p90Days ?? 0) < (b.medianDays ?? 0, b.p90Days ?? 0)
    }
    let worst = lines.compactMap { l -> (StepLine, Int)? in
      guard let m = l.medianDays, m > l.targetDays else { return nil }
      return (l, m - l.targetDays)
    }.max { $0.1 < $1.1 }?.0
    return HandoffReport(
      from: from, to: to, asOf: asOf, handoffs: count, completed: completed,
      pastTargetShare: count == 0 ? nil : Double(late) / Double(count), steps: lines,
      slowestStep: slowest?.name, bottleneck: worst?.name,
      sentence: Self.sentence(bottleneck: worst, slowest: slowest, handoffs: count))
  }

  /// The nearest-rank percentile: the value at rank ⌈p/100 × n⌉ of the sorted sample (so the
  /// median of 4 values is the 2nd, and p90 of 5 values the 5th); nil for an empty sample.
  /// Always a value that occurred: "9 days" is a handoff someone waited through.
  public static func nearestRank(_ p: Int, _ sorted: [Int]) -> Int? {
    guard !sorted.isEmpty else { return nil }
    let rank = (p * sorted.count + 99) / 100
    return sorted[min(sorted.count, max(1, rank)) - 1]
  }

  static func sentence(bottleneck: StepLine?, slowest: StepLine?, handoffs: Int) -> String {
    if handoffs == 0 { return "No handoffs started in the period." }
    if let b = bottleneck, let m = b.medianDays {
      return "Bottleneck: \(b.name) — median \(m) \(Self.days(m)) vs target \(b.targetDays)"
    }
    if let s = slowest, let m = s.medianDays {
      return "No bottleneck: every step's median is within target; slowest is \(s.name) "
        + "(median \(m) \(Self.days(m)) vs target \(s.targetDays))"
    }
    return "No handoff step is done yet in the period."
  }

  static func days(_ n: Int) -> String { n == 1 ? "day" : "days" }
}
