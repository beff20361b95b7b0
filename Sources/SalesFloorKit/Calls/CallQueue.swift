/// One card of the call queue: a deal to call about now, and every reason it is there.
public struct CallQueueItem: Hashable, Sendable {
  public var dealId: String
  /// Best reason first (the one that placed the card): see `CallQueue` for the order.
  public var reasons: [CallReason]
  /// The deal's amount in the workspace currency (0 without a rate): breaks ties in the order.
  public var amount: Int64

  public init(dealId: String, reasons: [CallReason], amount: Int64) {
    self.dealId = dealId
    self.reasons = reasons
    self.amount = amount
  }

  /// "overdue 3 days · stalled: no next step date": the reasons as the queue shows them.
  public var why: String { reasons.map(\.text).joined(separator: " · ") }
}

/// Who to call now: a rep's open deals whose next step is overdue or due today, that are stalled,
/// or that close soon with nobody touching them, one item per deal (docs/salesops.md, "Call
/// queue").
///
/// Order: by each item's best reason — overdue (most days first), then due today, then stalled
/// (most idle days first), then follow-ups (most quiet days first); ties by amount (largest first,
/// in the workspace currency), then deal id.
public enum CallQueue {
  /// A deal closing within this many days of today can need a follow-up call.
  public static let followUpWindowDays = 30
  /// …when it has been quiet (no stage change or completed activity) for at least this many days.
  public static let followUpQuietDays = 7

  /// The queue of `personId`'s open deals as of `today`. Scans the workspace's activities once
  /// for the last touch of each deal; the cockpit uses `build(deals:…)` with what it keeps.
  public static func build(for personId: String, in ws: Workspace, today: Day) -> [CallQueueItem] {
    let stages = StageLookup(ws.settings, today: today)
    let last = Metrics.lastActivityByDeal(ws, asOf: today)
    return build(
      deals: ws.deals.items.lazy.filter { $0.ownerId == personId }, lastActivity: { last[$0] },
      stages: stages, today: today)
  }

  /// The queue over `deals` (closed ones are skipped), with each deal's latest completed activity
  /// day from `lastActivity`: O(deals), so the cockpit passes the viewed rep's deals only.
  public static func build(
    deals: some Sequence<Deal>, lastActivity: (String) -> Day?, stages: StageLookup, today: Day
  ) -> [CallQueueItem] {
    var items: [CallQueueItem] = []
    for d in deals where stages.isOpen(d) {
      let r = reasons(d, stage: stages[d.stage], lastActivity: lastActivity(d.id), today: today)
      guard !r.isEmpty else { continue }
      items.append(CallQueueItem(dealId: d.id, reasons: r, amount: stages.amount(of: d) ?? 0))
    }
    items.sort(by: precedes)
    return items
  }

  /// Why an open deal belongs in the queue today, best reason first (empty: it does not).
  public static func reasons(_ d: Deal, stage: Stage?, lastActivity: Day?, today: Day) -> [CallReason] {
    var out: [CallReason] = []
    if let due = d.nextStepDate {
      if due < today {
        out.append(.nextStepOverdue(days: Metrics.elapsedDays(from: due, to: today)))
      } else if due == today {
        out.append(.nextStepDueToday)
      }
    }
    let (stall, idle) = Metrics.stallReasons(d, stage: stage, lastActivity: lastActivity, asOf: today)
    if !stall.isEmpty { out.append(.stalled(days: idle, why: stall)) }
    if let close = d.closeDate, close >= today, today.days(to: close) <= followUpWindowDays,
      idle >= followUpQuietDays
    {
      out.append(.followUp(quietDays: idle, closeDate: close))
    }
    return out
  }

  /// The queue's order (see the type's comment).
  public static func precedes(_ a: CallQueueItem, _ b: CallQueueItem) -> Bool {
    let ra = a.reasons.first?.rank ?? Int.max
    let rb = b.reasons.first?.rank ?? Int.max
    if ra != rb { return ra < rb }
    let da = a.reasons.first?.days ?? 0
    let db = b.reasons.first?.days ?? 0
    if da != db { return da > db }
    if a.amount != b.amount { return a.amount > b.amount }
    return a.dealId < b.dealId
  }

  /// Who to call about a deal: its champion, else its economic buyer (each the MEDDPICC pick
  /// first, then the buying-team role: `Deal.member(withRole:in:)`), else the first contact on
  /// its buying team with a phone number; nil when there is none ("add one").
  public static func contact(for deal: Deal, in ws: Workspace) -> BuyingTeamMember? {
    deal.member(withRole: .champion, in: ws) ?? deal.member(withRole: .economicBuyer, in: ws)
      ?? deal.buyingTeam(in: ws).first { !($0.contact.phone ?? "").isEmpty }
  }
}
