/// Every open deal's hygiene findings and each owner's tallies for one day, built in one pass
/// and then patched deal by deal: the cockpit keeps one with its derived data, so an edit of one
/// deal re-scores only that deal instead of rescanning 100k (`CockpitData+Hygiene`).
public struct HygieneBook: Sendable {
  /// Per owner: open deals, deals whose stage has required fields, failing ids per part.
  struct Tally: Sendable {
    var open = 0
    var withRules = 0
    var failing: [HygienePart: Set<String>] = [:]
  }

  public private(set) var asOf: Day
  /// Findings of the open deals of the owners the book was built for.
  public private(set) var deals: [String: DealHygiene] = [:]
  var tallies: [String: Tally] = [:]
  /// Activities completed in asOf's ISO week (Monday to asOf) per owner.
  public private(set) var activitiesThisWeek: [String: Int] = [:]
  let owners: Set<String>

  /// The book for `owners`' open deals as of `asOf`. With `historical`, each deal and activity is
  /// first rebuilt as it stood at the end of asOf (`DealHistory.asOf`: stage, close date, owner and
  /// amount from the history; next step and contacts as they are today, since no history logs
  /// them) — the weekly trend's points.
  public init(
    _ ws: Workspace, owners: Set<String>, asOf: Day, historical: Bool = false,
    lastActivity known: [String: Day]? = nil
  ) {
    self.asOf = asOf
    self.owners = owners
    let cutoff = Timestamp(day: asOf.adding(days: 1))
    let monday = Hygiene.weekStart(asOf)
    var last: [String: Day] = known ?? [:]
    ws.activities.items.withUnsafeBufferPointer { all in
      for i in all.indices {
        guard let done = all[i].doneAt, done < cutoff else { continue }
        let day = done.day
        if owners.contains(all[i].ownerId) && day >= monday {
          activitiesThisWeek[all[i].ownerId, default: 0] += 1
        }
        if known == nil, let deal = all[i].dealId, last[deal].map({ $0 < day }) ?? true { last[deal] = day }
      }
    }
    let lookup = StageLookup(ws.settings, today: asOf)
    ws.deals.items.withUnsafeBufferPointer { all in
      for i in all.indices {
        let deal: Deal
        if historical {
          // Only deals someone in `owners` owns now or owned before can be theirs at the cutoff.
          guard owners.contains(all[i].ownerId) || all[i].history.contains(where: { $0.field == .owner }),
            let old = DealHistory.asOf(all[i], cutoff: cutoff)
          else { continue }
          deal = old
        } else {
          guard owners.contains(all[i].ownerId) else { continue }
          deal = all[i]
        }
        guard owners.contains(deal.ownerId), lookup.isOpen(deal) else { continue }
        insert(
          Hygiene.check(deal, stage: lookup[deal.stage], lastActivity: last[deal.id], asOf: asOf, in: ws))
      }
    }
  }

  /// Re-checks one deal after it changed (or went): out with its old findings, in with the new.
  /// `deal` is the deal as it is now (nil when deleted); only open deals of the book's owners count.
  public mutating func update(
    _ id: String, deal: Deal?, stage: Stage?, isOpen: Bool, lastActivity: Day?, in ws: Workspace
  ) {
    remove(id)
    guard let deal, isOpen, owners.contains(deal.ownerId) else { return }
    insert(Hygiene.check(deal, stage: stage, lastActivity: lastActivity, asOf: asOf, in: ws))
  }

  /// Counts an activity in or out of "activities this week" (`sign` +1 or −1).
  public mutating func count(_ a: Activity, sign: Int) {
    guard owners.contains(a.ownerId), let done = a.doneAt?.day, done <= asOf, done >= Hygiene.weekStart(asOf)
    else { return }
    activitiesThisWeek[a.ownerId, default: 0] += sign
  }

  mutating func insert(_ h: DealHygiene) {
    deals[h.dealId] = h
    var t = tallies[h.ownerId] ?? Tally()
    t.open += 1
    if h.hasRules { t.withRules += 1 }
    for p in h.failing { t.failing[p, default: []].insert(h.dealId) }
    tallies[h.ownerId] = t
  }

  mutating func remove(_ id: String) {
    guard let h = deals.removeValue(forKey: id), var t = tallies[h.ownerId] else { return }
    t.open -= 1
    if h.hasRules { t.withRules -= 1 }
    for p in h.failing { t.failing[p]?.remove(id) }
    tallies[h.ownerId] = t
  }

  /// The owner's score; `goal` is their activity goal for the week (nil: the part is skipped).
  /// `withIds: false` leaves `recordIds` empty (a table of many reps needs only the numbers).
  public func score(_ ownerId: String, goal: HygieneGoal? = nil, withIds: Bool = true) -> HygieneScore {
    let t = tallies[ownerId] ?? Tally()
    var denominators: [HygienePart: Int] = [:]
    for p in HygienePart.allCases where p != .activity {
      denominators[p] = p == .requiredFields ? t.withRules : t.open
    }
    return HygieneScore(
      personId: ownerId, asOf: asOf, counts: t.failing.mapValues(\.count),
      ids: withIds ? t.failing.mapValues { Array($0) } : [:], denominators: denominators,
      logged: activitiesThisWeek[ownerId] ?? 0, goal: goal)
  }
}
