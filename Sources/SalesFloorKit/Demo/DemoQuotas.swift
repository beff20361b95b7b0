/// One won deal the quota plan asks for.
struct WonSlot {
  var rep: Int
  /// True for the current quarter, false for the previous one.
  var current: Bool
  var amount: Int64
}

extension DemoBuilder {
  /// Share of deals that are won and lost; the rest are open.
  var wonBudget: Int { dealTarget * 27 / 100 }
  var lostBudget: Int { dealTarget * 13 / 100 }

  /// Quarterly quotas per rep, and the won deals that put each rep at a chosen attainment:
  /// current-quarter attainment spreads evenly from ~40 % to ~130 % across the floor.
  mutating func makeQuotaPlan() {
    let repsN = reps.count
    let perQuarter = max(1, Double(wonBudget) / Double(2 * repsN))
    let seasonality = [0.9, 1.0, 1.0, 1.1]
    repQuota = []
    repQuota.reserveCapacity(repsN)
    for _ in 0..<repsN {
      let base = perQuarter * 70_000 * rng.double(0.85...1.15)
      repQuota.append(seasonality.map { DemoBuilder.dollars(base * $0, step: 5_000) })
    }

    let ranks = rng.shuffled(Array(0..<repsN))
    attainmentTarget = Array(repeating: 0.85, count: repsN)
    for (rank, r) in ranks.enumerated() where repsN > 1 {
      attainmentTarget[r] = 0.4 + 0.9 * Double(rank) / Double(repsN - 1) + rng.double(-0.03...0.03)
    }

    var counts = Array(repeating: [0, 0], count: repsN)
    for j in 0..<wonBudget {
      let r = j % repsN
      let prev = (j / repsN) % 2 == 1 && !newHire[r]
      counts[r][prev ? 1 : 0] += 1
    }
    wonPlan.reserveCapacity(wonBudget)
    for r in 0..<repsN {
      for q in 0..<2 where counts[r][q] > 0 {
        let current = q == 0
        let quota =
          current
          ? quotaAmount(rep: r, period: currentQuarter)
          : quotaAmount(
            rep: r, period: previousQuarter)
        let attainment = current ? attainmentTarget[r] : rng.double(0.55...1.25)
        let ramp = current && newHire[r] ? Double(rampPercent(rep: r)) / 100 : 1
        let target = Double(quota) / 100 * attainment * ramp
        guard target > 0 else { continue }
        let weights = (0..<counts[r][q]).map { _ in rng.double(0.6...1.4) }
        let sum = weights.reduce(0, +)
        for w in weights {
          wonPlan.append(WonSlot(rep: r, current: current, amount: DemoBuilder.dollars(target * w / sum)))
        }
      }
    }
  }

  /// The rep's full quota for a quarter (previous fiscal year's quarters reuse this year's shape).
  func quotaAmount(rep r: Int, period: Period) -> Int64 {
    repQuota[r][max(0, min(3, period.index - 1))]
  }

  /// Ramp percent for a rep today: month since hire looked up in the workspace ramp schedule.
  func rampPercent(rep r: Int) -> Int {
    guard let hire = people[reps[r]].hireDate else { return 100 }
    let month = max(0, hire.days(to: today) / 30)
    let schedule = settings.rampSchedule
    return month < schedule.count ? schedule[month] : 100
  }

  /// Quotas for every rep and every team, for all four quarters of the current fiscal year.
  /// Team quotas are 90 % of the sum of their reps' (reps carry a little over-assignment).
  func makeQuotas() -> [Quota] {
    var out: [Quota] = []
    let count = reps.count * 4 + managers.count * 4
    out.reserveCapacity(count)
    let quarters = (1...4).map {
      Period(kind: .quarter, year: fiscalYear.year, index: $0, fiscalStartMonth: fiscalYear.fiscalStartMonth)
    }
    for r in 0..<reps.count {
      for (q, period) in quarters.enumerated() {
        out.append(
          Quota(
            id: DemoBuilder.id("q", out.count + 1, count: count, minWidth: 4), personId: people[reps[r]].id,
            period: period.description, amount: repQuota[r][q], currency: settings.currency,
            ramp: newHire[r]))
      }
    }
    var teamSums = Array(repeating: [Int64](repeating: 0, count: 4), count: managers.count)
    for r in 0..<reps.count {
      for q in 0..<4 { teamSums[r % managers.count][q] += repQuota[r][q] }
    }
    for m in 0..<managers.count {
      for (q, period) in quarters.enumerated() {
        let amount = DemoBuilder.dollars(Double(teamSums[m][q]) / 100 * 0.9, step: 5_000)
        out.append(
          Quota(
            id: DemoBuilder.id("q", out.count + 1, count: count, minWidth: 4), team: teamName(m),
            period: period.description, amount: amount, currency: settings.currency, ramp: false))
      }
    }
    return out
  }
}
