/// A deal while the demo is being generated, with what later steps need to know about it.
struct DealDraft {
  var deal: Deal
  var rep: Int
  var account: Int
  /// How an open deal is stalled (closed deals are `healthy`).
  var stall: StallKind
  /// Idle, without next step, past its close date or slipped three times.
  var stalled: Bool { stall != .healthy }
  /// Rotting deals have had no activity since they entered their stage.
  var quietSince: Day
  var reachedDemo: Bool
}

/// Why an open demo deal is (or is not) stalled.
enum StallKind: CaseIterable {
  case healthy, rotting, noNextStep, pastClose, slipped
}

extension DemoBuilder {
  /// Won deals from the quota plan, closing in the previous or current quarter (never after today).
  mutating func makeWonDeals() {
    drafts.reserveCapacity(dealTarget)
    let plan = wonPlan
    for slot in plan {
      let r = slot.rep
      let hire = people[reps[r]].hireDate ?? today
      let close: Day
      if slot.current {
        var lo = currentQuarter.start
        if newHire[r] { lo = max(lo, hire.adding(days: 30)) }
        close = lo < today ? lo.adding(days: rng.int(0...lo.days(to: today))) : today
      } else {
        close = previousQuarter.start.adding(days: rng.int(0...(previousQuarter.length - 1)))
      }
      let account = pickAccount(rep: r)
      var created = close.adding(days: -cycleDays(accounts[account].segment))
      if newHire[r] { created = max(created, hire.adding(days: 1)) }
      if created.days(to: close) < 8 { created = close.adding(days: -8) }
      let path = stagePath(to: openStageIds.count - 1, final: "won")
      appendClosed(rep: r, account: account, path: path, created: created, close: close, amount: slot.amount)
    }
  }

  /// Lost deals across the previous and current quarter, each with a reason from the settings.
  mutating func makeLostDeals() {
    let reasons = settings.lostReasons
    let weights = Self.lostReasonWeights(reasons)
    let window = previousQuarter.start.days(to: today)
    for _ in 0..<lostBudget {
      let r = tenuredRep(rng.index(reps.count))
      let close = previousQuarter.start.adding(days: rng.int(0...max(0, window)))
      let account = pickAccount(rep: r)
      let created = close.adding(days: -rng.int(14...90))
      let path = lostPath()
      let amount = dealAmount(accounts[account].segment)
      appendClosed(rep: r, account: account, path: path, created: created, close: close, amount: amount)
      guard var last = drafts.popLast() else { continue }
      setLostReason(&last.deal, reasons: reasons, weights: weights)
      drafts.append(last)
    }
  }

  /// The stages a lost deal went through: most are lost early, a few in negotiation.
  mutating func lostPath() -> [String] {
    let reached = rng.weighted([15, 20, 25, 20, 12, 8])
    return stagePath(to: min(reached, openStageIds.count - 1), final: "lost")
  }

  /// A lost reason drawn by `weights` (`lostReasonWeights`); a deal lost to a competitor names one.
  mutating func setLostReason(_ deal: inout Deal, reasons: [String], weights: [Int]) {
    let reason = reasons.isEmpty ? "Other" : reasons[rng.weighted(weights)]
    deal.lostReason = reason
    if reason == "Competitor" && deal.competitor == nil {
      deal.competitor = rng.pick(DemoNames.competitors)
    }
  }

  /// How often each lost reason comes up: price, competitors and no decision lead, as on most floors.
  static func lostReasonWeights(_ reasons: [String]) -> [Int] {
    reasons.map { ["Price": 20, "Competitor": 20, "No decision": 25, "Timing": 15][$0] ?? 6 }
  }

  /// Shared by won and lost deals: history walks the path and ends on the closing day.
  mutating func appendClosed(
    rep r: Int, account: Int, path: [String], created: Day, close: Day, amount: Int64
  ) {
    let owner = people[reps[r]].id
    var (createdAt, history) = timeline(path: path, created: created, end: close, by: owner)
    if rng.chance(0.15), created.adding(days: 2) < close {
      let promised = close.adding(days: -rng.int(7...30))
      history += slips(
        [promised, close], earliest: created.adding(days: 1), latest: close.adding(days: -1), by: owner)
    }
    let stage = path.last ?? "won"
    var deal = Deal(
      id: "", name: "", accountId: accounts[account].id, ownerId: owner, amount: amount,
      currency: settings.currency, stage: stage, closeDate: close, createdAt: createdAt,
      history: sortedHistory(history))
    decorate(&deal, account: account)
    DemoBuilder.addClosedPlayProgress(
      &deal, segment: accounts[account].segment, path: Array(path.dropLast()),
      won: stage == settings.wonStage?.id)
    drafts.append(
      DealDraft(
        deal: deal, rep: r, account: account, stall: .healthy, quietSince: close,
        reachedDemo: path.contains("demo")))
  }

