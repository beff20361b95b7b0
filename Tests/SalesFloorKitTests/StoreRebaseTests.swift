import Foundation
import Testing

@testable import SalesFloorKit

/// The field-level rule for one-shot writers (`WorkspaceStore.commit(_:seen:)`), with two store
/// instances on one folder standing in for two CLI processes: each command is planned on the
/// workspace its store opened, while the other store commits underneath.
@Suite struct StoreRebaseTests {
  typealias F = StoreFixtures
  static let later = Timestamp(day: Day(year: 2026, month: 11, day: 3) ?? Day(ordinal: 0), hour: 10)

  /// A folder holding Ana, Acme Corp and deal d-1, and two stores opened on it before any edit.
  static func twoWriters() throws -> (URL, WorkspaceStore, WorkspaceStore) {
    let dir = F.tempFolder()
    let first = try WorkspaceStore.create(at: dir, settings: Settings())
    try first.commit(
      F.tx("t0", [.put(.person(F.person)), .put(.account(F.account)), .put(.deal(F.deal("d-1")))]))
    return (dir, try WorkspaceStore(opening: dir), try WorkspaceStore(opening: dir))
  }

  /// What the command saw: the store's workspace as it opened it (no refresh since).
  static func seen(_ store: WorkspaceStore, actor: String = "p-1") -> CommandContext {
    CommandContext(workspace: store.workspace, actor: actor, now: later)
  }

  static func update(_ change: (inout UpdateDeal) -> Void) -> UpdateDeal {
    var u = UpdateDeal(dealId: "d-1")
    change(&u)
    return u
  }

  @Test(
    "a different field changed underneath: the edit is applied on top, both changes and both history entries kept"
  )
  func differentFieldIsAppliedOnTop() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    try #require(
      try b.commit(Self.update { $0.amount = Money(minor: 2_000_000, currency: "USD") }, seen: Self.seen(b))
        != nil)
    let edit = try a.commit(Self.update { $0.name = "Acme renewal 2027" }, seen: seenByA)
    #expect(edit?.deal?.amount == 2_000_000)
    let d = try #require(try WorkspaceStore(opening: dir).workspace.deals[id: "d-1"])
    #expect(d.name == "Acme renewal 2027")
    #expect(d.amount == 2_000_000)
    #expect(d.history.map(\.field) == [.created, .amount, .name])
  }

  @Test(
    "the same field changed underneath: refused with a conflict naming the deal and the field; nothing written"
  )
  func sameFieldIsAConflict() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    _ = try b.commit(Self.update { $0.amount = Money(minor: 2_000_000, currency: "USD") }, seen: Self.seen(b))
    let lines = try WorkspaceStore(opening: dir).journalLineCount
    #expect {
      try a.commit(Self.update { $0.amount = Money(minor: 3_000_000, currency: "USD") }, seen: seenByA)
    } throws: { error in
      guard let c = error as? EditConflict else { return false }
      return c.id == "d-1" && c.fields.map(\.name) == ["amount"]
        && c.description.hasPrefix(
          "conflict on deal d-1 (Acme renewal): amount was changed by another writer")
        && c.description.contains("was 1250000, now 2000000")
    }
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.journalLineCount == lines)
    #expect(reopened.workspace.deals[id: "d-1"]?.amount == 2_000_000)
  }

  @Test(
    "a stage move underneath: another move conflicts; a close-date change lands with both history entries")
  func stageMoves() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    _ = try b.commit(MoveDealStage(dealId: "d-1", stage: "demo"), seen: Self.seen(b))
    #expect(throws: EditConflict.self) {
      try a.commit(MoveDealStage(dealId: "d-1", stage: "proposal"), seen: seenByA)
    }
    let slip = try #require(Day(year: 2027, month: 1, day: 31))
    _ = try a.commit(Self.update { $0.closeDate = .some(slip) }, seen: seenByA)
    let d = try #require(try WorkspaceStore(opening: dir).workspace.deals[id: "d-1"])
    #expect(d.stage == "demo" && d.closeDate == slip)
    #expect(d.history.map(\.field) == [.created, .stage, .closeDate])
  }

  @Test("the field already holds the edit's value: no conflict and nothing to change (no journal line)")
  func convergentEditWritesNothing() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    _ = try b.commit(MoveDealStage(dealId: "d-1", stage: "demo"), seen: Self.seen(b))
    let lines = try WorkspaceStore(opening: dir).journalLineCount
    #expect(try a.commit(MoveDealStage(dealId: "d-1", stage: "demo"), seen: seenByA) == nil)
    #expect(try a.commit(Self.update { $0.name = "Acme renewal" }, seen: Self.seen(a)) == nil)
    #expect(try WorkspaceStore(opening: dir).journalLineCount == lines)
  }

  @Test("a record deleted underneath: the edit is refused, the deal stays deleted")
  func deletedUnderneath() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    _ = try b.commit(DeleteDeal(dealId: "d-1"), seen: Self.seen(b))
    #expect {
      try a.commit(Self.update { $0.name = "Renamed" }, seen: seenByA)
    } throws: { error in
      (error as? EditConflict)?.description.contains("it was deleted by another writer") == true
    }
    #expect(try WorkspaceStore(opening: dir).workspace.deals[id: "d-1"] == nil)
  }

  @Test("two writers adding a deal with one new account name create one account, found under the lock")
  func accountFoundOrCreatedUnderTheLock() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    let seenByA = Self.seen(a)
    let seenByB = Self.seen(b)
    let first = try a.commit(AddDeal(name: "One", account: .named("Initech")), seen: seenByA)
    let second = try b.commit(AddDeal(name: "Two", account: .named("initech ")), seen: seenByB)
    let ws = try WorkspaceStore(opening: dir).workspace
    #expect(ws.accounts.filter { $0.name == "Initech" }.count == 1)
    #expect(first?.deal?.accountId == second?.deal?.accountId)
    #expect(second?.mutations.count == 1)
  }

  @Test("the rule is generic: an activity's subject changed underneath is a conflict naming the activity")
  func anyCollection() throws {
    let (dir, a, b) = try Self.twoWriters()
    defer { F.cleanUp(dir) }
    try b.commit(F.tx("t1", [.put(.activity(F.activity))]))
    _ = try a.refresh()
    let seenByA = Self.seen(a)
    var first = UpdateActivity(activityId: "act-1")
    first.subject = "Discovery call (rescheduled)"
    _ = try b.commit(first, seen: Self.seen(b))
    var second = UpdateActivity(activityId: "act-1")
    second.subject = "Discovery call with the CFO"
    #expect {
      try a.commit(second, seen: seenByA)
    } throws: { error in
      (error as? EditConflict)?.description.hasPrefix(
        "conflict on activity act-1 (Discovery call): subject was changed by another writer") == true
    }
    var notes = UpdateActivity(activityId: "act-1")
    notes.notes = .some("bring the pricing sheet")
    let landed = try a.commit(notes, seen: seenByA)
    guard case .activity(let act)? = landed?.record else {
      Issue.record("expected the activity, got \(String(describing: landed))")
      return
    }
    #expect(act.subject == "Discovery call (rescheduled)" && act.notes == "bring the pricing sheet")
  }
}
