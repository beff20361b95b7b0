import Testing

@testable import SalesFloorKit

/// The home ticker stops early (past the pinned entries, at the read mark, once nothing later can
/// win); seeded random feeds check it always picks what a full look at every entry picks.
@Suite("Team feed ticker")
struct TeamFeedTickerTests {
  /// The rule as written in docs/salesops.md, by brute force over every entry.
  static func reference(_ entries: [FeedEntry], readUpTo: Timestamp?, personId: String?) -> FeedEntry? {
    let unread = entries.filter { TeamFeed.isUnread($0, readUpTo: readUpTo, personId: personId) }
    func newest(_ list: [FeedEntry]) -> FeedEntry? { list.max { ($0.at, $1.id) < ($1.at, $0.id) } }
    return newest(unread.filter { $0.kind == .post }) ?? newest(unread) ?? entries.first { $0.pinned }
  }

  @Test("2,000 random feeds and read marks: the early-stopping ticker equals the brute-force rule")
  func matchesReference() {
    var rng = SplitMix64(seed: 0x71C)
    let kinds: [FeedEntry.Kind] = [.post, .won, .lost, .stage, .slip, .milestone]
    let people = ["p-1", "p-2", "p-3"]
    for _ in 0..<2_000 {
      let count = Int(rng.next() % 40)
      var entries: [FeedEntry] = []
      for k in 0..<count {
        let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
        entries.append(
          FeedEntry(
            id: "e-\(k)", kind: kind, at: Timestamp(seconds: Int64(rng.next() % 50) * 3_600), text: "t",
            personId: people[Int(rng.next() % 3)], pinned: kind == .post && rng.next() % 4 == 0))
      }
      entries.sort(by: FeedEntry.feedOrder)
      let mark: Timestamp? = rng.next() % 3 == 0 ? nil : Timestamp(seconds: Int64(rng.next() % 50) * 3_600)
      let me: String? = rng.next() % 5 == 0 ? nil : people[Int(rng.next() % 3)]
      let got = TeamFeed.ticker(entries, readUpTo: mark, personId: me)
      #expect(
        got == Self.reference(entries, readUpTo: mark, personId: me),
        "\(entries.map(\.id)) mark \(String(describing: mark))")
    }
  }
}
