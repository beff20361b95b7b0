import SalesFloorTestSupport
import Testing

@testable import SalesFloorKit
@testable import SalesFloorUI

/// Team sync in the cockpit: the top bar's sync segment and the Conflicts view (`X`), driven by
/// the `.sync` reports the launcher posts and checked on the rendered screen and the effects.
@Suite struct CockpitSyncTests {
  static let deal = "d-000112"
  static var dealName: String { CockpitFixture.demo.deals[id: deal]?.name ?? "?" }
  static var aisha: String { CockpitFixture.person("Aisha Nakamura").id }
  static var grace: String { CockpitFixture.person("Grace Osei").id }
  /// 12:03 UTC on the fixture's day.
  static let noon = Timestamp(day: CockpitFixture.today, hour: 12, minute: 3)

  static func status(
    _ state: SyncStatus.State, pulled: Int = 0, conflicts: Int = 0, waiting: Int = 0, message: String? = nil
  ) -> SyncStatus {
    SyncStatus(
      state: state, device: "dev-a", person: aisha, attempted: noon,
      lastSynced: state == .synced ? noon : nil, pulled: pulled, conflicts: conflicts, waiting: waiting,
      message: message)
  }

  /// Aisha (this copy, device dev-a) set the next step to "Call the CFO"; Grace's "Send the deck"
  /// on dev-b won.
  static func nextStepConflict() -> SyncConflict {
    let ref = SyncRecordRef("deals", deal)
    func side(
      _ op: String, _ author: String, _ device: String, _ wall: Int64, _ step: String
    ) -> SyncConflict.Side {
      SyncConflict.Side(
        opId: op, author: author, device: device, stamp: Stamp(wall: wall, device: device),
        value: .object(["nextStep": .string(step), "nextStepDate": .string("2026-12-04")]))
    }
    return SyncConflict(
      kind: .concurrentEdit, record: ref, register: SyncRegister(name: "nextStep+nextStepDate"),
      applied: side("dev-b:7", grace, "dev-b", 2_000, "Send the deck"),
      other: side("dev-a:3", aisha, "dev-a", 1_000, "Call the CFO"))
  }

  static func amountConflict() -> SyncConflict {
    func side(_ op: String, _ author: String, _ device: String, _ minor: Int64) -> SyncConflict.Side {
      SyncConflict.Side(
        opId: op, author: author, device: device, stamp: Stamp(wall: minor, device: device),
        value: .object(["amount": .int(minor), "currency": .string("USD")]))
    }
    return SyncConflict(
      kind: .concurrentEdit, record: SyncRecordRef("deals", deal),
      register: SyncRegister(name: "amount+currency"),
      applied: side("dev-b:8", grace, "dev-b", 2_000_000), other: side("dev-a:4", aisha, "dev-a", 1_500_000))
  }

  static func report(
    _ status: SyncStatus?, _ conflicts: [SyncConflict] = [], problem: String? = nil
  )
    -> SyncReport
  {
    SyncReport(status: status, conflicts: conflicts, device: "dev-a", person: aisha, problem: problem)
  }

  /// The cockpit after a sync report, then `keys`.
  static func run(
    _ report: SyncReport?, keys: String = "", size: Size = CockpitFixture.standard
  ) throws -> CockpitRun {
    var run = try CockpitRun(size: size)
    if let report { _ = run.program.handle(.sync(report)) }
    try run.press(keys)
    return run
  }

  @Test("the top bar shows each sync state at its right end, after who and the period")
  func topBarStates() throws {
    #expect(!(try Self.run(nil).topBar.contains("sync")), "a workspace that does not sync shows nothing")
    let cases: [(SyncReport, String)] = [
      (Self.report(Self.status(.synced, pulled: 3, conflicts: 1)), "synced 12:03 · 3 pulled · 1 conflict"),
      (Self.report(Self.status(.offline, waiting: 4)), "offline — 4 edits waiting"),
      (
        Self.report(Self.status(.stopped, message: "device dev-a was revoked")),
        "sync stopped: device dev-a was revoked"
      ),
      (
        Self.report(Self.status(.synced), problem: "cannot write deals.json"),
        "sync failed: cannot write deals.json"
      ),
    ]
    for (report, text) in cases {
      let top = try Self.run(report).topBar
      #expect(top.hasPrefix(" Elena Tanaka (manager, East)"), "\(top)")
      #expect(top.contains("2026-Q4 (day "), "\(top)")
      #expect(top.trimmingCharacters(in: .whitespaces).hasSuffix(text), "\(top)")
    }
  }

  @Test("on a narrow screen the sync segment is cut by display width, and who stays readable")
  func topBarNarrow() throws {
    let long = Self.report(
      Self.status(.stopped, message: String(repeating: "the hub refused the log ", count: 6)))
    let run = try Self.run(long, size: Size(width: 80, height: 24))
    let top = run.topBar
    #expect(DisplayWidth.of(top) <= 80)
    #expect(top.contains("Elena Tanaka"), "\(top)")
    #expect(top.contains("sync stopped: the hub"), "\(top)")
    #expect(top.contains("…"), "truncated with an ellipsis: \(top)")
  }

