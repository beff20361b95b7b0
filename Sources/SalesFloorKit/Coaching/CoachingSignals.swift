/// The coaching signal engine: finds coaching moments in the data, each with its evidence.
///
/// Subjects are the active reps in the scope. Each detector is a pure function of the workspace,
/// the period and asOf, so the cockpit and `salesfloor report coaching` show the same signals.
public enum CoachingSignals {
  /// Every signal for the reps in `scope`, sorted by priority, then person, then kind.
  /// Signals already handled by a coaching item (same person and kind) are marked, not dropped.
  public static func detect(_ ws: Workspace, scope: Scope, period: Period, asOf: Day) -> [CoachingSignal] {
    let owners = scope.ownerIds(in: ws)
    let subjects = ws.people.items.filter { $0.active && $0.role == .rep && owners.contains($0.id) }
    guard !subjects.isEmpty else { return [] }
    let ids = Set(subjects.map(\.id))
    var out: [CoachingSignal] = []
    out += dealSignals(ws, people: ids, asOf: asOf)
    out += paceAndCoverage(ws, people: ids, period: period, asOf: asOf)
    out += lowActivity(ws, subjects: subjects, asOf: asOf)
    out += stageConversion(ws, subjects: subjects, asOf: asOf)
    out += overdueTraining(ws, people: ids, asOf: asOf)
    out += expiredCertifications(ws, people: ids, asOf: asOf)
    out += hygieneDrops(ws, people: ids, asOf: asOf)
    let marked = markHandled(out, items: ws.coaching.items, asOf: asOf)
    return marked.sorted {
      ($0.priority, $0.personId, $0.kind.rawValue) < ($1.priority, $1.personId, $1.kind.rawValue)
    }
  }

  /// Marks each signal covered / snoozed / dismissed when an item for the same person and kind
  /// is active, snoozed past asOf, or was dismissed within `CoachingThresholds.dismissQuietDays`.
  public static func markHandled(
    _ signals: [CoachingSignal], items: [CoachingItem], asOf: Day
  )
    -> [CoachingSignal]
  {
    var byKey: [String: [CoachingItem]] = [:]
    for item in items {
      guard let s = item.signal else { continue }
      byKey[s + ":" + item.personId, default: []].append(item)
    }
    return signals.map { signal in
      var s = signal
      let mine = byKey[s.id] ?? []
      if let active = mine.first(where: \.isActive) {
        s.handling = .covered
        s.itemId = active.id
      } else if let snoozed = mine.first(where: { $0.status == .snoozed && ($0.snoozedUntil ?? asOf) > asOf })
      {
        s.handling = .snoozed
        s.itemId = snoozed.id
        s.snoozedUntil = snoozed.snoozedUntil
      } else if let dismissed = mine.first(where: {
        $0.status == .dismissed
          && $0.createdAt.day.adding(days: CoachingThresholds.dismissQuietDays) > asOf
      }) {
        s.handling = .dismissed
        s.itemId = dismissed.id
      }
      return s
    }
  }

