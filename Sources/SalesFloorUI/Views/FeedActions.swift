import SalesFloorKit

extension CockpitState {
  /// The Feed view's entries from `data` (kept current by change sets, never rebuilt here).
  mutating func refreshFeedView() {
    let entries = FeedViewText.shown(data.feedEntries)
    views.content = .feed(entries)
    views.feedRows = FeedViewRows(
      entries, seen: views.feedSeen, personId: viewer.actorId, currency: workspace.settings.currency)
    views.feedCursor.clamp(count: entries.count)
  }

  /// The entry under the Feed view's cursor.
  public var selectedFeedEntry: FeedEntry? {
    guard views.current == .feed, case .feed(let entries) = views.content,
      entries.indices.contains(views.feedCursor.index)
    else { return nil }
    return entries[views.feedCursor.index]
  }

  /// The viewer's stored read mark.
  var feedReadMark: Timestamp? { TeamFeed.readUpTo(viewer.actorId, in: workspace) }
}

extension CockpitProgram {
  /// Reducer cases of the Feed view; nil when `id` is not a feed action.
  mutating func performFeed(id: String) -> [ProgramEffect]? {
    guard let action = FeedKeymap.Action(rawValue: id) else { return nil }
    switch action {
    case .open:
      state.views.feedSeen = state.feedReadMark
      state.views.feedCursor = ListCursor()
      state.views.offsets[.feed] = 0
      show(.feed)
    case .down: moveFeedCursor(1)
    case .up: moveFeedCursor(-1)
    case .top: moveFeedCursor(-1_000_000)
    case .bottom: moveFeedCursor(1_000_000)
    case .openLink: openFeedLink()
    case .post: openForm(.action(.post))
    }
    return []
  }

  /// Moves the selection and scrolls so it stays visible (line 0 is the view's summary line).
  mutating func moveFeedCursor(_ delta: Int) {
    guard case .feed(let entries) = state.views.content else { return }
    state.views.feedCursor.move(delta, count: entries.count)
    scrollViewToRow(state.views.feedCursor.index, headerLines: FeedViewText.headerLines)
  }

  /// Scrolls the open view so table row `row` (below `headerLines` lines) is on screen; going up
  /// to the first rows shows the header again.
  mutating func scrollViewToRow(_ row: Int, headerLines: Int) {
    let view = state.views.current
    let line = row + headerLines
    let visible = ViewsRenderer.bodyHeight(size)
    let offset = state.views.offsets[view] ?? 0
    if line < offset + headerLines {
      state.views.offsets[view] = max(0, line - headerLines)
    } else if line >= offset + visible {
      state.views.offsets[view] = line - visible + 1
    }
  }

  /// Enter: a deal opens its card, a coaching item its detail, a training entry the Training view.
  mutating func openFeedLink() {
    guard let link = state.selectedFeedEntry?.link else { return }
    switch link.kind {
    case .deal: state.overlay = .dealDetail(dealId: link.id, offset: 0)
    case .coaching: state.overlay = .coachingDetail(itemId: link.id, offset: 0)
    case .training: show(.training)
    case .person:
      let name = state.workspace.people[id: link.id]?.name ?? link.id
      state.status = StatusMessage("\(name): see the Quota pane (2) or `salesfloor person show`", kind: .info)
    }
  }

  /// Marks the feed read for the viewer while the Feed view shows entries newer than their mark.
  ///
  /// Called from the tick, never from a key: a read mark is bookkeeping, not an edit, so it goes
  /// straight to the store outside the undo stack (`u` never has to undo "I looked at the feed"
  /// before it reaches the user's last real edit), and keys keep their rule of writing only edits.
  mutating func markFeedReadIfShown() {
    guard state.views.current == .feed, state.overlay.isNone, !store.isReadOnly,
      let me = state.viewer.actorId, state.workspace.people[id: me] != nil
    else { return }
    let mark = state.feedReadMark
    let t = now()
    guard let newest = state.data.feedEntries.lazy.map(\.at).max(),
      mark.map({ newest > $0 && t > $0 }) ?? true
    else { return }
    let ctx = CommandContext(workspace: state.workspace, actor: me, now: t, today: state.asOf, newId: newId)
    guard let edit = try? MarkFeedRead(personId: me).edit(in: ctx) else { return }
    let tx = Transaction(
      id: newId("tx-"), at: ctx.now, actor: me, summary: edit.summary, mutations: edit.mutations)
    guard let result = try? store.commit(tx, expecting: [:]) else { return }
    state.apply(result.all)
  }
}
