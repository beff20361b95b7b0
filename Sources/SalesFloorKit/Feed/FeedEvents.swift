/// The rules that turn records into feed entries, one function per source. Each keeps only events
/// whose day falls in `from`…`to`.
extension FeedIndex {
  /// Won or lost (the last stage change into the closing stage, else the close date when the deal
  /// was created closed); for a large deal also its moves between open stages and its close date
  /// slipping out of the quarter it was due in.
  static func dealEntries(_ d: Deal, _ ctx: FeedContext, from: Day, to: Day, largeDeal: Int64) -> [FeedEntry]
  {
    var out: [FeedEntry] = []
    let amount = ctx.stages.amount(of: d)
    let owner = ctx.name(d.ownerId)
    let link = FeedLink(.deal, d.id)
    func inWindow(_ t: Timestamp) -> Bool {
      let day = t.day
      return day >= from && day <= to
    }
    let kind = ctx.stages.kind(of: d)
    if kind != .open {
      let entered = d.history.last { $0.field == .stage }
      let at: Timestamp
      if let c = entered, c.to == d.stage {
        at = c.at
      } else {
        at = Timestamp(day: d.closeDate ?? d.createdAt.day)
      }
      if inWindow(at) {
        let won = kind == .won
        var text = "\(owner) \(won ? "won" : "lost") \(d.name)"
        if !won, let r = d.lostReason, !r.isEmpty { text += " (\(r))" }
        out.append(
          FeedEntry(
            id: "\(won ? "won" : "lost"):\(d.id)", kind: won ? .won : .lost, at: at, text: text,
            amount: amount,
            link: link, personId: d.ownerId))
      }
    }
    guard let amount, amount >= largeDeal else { return out }
    let fsm = ctx.ws.settings.fiscalYearStartMonth
    for c in d.history where inWindow(c.at) {
      switch c.field {
      case .stage:
        guard let to = c.to, ctx.stages[to]?.isOpen ?? false, c.from != nil else { continue }
        out.append(
          FeedEntry(
            id: "stage:\(d.id):\(c.at.seconds)", kind: .stage, at: c.at,
            text: "\(d.name) moved \(ctx.stageName(c.from)) → \(ctx.stageName(to)) (\(owner))",
            amount: amount, link: link, personId: d.ownerId))
      case .closeDate:
        guard let f = c.from.flatMap({ Day(iso: $0) }), let t = c.to.flatMap({ Day(iso: $0) }), t > f else {
          continue
        }
        let due = Period.containing(f, kind: .quarter, fiscalStartMonth: fsm)
        guard !due.contains(t) else { continue }
        out.append(
          FeedEntry(
            id: "slip:\(d.id):\(c.at.seconds)", kind: .slip, at: c.at,
            text: "\(d.name) slipped out of \(due): \(f) → \(t) (\(owner))", amount: amount, link: link,
            personId: d.ownerId))
      default: continue
      }
    }
    return out
  }

  /// 50 % and 100 % of a person's quota crossed: for each of their quota records, the close day
  /// of the won deal that took the period's cumulative bookings (`StageLookup.amount(of:)`, in
  /// close-date order) to half and to all of the ramped quota (`QuotaBook`), as attainment counts.
  static func milestoneEntries(
    _ personId: String, won: [Deal], _ ctx: FeedContext, from: Day, to: Day
  ) -> [FeedEntry] {
    let periods = (ctx.quotaPeriods[personId] ?? []).filter { $0.start <= to && $0.end >= from }
    var out: [FeedEntry] = []
    for p in periods {
      guard let quota = ctx.book.quota(for: personId, period: p)?.amount, quota > 0 else { continue }
      let deals = won.compactMap { d -> (Day, Int64, String)? in
        guard let close = d.closeDate, p.contains(close), let a = ctx.stages.amount(of: d) else { return nil }
        return (close, a, d.id)
      }.sorted { ($0.0, $0.2) < ($1.0, $1.2) }
      var total: Int64 = 0
      var reached: Set<Int> = []
      for (day, a, _) in deals {
        total += a
        for pct in [50, 100] where !reached.contains(pct) && total * 100 >= quota * Int64(pct) {
          reached.insert(pct)
          guard day >= from && day <= to else { continue }
          out.append(
            FeedEntry(
              id: "milestone:\(personId):\(p):\(pct)", kind: .milestone, at: Timestamp(day: day),
              text: "\(ctx.name(personId)) reached \(pct) % of \(p) quota", amount: total,
              link: FeedLink(.person, personId), personId: personId))
        }
      }
    }
    return out
  }

  /// A module with a certification completed (its `completedOn` day).
  static func certificationEntries(_ ctx: FeedContext, from: Day, to: Day) -> [FeedEntry] {
    ctx.ws.assignments.items.compactMap { a in
      guard let done = a.completedOn, done >= from, done <= to,
        let m = ctx.ws.training[id: a.moduleId], m.certificationValidDays != nil
      else { return nil }
      return FeedEntry(
        id: "certification:\(a.id)", kind: .certification, at: Timestamp(day: done),
        text: "\(ctx.name(a.personId)) earned the \(m.title) certification", link: FeedLink(.training, a.id),
        personId: a.personId)
    }
  }

  /// A coaching commitment met (`CommitmentCheck`, as of `to`). Commitments keep no time of
  /// meeting, so the entry is dated by the commitment's `by` day, else the item's creation day.
  static func commitmentEntries(_ ctx: FeedContext, from: Day, to: Day) -> [FeedEntry] {
    var out: [FeedEntry] = []
    for item in ctx.ws.coaching {
      for (i, c) in item.commitments.enumerated() {
        let day = min(c.by ?? item.createdAt.day, to)
        guard day >= from, CommitmentCheck.isMet(c, of: item, workspace: ctx.ws, asOf: to) else { continue }
        out.append(
          FeedEntry(
            id: "commitment:\(item.id):\(i)", kind: .commitment, at: Timestamp(day: day),
            text: "\(ctx.name(item.personId)) met a commitment: \(c.text)",
            link: FeedLink(.coaching, item.id),
            personId: item.personId))
      }
    }
    return out
  }

  /// A live post written in the window, or pinned (pinned posts stay until unpinned or expired).
  static func postEntry(_ p: Post, _ ctx: FeedContext, from: Day, to: Day) -> FeedEntry? {
    let day = p.createdAt.day
    guard p.isLive(on: to), day <= to, p.pinned || day >= from else { return nil }
    return FeedEntry(
      id: p.id, kind: .post, at: p.createdAt, text: "\(ctx.name(p.authorId)): \(p.text)", link: p.link,
      personId: p.authorId, pinned: p.pinned)
  }
}
