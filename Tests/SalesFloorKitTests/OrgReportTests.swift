import Testing

@testable import SalesFloorKit

/// `Reports.org` against a hand-counted floor, and the open-role commands.
@Suite struct OrgReportTests {
  static let asOf = day("2026-12-01")
  static let period = Period(kind: .quarter, year: 2026, index: 4)

  /// Two teams. Maya (manager, East) leads Ann, Bob, Cy, Dee and Ed (a manager himself).
  /// Ed (manager) leads Flo. Maya has two open roles and an offer out; Ed one open role. Gus is a rep with no manager; Hal left (inactive, on Maya's team).
  /// Hire days against asOf 2026-12-01 (default ramp 0/25/50/75/100 by calendar month):
  /// - Ann 2026-11-10: 0 whole months (<3); month 2 of the ramp → 25 %: ramping.
  /// - Bob 2026-07-01: 5 months (3–6); month 6 → 100 %: ramped.
  /// - Cy 2026-03-02: 8 months (12-01 is before the 2nd) (6–12); ramped.
  /// - Dee 2025-12-01: 12 months exactly (12+); ramped.
  /// - Flo 2026-10-15: 1 month (<3); month 3 → 50 %: ramping.
  /// - Ed (manager, no hire day): span, not a rep.
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "m", name: "Maya", role: .manager, team: "East", territoryId: "t-e"),
      Person(id: "a", name: "Ann", role: .rep, managerId: "m", hireDate: day("2026-11-10")),
      Person(id: "b", name: "Bob", role: .rep, managerId: "m", hireDate: day("2026-07-01")),
      Person(id: "c", name: "Cy", role: .rep, managerId: "m", hireDate: day("2026-03-02")),
      Person(id: "d", name: "Dee", role: .rep, managerId: "m", hireDate: day("2025-12-01")),
      Person(id: "e", name: "Ed", role: .manager, managerId: "m", team: "West"),
      Person(
        id: "f", name: "Flo", role: .rep, managerId: "e", hireDate: day("2026-10-15"), territoryId: "t-w"),
      Person(id: "g", name: "Gus", role: .rep),
      Person(id: "h", name: "Hal", role: .rep, managerId: "m", active: false),
    ])
    ws.territories = RecordTable([
      Territory(id: "t-e", name: "East", ownerId: "m", order: 1, rules: []),
      Territory(id: "t-w", name: "West", ownerId: "e", order: 2, rules: []),
      Territory(id: "t-n", name: "North", ownerId: "g", order: 3, rules: []),
    ])
    ws.openRoles = RecordTable([
      OpenRole(id: "or-1", title: "AE", managerId: "m", openedOn: day("2026-11-01")),
      OpenRole(id: "or-2", title: "SDR", managerId: "m", openedOn: day("2026-11-20")),
      OpenRole(
        id: "or-3", title: "AE", managerId: "m", openedOn: day("2026-06-01"), status: .filled,
        filledByPersonId: "b"),
      OpenRole(id: "or-4", title: "AE", managerId: "e", openedOn: day("2026-09-01"), status: .cancelled),
      OpenRole(id: "or-5", title: "AE", managerId: "e", openedOn: day("2026-11-25")),
    ])
    // Offers out: Ivy (offer, Maya's) counts; Jo (interviewed) and Kim (hired into Bob) do not.
    let t0 = Timestamp(day: day("2026-11-01"), hour: 9)
    ws.candidates = RecordTable([
      Candidate(id: "c-1", name: "Ivy", source: .referral, stage: .offer, managerId: "m", createdAt: t0),
      Candidate(id: "c-2", name: "Jo", source: .agency, stage: .interviewed, managerId: "e", createdAt: t0),
      Candidate(
        id: "c-3", name: "Kim", source: .inbound, stage: .hired, managerId: "m", personId: "b", createdAt: t0),
    ])
    return ws
  }

  @Test("teams: span, reps, tenure bands, ramp state, open headcount")
  func teams() throws {
    let r = Reports.org(Self.workspace, period: Self.period, scope: .everyone, asOf: Self.asOf)
    #expect(r.teams.map(\.managerName) == ["Ed", "Maya"])
    let maya = try #require(r.teams.last)
    // Ann, Bob, Cy, Dee, Ed (Hal is inactive): span 5, reps 4.
    #expect(maya.span == 5)
    #expect(maya.reps == 4)
    #expect(maya.tenure.under3 == 1)  // Ann
    #expect(maya.tenure.from3to6 == 1)  // Bob
    #expect(maya.tenure.from6to12 == 1)  // Cy
    #expect(maya.tenure.over12 == 1)  // Dee
    #expect(maya.ramping == 1)  // Ann at 25 %
    #expect(maya.ramped == 3)
    #expect(maya.members.first { $0.id == "a" }?.rampPercent == 25)
    // or-1 and or-2 are open; or-3 is filled.
    #expect(maya.openRoles == 2)
    #expect(maya.offers == 1)  // Ivy
    #expect(maya.openHeadcount == 3)  // 2 open roles + 1 offer
    // Maya is in East; Ed (her report) is West's owner.
    #expect(maya.territoryIds == ["t-e", "t-w"])
    let ed = try #require(r.teams.first)
    #expect(ed.span == 1)
    #expect(ed.ramping == 1)  // Flo, month 3 → 50 %
    #expect(ed.members.first?.rampPercent == 50)
    #expect(ed.openRoles == 1)  // or-5; or-4 was cancelled
    #expect(ed.territoryIds == ["t-w"])
    // Totals: span 5 + 1, reps 4 + 1, open roles 2 + 1.
    #expect(r.totalSpan == 6)
    #expect(r.totalReps == 5)
    #expect(r.totalOffers == 1)
    #expect(r.totalOpenHeadcount == 4)  // Maya 3 + Ed 1
    #expect(r.unmanagedReps == 1)  // Gus
    #expect(r.territories.territories.map(\.id) == ["t-e", "t-w", "t-n"])
  }

  @Test("a manager sees their own team and the teams below, and only those territories")
  func scoped() {
    let r = Reports.org(Self.workspace, period: Self.period, scope: .personAndReports("e"), asOf: Self.asOf)
    #expect(r.teams.map(\.managerId) == ["e"])
    #expect(r.totalOpenHeadcount == 1)
    #expect(r.territories.territories.map(\.id) == ["t-w"])
  }

  @Test(
    "tenure counts whole months",
    arguments: [
      ("2026-09-15", "2026-12-14", 2), ("2026-09-15", "2026-12-15", 3), ("2026-12-10", "2026-12-01", 0),
      ("2025-01-31", "2026-02-28", 12),
    ])
  func tenure(hire: String, asOf: String, months: Int) {
    #expect(Reports.tenureMonths(hire: day(hire), asOf: day(asOf)) == months)
  }

  func run(_ cmd: some WorkspaceCommand, _ ws: Workspace) throws -> Edit {
    let ctx = CommandContext(
      workspace: ws, actor: "m", now: Timestamp(day: Self.asOf, hour: 9), today: Self.asOf)
    return try cmd.edit(in: ctx)
  }

  @Test("open, fill and cancel a role; a rep cannot open one; a closed role cannot close again")
  func commands() throws {
    var ws = Self.workspace
    let edit = try run(
      OpenRoleCommand(
        title: " Account Executive ", managerId: "e", territoryId: "t-w", targetStart: day("2027-01-04")),
      ws)
    for m in edit.mutations { _ = ws.apply(m) }
    let id = try #require(edit.recordId)
    let role = try #require(ws.openRoles[id: id])
    #expect(role.title == "Account Executive")
    #expect(role.openedOn == Self.asOf)
    #expect(role.status == .open)
    #expect(
      Reports.org(ws, period: Self.period, scope: .everyone, asOf: Self.asOf).teams.first?.openRoles == 2)

    let fill = try run(CloseOpenRole(roleId: id, outcome: .filled(personId: "f")), ws)
    #expect(fill.summary == "filled role Account Executive with Flo")
    for m in fill.mutations { _ = ws.apply(m) }
    #expect(ws.openRoles[id: id]?.filledByPersonId == "f")
    #expect(throws: CommandError.self) { try run(CloseOpenRole(roleId: id, outcome: .cancelled), ws) }
    #expect(throws: CommandError.self) { try run(OpenRoleCommand(title: "AE", managerId: "a"), ws) }
    #expect(throws: CommandError.self) {
      try run(
        OpenRoleCommand(
          title: "AE", managerId: "m", openedOn: day("2026-12-01"), targetStart: day("2026-11-01")), ws)
    }
    #expect(throws: CommandError.self) { try run(OpenRoleCommand(title: "AE", managerId: "nobody"), ws) }
  }

  @Test("check reports a role whose manager is gone")
  func check() {
    var ws = Self.workspace
    ws.openRoles.upsert(OpenRole(id: "or-9", title: "AE", managerId: "zz", openedOn: Self.asOf))
    let findings = WorkspaceCheck.run(ws, today: Self.asOf).filter { $0.collection == .openRoles }
    #expect(findings.map(\.message) == ["manager zz does not exist"])
  }
}
