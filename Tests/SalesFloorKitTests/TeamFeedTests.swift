import Foundation
import Testing

@testable import SalesFloorKit

/// The team feed: each automatic event kind from a hand-built workspace, posts with pin and
/// expiry, unread marks, the commands and the codec.
@Suite("Team feed")
struct TeamFeedTests {
  typealias F = CommandFixture

  static func day(_ m: Int, _ d: Int, year: Int = 2026) -> Day {
    Day(year: year, month: m, day: d) ?? F.today
  }
  static func at(_ m: Int, _ d: Int, hour: Int = 9) -> Timestamp { Timestamp(day: day(m, d), hour: hour) }
  static let from = day(11, 1)

  static func deal(
    _ id: String, amount: Int64, stage: String, close: Day? = nil, history: [DealChange] = [],
    lostReason: String? = nil
  ) -> Deal {
    var d = Deal(
      id: id, name: "Deal \(id)", accountId: "a-acme", ownerId: "p-bo", amount: amount, currency: "USD",
      stage: stage, closeDate: close, createdAt: at(9, 1))
    d.history = history
    d.lostReason = lostReason
    return d
  }

  static func feed(_ ws: Workspace, settings: FeedSettings? = nil) -> [FeedEntry] {
    TeamFeed.entries(in: ws, from: from, to: F.today, settings: settings)
  }

  @Test("won and lost deals in the window, newest first, with the amount; older closes left out")
  func wonLost() {
    var ws = F.workspace
    ws.deals.upsert(
      Self.deal(
        "won1", amount: 1_200_000, stage: "won", close: Self.day(11, 20),
        history: [DealChange(at: Self.at(11, 20), field: .stage, from: "proposal", to: "won")]))
    ws.deals.upsert(
      Self.deal(
        "lost1", amount: 800_000, stage: "lost", close: Self.day(11, 21),
        history: [DealChange(at: Self.at(11, 21), field: .stage, from: "demo", to: "lost")],
        lostReason: "Price"))
    ws.deals.upsert(
      Self.deal(
        "old", amount: 500_000, stage: "won", close: Self.day(10, 1),
        history: [DealChange(at: Self.at(10, 1), field: .stage, from: "proposal", to: "won")]))
    let f = Self.feed(ws)
    #expect(f.map(\.id) == ["lost:lost1", "won:won1"])
    #expect(f.map(\.text) == ["Bo Seller lost Deal lost1 (Price)", "Bo Seller won Deal won1"])
    #expect(f.map(\.amount) == [800_000, 1_200_000])
    #expect(f.first?.link == FeedLink(.deal, "lost1"))
  }

  @Test(
    "a large deal's stage moves and its slip out of the quarter show; small deals and in-quarter moves do not"
  )
  func largeDeals() {
    var ws = F.workspace
    ws.deals.upsert(
      Self.deal(
        "big", amount: 6_000_000, stage: "proposal", close: Self.day(1, 10, year: 2027),
        history: [
          DealChange(at: Self.at(11, 5), field: .closeDate, from: "2026-11-30", to: "2026-12-20"),
          DealChange(at: Self.at(11, 10), field: .stage, from: "discovery", to: "proposal"),
          DealChange(at: Self.at(11, 12), field: .closeDate, from: "2026-12-20", to: "2027-01-10"),
        ]))
    ws.deals.upsert(
      Self.deal(
        "small", amount: 1_000_000, stage: "demo",
        history: [DealChange(at: Self.at(11, 10), field: .stage, from: "discovery", to: "demo")]))
    let f = Self.feed(ws)
    #expect(f.map(\.kind) == [.slip, .stage])
    #expect(f.first?.text == "Deal big slipped out of 2026-Q4: 2026-12-20 → 2027-01-10 (Bo Seller)")
    #expect(f.last?.text == "Deal big moved Discovery → Proposal (Bo Seller)")
    // A threshold above the deal: nothing; a kinds filter without slips: only the move.
    #expect(Self.feed(ws, settings: FeedSettings(largeDealAmount: 7_000_000)).isEmpty)
    #expect(Self.feed(ws, settings: FeedSettings(kinds: [.stage])).map(\.kind) == [.stage])
  }

