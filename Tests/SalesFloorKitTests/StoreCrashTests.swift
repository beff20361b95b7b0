import Foundation
import Testing

@testable import SalesFloorKit

/// Simulated crashes: torn journal writes and compactions killed at every step.
@Suite struct StoreCrashTests {
  typealias F = StoreFixtures

  /// Every file named like a collection (or its backup) parses with the reference codec.
  private func everyFileParses(_ dir: URL) throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
      let base = name.hasSuffix(".bak") ? String(name.dropLast(4)) : name
      guard let c = CollectionName.allCases.first(where: { $0.fileName == base }) else { continue }
      var ws = Workspace()
      let bytes = F.bytes(dir.appendingPathComponent(name)) ?? []
      #expect(throws: Never.self, "\(name) must parse") {
        _ = try bytes.withUnsafeBytes { try FoundationCodec().decodeFile(c, bytes: $0, into: &ws) }
      }
    }
  }

  @Test func journalTornAtEveryByteOfTheLastLine() throws {
    let dir = F.tempFolder()
    defer { F.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(F.tx("t1", [.put(.person(F.person))]))
    try store.commit(F.tx("t2", [.put(.deal(F.deal("d-1")))]))
    let acknowledgedTwo = try F.snapshot(store.workspace)
    try store.commit(F.tx("t3", [.put(.deal(F.deal("d-1", amount: 7))), .delete(.people, id: "p-1")]))
    let acknowledgedThree = try F.snapshot(store.workspace)
    let journal = dir.appendingPathComponent("journal.jsonl")
    let full = F.bytes(journal) ?? []
    let lastStart = (full.dropLast().lastIndex(of: 0x0A) ?? -1) + 1
    for cut in lastStart...full.count {
      try F.write(Array(full[0..<cut]), to: journal)
      let reopened = try WorkspaceStore(opening: dir, readOnly: true)
      if cut == full.count {
        #expect(try F.snapshot(reopened.workspace) == acknowledgedThree)
        #expect(reopened.notices.isEmpty)
      } else {
        // The write of t3 was cut before its newline: t3 was never acknowledged.
        #expect(try F.snapshot(reopened.workspace) == acknowledgedTwo, "cut at \(cut)")
        #expect(reopened.notices.count == (cut == lastStart ? 0 : 1), "cut at \(cut)")
      }
    }
  }

  @Test func compactionKilledAtEveryStepLosesNothing() throws {
    let base = F.tempFolder()
    defer { F.cleanUp(base) }
    let setup = try WorkspaceStore.create(at: base, settings: Settings())
    try setup.commit(F.tx("t1", [.put(.person(F.person)), .put(.deal(F.deal("d-1")))]))
    try setup.compact()  // so that backups get replaced too
    try setup.commit(F.tx("t2", [.put(.deal(F.deal("d-2"))), .put(.account(F.account))]))
    try setup.commit(F.tx("t3", [.delete(.deals, id: "d-1"), .put(.quota(F.quota))]))
    let expected = try F.snapshot(setup.workspace)

    // Count the steps of one compaction, then kill it after each of them in turn.
    let probe = F.tempFolder()
    defer { F.cleanUp(probe) }
    try F.copyFolder(base, to: probe)
    let probeStore = try WorkspaceStore(opening: probe)
    var points: [StoreFaultPoint] = []
    probeStore.faultHook = { points.append($0) }
    try probeStore.compact()
    // t2/t3 touched deals, accounts, quotas (people only in t1, already compacted): per collection
    // a backup rename, a temp write and a rename; then the journal's temp write and rename:
    // 3 × 3 + 2 = 11 steps.
    #expect(points.count == 11)

    var rng = SystemRandomNumberGenerator()
    for k in 0..<points.count {
      let dir = F.tempFolder()
      defer { F.cleanUp(dir) }
      try F.copyFolder(base, to: dir)
      let victim = try WorkspaceStore(opening: dir)
      var step = 0
      victim.faultHook = { point in
        defer { step += 1 }
        guard step == k else { return }
        if case .tempWritten(let temp) = point, let bytes = F.bytes(URL(fileURLWithPath: temp)) {
          // The crash left any prefix of the unsynced temp file.
          let keep = Int.random(in: 0...bytes.count, using: &rng)
          try F.write(Array(bytes[0..<keep]), to: URL(fileURLWithPath: temp))
        }
        throw StoreFaultPoint.Crash.crash
      }
      #expect(throws: StoreFaultPoint.Crash.self) { try victim.compact() }

      let recovered = try WorkspaceStore(opening: dir)
      #expect(try F.snapshot(recovered.workspace) == expected, "killed after step \(k): \(points[k])")
      try everyFileParses(dir)
      // The recovered workspace keeps working: compact again, edit, reopen.
      try recovered.compact()
      try recovered.commit(F.tx("t4", [.put(.deal(F.deal("d-9")))]))
      let final = try WorkspaceStore(opening: dir)
      #expect(final.workspace.deals.map(\.id).sorted() == ["d-2", "d-9"])
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
        $0.contains(".tmp-")
      }
      #expect(leftovers.isEmpty)
    }
  }
  // The kill -9 test against the real CLI lives in SalesFloorEndToEndTests/CLICrashTests.swift,
  // which can find the built executable.
}
