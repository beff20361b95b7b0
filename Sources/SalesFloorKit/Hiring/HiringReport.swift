/// `report hiring`: which sources and which interview signals produce reps who ramp. Every figure
/// comes from evidence — the candidates' stage histories and, for hires, the person's own won
/// deals against their ramp-plan quota — and every share carries its n and a Wilson interval, so
/// a handful of hires is read as a handful (formulas in docs/salesops.md).
public struct HiringReport: Hashable, Sendable, Codable {
  /// The funnel of one source (or of all candidates).
  public struct Funnel: Hashable, Sendable, Codable {
    /// A `Candidate.Source` raw value, or `all`.
    public var source: String
    public var candidates: Int
    /// Candidates who reached each funnel stage (sourced, screened, interviewed, offer, hired);
    /// a skipped stage counts as reached.
    public var reached: [Int]
    /// reached[k + 1] ÷ reached[k] for k = sourced … offer; nil when nobody reached stage k.
    public var conversion: [Double?]
    public var hires: Int
    /// Median days from entering `sourced` to entering `hired`, over the hires.
    public var medianDaysToHire: Double?
  }

  /// Hires who ramped, out of hires with enough tenure, for one span.
  public struct RampShare: Hashable, Sendable, Codable {
    /// Hires with the span complete and a quota for it.
    public var n: Int
    public var ramped: Int
    public var share: Double?
    public var interval: WilsonInterval?
    /// False under `HiringReport.minimumPerGroup`: too few to compare.
    public var enough: Bool
  }

  /// One group of hires (a source, or an interview score band) at 3 and at 6 months.
  public struct RampGroup: Hashable, Sendable, Codable {
    public var group: String
    public var months3: RampShare
    public var months6: RampShare
  }

  /// One hired candidate and their ramp attainment.
  public struct Hire: Hashable, Sendable, Codable {
    public var candidateId: String
    public var name: String
    public var personId: String
    public var source: String
    public var hireDate: Day
    public var averageScore: Double?
    /// Won in months 1–3 since hire ÷ ramp-plan quota for months 1–3; nil before month 3 ends.
    public var attainment3: Double?
    /// Won in months 4–6 ÷ ramp-plan quota for months 4–6; nil before month 6 ends.
    public var attainment6: Double?
  }

  public var from: Day?
  public var to: Day?
  public var asOf: Day
  public var rampedThreshold: Double
  public var funnels: [Funnel]
  public var total: Funnel
  public var bySource: [RampGroup]
  public var byScore: [RampGroup]
  public var hires: [Hire]

  /// A hire "ramped" over a span when attainment reached this share of the ramp-plan quota.
  public static let rampedThreshold = 0.8
  /// Groups smaller than this read "too few to compare", as in the methods report.
  public static let minimumPerGroup = MethodsReport.minimumPerSide
  /// Average scorecard score at or above which a hire is in the high band.
  public static let highScore = 3.0
}

extension Reports {
  /// The hiring report over candidates sourced in `from…to` (either end open), as of `asOf`.
  public static func hiring(_ ws: Workspace, from: Day? = nil, to: Day? = nil, asOf: Day) -> HiringReport {
    let candidates = ws.candidates.sortedById.filter { c in
      let sourced = c.stageHistory.first?.day ?? c.createdAt.day
      return (from.map { sourced >= $0 } ?? true) && (to.map { sourced <= $0 } ?? true)
    }
    let funnels = Candidate.Source.allCases.compactMap { s -> HiringReport.Funnel? in
      let mine = candidates.filter { $0.source == s }
      return mine.isEmpty ? nil : HiringFunnel.funnel(s.rawValue, mine)
    }
    let ramp = HiringRamp(ws, asOf: asOf)
    let hires = candidates.compactMap { ramp.hire($0) }
    let bySource = Candidate.Source.allCases.compactMap { s -> HiringReport.RampGroup? in
      let mine = hires.filter { $0.source == s.rawValue }
      return mine.isEmpty ? nil : HiringRamp.group(s.rawValue, mine)
    }
    let bands: [(String, (Double?) -> Bool)] = [
      ("score ≥ 3", { ($0 ?? 0) >= HiringReport.highScore && $0 != nil }),
      ("score < 3", { ($0 ?? HiringReport.highScore) < HiringReport.highScore }),
      ("unscored", { $0 == nil }),
    ]
    let byScore = bands.compactMap { label, test -> HiringReport.RampGroup? in
      let mine = hires.filter { test($0.averageScore) }
      return mine.isEmpty ? nil : HiringRamp.group(label, mine)
    }
    return HiringReport(
      from: from, to: to, asOf: asOf, rampedThreshold: HiringReport.rampedThreshold, funnels: funnels,
      total: HiringFunnel.funnel("all", candidates), bySource: bySource, byScore: byScore, hires: hires)
  }
}

