/// What a rep needs on screen for one call: who to call and their number, the deal, what happened
/// last, and the plays that fit with their talk track, questions, objection answers and content.
/// Built for one queue item at a time (when the card is shown), never for the whole queue.
public struct CallCard: Hashable, Sendable {
  public var item: CallQueueItem
  public var deal: Deal
  public var accountName: String?
  public var stageName: String
  /// Who to call (`CallQueue.contact(for:in:)`); nil: the deal has no contact yet.
  public var contact: BuyingTeamMember?
  /// The deal's latest activities, newest first (at most `recentCount`).
  public var recent: [Activity]
  /// The plays that fit the deal, best first (at most `playCount`), each with its fit reasons.
  public var plays: [(play: Playbook, fit: PlayFit)]
  /// The content those plays link to, each item once, in play order.
  public var content: [ContentItem]

  public static let recentCount = 3
  public static let playCount = 2

  /// The card for `item`, or nil when its deal is gone. `plays` are the plays to rank (the
  /// cockpit passes the ones it keeps sorted by name); `stalled` is whether the deal is stalled,
  /// which the queue item already knows.
  public static func build(
    _ item: CallQueueItem, in ws: Workspace, plays: [Playbook]? = nil, activities: DealActivityIndex? = nil
  ) -> CallCard? {
    guard let d = ws.deals[id: item.dealId] else { return nil }
    let stalled = item.reasons.contains { if case .stalled = $0 { return true } else { return false } }
    var recent: [Activity] = []
    if let activities {
      recent = activities.activities(of: d.id, in: ws)
    } else {
      ws.activities.items.withUnsafeBufferPointer { all in
        for i in all.indices where all[i].dealId == d.id { recent.append(all[i]) }
      }
    }
    recent.sort { (when($0), $0.id) > (when($1), $1.id) }
    let fits = PlayFitRanker.rank(
      deal: d, plays: plays ?? ws.playbooks.items, workspace: ws, stalled: stalled
    )
    .filter(\.fits).prefix(playCount)
    let chosen = fits.compactMap { f in ws.playbooks[id: f.playId].map { (play: $0, fit: f) } }
    var seen: Set<String> = []
    var content: [ContentItem] = []
    for (p, _) in chosen {
      for id in p.contentIds where seen.insert(id).inserted {
        if let c = ws.content[id: id] { content.append(c) }
      }
    }
    return CallCard(
      item: item, deal: d, accountName: d.accountId.flatMap { ws.accounts[id: $0]?.name },
      stageName: ws.settings.stage(d.stage)?.name ?? d.stage, contact: CallQueue.contact(for: d, in: ws),
      recent: Array(recent.prefix(recentCount)), plays: chosen, content: content)
  }

  /// When an activity happened or is planned: done time, else due day, else when it was logged.
  static func when(_ a: Activity) -> Timestamp {
    a.doneAt ?? a.dueDate.map { Timestamp(day: $0) } ?? a.createdAt
  }

  public static func == (a: CallCard, b: CallCard) -> Bool {
    a.item == b.item && a.deal == b.deal && a.contact == b.contact && a.recent == b.recent
      && a.plays.map(\.play) == b.plays.map(\.play) && a.content == b.content
  }

  public func hash(into h: inout Hasher) {
    h.combine(item)
    h.combine(deal.id)
  }
}
