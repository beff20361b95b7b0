import Foundation
import Testing

@testable import SalesFloorKit

/// `report activity` against a hand-computed fixture: counts, pro-rated goals, minutes and the
/// share of minutes on deals that were won, per rep, per team goal and in total.
@Suite("Activity report")
struct ActivityReportTests {
  static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day(ordinal: 0) }
  static let now = Timestamp(day: day(11, 27), hour: 18)

  /// Ana manages Bo and Bea. Bo: 10 calls a week from 11-01. Bea: 30 calls a month from 11-23.
  /// Ana's team: 4 meetings a week from 10-01. Deals of Bo's: won, lost, open. The span is the
  /// two ISO weeks Mon 11-16 … Sun 11-29 (14 days).
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-ana", name: "Ana Manager", role: .manager),
      Person(id: "p-bo", name: "Bo Seller", role: .rep, managerId: "p-ana"),
      Person(id: "p-bea", name: "Bea Seller", role: .rep, managerId: "p-ana"),
    ])
    func deal(_ id: String, _ stage: String) -> Deal {
      Deal(
        id: id, name: id, accountId: nil, ownerId: "p-bo", amount: 1_000, currency: "USD", stage: stage,
        closeDate: day(12, 15), createdAt: now)
    }
    ws.deals = RecordTable([deal("d-won", "won"), deal("d-lost", "lost"), deal("d-open", "qualify")])
    ws.activityGoals = RecordTable([
      ActivityGoal(
        id: "g-bo", scope: .person("p-bo"), kind: .call, cadence: .weekly, targetCount: 10,
        fromDay: day(11, 1),
        createdAt: now),
      ActivityGoal(
        id: "g-bea", scope: .person("p-bea"), kind: .call, cadence: .monthly, targetCount: 30,
        fromDay: day(11, 23), createdAt: now),
      ActivityGoal(
        id: "g-team", scope: .team(managerId: "p-ana"), kind: .meeting, cadence: .weekly, targetCount: 4,
        fromDay: day(10, 1), createdAt: now),
    ])
    func done(
      _ id: String, _ kind: Activity.Kind, _ owner: String, _ d: Day, _ deal: String?, _ m: Int?
    )
      -> Activity
    {
      Activity(
        id: id, kind: kind, subject: id, ownerId: owner, dealId: deal, doneAt: Timestamp(day: d, hour: 10),
        durationMinutes: m, createdAt: Timestamp(day: d, hour: 9))
    }
    ws.activities = RecordTable([
      done("a-1", .call, "p-bo", day(11, 16), "d-won", 30),
      done("a-2", .call, "p-bo", day(11, 18), "d-lost", 20),
      done("a-3", .call, "p-bo", day(11, 20), "d-open", 15),
      done("a-4", .call, "p-bo", day(11, 27), nil, 10),
      done("a-5", .call, "p-bo", day(11, 15), "d-won", 60),  // Sunday before the span
      done("a-6", .meeting, "p-bo", day(11, 24), "d-won", 60),
      done("a-7", .call, "p-bea", day(11, 24), "d-won", 25),
      done("a-8", .call, "p-bea", day(11, 25), nil, nil),
      done("a-9", .meeting, "p-bea", day(11, 26), "d-lost", 45),
    ])
    return ws
  }

  static var report: ActivityReport {
    Reports.activity(workspace, from: day(11, 16), to: day(11, 29), scope: .everyone)
  }

  func row(_ rows: [ActivityReport.Row], _ name: String, _ kind: String) throws -> ActivityReport.Row {
    try #require(rows.first { $0.name == name && $0.kind == kind }, "\(name) \(kind)")
  }

  @Test("per rep and kind: count, pro-rated goal, % of goal, minutes, won share")
  func people() throws {
    let r = Self.report
    #expect(
      r.people.map { "\($0.name) \($0.kind)" } == [
        "Bea Seller call", "Bea Seller meeting", "Bo Seller call", "Bo Seller meeting",
      ])
    let boCall = try row(r.people, "Bo Seller", "call")
    #expect(boCall.count == 4)  // a-1…a-4; a-5 is the day before the span
    #expect(boCall.goal == 20)  // 14 days × 10 ÷ 7
    #expect(boCall.goalRatio == 0.2)  // 4 ÷ 20
    #expect(boCall.minutes == 75)  // 30 + 20 + 15 + 10
    #expect(boCall.wonMinutes == 30)  // a-1 on d-won
    #expect(boCall.closedMinutes == 50)  // a-1 (won) + a-2 (lost); a-3 open, a-4 no deal
    #expect(boCall.wonShare == 0.6)  // 30 ÷ 50
    let beaCall = try row(r.people, "Bea Seller", "call")
    #expect(beaCall.count == 2)
    // Only 11-23 … 11-29 (7 days) under the goal, each 30 ÷ 30 (November): 7.
    #expect(abs((beaCall.goal ?? 0) - 7) < 1e-9)
    #expect(abs((beaCall.goalRatio ?? 0) - 2.0 / 7) < 1e-9)
    #expect(beaCall.minutes == 25)  // a-8 has no minutes
    #expect(beaCall.wonShare == 1)  // 25 ÷ 25
    let boMeeting = try row(r.people, "Bo Seller", "meeting")
    #expect(boMeeting.goal == nil)  // the team's goal is not Bo's own
    #expect(boMeeting.goalRatio == nil)
    #expect(boMeeting.wonShare == 1)  // 60 ÷ 60
    let beaMeeting = try row(r.people, "Bea Seller", "meeting")
    #expect(beaMeeting.wonMinutes == 0 && beaMeeting.closedMinutes == 45)
    #expect(beaMeeting.wonShare == 0)  // 0 ÷ 45
  }

  @Test("team goals and totals")
  func teamsAndTotals() throws {
    let r = Self.report
    let team = try row(r.teams, "Ana Manager's team", "meeting")
    #expect(team.count == 2)  // a-6 (Bo) + a-9 (Bea)
    #expect(team.goal == 8)  // 14 × 4 ÷ 7
    #expect(team.goalRatio == 0.25)
    #expect(team.minutes == 105)  // 60 + 45
    #expect(abs((team.wonShare ?? 0) - 60.0 / 105) < 1e-9)
    let calls = try row(r.totals, "TOTAL", "call")
    #expect(calls.count == 6)  // 4 + 2
    #expect(abs((calls.goal ?? 0) - 27) < 1e-9)  // 20 + 7
    #expect(calls.minutes == 100)  // 75 + 25
    #expect(abs((calls.wonShare ?? 0) - 55.0 / 75) < 1e-9)  // (30 + 25) ÷ (50 + 25)
    let meetings = try row(r.totals, "TOTAL", "meeting")
    #expect(meetings.goal == nil)  // no rep has a meeting goal of their own
    #expect(meetings.minutes == 105)
  }

  @Test("a team row needs every member in scope; JSON keeps every key")
  func scopeAndKeys() throws {
    let bo = Reports.activity(
      Self.workspace, from: Self.day(11, 16), to: Self.day(11, 29), scope: .person("p-bo"))
    #expect(bo.teams.isEmpty)
    #expect(Set(bo.people.map(\.name)) == ["Bo Seller"])
    let data = try JSONEncoder().encode(bo)
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rows = try #require(json["people"] as? [[String: Any]])
    let meeting = try #require(rows.first { ($0["kind"] as? String) == "meeting" })
    #expect(meeting["goal"] is NSNull)
    #expect(meeting["goalRatio"] is NSNull)
  }

  @Test("pro-rating: a whole month under a weekly goal, a week under a monthly one")
  func proRating() {
    let ws = Self.workspace
    // November has 30 days: 10 a week → 10 × 30 ÷ 7 = 42.857…
    let month = ActivityGoals.goalForSpan(
      .person("p-bo"), kind: .call, from: Self.day(11, 1), to: Self.day(11, 30), in: ws)
    #expect(abs((month ?? 0) - 300.0 / 7) < 1e-9)
    // October: before Bo's goal starts.
    #expect(
      ActivityGoals.goalForSpan(
        .person("p-bo"), kind: .call, from: Self.day(10, 1), to: Self.day(10, 31), in: ws) == nil)
  }
}
