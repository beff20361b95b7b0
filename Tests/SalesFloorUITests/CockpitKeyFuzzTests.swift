import Foundation
import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// 100,000 seeded random keys into the cockpit over the demo workspace on a real store: no key
/// sequence crashes it, every frame has the screen's size, and what it saved is a valid workspace
/// that reads back the same. `SALESFLOOR_FUZZ_SEED=N swift test --filter CockpitKeyFuzz` replays a run.
@Suite("Cockpit: key fuzz")
struct CockpitKeyFuzzTests {
  static let keyCount = 100_000

  @Test func hundredThousandRandomKeysLeaveAValidWorkspace() throws {
    let seed =
      ProcessInfo.processInfo.environment["SALESFLOOR_FUZZ_SEED"].flatMap { UInt64($0) }
      ?? UInt64(Date().timeIntervalSince1970)
    // Printed first, so even a crash (which ends the process) leaves the seed in the log.
    print("key fuzz: seed \(seed) (SALESFLOOR_FUZZ_SEED=\(seed) replays it)")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sf-fuzz-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try WorkspaceStore.create(at: folder, workspace: CockpitFixture.demo)
    let store = try WorkspaceStore(opening: folder)
    var program = CockpitProgram(
      store: store, viewer: CockpitFixture.viewer(nil, in: store.workspace), asOf: CockpitFixture.today,
      now: CockpitFixture.clock, newId: CockpitFixture.newId)
    var random = SplitMix64(seed: seed)
    let start = ContinuousClock.now
    var delivered = 0
    var frames = 0
    while delivered < Self.keyCount {
      let size = random.pick(FuzzKeys.sizes)
      let keys = (0..<random.int(20...400)).flatMap { _ in FuzzKeys.next(&random) }
      var pending = keys[...]
      // A run ends at `q` (or Ctrl-C): start another on the same program, as a relaunch would.
      while !pending.isEmpty {
        let result = HeadlessTerminal(size: size).run(&program, keys: Array(pending))
        frames += 1
        delivered += result.keysDelivered
        pending = pending.dropFirst(max(1, result.keysDelivered))
        guard result.grid.size == size else {
          Issue.record("seed \(seed): a frame of \(result.grid.size) on a \(size) screen")
          return
        }
        if let bad = result.grid.cells.first(where: {
          $0.text.unicodeScalars.contains(where: Sanitize.needsReplacement)
        }) {
          Issue.record("seed \(seed): a raw control in a cell: \(bad.text.debugDescription)")
          return
        }
      }
    }
    let elapsed = ContinuousClock.now - start
    print("key fuzz: \(delivered) keys, \(frames) runs in \(elapsed)")

    let saved = store.workspace
    try store.close()
    let errors = WorkspaceCheck.run(saved).filter { $0.severity == .error }
    #expect(errors.isEmpty, "seed \(seed): \(errors.prefix(5).map(\.message))")
    let reopened = try WorkspaceStore(opening: folder)
    defer { try? reopened.close() }
    let codec = FastCodec(escapeSlashes: false)
    for collection in CollectionName.allCases {
      let before = try codec.encodeFile(collection, of: saved, schemaVersion: 1)
      let after = try codec.encodeFile(collection, of: reopened.workspace, schemaVersion: 1)
      #expect(before == after, "seed \(seed): \(collection) differs after reopening")
    }
    #expect(WorkspaceCheck.run(reopened.workspace).filter { $0.severity == .error }.isEmpty)
  }
}

/// The fuzz's key set: everything a keyboard sends, weighted so that forms, the palette and the
/// filter get real text, with the sizes it runs at (down to a 1×1 terminal).
enum FuzzKeys {
  static let sizes = [
    Size(width: 120, height: 40), Size(width: 80, height: 24), Size(width: 200, height: 60),
    Size(width: 60, height: 20), Size(width: 30, height: 8), Size(width: 12, height: 4),
    Size(width: 1, height: 1),
  ]

  static let named: [Key] = [
    .enter, .esc, .tab, .backTab, .backspace, .delete, .up, .down, .left, .right, .home, .end, .pageUp,
    .pageDown, .char(" "), .unknown,
  ]
  static let printable: [Character] = Array(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
  static let textPool: [Character] = printable + ["é", "株", "🚀", "👩‍👩‍👧‍👦", "e\u{301}", " ", "…"]

  /// One random key, or `:`/`/` followed by random text (and maybe Enter or Esc).
  static func next(_ random: inout SplitMix64) -> [Key] {
    switch random.int(0...99) {
    case 0..<45: return [.char(random.pick(printable))]
    case 45..<75: return [random.pick(named)]
    case 75..<85:
      let letter = random.pick(Array("abcdefghijklmnopqrstuvwxyz"))
      return [.ctrl(letter)]
    case 85..<88: return [.function(random.int(1...12))]
    default:
      let text = (0..<random.int(0...12)).map { _ in Key.char(random.pick(textPool)) }
      let end: [Key] = random.chance(0.6) ? [.enter] : random.chance(0.5) ? [.esc] : []
      return [.char(random.chance(0.5) ? ":" : "/")] + text + end
    }
  }
}
