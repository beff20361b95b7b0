import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Activity goals in the cockpit: the rep's bars in My Day, the Activity view (`V`), and the bars
/// following logged activities through change sets without a rebuild.
@Suite struct CockpitGoalTests {
  static let today = CockpitFixture.today  // Friday 2026-11-27: day 5 of the week 11-23 … 11-29
  static let wide = Size(width: 160, height: 40)

  /// The demo with one rep's goals replaced by 40 calls a week (600 min) from 11-01 and 20 calls
  /// of 15 minutes done this week (Mon–Thu, five a day), so the numbers are known.
  static func workspace() -> (Workspace, Person) {
    var ws = CockpitFixture.demo
    let rep = ws.people.items.filter { $0.role == .rep }.sorted { $0.id < $1.id }[0]
    for g in ws.activityGoals.items where g.personId == rep.id { ws.activityGoals.remove(id: g.id) }
    ws.activities = RecordTable(ws.activities.items.filter { !($0.ownerId == rep.id && $0.kind == .call) })
    ws.activityGoals.upsert(
      ActivityGoal(
        id: "goal-test", scope: .person(rep.id), kind: .call, cadence: .weekly, targetCount: 40,
        targetMinutes: 600, fromDay: Day(year: 2026, month: 11, day: 1) ?? today,
        createdAt: Timestamp(day: today, hour: 8)))
    for n in 0..<20 {
      let day = today.adding(days: -4 + n / 5)  // Monday 11-23 … Thursday 11-26
      ws.activities.upsert(
        Activity(
          id: "act-goal-\(n)", kind: .call, subject: "Call \(n)", ownerId: rep.id,
          doneAt: Timestamp(day: day, hour: 10), durationMinutes: 15, createdAt: Timestamp(day: day, hour: 9))
      )
    }
    return (ws, rep)
  }

  @Test("My Day shows the rep's goal bar: done of target this week, behind pace, expected by today")
  func myDayBar() throws {
    let (ws, rep) = Self.workspace()
    let run = try CockpitRun("", as: rep.name, workspace: ws, size: Self.wide)
    // 40 × 5 ÷ 7 = 28.57 → 29 expected; 20 < 25.7 (90 %): behind. 20 × 15 = 300 minutes.
    #expect(run.pane(.quota).contains("Calls 20/40 this week · behind pace (29 expected)"))
  }

  @Test("logging a call moves the bar through the change set, with no rebuild")
  func loggedCallMovesTheBar() throws {
    let (ws, rep) = Self.workspace()
    let store = MemoryStore(ws)
    var state = CockpitState(store: store, viewer: CockpitFixture.viewer(rep.name, in: ws), asOf: Self.today)
    let before = try #require(state.data.goalProgress.first { $0.goal.id == "goal-test" })
    #expect(before.done == 20)
    let call = Activity(
      id: "act-new", kind: .call, subject: "Call now", ownerId: rep.id,
      doneAt: Timestamp(day: Self.today, hour: 11),
      durationMinutes: 30, createdAt: Timestamp(day: Self.today, hour: 11))
    let sets = try store.commit(
      Transaction(
        id: "t1", at: Timestamp(day: Self.today, hour: 11), summary: "log", mutations: [.put(.activity(call))]
      )
    ).all
    #expect(state.apply(sets) == .incremental)
    let after = try #require(state.data.goalProgress.first { $0.goal.id == "goal-test" })
    #expect(after.done == 21)
    #expect(after.minutes == 330)  // 300 + 30
    let full = CockpitData(
      workspace: store.workspace, viewer: state.viewer, period: state.period, asOf: Self.today)
    #expect(state.data.activityLedger == full.activityLedger)
    #expect(state.data.goalProgress == full.goalProgress)
    // Deleting it takes it back out.
    let undo = try store.commit(
      Transaction(
        id: "t2", at: Timestamp(day: Self.today, hour: 12), summary: "undo",
        mutations: [.delete(.activities, id: "act-new")])
    ).all
    _ = state.apply(undo)
    #expect(state.data.goalProgress.first { $0.goal.id == "goal-test" }?.done == 20)
  }

  @Test("random activity and goal edits leave the ledger and bars as a full rebuild has them")
  func randomEditsMatchARebuild() throws {
    let store = MemoryStore(CockpitFixture.demo)
    var state = CockpitState(store: store, viewer: Viewer(person: nil), asOf: Self.today)
    var rng = SeededRandom(state: 17)
    let reps = store.workspace.people.items.filter { $0.role == .rep }
    for n in 0..<60 {
      let ws = store.workspace
      var mutations: [Mutation] = []
      switch Int.random(in: 0..<4, using: &rng) {
      case 0:
        guard let rep = reps.randomElement(using: &rng) else { continue }
        let day = Self.today.adding(days: Int.random(in: -20...3, using: &rng))
        mutations = [
          .put(
            .activity(
              Activity(
                id: "act-r-\(n)", kind: Activity.Kind.allCases.randomElement(using: &rng) ?? .call,
                subject: "r\(n)", ownerId: rep.id, doneAt: Timestamp(day: day, hour: 10),
                durationMinutes: Int.random(in: 5...60, using: &rng), createdAt: Timestamp(day: day, hour: 9))
            ))
        ]
      case 1:
        guard var a = ws.activities.items.randomElement(using: &rng) else { continue }
        a.doneAt = Bool.random(using: &rng) ? nil : Timestamp(day: Self.today.adding(days: -1), hour: 9)
        a.durationMinutes = Bool.random(using: &rng) ? nil : 20
        mutations = [.put(.activity(a))]
      case 2:
        guard let a = ws.activities.items.randomElement(using: &rng) else { continue }
        mutations = [.delete(.activities, id: a.id)]
      default:
        guard var g = ws.activityGoals.items.randomElement(using: &rng) else { continue }
        g.targetCount = Int.random(in: 1...50, using: &rng)
        mutations = [.put(.activityGoal(g))]
      }
      let sets = try store.commit(
        Transaction(
          id: "tx-\(n)", at: Timestamp(day: Self.today, hour: 9), summary: "r", mutations: mutations)
      ).all
      #expect(state.apply(sets) == .incremental)
      let full = CockpitData(
        workspace: store.workspace, viewer: state.viewer, period: state.period, asOf: Self.today)
      #expect(state.data.activityLedger == full.activityLedger, "ledger after \(n)")
      #expect(state.data.goalProgress == full.goalProgress, "bars after \(n)")
    }
  }

  @Test("V opens the Activity view: each goal in scope with done, expected, minutes and status")
  func activityView() throws {
    let (ws, rep) = Self.workspace()
    let manager = try #require(ws.people[id: rep.managerId ?? ""])
    let run = try CockpitRun("V", as: manager.name, workspace: ws, size: Self.wide)
    #expect(run.state.views.current == .activity)
    let screen = run.screen
    #expect(screen.contains("Activity goals · 2026-11-27"))
    let line = try #require(run.lines.first { $0.contains(rep.name) && $0.contains("call") })
    #expect(line.contains("20/40"))
    #expect(line.contains("29"))
    #expect(line.contains("300/600"))
    #expect(line.contains("behind pace"))
    // The manager's team goal is listed too.
    #expect(screen.contains("\(manager.name)'s team"))
  }

  @Test("the Activity view without goals says how to set one")
  func emptyActivityView() throws {
    var ws = CockpitFixture.demo
    ws.activityGoals = RecordTable()
    let run = try CockpitRun("V", workspace: ws, size: Self.wide)
    #expect(run.screen.contains("No activity goals in force for this scope."))
  }
}