  @Test("quota milestones: the close day the cumulative bookings reach 50 % and 100 % of the quota")
  func milestones() {
    var ws = F.workspace
    ws.quotas = RecordTable([
      Quota(id: "q-bo", personId: "p-bo", period: "2026-Q4", amount: 2_000_000, currency: "USD", ramp: false)
    ])
    // 600k on 11-03 (30 %), +500k on 11-10 = 1.1M ≥ 1.0M (50 %), +1M on 11-25 = 2.1M ≥ 2.0M (100 %).
    ws.deals.upsert(Self.deal("w1", amount: 600_000, stage: "won", close: Self.day(11, 3)))
    ws.deals.upsert(Self.deal("w2", amount: 500_000, stage: "won", close: Self.day(11, 10)))
    ws.deals.upsert(Self.deal("w3", amount: 1_000_000, stage: "won", close: Self.day(11, 25)))
    let m = Self.feed(ws, settings: FeedSettings(kinds: [.milestone]))
    #expect(
      m.map(\.text) == [
        "Bo Seller reached 100 % of 2026-Q4 quota", "Bo Seller reached 50 % of 2026-Q4 quota",
      ])
    #expect(m.map(\.day) == [Self.day(11, 25), Self.day(11, 10)])
    #expect(m.map(\.amount) == [2_100_000, 1_100_000])
  }

  @Test("certifications earned and coaching commitments met show; plain modules and open commitments do not")
  func certificationsAndCommitments() {
    var ws = F.workspace
    ws.training = RecordTable([
      TrainingModule(id: "m-cert", title: "MEDDPICC", kind: .salesSkills, certificationValidDays: 365),
      TrainingModule(id: "m-plain", title: "Intro", kind: .salesSkills),
    ])
    ws.assignments = RecordTable([
      TrainingAssignment(
        id: "as-1", personId: "p-bo", moduleId: "m-cert", assignedOn: Self.day(10, 1),
        completedOn: Self.day(11, 15)),
      TrainingAssignment(
        id: "as-2", personId: "p-bo", moduleId: "m-plain", assignedOn: Self.day(10, 1),
        completedOn: Self.day(11, 16)),
    ])
    ws.coaching = RecordTable([
      CoachingItem(
        id: "ci-1", personId: "p-bo", title: "Pipeline", reason: "thin",
        commitments: [
          .init(text: "Book 3 demos", by: Self.day(11, 18), done: true),
          .init(text: "Call the CFO", by: Self.day(11, 19), done: false),
        ], createdAt: Self.at(11, 2))
    ])
    let f = Self.feed(ws)
    #expect(
      f.map(\.text) == [
        "Bo Seller met a commitment: Book 3 demos", "Bo Seller earned the MEDDPICC certification",
      ])
    #expect(f.map(\.link) == [FeedLink(.coaching, "ci-1"), FeedLink(.training, "as-1")])
  }

  @Test("posts: pinned on top even when older, expired ones gone, unread until the read mark")
  func postsAndUnread() {
    var ws = F.workspace
    ws.posts = RecordTable([
      Post(id: "post-pin", authorId: "p-ana", text: "Q4 push", createdAt: Self.at(10, 1), pinned: true),
      Post(
        id: "post-old", authorId: "p-ana", text: "Gone", createdAt: Self.at(11, 2),
        expiresOn: Self.day(11, 20)),
      Post(id: "post-new", authorId: "p-ana", text: "Nice week", createdAt: Self.at(11, 26)),
    ])
    ws.deals.upsert(
      Self.deal(
        "won1", amount: 1_200_000, stage: "won", close: Self.day(11, 20),
        history: [DealChange(at: Self.at(11, 20), field: .stage, from: "proposal", to: "won")]))
    let f = Self.feed(ws)
    #expect(f.map(\.id) == ["post-pin", "post-new", "won:won1"])
    #expect(f.first?.text == "Ana Manager: Q4 push")
    // Bo read up to 11-21: only the newer post is unread for him; Ana never sees her own post as new.
    let mark = Self.at(11, 21)
    #expect(f.filter { TeamFeed.isUnread($0, readUpTo: mark, personId: "p-bo") }.map(\.id) == ["post-new"])
    #expect(!TeamFeed.isUnread(f[1], readUpTo: nil, personId: "p-ana"))
    #expect(TeamFeed.ticker(f, readUpTo: mark, personId: "p-bo")?.id == "post-new")
    #expect(TeamFeed.ticker(f, readUpTo: Self.at(11, 27, hour: 12), personId: "p-bo")?.id == "post-pin")
  }

  @Test("a rep's post is refused with the reason; a manager's is written with pin, expiry and link")
  func addPost() throws {
    let refused = F.error(AddPost(text: "hi"), F.context(actor: "p-bo"))
    #expect(refused?.description == "author: only managers and ops post to the team feed; Bo Seller is a rep")
    #expect(F.error(AddPost(text: "hi"), F.context(actor: nil))?.description.contains("--as NAME") == true)
    #expect(F.error(AddPost(text: "   "))?.description == "text: a post needs some text")
    #expect(F.error(AddPost(text: "x", expiresOn: Self.day(11, 1))) != nil)
    #expect(F.error(AddPost(text: "x", link: FeedLink(.deal, "d-nope"))) != nil)
    let edit = try AddPost(
      text: " Big win! ", pinned: true, expiresOn: Self.day(12, 31), link: FeedLink(.deal, "d-1")
    )
    .edit(in: F.context())
    guard case .post(let p) = edit.record else {
      Issue.record("no post written")
      return
    }
    #expect(
      p
        == Post(
          id: "post-new", authorId: "p-ana", text: "Big win!", createdAt: F.later, pinned: true,
          expiresOn: Self.day(12, 31), link: FeedLink(.deal, "d-1")))
    let ws = F.applying(edit, to: F.workspace)
    let unpinned = try UpdatePost(postId: p.id, pinned: false).edit(in: F.context(ws))
    #expect(
      unpinned.record
        == .post(
          Post(
            id: "post-new", authorId: "p-ana", text: "Big win!", createdAt: F.later,
            expiresOn: Self.day(12, 31),
            link: FeedLink(.deal, "d-1"))))
    #expect(F.error(UpdatePost(postId: p.id, pinned: false), F.context(ws, actor: "p-bo")) != nil)
    let deleted = try DeletePost(postId: p.id).edit(in: F.context(ws))
    #expect(deleted.mutations == [.delete(.posts, id: p.id)])
  }

  @Test("marking the feed read sets the person's mark to now and never moves it back")
  func markRead() throws {
    var ws = F.workspace
    let edit = try MarkFeedRead(personId: "p-bo").edit(in: F.context(ws))
    #expect(edit.record == .feedRead(FeedRead(personId: "p-bo", readUpTo: F.later)))
    ws = F.applying(edit, to: ws)
    let older = try MarkFeedRead(personId: "p-bo").edit(in: F.context(ws, at: F.now))
    #expect(older.record == .feedRead(FeedRead(personId: "p-bo", readUpTo: F.later)))
    #expect(TeamFeed.readUpTo("p-bo", in: ws) == F.later)
    #expect(F.error(MarkFeedRead(personId: "p-zed")) != nil)
  }

  @Test(
    "posts, read marks and feed settings: fast codec bytes equal JSONEncoder's; settings without feed stay byte-identical"
  )
  func codec() throws {
    var ws = F.workspace
    ws.posts = RecordTable([
      Post(id: "post-1", authorId: "p-ana", text: "Hello \"floor\"", createdAt: F.now),
      Post(
        id: "post-2", authorId: "p-ana", text: "Pinned", createdAt: F.now, pinned: true, expiresOn: F.today,
        link: FeedLink(.deal, "d-1")),
    ])
    ws.feedReads = RecordTable([FeedRead(personId: "p-bo", readUpTo: F.now)])
    let plain = try FastCodec().encodeFile(.settings, of: ws, schemaVersion: 1)
    #expect(!String(decoding: plain, as: UTF8.self).contains("feed"))
    ws.settings.feed = FeedSettings(kinds: [.won, .post], largeDealAmount: 1_000)
    for c in [CollectionName.posts, .feedReads, .settings] {
      let fast = try FastCodec().encodeFile(c, of: ws, schemaVersion: 1)
      let reference = try CodecFixtures.referenceFile(c, ws, version: 1)
      #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
      let (_, back) = try CodecFixtures.fastDecode(c, fast)
      #expect(CodecFixtures.records(c, back) == CodecFixtures.records(c, ws))
    }
  }

  @Test("an index patched after a deal is won equals one built from scratch")
  func patch() {
    var ws = F.workspace
    ws.quotas = RecordTable([
      Quota(id: "q-bo", personId: "p-bo", period: "2026-Q4", amount: 1_000_000, currency: "USD", ramp: false)
    ])
    var index = FeedIndex(ws, from: Self.from, to: F.today)
    var d = ws.deals[id: "d-1"] ?? Self.deal("d-1", amount: 0, stage: "qualify")
    d.history.append(DealChange(at: Self.at(11, 26), field: .stage, from: d.stage, to: "won"))
    d.stage = "won"
    d.closeDate = Self.day(11, 26)
    ws.deals.upsert(d)
    index.update(deals: ["d-1"], owners: ["p-bo"], workspace: ws)
    let patched = index.entries(settings: FeedSettings())
    #expect(patched == FeedIndex(ws, from: Self.from, to: F.today).entries(settings: FeedSettings()))
    #expect(patched.map(\.kind) == [.won, .milestone, .milestone])
  }
}
