import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// A store's notice (a failed background compaction, a read-only open) shows in the top bar.
@Suite struct CockpitNoticeTests {
  static let failure =
    "compaction failed: No space left on device (edits are safe in the journal; see the log)"

  /// The frame the cockpit draws after reading `store`'s notices, as the program does each tick.
  private func frame(
    _ store: MemoryStore, notices: inout StoreNotices, unicode: Bool = true
  ) throws -> [String] {
    let run = try CockpitRun(unicode: unicode, store: store)
    notices.update(from: store)
    return CockpitRenderer.render(run.state, size: run.size, notice: notices.latest).plainText()
  }

  @Test func theLatestStoreNoticeIsInTheTopBar() throws {
    let store = MemoryStore(CockpitFixture.demo)
    var notices = StoreNotices()
    let before = try frame(store, notices: &notices)
    #expect(!before[0].contains("⚠"))

    store.notices = ["Opened read-only: files written by a newer SalesFloor", Self.failure]
    let lines = try frame(store, notices: &notices)
    let top = lines[0]
    #expect(top.contains("⚠ compaction failed: No space left on device"))
    // Who and the period keep their place; the notice sits at the right end.
    #expect(before[0].contains("Elena Tanaka"))
    #expect(top.hasPrefix(" Elena Tanaka (manager, East)"))
    #expect(top.contains("2026-Q4 (day "))
    #expect(top.count <= CockpitFixture.standard.width)
    #expect(!top.contains("read-only"))
    // The rest of the screen is unchanged.
    #expect(Array(lines.dropFirst()) == Array(before.dropFirst()))
  }

  /// The running cockpit reads the notices itself: at start, and on each tick after that.
  @Test func theProgramShowsNoticesAtStartAndOnATick() throws {
    let store = MemoryStore(CockpitFixture.demo)
    store.notices = ["Opened read-only: files written by a newer SalesFloor"]
    var run = try CockpitRun(store: store)
    #expect(run.topBar.contains("⚠ Opened read-only"))
    store.notices.append(Self.failure)
    try run.press("")
    _ = run.program.handle(.tick)
    let top = run.program.render(size: run.size).plainText()[0]
    #expect(top.contains("⚠ compaction failed"))
  }

  @Test func aNarrowBarShortensTheNoticeAndAnASCIITerminalGetsNoWarningSign() throws {
    let store = MemoryStore(CockpitFixture.demo)
    store.notices = [Self.failure]
    var notices = StoreNotices()
    let top = try frame(store, notices: &notices, unicode: false)[0]
    #expect(top.contains("! compaction failed"))
    #expect(top.allSatisfy { $0.isASCII })
    #expect(!top.contains("see the log)"))  // cut to the room left, with the ASCII ellipsis
    #expect(top.contains("~"))
  }

  @Test func readingNoticesTellsWhenANewOneArrived() {
    let store = MemoryStore(CockpitFixture.demo)
    var notices = StoreNotices()
    var news: [Bool] = []
    news.append(notices.update(from: store))
    #expect(notices.latest == nil)
    store.notices = ["first"]
    news.append(notices.update(from: store))
    news.append(notices.update(from: store))
    store.notices.append("second")
    news.append(notices.update(from: store))
    news.append(notices.update(from: nil))
    #expect(news == [false, true, false, true, false])
    #expect(notices.latest == "second")
    #expect(notices.seen == 2)
  }
}
