import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The Feed view (`F`), its unread marks and read mark, Enter on an entry, `p` posts, and the
/// home screen's ticker, on the demo team.
@Suite("Cockpit feed")
struct CockpitFeedTests {
  static let manager = "Elena Tanaka"
  static let rep = "Grace Osei"

  static func typed(_ text: String) -> String {
    text.map { $0 == " " ? "<Space>" : String($0) }.joined(separator: " ")
  }

  @Test("F lists the feed newest first with pinned posts on top and unread rows marked new")
  func opens() throws {
    let run = try CockpitRun("F", as: Self.rep)
    #expect(run.state.views.current == .feed)
    guard case .feed(let entries) = run.state.views.content else {
      Issue.record("no feed content")
      return
    }
    #expect(!entries.isEmpty)
    #expect(entries.first?.pinned == true)
    #expect(entries.first?.text.contains("push: every Commit deal needs a next step") == true)
    // Newest first below the pinned posts.
    let unpinned = entries.filter { !$0.pinned }
    #expect(unpinned.map(\.at) == unpinned.map(\.at).sorted(by: >))
    #expect(run.screen.contains("Feed"))
    #expect(run.screen.contains("• pin"))
    #expect(run.screen.contains("• new"))
    #expect(!run.screen.contains("Office closed Friday"))  // expired
  }