  /// Stalled, slipping, next-step and exit-criteria signals, from one pass over open deals.
  static func dealSignals(_ ws: Workspace, people: Set<String>, asOf: Day) -> [CoachingSignal] {
    let stages = StageLookup(ws.settings)
    let lastActivity = Metrics.lastActivityByDeal(ws, asOf: asOf)
    let lateOrder = stages[CoachingThresholds.lateStageId]?.order ?? Int.max
    var stalled: [String: [(Deal, Int)]] = [:]
    var slipping: [String: [Deal]] = [:]
    var noNext: [String: [Deal]] = [:]
    var criteria: [String: [(Deal, Int)]] = [:]
    var noBuyer: [String: [Deal]] = [:]
    let recent = asOf.adding(days: -CoachingThresholds.recentSlipDays)
    let horizon = asOf.adding(days: CoachingThresholds.exitCriteriaHorizonDays)
    for deal in ws.deals where people.contains(deal.ownerId) && stages.isOpen(deal) {
      let stage = stages[deal.stage]
      let (reasons, idle) = Metrics.stallReasons(
        deal, stage: stage, lastActivity: lastActivity[deal.id], asOf: asOf)
      if reasons.contains(.idle) { stalled[deal.ownerId, default: []].append((deal, idle)) }
      if deal.closeDateSlips >= CoachingThresholds.slipsAgain,
        let last = deal.history.last(where: { $0.field == .closeDate }), last.at.day >= recent
      {
        slipping[deal.ownerId, default: []].append(deal)
      }
      if deal.nextStepDate.map({ $0 < asOf }) ?? true { noNext[deal.ownerId, default: []].append(deal) }
      if let st = stage, st.order >= lateOrder, let close = deal.closeDate, close <= horizon {
        let open = deal.openExitCriteria(settings: ws.settings)
        if !open.isEmpty { criteria[deal.ownerId, default: []].append((deal, open.count)) }
      }
      if let st = stage, st.order >= lateOrder, Self.lacksEconomicBuyer(deal) {
        noBuyer[deal.ownerId, default: []].append(deal)
      }
    }
    var out: [CoachingSignal] = []
    for (person, list) in stalled where list.count >= CoachingThresholds.stalledDeals {
      let sorted = list.sorted { ($1.1, $0.0.id) < ($0.1, $1.0.id) }
      out.append(
        CoachingSignal(
          personId: person, kind: .stalledDeals,
          evidence: .init(
            metric: "open deals idle past their stage's rotting days", value: Double(list.count),
            threshold: Double(CoachingThresholds.stalledDeals), dealIds: sorted.map(\.0.id)),
          reason:
            "\(list.count) deals idle past rotting days (longest \(sorted[0].1) days: \(sorted[0].0.name))",
          priority: list.count >= CoachingThresholds.stalledDealsHigh ? .high : .medium))
    }
    for (person, list) in slipping where !list.isEmpty {
      let sorted = list.sorted { ($1.closeDateSlips, $0.id) < ($0.closeDateSlips, $1.id) }
      let worst = sorted[0].closeDateSlips
      out.append(
        CoachingSignal(
          personId: person, kind: .closeDateSlips,
          evidence: .init(
            metric: "open deals with a close date pushed out \(CoachingThresholds.slipsAgain)+ times, "
              + "last within \(CoachingThresholds.recentSlipDays) days",
            value: Double(list.count), threshold: 1, dealIds: sorted.map(\.id)),
          reason: "\(list.count) deal(s) slipped again (\(sorted[0].name): \(worst) slips)",
          priority: worst >= Metrics.slipThreshold ? .high : .medium,
          trainingModuleId: ws.training[id: "train-skills-meddpicc"]?.id))
    }
    for (person, list) in noNext where list.count >= CoachingThresholds.missingNextSteps {
      let sorted = list.sorted { $0.amount == $1.amount ? $0.id < $1.id : $0.amount > $1.amount }
      out.append(
        CoachingSignal(
          personId: person, kind: .missingNextSteps,
          evidence: .init(
            metric: "open deals with no next-step date or one in the past", value: Double(list.count),
            threshold: Double(CoachingThresholds.missingNextSteps), dealIds: sorted.map(\.id)),
          reason: "\(list.count) open deals have no dated next step (largest: \(sorted[0].name))",
          priority: list.count >= 2 * CoachingThresholds.missingNextSteps ? .high : .medium))
    }
    for (person, list) in criteria where !list.isEmpty {
      let sorted = list.sorted { ($0.0.closeDate ?? asOf, $0.0.id) < ($1.0.closeDate ?? asOf, $1.0.id) }
      let openCount = list.reduce(0) { $0 + $1.1 }
      out.append(
        CoachingSignal(
          personId: person, kind: .openExitCriteria,
          evidence: .init(
            metric: "late-stage deals closing within \(CoachingThresholds.exitCriteriaHorizonDays) days "
              + "with open exit criteria",
            value: Double(list.count), threshold: 1, dealIds: sorted.map(\.0.id),
            detail: "\(openCount) open criteria"),
          reason: "\(list.count) late-stage deal(s) close soon with \(openCount) exit criteria open "
            + "(first: \(sorted[0].0.name))",
          priority: .high))
    }
    for (person, list) in noBuyer where list.count >= CoachingThresholds.economicBuyerUnconfirmed {
      let sorted = list.sorted { $0.amount == $1.amount ? $0.id < $1.id : $0.amount > $1.amount }
      out.append(
        CoachingSignal(
          personId: person, kind: .economicBuyerUnconfirmed,
          evidence: .init(
            metric: "scored late-stage deals whose economic buyer is not confirmed",
            value: Double(list.count), threshold: Double(CoachingThresholds.economicBuyerUnconfirmed),
            dealIds: sorted.map(\.id)),
          reason: "\(list.count) late-stage deal(s) without a confirmed economic buyer (largest: "
            + "\(sorted[0].name), \(sorted[0].qualification.summary))",
          priority: .high, trainingModuleId: ws.training[id: "train-skills-meddpicc"]?.id))
    }
    return out
  }

  /// A deal with a started MEDDPICC scorecard whose economic buyer is not confirmed. Unscored
  /// deals do not count: a team that does not use MEDDPICC would see every late deal flagged.
  public static func lacksEconomicBuyer(_ deal: Deal) -> Bool {
    !deal.qualification.isEmpty && deal.qualification.status(.economicBuyer) != .confirmed
  }

  /// The median of a list of counts (mean of the middle two for an even count); nil when empty.
  public static func median(_ values: [Int]) -> Double? {
    guard !values.isEmpty else { return nil }
    let s = values.sorted()
    let mid = s.count / 2
    return s.count % 2 == 1 ? Double(s[mid]) : Double(s[mid - 1] + s[mid]) / 2
  }
}
