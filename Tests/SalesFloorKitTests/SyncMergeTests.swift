import SalesFloorKit
import Testing

@Suite("Sync merge")
struct SyncMergeTests {
  let t0 = SyncSample.t0

  /// Ann and Bob start from the same deal (both have its create op).
  func twoReplicas() throws -> (SyncReplica, SyncReplica) {
    var ann = SyncReplica("ann-laptop")
    var bob = SyncReplica("bob-laptop")
    let created = try ann.create(SyncSample.deal("d-1"), now: t0)
    bob.receive(created)
    return (ann, bob)
  }

  @Test func concurrentEditsOfDifferentFieldsBothSurvive() throws {
    var (ann, bob) = try twoReplicas()
    let a = try ann.edit(deal: "d-1", now: t0 + 1000) { $0.name = "Acme renewal 2027" }
    let b = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) {
      $0.amount = 1_500_000
      $0.currency = "USD"
      $0.tags.append("upsell")
    }
    ann.receive(b)
    bob.receive(a)
    for replica in [ann, bob] {
      let d = try #require(try replica.deal("d-1"))
      #expect(d.name == "Acme renewal 2027")
      #expect(d.money == Money(minor: 1_500_000, currency: "USD"))
      #expect(d.tags == ["renewal", "upsell"])
      #expect(replica.state.conflicts().isEmpty)
    }
  }

  @Test func sameFieldLaterStampWinsAndEarlierIsListed() throws {
    var (ann, bob) = try twoReplicas()
    let a = try ann.edit(deal: "d-1", now: t0 + 1000) { $0.name = "Ann's name" }
    let b = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) { $0.name = "Bob's name" }
    ann.receive(b)
    bob.receive(a)
    for replica in [ann, bob] {
      #expect(try replica.deal("d-1")?.name == "Bob's name")
      let conflicts = replica.state.conflicts()
      #expect(conflicts.count == 1)
      let c = try #require(conflicts.first)
      #expect(c.kind == .concurrentEdit)
      #expect(c.register.name == "name")
      #expect(c.applied.value == .object(["name": .string("Bob's name")]))
      #expect(c.applied.author == "p-bob")
      #expect(c.other.value == .object(["name": .string("Ann's name")]))
      #expect(c.other.device == "ann-laptop")
      #expect(c.other.stamp < c.applied.stamp)
    }
    #expect(ann.state.conflicts() == bob.state.conflicts())
  }

  @Test func amountAndCurrencyAreNeverMixedFromTwoEdits() throws {
    var (ann, bob) = try twoReplicas()
    let a = try ann.edit(deal: "d-1", now: t0 + 1000) { $0.amount = 900_000 }
    let b = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) {
      $0.amount = 2_000_000
      $0.currency = "GBP"
    }
    ann.receive(b)
    bob.receive(a)
    #expect(try ann.deal("d-1")?.money == Money(minor: 2_000_000, currency: "GBP"))
    #expect(try bob.deal("d-1")?.money == Money(minor: 2_000_000, currency: "GBP"))
    #expect(ann.state.conflicts().map(\.register.name) == ["amount+currency"])
  }

  @Test func anEditMadeAfterSeeingTheWinnerBeatsItEvenWithAnOlderWallClock() throws {
    var (ann, bob) = try twoReplicas()
    // Bob's clock runs an hour fast; Ann's laptop is behind and offline.
    let b = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 3_600_000) { $0.nextStep = "Send quote" }
    ann.receive(b)
    // Ann edits after seeing Bob's value, at an earlier wall time.
    let a = try ann.edit(deal: "d-1", now: t0 + 5000) { $0.nextStep = "Call CFO" }
    #expect(a[0].stamp > b[0].stamp)
    #expect(a[0].stamp.wall == b[0].stamp.wall)
    bob.receive(a)
    #expect(try bob.deal("d-1")?.nextStep == "Call CFO")
    #expect(bob.state.conflicts().isEmpty)
    #expect(ann.state.conflicts().isEmpty)
  }

  @Test func anEditConcurrentWithADeleteIsAConflictThatRestoreAnswers() throws {
    var (ann, bob) = try twoReplicas()
    let del = try ann.delete(deal: "d-1", now: t0 + 1000)
    let edit = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) { $0.stage = "proposal" }
    ann.receive(edit)
    bob.receive(del)
    for replica in [ann, bob] {
      #expect(try replica.deal("d-1") == nil)
      let stage = replica.state.conflicts().filter { $0.register.name == "lostReason+stage" }
      #expect(stage.count == 1)
      #expect(stage.first?.kind == .editVersusDelete)
      #expect(stage.first?.other.opId == edit[0].id)
      #expect(stage.first?.applied.opId == del[0].id)
    }
    let conflict = try #require(ann.state.conflicts().first)
    let restore = try ann.device.resolve(conflict, .takeOther, author: "p-ann", in: ann.state, now: t0 + 3000)
    ann.receive([restore])
    bob.receive([restore])
    for replica in [ann, bob] {
      #expect(try replica.deal("d-1")?.stage == "proposal")
      #expect(replica.state.conflicts().isEmpty)
    }
  }

  @Test func keepingADeleteAnswersItsConflictsToo() throws {
    var (ann, bob) = try twoReplicas()
    let del = try ann.delete(deal: "d-1", now: t0 + 1000)
    let edit = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) { $0.name = "Keep me" }
    ann.receive(edit)
    bob.receive(del)
    let conflict = try #require(bob.state.conflicts().first { $0.register.name == "name" })
    var answers: [SyncOp] = []
    for c in bob.state.conflicts() {
      answers.append(try bob.device.resolve(c, .keepApplied, author: "p-bob", in: bob.state, now: t0 + 3000))
    }
    #expect(answers.contains { $0.payload == .delete(seen: [conflict.applied.stamp, conflict.other.stamp]) })
    ann.receive(answers)
    bob.receive(answers)
    #expect(try ann.deal("d-1") == nil)
    #expect(ann.state.conflicts().isEmpty)
    #expect(bob.state.conflicts().isEmpty)
  }

  @Test func resolutionsConvergeWhicheverSideAnswers() throws {
    var (ann, bob) = try twoReplicas()
    let a = try ann.edit(deal: "d-1", now: t0 + 1000) { $0.name = "A" }
    let b = try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 2000) { $0.name = "B" }
    ann.receive(b)
    bob.receive(a)
    let conflict = try #require(ann.state.conflicts().first)
    // Ann takes her own (overwritten) value; Bob, concurrently, types a new one.
    let annAnswer = try ann.device.resolve(
      conflict, .takeOther, author: "p-ann", in: ann.state, now: t0 + 3000)
    let bobAnswer = try bob.device.resolve(
      conflict, .newValue(["name": .string("C")]), author: "p-bob", in: bob.state, now: t0 + 4000)
    ann.receive([annAnswer])
    #expect(try ann.deal("d-1")?.name == "A")
    #expect(ann.state.conflicts().isEmpty)
    ann.receive([bobAnswer])
    bob.receive([bobAnswer, annAnswer])
    // Two answers that did not see each other are a conflict of their own, listed on both sides.
    #expect(try ann.deal("d-1")?.name == "C")
    #expect(try bob.deal("d-1")?.name == "C")
    #expect(ann.state.conflicts() == bob.state.conflicts())
    #expect(ann.state.conflicts().map(\.other.opId) == [annAnswer.id])
    #expect(throws: SyncError.self) {
      try conflict.resolution(.newValue(["title": .string("x")]))
    }
  }

  @Test func twoDevicesCreatingTheSameDerivedRecordMergeIntoOne() throws {
    var ann = SyncReplica("ann-laptop")
    var bob = SyncReplica("bob-laptop")
    let id = DerivedId.make(prefix: "c-", from: ["signal", "stalledDeals", "p-cid", "2026-11"])
    #expect(id == DerivedId.make(prefix: "c-", from: ["signal", "stalledDeals", "p-cid", "2026-11"]))
    #expect(id != DerivedId.make(prefix: "c-", from: ["signal", "stalledDeals", "p-ci", "d2026-11"]))
    #expect(id.count == 28)
    let item = CoachingItem(
      id: id, personId: "p-cid", title: "Stalled deals", reason: "3 idle deals",
      createdAt: Timestamp(seconds: t0 / 1000))
    let a = try ann.change(.coaching, id, now: t0) { _ in .coaching(item) }
    let b = try bob.change(.coaching, id, author: "p-bob", now: t0 + 10) { _ in .coaching(item) }
    ann.receive(b)
    bob.receive(a)
    #expect(ann.state.liveIds(.coaching) == [id])
    #expect(ann.state.conflicts().isEmpty)
    #expect(try ann.state.snapshot().encoded(.coaching) == bob.state.snapshot().encoded(.coaching))
  }

  @Test func notesAppendedConcurrentlyAreAllKept() throws {
    var ann = SyncReplica("ann-laptop")
    var bob = SyncReplica("bob-laptop")
    let item = CoachingItem(
      id: "c-1", personId: "p-cid", title: "Discovery", reason: "low win rate",
      createdAt: Timestamp(seconds: t0 / 1000))
    bob.receive(try ann.change(.coaching, "c-1", now: t0) { _ in .coaching(item) })
    func addNote(_ r: inout SyncReplica, _ text: String, _ now: Int64) throws -> [SyncOp] {
      try r.change(.coaching, "c-1", now: now) { before in
        guard case .coaching(var c)? = before else { return nil }
        c.notes.append(.init(at: Timestamp(seconds: now / 1000), text: text))
        return .coaching(c)
      }
    }
    let a = try addNote(&ann, "ask about budget", t0 + 1000)
    let b = try addNote(&bob, "role-play pricing", t0 + 2000)
    ann.receive(b)
    bob.receive(a)
    guard case .coaching(let merged)? = try ann.state.record(.coaching, id: "c-1") else {
      Issue.record("no coaching item")
      return
    }
    #expect(merged.notes.map(\.text) == ["ask about budget", "role-play pricing"])
    #expect(ann.state.conflicts().isEmpty)
  }

  @Test func duplicatesAndOrderOfArrivalDoNotMatter() throws {
    var (ann, bob) = try twoReplicas()
    var ops = ann.written
    ops += try ann.edit(deal: "d-1", now: t0 + 1000) { $0.tags.append("vip") }
    ops += try bob.edit(deal: "d-1", author: "p-bob", now: t0 + 1500) {
      $0.tags.removeAll { $0 == "renewal" }
    }
    let forward = SyncState(ops)
    let backward = SyncState(ops.reversed() + ops)
    #expect(try forward.snapshot().encoded(.deals) == backward.snapshot().encoded(.deals))
    #expect(try forward.record(.deals, id: "d-1") == backward.record(.deals, id: "d-1"))
    #expect(forward.ops.count == ops.count)
  }
}
