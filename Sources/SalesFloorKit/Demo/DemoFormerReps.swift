/// The demo's former reps: every past hire in the hiring history who is not on today's floor
/// becomes an inactive person (linked from the candidate), with quarterly quotas (ramped) and won
/// and lost deals over their time on the floor, so `report hiring` can judge ramp attainment at
/// 3 and 6 months by source and by interview score on real evidence.
///
/// How well a hire sold follows their interview scores and source (referrals and high scorers
/// ramp more often) plus noise: a signal to find, not a law. Their time on the floor ends before
/// the two quarters the current team's figures cover (`historyEnd`), so this and the previous
/// quarter's figures stay as they were (evidence over all closed deals, such as the methods report
/// and the predictive forecast's history, does include them); hires too recent to have sold before
/// then left within weeks (a person, no quota, no deals). Formulas: docs/salesops.md "Hiring".
///
/// Runs last and swaps its own generator in for the shared one while it reuses the deal helpers,
/// so every other demo record stays byte-identical.
extension DemoBuilder {
  static let formerRepSeedSalt: UInt64 = 0x464F_524D_4552

  /// The first day none of the former reps was on the floor: the start of the previous quarter,
  /// or earlier when that is within the demo's handoff window (won deals of the last ~6 months
  /// all have handoffs).
  var historyEnd: Day { min(previousQuarter.start, today.adding(days: -182)) }

  mutating func addFormerReps(to ws: inout Workspace) {
    let hires = ws.candidates.sortedById.filter { $0.stage == .hired && $0.personId == nil }
    guard !hires.isEmpty, !managers.isEmpty, !accounts.isEmpty else { return }
    let shared = rng
    rng = SplitMix64(seed: seed &+ Self.formerRepSeedSalt)
    defer { rng = shared }
    let book = QuotaBook(ws)
    let quotaWidth = ws.quotas.count
    var contactsAt: [String: [Contact]] = [:]
    for c in ws.contacts.sortedById { contactsAt[c.accountId, default: []].append(c) }
    var drafts: [Deal] = []

    for (n, candidate) in hires.enumerated() {
      guard let hiredOn = candidate.day(entered: .hired) else { continue }
      let m = managers.firstIndex { people[$0].id == candidate.managerId } ?? n % managers.count
      let territory = m % 2
      let pid = DemoBuilder.id("p", people.count + n + 1, count: people.count, minWidth: 3)
      let hire = hiredOn.adding(days: rng.int(7...21))
      ws.people.upsert(
        Person(
          id: pid, name: candidate.name, role: .rep, managerId: people[managers[m]].id, team: teamName(m),
          hireDate: hire,
          territoryId: territory == 0 ? "terr-east" : "terr-west", active: false))
      var linked = candidate
      linked.personId = pid
      ws.candidates.upsert(linked)

      // Left 5–18 months in, and before `historyEnd`; too recent a hire left within weeks.
      let left = min(hire.adding(days: rng.int(150...540)), historyEnd.adding(days: -1))
      guard hire.adding(days: 30) < left else { continue }
      let rep = FormerRep(id: pid, territory: territory, hire: hire, left: left)
      var full: [Period: Int64] = [:]
      var quarter = Period.containing(hire, kind: .quarter, fiscalStartMonth: settings.fiscalYearStartMonth)
      while quarter.start <= left {
        let amount = formerQuota(quarter)
        full[quarter] = amount
        let ramped = quarter.months.contains {
          book.rampPercent(monthYear: $0.year, month: $0.index, hire: hire) < 100
        }
        ws.quotas.upsert(
          Quota(
            id: DemoBuilder.id("q", ws.quotas.count + 1, count: quotaWidth, minWidth: 4), personId: pid,
            period: quarter.description, amount: amount, currency: settings.currency, ramp: ramped))
        quarter = quarter.next
      }
      // Months on the floor from the hire month (month 1), sold in blocks of three: 1–3, 4–6 …
      var months: [(month: Period, quota: Double)] = []
      var month = Period(kind: .month, year: hire.year, index: hire.month)
      while month.start <= left {
        let q = Period.containing(
          month.start, kind: .quarter, fiscalStartMonth: settings.fiscalYearStartMonth)
        let pct = book.rampPercent(monthYear: month.year, month: month.index, hire: hire)
        months.append((month, Double(full[q] ?? 0) / 3 * Double(pct) / 100))
        month = month.next
      }
      let quality = Self.rampQuality(candidate, noise: rng.double(-0.25...0.25))
      for first in stride(from: 0, to: months.count, by: 3) {
        drafts += formerBlock(rep, Array(months[first..<min(first + 3, months.count)]), quality: quality)
      }
    }

    // Numbered after the current floor's deals, oldest first.
    drafts.sort { ($0.createdAt, $0.closeDate ?? today) < ($1.createdAt, $1.closeDate ?? today) }
    for (k, var d) in drafts.enumerated() {
      d.id = DemoBuilder.id("d", deals.count + k + 1, count: deals.count, minWidth: 6)
      d.updatedAt = d.history.last?.at ?? d.createdAt
      if let accountId = d.accountId, let people = contactsAt[accountId] {
        _ = linkBuyingTeam(&d, from: people, r: &rng)
      }
      _ = Self.addLines(to: &d, r: &rng)
      ws.deals.upsert(d)
    }
  }

