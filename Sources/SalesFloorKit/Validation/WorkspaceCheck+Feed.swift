extension WorkspaceCheck {
  /// Posts and read marks: an author, a linked record or a read mark's person that no longer
  /// exists is a warning (the post still shows, its link opens nothing), not an error: deleting a
  /// deal or a person must not have to touch the feed's history.
  static func checkFeed(_ ws: Workspace, _ out: inout [CheckFinding]) {
    for p in ws.posts.items {
      if ws.people[id: p.authorId] == nil {
        out.append(.init(.warning, .posts, p.id, "author \(p.authorId) does not exist"))
      }
      if let l = p.link, (try? PostRules.check(l, in: ws)) == nil {
        out.append(.init(.warning, .posts, p.id, "linked \(l.kind.rawValue) \(l.id) does not exist"))
      }
    }
    for r in ws.feedReads.items where ws.people[id: r.id] == nil {
      out.append(.init(.warning, .feedReads, r.id, "person \(r.id) does not exist"))
    }
  }
}