  /// Open deals in every stage (the first six cycle through the stages so each has one), with
  /// a share of them stalled in each of the ways the metrics recognise.
  mutating func makeOpenDeals() {
    let stages = settings.openStages
    let openCount = max(0, dealTarget - drafts.count)
    let stallWeights = [71, 12, 7, 6, 4]
    for i in 0..<openCount {
      let k = i < stages.count ? i : rng.weighted([18, 18, 20, 17, 15, 12])
      let stage = stages[min(k, stages.count - 1)]
      let kind = StallKind.allCases[rng.weighted(stallWeights)]
      let rot = stage.rottingDays ?? 21
      let inStage = kind == .rotting ? rng.int((rot + 3)...(rot + 40)) : rng.int(0...max(0, rot - 1))
      let entered = today.adding(days: -inStage)
      let path = stagePath(to: k, final: nil)
      var earlier = 0
      for _ in 1..<max(1, path.count) { earlier += rng.int(3...18) }
      let created = entered.adding(days: -earlier)
      var r = rng.index(reps.count)
      if newHire[r], let hire = people[reps[r]].hireDate, created < hire { r = tenuredRep(r) }
      let owner = people[reps[r]].id
      let account = pickAccount(rep: r)
      var (createdAt, history) = timeline(path: path, created: created, end: entered, by: owner)

      let close: Day
      if kind == .pastClose {
        // A promise that has already passed, but never one made before the deal existed.
        close = max(today.adding(days: -rng.int(1...21)), created.adding(days: 10))
      } else {
        let ahead = [(60, 120), (45, 100), (30, 80), (25, 60), (10, 45), (3, 25)][min(k, 5)]
        close = today.adding(days: rng.int(ahead.0...ahead.1))
      }
      let slipCount = kind == .slipped ? 3 : (rng.chance(0.18) ? rng.int(1...2) : 0)
      if slipCount > 0, created.adding(days: 1) < today {
        var dates = [close]
        for _ in 0..<slipCount { dates.insert((dates.first ?? close).adding(days: -rng.int(7...30)), at: 0) }
        history += slips(dates, earliest: created.adding(days: 1), latest: today, by: owner)
      }
      var deal = Deal(
        id: "", name: "", accountId: accounts[account].id, ownerId: owner,
        amount: dealAmount(accounts[account].segment), currency: settings.currency, stage: stage.id,
        closeDate: close, createdAt: createdAt, history: sortedHistory(history))
      decorate(&deal, account: account)
      setNextStep(&deal, kind: kind, created: created)
      if stage.id == "proposal" && rng.chance(0.1) { deal.forecastCategory = .commit }
      if stage.id == "negotiation" && rng.chance(0.05) { deal.forecastCategory = .bestCase }
      if rng.chance(0.05) { deal.probability = max(1, min(99, stage.probability + rng.int(-10...10))) }
      let stalled = kind != .healthy
      DemoBuilder.tickExitCriteria(&deal, stage: stage, stageIndex: k, stalled: stalled)
      if k >= 1 && rng.chance(0.55) {
        addPlayProgress(&deal, account: account, stalled: stalled, stageIndex: k)
      }
      drafts.append(
        DealDraft(
          deal: deal, rep: r, account: account, stall: kind,
          quietSince: kind == .rotting ? entered : today, reachedDemo: k >= 3))
    }
  }

  /// A next step fitting the stage: overdue on rotting deals, missing on some, else soon.
  mutating func setNextStep(_ deal: inout Deal, kind: StallKind, created: Day) {
    guard kind != .noNextStep else { return }
    deal.nextStep = rng.pick(DemoNames.nextSteps[deal.stage] ?? ["Follow up"])
    let date: Day
    switch kind {
    case .rotting: date = today.adding(days: -rng.int(3...25))
    case .pastClose: date = today.adding(days: rng.int(1...10))
    default: date = today.adding(days: rng.int(-3...14))
    }
    deal.nextStepDate = max(date, created)
  }

  /// Deals sorted by creation time and numbered, so `d-000001` is the oldest.
  mutating func finishDeals() {
    let keys = drafts.map(\.deal.createdAt.seconds)
    let order = drafts.indices.sorted { keys[$0] == keys[$1] ? $0 < $1 : keys[$0] < keys[$1] }
    var sorted: [DealDraft] = []
    sorted.reserveCapacity(drafts.count)
    for (n, i) in order.enumerated() {
      var d = drafts[i]
      d.deal.id = DemoBuilder.id("d", n + 1, count: drafts.count, minWidth: 6)
      d.deal.updatedAt = d.deal.history.last?.at ?? d.deal.createdAt
      sorted.append(d)
    }
    drafts = sorted
    deals = sorted.map(\.deal)
  }
}