  @Test("X lists each conflict: record, field, the value in effect and who, the other value and who")
  func conflictsViewLists() throws {
    let run = try Self.run(
      Self.report(Self.status(.synced, conflicts: 1), [Self.nextStepConflict()]), keys: "X")
    let screen = run.screen
    #expect(screen.contains("Conflicts (1)"))
    #expect(screen.contains("deal \(Self.dealName)"))
    #expect(screen.contains("nextStep+nextStepDate"))
    #expect(screen.contains("in effect: nextStep=Send the deck, nextStepDate=2026-12-04 (Grace Osei)"))
    #expect(
      screen.contains("other:     nextStep=Call the CFO, nextStepDate=2026-12-04 (Aisha Nakamura, you)"))
    #expect(screen.contains("m keep mine · t take theirs · e edit"))
  }

  @Test("an empty list says No conflicts; the palette opens the view too")
  func noConflicts() throws {
    let run = try Self.run(Self.report(Self.status(.synced)), keys: "X")
    #expect(run.screen.contains("No conflicts"))
    let viaPalette = try Self.run(Self.report(Self.status(.synced)), keys: ": C o n f l i c t s <Enter>")
    #expect(viaPalette.screen.contains("No conflicts"), "\(viaPalette.screen)")
    let closed = try Self.run(Self.report(Self.status(.synced)), keys: "X <Esc>")
    #expect(!closed.screen.contains("No conflicts"))
  }

  @Test("m and t answer the selected conflict, one key each; the list updates from the next report")
  func answerKeys() throws {
    let first = Self.nextStepConflict()
    let second = Self.amountConflict()
    let report = Self.report(Self.status(.synced, conflicts: 2), [first, second].sorted())
    let sorted = report.conflicts
    let keep = try Self.run(report, keys: "X m")
    #expect(keep.result.effects == [.resolveConflict(id: sorted[0].id, answer: .keepMine)])
    #expect(keep.screen.contains("keeping yours"))
    let take = try Self.run(report, keys: "X j t")
    #expect(take.result.effects == [.resolveConflict(id: sorted[1].id, answer: .takeTheirs)])

    var after = keep
    _ = after.program.handle(.sync(Self.report(Self.status(.synced), [])))
    try after.press("")
    #expect(after.screen.contains("No conflicts"))
    #expect(try Self.run(Self.report(Self.status(.synced)), keys: "X m").result.effects.isEmpty)
  }

  @Test("e opens a form prefilled with the value in effect; saving answers with the typed fields")
  func editForm() throws {
    let c = Self.nextStepConflict()
    let report = Self.report(Self.status(.synced, conflicts: 1), [c])
    let open = try Self.run(report, keys: "X e")
    #expect(open.screen.contains("Answer: deal \(Self.dealName)"))
    #expect(open.screen.contains("Send the deck"))
    #expect(open.screen.contains("2026-12-04"))
    let saved = try Self.run(report, keys: "X e <C-u> M e e t <Space> o n <Space> s i t e <Enter>")
    #expect(
      saved.result.effects == [
        .resolveConflict(
          id: c.id,
          answer: .edit(["nextStep": .string("Meet on site"), "nextStepDate": .string("2026-12-04")]))
      ])
    #expect(saved.screen.contains("Conflicts (1)"), "back in the view until the next report")
  }

  @Test("a number field refuses text with a message and keeps the form open")
  func editFormBadInput() throws {
    let report = Self.report(Self.status(.synced, conflicts: 1), [Self.amountConflict()])
    let run = try Self.run(report, keys: "X e <C-u> t w e l v e <Enter>")
    #expect(run.result.effects.isEmpty)
    #expect(run.screen.contains("amount: expected a whole number, got \"twelve\""), "\(run.screen)")
  }

  @Test("a yes-or-no conflict (an edit of a deleted record) is not edited in a form")
  func editVersusDelete() throws {
    var c = Self.nextStepConflict()
    c.kind = .editVersusDelete
    let run = try Self.run(Self.report(Self.status(.synced, conflicts: 1), [c]), keys: "X e")
    #expect(run.result.effects.isEmpty)
    #expect(run.screen.contains("keep mine (m) or take theirs (t)"))
  }

  @Test("the top bar clock is HH:MM in UTC")
  func clock() {
    #expect(SyncReport.clock(Timestamp(day: CockpitFixture.today, hour: 9, minute: 5)) == "09:05")
    #expect(
      SyncReport.clock(Timestamp(day: CockpitFixture.today, hour: 23, minute: 59, second: 59)) == "23:59")
  }
}
