import SalesFloorKit
import Testing

@Suite("Sync export of change sets")
struct SyncExportTests {
  /// Random transactions applied to a workspace and, as ops, to the sync state: after each, the
  /// merged deals file is byte-identical to the workspace's (ChangeSet → ops → merge is lossless).
  @Test func applyingTheOpsOfAChangeSetToTheBeforeStateGivesTheAfterState() throws {
    var rng = SplitMix64(seed: 42)
    var device = try SyncDevice(id: "lap1")
    var state = SyncState()
    var ws = Workspace()
    var now = SyncSample.t0
    var ids: [String] = []
    var deleted: [Deal] = []
    for step in 0..<150 {
      now += 1000
      var mutations: [Mutation] = []
      let roll = rng.index(10)
      if ids.count < 3 || roll == 0 {
        let id = "d-\(step)"
        ids.append(id)
        mutations.append(.put(.deal(SyncSample.deal(id, name: "Deal \(step)"))))
      } else if roll == 1 {
        let id = ids.remove(at: rng.index(ids.count))
        if let d = ws.deals[id: id] { deleted.append(d) }
        mutations.append(.delete(.deals, id: id))
      } else if roll == 2, let back = deleted.popLast() {
        // An undone delete: the same record put back.
        ids.append(back.id)
        mutations.append(.put(.deal(back)))
      } else {
        // One to three deals edited in one transaction, some twice.
        for _ in 0..<(1 + rng.index(3)) {
          let id = ids[rng.index(ids.count)]
          let current = mutations.reversed().compactMap { m -> Deal? in
            if case .put(.deal(let d)) = m, d.id == id { return d }
            return nil
          }.first
          guard var d = current ?? ws.deals[id: id] else { continue }
          SyncRandomEdit.mutate(&d, &rng, now: now, by: "p-ann")
          mutations.append(.put(.deal(d)))
        }
      }
      let tx = Transaction(
        id: "t\(step)", at: Timestamp(seconds: now / 1000), actor: "p-ann", summary: "s", mutations: mutations
      )
      let changes = ws.applyRecording(tx)
      let set = ChangeSet(
        transactionId: tx.id, at: tx.at, actor: tx.actor, summary: tx.summary, origin: .own, changes: changes)
      let ops = try device.ops(for: set, in: state, now: now)
      state.apply(ops)
      let merged = state.snapshot()
      #expect(merged.issues.isEmpty)
      #expect(merged.conflicts.isEmpty)
      let expected = try FastCodec().encodeFile(.deals, of: ws, schemaVersion: WorkspaceStore.schemaVersion)
      let actual = try merged.encoded(.deals)
      if actual != expected {
        Issue.record("step \(step): merged deals differ from the workspace")
        return
      }
    }
    #expect(device.nextSeq > 150)
    // Gap-free sequence numbers of one device.
    #expect(state.sortedOps.map(\.seq) == Array(1..<device.nextSeq))
  }

  @Test func aFieldEditBecomesOnePutBasedOnTheValueSeen() throws {
    var ann = SyncReplica("lap1")
    let created = try ann.create(SyncSample.deal("d-1"), now: SyncSample.t0)
    let ops = try ann.edit(deal: "d-1", now: SyncSample.t0 + 1000) {
      $0.amount = 99
      $0.tags = ["vip"]
      $0.history.append(DealChange(at: $0.createdAt, field: .amount, from: "1200000", to: "99"))
    }
    let base = created[0].stamp
    #expect(
      ops.map(\.payload) == [
        .put([SyncFieldWrite(fields: ["amount": .int(99), "currency": .string("EUR")], base: base)]),
        .elements(
          field: "tags",
          [
            SyncElementWrite(element: .string("renewal"), present: false, base: base),
            SyncElementWrite(element: .string("vip"), present: true, base: nil),
          ]),
        .append(
          field: "history",
          entries: [
            .object([
              "at": .string("2025-12-01T09:06:40Z"), "field": .string("amount"), "from": .string("1200000"),
              "to": .string("99"),
            ])
          ]),
      ])
    #expect(ops.map(\.id) == ["lap1:2", "lap1:3", "lap1:4"])
    #expect(ops.map(\.author) == ["p-ann", "p-ann", "p-ann"])
  }

  @Test func aRecordSyncHasNotSeenIsExportedWholeEvenWhenEdited() throws {
    var device = try SyncDevice(id: "lap1")
    let before = SyncSample.deal("d-old")
    var after = before
    after.name = "Renamed"
    let set = ChangeSet(
      transactionId: "t", at: before.createdAt, actor: "p-ann", summary: "s", origin: .own,
      changes: [RecordChange(collection: .deals, id: before.id, before: .deal(before), after: .deal(after))])
    let ops = try device.ops(for: set, in: SyncState(), now: SyncSample.t0)
    #expect(ops.count == 1)
    let merged = SyncState(ops)
    #expect(try merged.record(.deals, id: "d-old") == .deal(after))
  }
}
