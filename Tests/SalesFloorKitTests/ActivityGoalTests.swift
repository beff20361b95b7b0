import Foundation
import Testing

@testable import SalesFloorKit

/// Activity goals: the record and its file, which goal is in force, progress with pace, the
/// commands, logged minutes and what `check` says.
@Suite("Activity goals")
struct ActivityGoalTests {
  typealias F = CommandFixture

  /// Friday 2026-11-27 (F.today): the ISO week is Mon 11-23 … Sun 11-29, day 5 of 7; November is
  /// day 27 of 30.
  static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day(ordinal: 0) }

  static func done(
    _ id: String, _ kind: Activity.Kind, _ owner: String, _ day: Day, minutes: Int? = nil
  ) -> Activity {
    Activity(
      id: id, kind: kind, subject: id, ownerId: owner, doneAt: Timestamp(day: day, hour: 10),
      durationMinutes: minutes, createdAt: Timestamp(day: day, hour: 9))
  }

  /// Bo: 40 calls a week (600 min) from 11-01, raised to 50 from 11-30; Ana's team (Bo, Bea):
  /// 10 meetings a month. Activities around this week and month, some that must not count.
  static var workspace: Workspace {
    var ws = F.workspace
    ws.activityGoals = RecordTable([
      ActivityGoal(
        id: "goal-bo", scope: .person("p-bo"), kind: .call, cadence: .weekly, targetCount: 40,
        targetMinutes: 600, fromDay: day(11, 1), createdAt: F.now),
      ActivityGoal(
        id: "goal-bo2", scope: .person("p-bo"), kind: .call, cadence: .weekly, targetCount: 50,
        fromDay: day(11, 30), createdAt: F.now),
      ActivityGoal(
        id: "goal-team", scope: .team(managerId: "p-ana"), kind: .meeting, cadence: .monthly,
        targetCount: 10, fromDay: day(10, 1), createdAt: F.now),
    ])
    var open = Activity(id: "a-open", kind: .call, subject: "open", ownerId: "p-bo", createdAt: F.now)
    open.dueDate = day(11, 24)
    ws.activities = RecordTable([
      done("a-1", .call, "p-bo", day(11, 23), minutes: 20),
      done("a-2", .call, "p-bo", day(11, 23), minutes: 20),
      done("a-3", .call, "p-bo", day(11, 27), minutes: 30),
      done("a-4", .call, "p-bo", day(11, 22), minutes: 15),  // Sunday: last week
      done("a-5", .call, "p-bo", day(11, 28), minutes: 15),  // tomorrow: not yet
      open,  // not done
      done("a-6", .email, "p-bo", day(11, 24)),  // another kind
      done("a-7", .call, "p-bea", day(11, 25), minutes: 10),  // someone else
      done("m-1", .meeting, "p-bo", day(11, 2), minutes: 60),
      done("m-2", .meeting, "p-bea", day(11, 20), minutes: 45),
      done("m-3", .meeting, "p-ana", day(11, 10), minutes: 30),  // the manager: not the team's
      done("m-4", .meeting, "p-bo", day(10, 31), minutes: 60),  // October
    ])
    return ws
  }

  @Test("goals: fast codec bytes equal JSONEncoder's, read back, and a file without minutes loads")
  func codec() throws {
    let ws = Self.workspace
    let fast = try FastCodec().encodeFile(.activityGoals, of: ws, schemaVersion: 1)
    let reference = try CodecFixtures.referenceFile(.activityGoals, ws, version: 1)
    #expect(String(decoding: fast, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
    let (_, back) = try CodecFixtures.fastDecode(.activityGoals, fast)
    #expect(back.activityGoals.sortedById == ws.activityGoals.sortedById)
    let text = String(decoding: fast, as: UTF8.self)
    #expect(text.contains(#""teamManagerId" : "p-ana""#))
    #expect(!text.contains(#""targetMinutes" : null"#))
  }

  @Test("an activity from before logged time loads without minutes and is written back without the key")
  func oldActivityLoads() throws {
    let json =
      #"{"items":[{"createdAt":"2026-01-01T00:00:00Z","id":"act-1","kind":"call","ownerId":"p-bo","#
      + #""subject":"Call"}],"schemaVersion":1}"#
    let (_, ws) = try CodecFixtures.fastDecode(.activities, Array(json.utf8))
    let a = try #require(ws.activities[id: "act-1"])
    #expect(a.durationMinutes == nil)
    let out = String(
      decoding: try FastCodec().encodeFile(.activities, of: ws, schemaVersion: 1), as: UTF8.self)
    #expect(!out.contains("durationMinutes"))
  }

  @Test("a workspace folder without activityGoals.json opens with no goals, and goals survive a reopen")
  func folderWithoutGoals() throws {
    let dir = StoreFixtures.tempFolder()
    defer { StoreFixtures.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.compact()
    try? FileManager.default.removeItem(at: dir.appendingPathComponent("activityGoals.json"))
    #expect(try WorkspaceStore(opening: dir).workspace.activityGoals.isEmpty)
    let goal = try #require(Self.workspace.activityGoals[id: "goal-team"])
    try store.commit(StoreFixtures.tx("t1", [.put(.activityGoal(goal))]))
    try store.compact()
    #expect(try WorkspaceStore(opening: dir).workspace.activityGoals[id: "goal-team"] == goal)
  }

  @Test("the goal in force is the latest from-day not after the day")
  func inForce() {
    let ws = Self.workspace
    #expect(ActivityGoals.goal(for: .person("p-bo"), kind: .call, on: F.today, in: ws)?.id == "goal-bo")
    #expect(
      ActivityGoals.goal(for: .person("p-bo"), kind: .call, on: Self.day(11, 30), in: ws)?.id == "goal-bo2")
    #expect(ActivityGoals.goal(for: .person("p-bo"), kind: .call, on: Self.day(10, 31), in: ws) == nil)
    #expect(ActivityGoals.goal(for: .person("p-bea"), kind: .call, on: F.today, in: ws) == nil)
  }

  @Test("a rep's weekly goal: done this week up to today, minutes, expected by today and status")
  func personalProgress() throws {
    let p = try #require(ActivityGoals.progress(for: "p-bo", kind: .call, on: F.today, in: Self.workspace))
    #expect(p.period.start == Self.day(11, 23))  // Monday
    #expect(p.period.end == Self.day(11, 29))
    // a-1, a-2 (Mon), a-3 (today); not a-4 (last week), a-5 (tomorrow), the open call, the email, Bea's.
    #expect(p.done == 3)
    #expect(p.minutes == 70)  // 20 + 20 + 30
    #expect(p.expected == 29)  // 40 × 5 ÷ 7 = 28.57 → 29
    #expect(p.status == .behind)
    #expect(p.summary == "Calls 3/40 this week · behind pace (29 expected) · 70/600 min")
    #expect(ActivityGoals.progress(for: "p-bea", kind: .call, on: F.today, in: Self.workspace) == nil)
  }

  @Test("a team goal counts the manager's reports, not the manager, over the month")
  func teamProgress() throws {
    let all = ActivityGoals.progressAll(personId: "p-ana", on: F.today, in: Self.workspace)
    #expect(all.map(\.goal.id) == ["goal-team"])
    let p = try #require(all.first)
    #expect(p.period.start == Self.day(11, 1))
    #expect(p.period.end == Self.day(11, 30))
    #expect(p.done == 2)  // m-1 (Bo), m-2 (Bea); not m-3 (Ana herself), m-4 (October)
    #expect(p.minutes == 105)  // 60 + 45
    #expect(p.expected == 9)  // 10 × 27 ÷ 30 = 9
    #expect(p.status == .behind)
    #expect(
      ActivityGoals.progressAll(personId: "p-bo", on: F.today, in: Self.workspace).map(\.goal.id) == [
        "goal-bo"
      ])
  }

  @Test("status: within ±10 % of the exact expected count is on pace")
  func statusBands() {
    // 40 a week on day 5 of 7: expected 28.571…, 90 % = 25.71, 110 % = 31.43.
    #expect(ActivityGoalProgress.status(done: 23, target: 40, elapsed: 5, total: 7) == .behind)
    #expect(ActivityGoalProgress.status(done: 25, target: 40, elapsed: 5, total: 7) == .behind)
    #expect(ActivityGoalProgress.status(done: 26, target: 40, elapsed: 5, total: 7) == .onPace)
    #expect(ActivityGoalProgress.status(done: 31, target: 40, elapsed: 5, total: 7) == .onPace)
    #expect(ActivityGoalProgress.status(done: 32, target: 40, elapsed: 5, total: 7) == .ahead)
    // Last day: on pace means the target itself.
    #expect(ActivityGoalProgress.status(done: 40, target: 40, elapsed: 7, total: 7) == .onPace)
  }

  @Test("the ledger patched with before and after images equals one built from scratch")
  func ledgerPatches() {
    var ws = Self.workspace
    let window = ActivityLedger.window(around: F.today)
    #expect(window == Self.day(11, 1)...Self.day(11, 30))
    var ledger = ActivityLedger(ws.activities.items, window: window)
    let before = ws.activities[id: "a-open"]
    var after = before
    after?.doneAt = Timestamp(day: F.today, hour: 11)
    after?.durationMinutes = 25
    if let before, let after {
      ledger.remove(before)
      ledger.add(after)
      ws.activities.upsert(after)
    }
    #expect(ledger == ActivityLedger(ws.activities.items, window: window))
    let t = ledger.tally(owners: ["p-bo"], kind: .call, from: Self.day(11, 23), through: F.today)
    #expect(t == ActivityTally(count: 4, minutes: 95))  // 3 + the open call now done; 70 + 25
  }

  @Test("setting a goal adds one, and setting it again from the same day changes that one")
  func setGoal() throws {
    let ctx = F.context(Self.workspace)
    let edit = try AddActivityGoal(
      scope: .person("p-bea"), kind: .demo, cadence: .weekly, targetCount: 5, targetMinutes: 240
    ).edit(in: ctx)
    #expect(edit.summary == "goal Bea Seller: 5 demos a week, 240 min from 2026-11-27")
    let ws = F.applying(edit, to: Self.workspace)
    let g = try #require(ws.activityGoals[id: "goal-new"])
    #expect(g.fromDay == F.today)
    #expect(g.personId == "p-bea" && g.teamManagerId == nil)
    let again = try AddActivityGoal(
      scope: .team(managerId: "p-ana"), kind: .meeting, cadence: .weekly, targetCount: 3,
      fromDay: Self.day(10, 1)
    ).edit(in: F.context(ws))
    let ws2 = F.applying(again, to: ws)
    #expect(ws2.activityGoals.count == ws.activityGoals.count)
    #expect(ws2.activityGoals[id: "goal-team"]?.cadence == .weekly)
    #expect(ws2.activityGoals[id: "goal-team"]?.targetCount == 3)
    #expect(again.summary == "goal Ana Manager's team: 3 meetings a week from 2026-10-01")
  }

  @Test("bad goals are refused with the reason")
  func refusals() {
    let ws = Self.workspace
    let ctx = F.context(ws)
    #expect(
      F.error(AddActivityGoal(scope: .person("p-bo"), kind: .call, cadence: .weekly, targetCount: 0), ctx)?
        .description == "target: 0 is not 1–10000 activities per period")
    #expect(
      F.error(
        AddActivityGoal(
          scope: .person("p-bo"), kind: .call, cadence: .weekly, targetCount: 5, targetMinutes: 20_000),
        ctx)?.description == "minutes: 20000 is not 1–10080 minutes a week")
    #expect(
      F.error(
        AddActivityGoal(scope: .team(managerId: "p-bea"), kind: .call, cadence: .weekly, targetCount: 5), ctx)?
        .description == "team: nobody reports to Bea Seller, so a team goal would count nobody")
    #expect(
      F.error(AddActivityGoal(scope: .person("p-x"), kind: .call, cadence: .weekly, targetCount: 5), ctx)
        != nil)
    #expect(throws: CommandError.self) { try GoalRules.cadence("daily") }
    #expect((try? GoalRules.kind("Calls")) == .call)
    #expect(throws: CommandError.self) { try GoalRules.kind("lunch") }
  }

  @Test("updating a goal changes its fields; a from-day taken by another goal is refused")
  func update() throws {
    var u = UpdateActivityGoal(goalId: "goal-bo", targetCount: 45, targetMinutes: .some(nil))
    let edit = try u.edit(in: F.context(Self.workspace))
    let g = try #require(F.applying(edit, to: Self.workspace).activityGoals[id: "goal-bo"])
    #expect(g.targetCount == 45 && g.targetMinutes == nil)
    #expect(g.updatedAt == F.later)
    u = UpdateActivityGoal(goalId: "goal-bo", fromDay: Self.day(11, 30))
    #expect(F.error(u, F.context(Self.workspace)) != nil)
    #expect(F.error(UpdateActivityGoal(goalId: "goal-none"), F.context(Self.workspace)) != nil)
  }

  @Test("deleting a goal says which earlier goal is back in force; deleting a person deletes their goals")
  func delete() throws {
    let plan = try DeleteActivityGoal(goalId: "goal-bo2").plan(in: F.context(Self.workspace))
    #expect(plan.effects == ["puts back the earlier goal 40 calls a week, 600 min from 2026-11-01"])
    #expect(plan.edit.mutations == [.delete(.activityGoals, id: "goal-bo2")])
    var ws = Self.workspace
    ws.activities = RecordTable()
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "goal-bea", scope: .person("p-bea"), kind: .email, cadence: .weekly, targetCount: 20,
        fromDay: F.today, createdAt: F.now))
    let person = try DeletePerson(personId: "p-bea").plan(in: F.context(ws))
    #expect(person.effects.contains("deletes 1 activity goal: 20 emails a week"))
    #expect(person.edit.mutations.contains(.delete(.activityGoals, id: "goal-bea")))
  }

  @Test("logged minutes: 1–1440 when logging or editing, cleared with nil")
  func minutes() throws {
    let ctx = F.context(Self.workspace, actor: "p-bo")
    let edit = try LogActivity(kind: .call, subject: "Call", durationMinutes: 25).edit(in: ctx)
    guard case .put(.activity(let a)) = edit.mutations.first else {
      Issue.record("no activity")
      return
    }
    #expect(a.durationMinutes == 25)
    #expect(
      F.error(LogActivity(kind: .call, subject: "Call", durationMinutes: 0), ctx)?.description
        == "minutes: 0 is not 1–1440 (minutes spent, a day at most)")
    #expect(F.error(LogActivity(kind: .call, subject: "Call", durationMinutes: 1441), ctx) != nil)
    var u = UpdateActivity(activityId: "a-1")
    u.durationMinutes = .some(90)
    let ws = F.applying(try u.edit(in: ctx), to: Self.workspace)
    #expect(ws.activities[id: "a-1"]?.durationMinutes == 90)
    u.durationMinutes = .some(nil)
    #expect(F.applying(try u.edit(in: ctx), to: ws).activities[id: "a-1"]?.durationMinutes == nil)
    u.durationMinutes = .some(-5)
    #expect(F.error(u, ctx) != nil)
  }

  @Test("check: a goal for a missing person is an error, minutes out of range a warning")
  func check() {
    var ws = Self.workspace
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "goal-gone", scope: .person("p-gone"), kind: .call, cadence: .weekly, targetCount: 5,
        fromDay: F.today, createdAt: F.now))
    var a = Self.done("a-long", .meeting, "p-bo", F.today)
    a.durationMinutes = 5000
    ws.activities.upsert(a)
    let findings = WorkspaceCheck.run(ws)
    #expect(findings.contains(.init(.error, .activityGoals, "goal-gone", "person p-gone does not exist")))
    #expect(findings.contains(.init(.warning, .activities, "a-long", "durationMinutes 5000 is not 1–1440")))
    #expect(!findings.contains { $0.recordId == "goal-bo" || $0.recordId == "goal-team" })
  }
}