/// Stage conversion and time to hire over a set of candidates.
enum HiringFunnel {
  static func funnel(_ source: String, _ cs: [Candidate]) -> HiringReport.Funnel {
    let stages = CandidateStage.funnel
    let reached = stages.indices.map { k in cs.filter { $0.furthestFunnelIndex >= k }.count }
    let conversion = (0..<(stages.count - 1)).map { Ratio.of(reached[$0 + 1], reached[$0]) }
    let days = cs.compactMap { c -> Int? in
      guard let start = c.stageHistory.first?.day, let hired = c.day(entered: .hired) else { return nil }
      return Metrics.elapsedDays(from: start, to: hired)
    }
    return HiringReport.Funnel(
      source: source, candidates: cs.count, reached: reached, conversion: conversion,
      hires: reached[stages.count - 1], medianDaysToHire: median(days))
  }

  /// The middle value; the mean of the two middle values for an even count.
  static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    let m = s.count / 2
    return s.count % 2 == 1 ? Double(s[m]) : Double(s[m - 1] + s[m]) / 2
  }
}

/// Ramp attainment of hired candidates, from their person's won deals and ramp-plan quota.
struct HiringRamp {
  let ws: Workspace
  let asOf: Day
  let book: QuotaBook
  let stages: StageLookup
  /// Won amount (workspace currency) per owner per calendar month (year × 12 + month).
  let won: [String: [Int: Int64]]

  init(_ ws: Workspace, asOf: Day) {
    self.ws = ws
    self.asOf = asOf
    book = QuotaBook(ws)
    stages = StageLookup(ws.settings, today: asOf)
    let hired = Set(ws.candidates.items.compactMap(\.personId))
    var won: [String: [Int: Int64]] = [:]
    for d in ws.deals where hired.contains(d.ownerId) {
      guard stages.isWon(d), let c = d.closeDate, c <= asOf else { continue }
      won[d.ownerId, default: [:]][c.year * 12 + c.month, default: 0] += stages.amount(of: d) ?? 0
    }
    self.won = won
  }

  func hire(_ c: Candidate) -> HiringReport.Hire? {
    guard c.stage == .hired, let pid = c.personId, let p = ws.people[id: pid], let hire = p.hireDate else {
      return nil
    }
    return HiringReport.Hire(
      candidateId: c.id, name: c.name, personId: pid, source: c.source.rawValue, hireDate: hire,
      averageScore: c.averageScore, attainment3: attainment(pid, hire, months: 1...3),
      attainment6: attainment(pid, hire, months: 4...6))
  }

  /// Won in the months since hire ÷ ramp-plan quota for them; nil until the last month has ended
  /// or when no quota covers them. Month 1 is the hire month (`Onboarding.month`).
  func attainment(_ pid: String, _ hire: Day, months: ClosedRange<Int>) -> Double? {
    let first = Period(kind: .month, year: hire.year, index: hire.month)
    let spans = months.map { first.shifted(by: $0 - 1) }
    guard let last = spans.last, asOf > last.end else { return nil }
    var quota: Int64 = 0
    var booked: Int64 = 0
    for m in spans {
      guard let full = fullMonthQuota(pid, m) else { return nil }
      let pct = book.rampPercent(monthYear: m.year, month: m.index, hire: hire, personId: pid)
      quota += Ratio.percentOf(full, percent: pct)
      booked += won[pid]?[m.year * 12 + m.index] ?? 0
    }
    return Ratio.of(booked, quota)
  }

  /// The month's full quota: its own record, else a third of its quarter's, else a twelfth of
  /// its fiscal year's.
  func fullMonthQuota(_ pid: String, _ m: Period) -> Int64? {
    let fsm = ws.settings.fiscalYearStartMonth
    if let q = book.quota(for: pid, period: m) { return q.fullAmount }
    let start = m.start
    if let q = book.quota(for: pid, period: .containing(start, kind: .quarter, fiscalStartMonth: fsm)) {
      return Ratio.divideRounded(q.fullAmount, 3)
    }
    if let q = book.quota(for: pid, period: .containing(start, kind: .year, fiscalStartMonth: fsm)) {
      return Ratio.divideRounded(q.fullAmount, 12)
    }
    return nil
  }

  static func group(_ label: String, _ hires: [HiringReport.Hire]) -> HiringReport.RampGroup {
    HiringReport.RampGroup(
      group: label, months3: share(hires.compactMap(\.attainment3)),
      months6: share(hires.compactMap(\.attainment6)))
  }

  static func share(_ attainments: [Double]) -> HiringReport.RampShare {
    let ramped = attainments.filter { $0 >= HiringReport.rampedThreshold }.count
    let n = attainments.count
    return HiringReport.RampShare(
      n: n, ramped: ramped, share: Ratio.of(ramped, n),
      interval: WilsonInterval(successes: ramped, trials: n),
      enough: n >= HiringReport.minimumPerGroup)
  }
}
