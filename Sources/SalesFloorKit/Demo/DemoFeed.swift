extension DemoBuilder {
  /// A few posts so the demo's feed looks alive beside the entries its deals already make: one
  /// pinned until the quarter ends, one expired, a win called out with a link. Drawn from a
  /// generator of their own, so every other demo record stays byte-identical.
  mutating func addFeed(to ws: inout Workspace) {
    var r = SplitMix64(seed: seed &+ 0xFEED)
    let ops = people.first { $0.role == .ops }
    let managers = self.managers.map { people[$0] }
    guard let author = ops ?? managers.first else { return }
    let manager = managers.isEmpty ? author : r.pick(managers)
    func at(_ daysAgo: Int) -> Timestamp {
      Timestamp(day: today.adding(days: -daysAgo), hour: r.int(8...17), minute: r.int(0...59))
    }
    let stages = StageLookup(ws.settings, today: today)
    let recentWin = ws.deals.items.filter { d in
      stages.isWon(d) && d.ownerId != ""
        && (d.closeDate.map { $0 <= today && $0 >= today.adding(days: -10) } ?? false)
    }.max { (stages.amount(of: $0) ?? 0, $1.id) < (stages.amount(of: $1) ?? 0, $0.id) }
    var posts = [
      Post(
        id: "post-demo-1", authorId: author.id,
        text: "\(currentQuarter) push: every Commit deal needs a next step dated this week.",
        createdAt: at(12),
        pinned: true, expiresOn: currentQuarter.end),
      Post(
        id: "post-demo-2", authorId: author.id, text: "Office closed Friday for the offsite.",
        createdAt: at(21),
        expiresOn: today.adding(days: -14)),
      Post(
        id: "post-demo-3", authorId: manager.id,
        text: "Pipeline review moves to Thursdays at 10:00 from next week.", createdAt: at(6)),
      Post(
        id: "post-demo-4", authorId: author.id,
        text: "New pricing sheet for 2027 is in the content library.", createdAt: at(1)),
    ]
    if let win = recentWin {
      let owner = ws.people[id: win.ownerId]?.name ?? "the team"
      posts.append(
        Post(
          id: "post-demo-5", authorId: manager.id,
          text: "Big win by \(owner): \(win.name). Ask how they did it!",
          createdAt: at(1), link: FeedLink(.deal, win.id)))
    }
    ws.posts = RecordTable(posts)
  }
}
