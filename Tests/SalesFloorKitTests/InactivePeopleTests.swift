import Testing

@testable import SalesFloorKit

/// Inactive people keep their history but leave roll-ups (`Person.active`): the forecast lists a
/// rep who has left only for a period they still have deals in, and deleting them leaves the
/// candidate they were hired from as hiring history.
@Suite("Inactive people: roll-ups and deletes")
struct InactivePeopleTests {
  /// Manager m; rep r (active) with an open deal closing 2026-11-30; rep x (left) with a
  /// 30,000 deal won 2025-11-10, hired from candidate cand-1.
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "m", name: "Mia", role: .manager),
      Person(id: "r", name: "Rae", role: .rep, managerId: "m"),
      Person(id: "x", name: "Xan", role: .rep, managerId: "m", hireDate: day("2025-06-02"), active: false),
    ])
    ws.deals = RecordTable([
      deal("d1", owner: "r", 10_000, stage: "proposal", close: "2026-11-30"),
      deal("d2", owner: "x", 30_000, stage: "won", close: "2025-11-10", created: "2025-09-01"),
    ])
    ws.candidates = RecordTable([
      Candidate(
        id: "cand-1", name: "Xan", source: .referral, stage: .hired,
        stageHistory: [
          .init(stage: .sourced, day: day("2025-04-01")), .init(stage: .hired, day: day("2025-05-20")),
        ],
        managerId: "m", personId: "x", createdAt: Timestamp(day: day("2025-04-01"), hour: 9))
    ])
    return ws
  }

  static func names(_ period: String, _ ws: Workspace) -> [String] {
    let p = Period(kind: .quarter, year: Int(period.prefix(4)) ?? 0, index: Int(period.suffix(1)) ?? 0)
    return Reports.forecast(ws, period: p, scope: .personAndReports("m"), asOf: day("2026-11-15")).people
      .map(\.name)
  }

  @Test("the forecast leaves out a rep who has left, in a period they have no deals in")
  func forecastSkipsTheirEmptyPeriods() {
    #expect(Self.names("2026-Q4", Self.workspace) == ["Mia", "Rae"])
    // 2025-Q4: Xan's 30,000 win closes in it, so Xan keeps a line (and Mia's roll-up holds it).
    #expect(Self.names("2025-Q4", Self.workspace) == ["Mia", "Rae", "Xan"])
    let calls = Reports.forecastCalls(
      Self.workspace, period: Period(kind: .quarter, year: 2026, index: 4), scope: .personAndReports("m"),
      asOf: day("2026-11-15"))
    #expect(calls.people.map(\.name) == ["Mia", "Rae"])
  }

  @Test("deleting a person unlinks the candidate they were hired from and says so")
  func deleteUnlinksTheCandidate() throws {
    var ws = Self.workspace
    ws.deals = RecordTable(ws.deals.items.filter { $0.ownerId != "x" })
    let ctx = CommandContext(workspace: ws, actor: "m", now: Timestamp(day: day("2026-11-15"), hour: 9))
    let plan = try DeletePerson(personId: "x").plan(in: ctx)
    #expect(
      plan.effects.contains { $0.contains("unlinks 1 hired candidate") && $0.contains("Xan") },
      "\(plan.effects)")
    for m in plan.edit.mutations { ws.apply(m) }
    #expect(ws.people[id: "x"] == nil)
    #expect(ws.candidates[id: "cand-1"]?.personId == nil)
    #expect(ws.candidates[id: "cand-1"]?.stage == .hired)
    #expect(WorkspaceCheck.run(ws).filter { $0.severity == .error }.isEmpty)
  }
}