  @Test("the tick after opening marks the feed read without an undo step; reopening shows nothing new")
  func marksRead() throws {
    var run = try CockpitRun("F", as: Self.rep)
    let me = try #require(run.state.viewer.actorId)
    #expect(run.store.workspace.feedReads[id: me] == nil)
    _ = run.program.handle(.tick)
    #expect(run.store.workspace.feedReads[id: me]?.readUpTo == CockpitFixture.clock())
    #expect(run.state.history.undo.isEmpty)
    // Still open: the rows stay marked as they were when the view opened.
    try run.press("")
    #expect(run.screen.contains("• new"))
    let all = run.state.data.feedEntries
    #expect(
      run.screen.contains("· \(all.filter { TeamFeed.isUnread($0, readUpTo: nil, personId: me) }.count) new"))
    // Reopened: only what is newer than the mark (the demo has entries later today) is new.
    try run.press("<Esc> F")
    let mark = CockpitFixture.clock()
    let newer = all.filter { TeamFeed.isUnread($0, readUpTo: mark, personId: me) }.count
    #expect(newer < all.count)
    #expect(run.screen.contains("· \(newer) new"))
    // A second tick with nothing newer writes nothing more.
    let commits = run.store.committed.count
    _ = run.program.handle(.tick)
    #expect(run.store.committed.count == commits)
  }

  @Test("Enter on a deal entry opens the deal card; Esc returns to the feed")
  func enterOpensDeal() throws {
    var run = try CockpitRun("F", as: Self.manager)
    guard case .feed(let entries) = run.state.views.content else {
      Issue.record("no feed content")
      return
    }
    let i = try #require(entries.firstIndex { $0.kind == .won })
    let dealId = try #require(entries[i].link?.id)
    try run.press(Array(repeating: "j", count: i).joined(separator: " ") + " <Enter>")
    guard case .dealDetail(let id, _) = run.state.overlay else {
      Issue.record("Enter did not open a deal card")
      return
    }
    #expect(id == dealId)
    try run.press("<Esc>")
    #expect(run.state.views.current == .feed && run.state.overlay.isNone)
  }

  @Test("p posts for a manager (pinned, shown on top); a rep's p says why not")
  func posts() throws {
    var run = try CockpitRun(
      "F p \(Self.typed("Demo day moved to Friday")) <Tab> yes <Enter>", as: Self.manager)
    let post = try #require(run.store.workspace.posts.items.first { $0.text == "Demo day moved to Friday" })
    #expect(post.pinned)
    #expect(post.authorId == run.state.viewer.actorId)
    guard case .feed(let entries) = run.state.views.content else {
      Issue.record("no feed content")
      return
    }
    #expect(entries.first?.id == post.id)  // newest pinned post on top
    #expect(run.screen.contains("Elena Tanaka: Demo day moved to Friday"))
    // `u` undoes the post like any edit.
    try run.press("u")
    #expect(run.store.workspace.posts[id: post.id] == nil)

    let refused = try CockpitRun("F p", as: Self.rep)
    #expect(refused.state.overlay.isNone)
    #expect(refused.footer.contains("only managers and ops post to the team feed"))
  }

  @Test("Home's top bar carries a one-line ticker: the newest unread post; once read it gives way")
  func ticker() throws {
    var run = try CockpitRun("", as: Self.rep)
    let me = run.state.viewer.actorId
    let first = try #require(TeamFeed.ticker(run.state.data.feedEntries, readUpTo: nil, personId: me))
    // The demo's newest post is a win called out by a manager, unread for the rep.
    #expect(first.kind == .post && !first.pinned)
    #expect(run.lines[0].contains("F: " + String(first.text.prefix(20))))
    #expect(run.lines.count == CockpitFixture.standard.height)  // still one line: the panes keep their rows
    try run.press("F")
    _ = run.program.handle(.tick)
    try run.press("<Esc>")
    let mark = run.store.workspace.feedReads[id: me ?? ""]?.readUpTo
    let now = try #require(TeamFeed.ticker(run.state.data.feedEntries, readUpTo: mark, personId: me))
    #expect(now.id != first.id)
    #expect(!run.lines[0].contains(String(first.text.prefix(20))))
    #expect(run.lines[0].contains("F: " + String(now.text.prefix(10))))
    // A report view has no ticker.
    try run.press("5")
    #expect(!run.lines[0].contains("F: "))
  }

  @Test("a post from another writer reaches the open feed as a change set, equal to a rebuild")
  func otherWriter() throws {
    var run = try CockpitRun("F", as: Self.rep)
    let boss = CockpitFixture.person(Self.manager)
    let post = Post(
      id: "post-other", authorId: boss.id, text: "From the other cockpit", createdAt: CockpitFixture.clock())
    run.store.receive(
      Transaction(
        id: "tx-other", at: CockpitFixture.clock(), actor: boss.id, summary: "posted",
        mutations: [.put(.post(post))]))
    _ = run.program.handle(.tick)
    try run.press("")
    #expect(run.screen.contains("From the other cockpit"))
    let rebuilt = CockpitData(
      workspace: run.store.workspace, viewer: run.state.viewer, period: run.state.period,
      asOf: CockpitFixture.today)
    #expect(run.state.data.feedEntries == rebuilt.feedEntries)
    #expect(run.state.data.feedTicker == rebuilt.feedTicker)
  }

  @Test("a post from another writer takes over the home ticker of a rep who has not read it")
  func otherWriterTicker() throws {
    var run = try CockpitRun("", as: Self.rep)
    #expect(!run.lines[0].contains("From the other cockpit"))
    let boss = CockpitFixture.person(Self.manager)
    let post = Post(
      id: "post-other", authorId: boss.id, text: "From the other cockpit", createdAt: CockpitFixture.clock())
    run.store.receive(
      Transaction(
        id: "tx-other", at: CockpitFixture.clock(), actor: boss.id, summary: "posted",
        mutations: [.put(.post(post))]))
    _ = run.program.handle(.tick)
    try run.press("")
    #expect(run.lines[0].contains("F: Elena Tanaka: From t"))
  }
}

extension CockpitFeedTests {
  @Test(":post TEXT posts from the palette for a manager; a rep gets the reason")
  func palettePost() throws {
    let run = try CockpitRun(": \(Self.typed("post Targets are in")) <Enter>", as: Self.manager)
    #expect(run.store.workspace.posts.items.contains { $0.text == "Targets are in" })
    #expect(run.footer.contains("saved: posted: Targets are in"))
    let refused = try CockpitRun(": \(Self.typed("post Hi")) <Enter>", as: Self.rep)
    #expect(!refused.store.workspace.posts.items.contains { $0.text == "Hi" })
    #expect(refused.footer.contains("only managers and ops post to the team feed"))
  }
}
