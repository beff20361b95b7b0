import SalesFloorKit

/// Keeps the team feed current from change sets: a won deal or a new post patches its part of
/// the `FeedIndex` instead of re-reading 100k deals and 300k activities.
extension CockpitData {
  /// Deals re-read one by one (and their owners' quota milestones); posts, certifications and
  /// commitments re-read when their collections changed; people (names in the text) or quotas
  /// rebuild the index. Commitments checked from activities follow on the next rebuild. Returns
  /// whether the entries changed.
  @discardableResult
  mutating func applyFeedChanges(
    deals before: [String: Deal?], people: Bool, collections: Set<CollectionName>, workspace ws: Workspace
  ) -> Bool {
    var changed = false
    var resort = false
    let settings = ws.settings.feed ?? FeedSettings()
    if people || collections.contains(.quotas) || collections.contains(.rampPlans) {
      feed = FeedIndex(ws, from: feed.from, to: feed.to)
      resort = true
    } else {
      if !before.isEmpty {
        // Quota milestones count won deals only: a move between open stages leaves them alone.
        let stages = StageLookup(ws.settings, today: feed.to)
        var owners: Set<String> = []
        for (id, old) in before {
          if let o = old, stages.isWon(o) { owners.insert(o.ownerId) }
          if let d = ws.deals[id: id], stages.isWon(d) { owners.insert(d.ownerId) }
        }
        // Deals patch the sorted entries in place; the other sources below re-sort (rare edits).
        let diff = feed.update(deals: Set(before.keys), owners: owners, workspace: ws)
        TeamFeed.patch(&feedEntries, removed: diff.removed, added: diff.added, settings: settings)
        changed = true
      }
      if collections.contains(.coaching) || collections.contains(.assignments)
        || collections.contains(.training)
      {
        feed.refreshPeopleRecords(ws)
        resort = true
      }
      if collections.contains(.posts) {
        feed.refreshPosts(ws)
        resort = true
      }
    }
    if resort { feedEntries = feed.entries(settings: settings) }
    return changed || resort
  }

  /// Picks the ticker entry again for `personId`, from `feedEntries` and their stored read mark.
  mutating func refreshFeedTicker(_ ws: Workspace, personId: String?) {
    feedTicker = TeamFeed.ticker(
      feedEntries, readUpTo: TeamFeed.readUpTo(personId, in: ws), personId: personId)
  }
}
