/// The team feed: posts plus events read from the records, newest first with pinned posts on top.
///
/// Why derived: every automatic entry (a win, a slip, a quota milestone, a certification, a met
/// commitment) is already in the records and their history, so the feed stores nothing twice and
/// team sync needs nothing new for it; only posts and read marks are stored. Formulas and rules:
/// docs/salesops.md, "Team feed".
public enum TeamFeed {
  /// The feed for days `from`…`to` (inclusive), filtered by `settings` (default: the workspace's
  /// `settings.feed`, else everything). Live pinned posts show even when written earlier.
  public static func entries(
    in ws: Workspace, from: Day, to: Day, settings: FeedSettings? = nil
  ) -> [FeedEntry] {
    let chosen = settings ?? ws.settings.feed ?? FeedSettings()
    return FeedIndex(ws, from: from, to: to, largeDealAmount: chosen.largeDealAmount).entries(
      settings: chosen)
  }

  /// Where `personId` has read up to; nil: never opened the feed.
  public static func readUpTo(_ personId: String?, in ws: Workspace) -> Timestamp? {
    personId.flatMap { ws.feedReads[id: $0]?.readUpTo }
  }

  /// Unread for the person: newer than their read mark, and not their own post.
  public static func isUnread(_ e: FeedEntry, readUpTo: Timestamp?, personId: String?) -> Bool {
    if e.kind == .post, e.personId != nil, e.personId == personId { return false }
    guard let mark = readUpTo else { return true }
    return e.at > mark
  }

  /// The one entry the home screen's ticker shows: the newest unread post (people's words come
  /// first), else the newest unread entry, else the newest pinned post, else nothing.
  /// One pass and no copies: the home screen draws it on every frame.
  public static func ticker(_ entries: [FeedEntry], readUpTo: Timestamp?, personId: String?) -> FeedEntry? {
    // Indexes and fields, not copies: an entry is copied once, when chosen. Entries are in feed
    // order (pinned first, then newest first), so past the pinned ones the first entry at or
    // before the read mark ends the unread part.
    var post: Int?
    var any: Int?
    var pinned: Int?
    entries.withUnsafeBufferPointer { all in
      for i in all.indices {
        if all[i].pinned {
          if pinned == nil { pinned = i }
        } else if let mark = readUpTo, all[i].at <= mark {
          break
        }
        if let mark = readUpTo, all[i].at <= mark { continue }
        let isPost = all[i].kind == .post
        if isPost, all[i].personId != nil, all[i].personId == personId { continue }
        func older(_ a: Int, _ b: Int) -> Bool { (all[a].at, all[b].id) < (all[b].at, all[a].id) }
        // Past the pinned entries each one is older than the last: once this one is older than
        // both picks, nothing after it can replace them.
        if !all[i].pinned, let p = post, let a = any, older(i, p), older(i, a) { break }
        if isPost, post.map({ older($0, i) }) ?? true { post = i }
        if any.map({ older($0, i) }) ?? true { any = i }
      }
    }
    return (post ?? any ?? pinned).map { entries[$0] }
  }

  /// `entries` (in feed order, as `FeedIndex.entries` gives them) with `removed` taken out and
  /// those of `added` that `settings` shows put in their place: equal to re-reading and sorting,
  /// at the cost of one pass and a binary search per added entry.
  public static func patch(
    _ entries: inout [FeedEntry], removed: [FeedEntry], added: [FeedEntry], settings: FeedSettings
  ) {
    // Each old entry is found where the order puts it (binary search), so nothing is copied.
    for e in removed {
      var i = position(of: e, in: entries)
      while i < entries.count, !FeedEntry.feedOrder(e, entries[i]) {
        if entries[i].id == e.id {
          entries.remove(at: i)
          break
        }
        i += 1
      }
    }
    for e in added where settings.shows(e.kind) { entries.insert(e, at: position(of: e, in: entries)) }
  }

  /// The first index whose entry does not come before `e` in feed order.
  static func position(of e: FeedEntry, in entries: [FeedEntry]) -> Int {
    entries.withUnsafeBufferPointer { all in
      var lo = 0
      var hi = all.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if FeedEntry.feedOrder(all[mid], e) { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }
  }

  /// Days a cockpit's feed covers, up to today: a month of news is what a floor scrolls back to.
  public static let windowDays = 30
}

/// The feed's entries grouped by what they are read from, so a change to a few records patches
/// only their part (the cockpit keeps one and applies change sets to it; `TeamFeed.entries` builds
/// one and reads it once).
public struct FeedIndex: Sendable, Equatable {
  public let from: Day
  public let to: Day
  /// Won, lost, stage and slip entries per deal id.
  var byDeal: [String: [FeedEntry]] = [:]
  /// Quota milestones per person id.
  var milestones: [String: [FeedEntry]] = [:]
  var certifications: [FeedEntry] = []
  var commitments: [FeedEntry] = []
  var posts: [FeedEntry] = []
  /// The large-deal threshold the deal entries were built with.
  var largeDeal: Int64