  /// Expected attainment of the ramped quota: 0.6 at an average score of 2.5, +0.6 a point, with
  /// the source's lean (referrals ramp more often, job boards less) and the hire's own noise.
  static func rampQuality(_ c: Candidate, noise: Double) -> Double {
    let lean: [Candidate.Source: Double] = [.referral: 0.2, .inbound: 0.05, .jobBoard: -0.05]
    let score = c.averageScore ?? 2.5
    return min(1.6, max(0.1, 0.6 + 0.6 * (score - 2.5) + (lean[c.source] ?? 0) + noise))
  }

  /// A former rep's full quota for a quarter: the floor's average for that fiscal quarter, ±15 %.
  mutating func formerQuota(_ quarter: Period) -> Int64 {
    let q = max(0, min(3, quarter.index - 1))
    let mean = repQuota.map { $0[q] }.reduce(0, +) / Int64(max(1, repQuota.count))
    return DemoBuilder.dollars(Double(mean) / 100 * rng.double(0.85...1.15), step: 5_000)
  }

  /// Three months of a former rep's deals: won about `quality` × the months' ramped quota (±35 %)
  /// in deals of about half that quota (a new rep's first deals are small; a slow start sells
  /// nothing), closing in months with a quota, and now and then a lost one.
  mutating func formerBlock(
    _ rep: FormerRep, _ months: [(month: Period, quota: Double)], quality: Double
  ) -> [Deal] {
    var out: [Deal?] = []
    let selling = months.filter { $0.quota > 0 }.map(\.month)
    let quota = months.map(\.quota).reduce(0, +)
    let target = quota * quality * rng.double(0.65...1.35)
    let count = quota > 0 ? Int((target / (quota / 2)).rounded()) : 0
    if count > 0, !selling.isEmpty {
      let weights = (0..<count).map { _ in rng.double(0.6...1.4) }
      let sum = weights.reduce(0, +)
      for w in weights {
        let amount = DemoBuilder.dollars(target * w / sum / 100)
        out.append(formerDeal(rep, in: rng.pick(selling), won: true, amount: amount))
      }
    }
    for _ in 0..<rng.int(0...1) {
      out.append(formerDeal(rep, in: rng.pick(months).month, won: false, amount: nil))
    }
    return out.compactMap { $0 }
  }

  /// A won or lost deal of a former rep on an account of their territory, closing in `month`
  /// (from ten days after the hire until they left); nil when that leaves no day.
  mutating func formerDeal(_ rep: FormerRep, in month: Period, won: Bool, amount: Int64?) -> Deal? {
    let days = (max(month.start, rep.hire.adding(days: 10)), min(month.end, rep.left))
    guard days.0 <= days.1 else { return nil }
    let owner = rep.id
    let hire = rep.hire
    let pool =
      accountsByTerritory[rep.territory].isEmpty
      ? Array(accounts.indices) : accountsByTerritory[rep.territory]
    let account = pool[rng.index(pool.count)]
    let segment = accounts[account].segment
    let close = days.0.adding(days: rng.int(0...days.0.days(to: days.1)))
    var created = close.adding(days: won ? -cycleDays(segment) : -rng.int(14...90))
    created = min(max(created, hire.adding(days: 1)), close.adding(days: -8))
    let path = won ? stagePath(to: openStageIds.count - 1, final: "won") : lostPath()
    let (createdAt, history) = timeline(path: path, created: created, end: close, by: owner)
    var deal = Deal(
      id: "", name: "", accountId: accounts[account].id, ownerId: owner,
      amount: amount ?? dealAmount(segment), currency: settings.currency, stage: path.last ?? "won",
      closeDate: close, createdAt: createdAt, history: sortedHistory(history))
    decorate(&deal, account: account)
    if !won {
      let reasons = settings.lostReasons
      setLostReason(&deal, reasons: reasons, weights: Self.lostReasonWeights(reasons))
    }
    DemoBuilder.addClosedPlayProgress(&deal, segment: segment, path: Array(path.dropLast()), won: won)
    return deal
  }
}

/// A former rep while their history is generated.
struct FormerRep {
  var id: String
  /// 0 East, 1 West (their manager's).
  var territory: Int
  var hire: Day
  /// Their last day on the floor.
  var left: Day
}