  /// `largeDealAmount` defaults to the workspace's `settings.feed` (else the default threshold).
  public init(_ ws: Workspace, from: Day, to: Day, largeDealAmount: Int64? = nil) {
    self.from = from
    self.to = to
    largeDeal = largeDealAmount ?? (ws.settings.feed ?? FeedSettings()).largeDealAmount
    let ctx = FeedContext(ws, today: to)
    var wonByOwner: [String: [Deal]] = [:]
    for d in ws.deals {
      let list = Self.dealEntries(d, ctx, from: from, to: to, largeDeal: largeDeal)
      if !list.isEmpty { byDeal[d.id] = list }
      if ctx.stages.isWon(d) { wonByOwner[d.ownerId, default: []].append(d) }
    }
    for (pid, won) in wonByOwner {
      let list = Self.milestoneEntries(pid, won: won, ctx, from: from, to: to)
      if !list.isEmpty { milestones[pid] = list }
    }
    refreshPeopleRecords(ws)
    refreshPosts(ws)
  }

  /// Every entry, filtered by the settings, in feed order.
  public func entries(settings: FeedSettings) -> [FeedEntry] {
    var out: [FeedEntry] = []
    for list in byDeal.values { out.append(contentsOf: list) }
    for list in milestones.values { out.append(contentsOf: list) }
    out += certifications + commitments + posts
    return out.filter { settings.shows($0.kind) }.sorted(by: FeedEntry.feedOrder)
  }

  /// Re-reads these deals (changed, added or removed) and their owners' milestones; returns the
  /// entries that went and the ones that came, so a sorted list of `entries` can be patched
  /// (`TeamFeed.patch`) instead of re-sorted (tens of thousands of entries at 100k deals).
  @discardableResult
  public mutating func update(
    deals ids: Set<String>, owners: Set<String>, workspace ws: Workspace
  ) -> (removed: [FeedEntry], added: [FeedEntry]) {
    let ctx = FeedContext(ws, today: to)
    var removed: [FeedEntry] = []
    var added: [FeedEntry] = []
    for id in ids {
      let list = ws.deals[id: id].map { Self.dealEntries($0, ctx, from: from, to: to, largeDeal: largeDeal) }
      removed += byDeal[id] ?? []
      added += list ?? []
      byDeal[id] = (list?.isEmpty ?? true) ? nil : list
    }
    var won: [String: [Deal]] = [:]
    if !owners.isEmpty {
      ws.deals.items.withUnsafeBufferPointer { all in
        for i in all.indices where owners.contains(all[i].ownerId) && ctx.stages.isWon(all[i]) {
          won[all[i].ownerId, default: []].append(all[i])
        }
      }
    }
    for pid in owners {
      let list = Self.milestoneEntries(pid, won: won[pid] ?? [], ctx, from: from, to: to)
      removed += milestones[pid] ?? []
      added += list
      milestones[pid] = list.isEmpty ? nil : list
    }
    return (removed, added)
  }

  /// Re-reads certifications and commitments (training and coaching changed).
  public mutating func refreshPeopleRecords(_ ws: Workspace) {
    let ctx = FeedContext(ws, today: to)
    certifications = Self.certificationEntries(ctx, from: from, to: to)
    commitments = Self.commitmentEntries(ctx, from: from, to: to)
  }

  /// Re-reads posts (a post was added, changed or deleted).
  public mutating func refreshPosts(_ ws: Workspace) {
    let ctx = FeedContext(ws, today: to)
    posts = ws.posts.items.compactMap { Self.postEntry($0, ctx, from: from, to: to) }
  }
}

/// What entry builders read besides the record: stage kinds, conversion, names.
struct FeedContext {
  let ws: Workspace
  let stages: StageLookup
  let book: QuotaBook
  /// The periods each person has a quota record for.
  let quotaPeriods: [String: Set<Period>]

  init(_ ws: Workspace, today: Day) {
    self.ws = ws
    stages = StageLookup(ws.settings, today: today)
    book = QuotaBook(ws)
    var periods: [String: Set<Period>] = [:]
    for q in ws.quotas {
      guard let pid = q.personId,
        let p = Period(parsing: q.period, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
      else { continue }
      periods[pid, default: []].insert(p)
    }
    quotaPeriods = periods
  }

  func name(_ personId: String) -> String { ws.people[id: personId]?.name ?? personId }
  func stageName(_ id: String?) -> String { id.map { stages[$0]?.name ?? $0 } ?? "none" }
}

extension TeamFeed {
  /// Reads `--since` text: `7d` or `2w` back from today, else any day `DateParser` reads
  /// (`2026-11-01`, `-14d`, `mon`); a day after today is refused.
  public static func since(_ text: String, today: Day, fiscalStartMonth: Int) -> Result<Day, CommandError> {
    let t = text.lowercased()
    if let unit = t.last, unit == "d" || unit == "w", let n = Int(t.dropLast()), n >= 0 {
      return .success(today.adding(days: -(unit == "w" ? n * 7 : n)))
    }
    switch DateParser.parse(text, today: today, fiscalStartMonth: fiscalStartMonth) {
    case .success(let d):
      guard d <= today else { return .failure(.invalid(field: "since", reason: "\(d) is after today")) }
      return .success(d)
    case .failure:
      return .failure(
        .invalid(field: "since", reason: "\"\(text)\" is not a day or a span like 7d, 2w or 2026-11-01"))
    }
  }
}
