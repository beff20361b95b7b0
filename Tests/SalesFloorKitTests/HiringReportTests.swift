import Foundation
import Testing

@testable import SalesFloorKit

/// `report hiring` against a hand-computed fixture: six candidates from three sources, three
/// hires, quarterly quotas of 30,000 (10,000 a month) and the default 0/25/50/75/100 ramp.
@Suite("Hiring report")
struct HiringReportTests {
  static let asOf = Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0)
  static func day(_ m: Int, _ d: Int) -> Day { Day(year: 2026, month: m, day: d) ?? Day(ordinal: 0) }
  static let t0 = Timestamp(day: day(1, 1), hour: 9)

  static func history(_ steps: [(CandidateStage, Int, Int)]) -> [Candidate.StageChange] {
    steps.map { .init(stage: $0.0, day: day($0.1, $0.2)) }
  }

  static func card(_ scores: [Int]) -> Scorecard {
    let names = HiringRules.defaultCompetencies
    return Scorecard(
      interviewerId: "p-mgr", day: day(1, 20),
      scores: scores.enumerated().map { .init(competency: names[$0.offset], score: $0.element) },
      recommendation: .hire)
  }

  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p-mgr", name: "Mo Manager", role: .manager, team: "East"),
      Person(id: "p-h1", name: "Ana", role: .rep, managerId: "p-mgr", hireDate: day(2, 1)),
      Person(id: "p-h2", name: "Ben", role: .rep, managerId: "p-mgr", hireDate: day(4, 1)),
      Person(id: "p-h3", name: "Cy", role: .rep, managerId: "p-mgr", hireDate: day(10, 1)),
    ])
    var quotas: [Quota] = []
    for p in ["p-h1", "p-h2", "p-h3"] {
      for q in 1...4 {
        quotas.append(
          Quota(id: "q-\(p)-\(q)", personId: p, period: "2026-Q\(q)", amount: 3_000_000, currency: "USD"))
      }
    }
    ws.quotas = RecordTable(quotas)
    func won(_ id: String, _ owner: String, _ amount: Int64, _ close: Day) -> Deal {
      Deal(
        id: id, name: id, accountId: nil, ownerId: owner, amount: amount, currency: "USD", stage: "won",
        closeDate: close, createdAt: t0)
    }
    ws.deals = RecordTable([
      won("d-1", "p-h1", 600_000, day(3, 15)),  // month 2 for Ana
      won("d-2", "p-h1", 2_200_000, day(6, 10)),  // month 5
      won("d-3", "p-h1", 999_999, day(1, 10)),  // before her hire: not counted
    ])
    ws.candidates = RecordTable([
      Candidate(
        id: "c1", name: "Ana", source: .referral, stage: .hired,
        stageHistory: history([
          (.sourced, 1, 5), (.screened, 1, 12), (.interviewed, 1, 20), (.offer, 1, 30), (.hired, 2, 4),
        ]), managerId: "p-mgr", scorecards: [card([4, 3])], personId: "p-h1", createdAt: t0),
      Candidate(
        id: "c2", name: "Ben", source: .referral, stage: .hired,
        stageHistory: history([(.sourced, 3, 1), (.screened, 3, 3), (.offer, 3, 20), (.hired, 3, 21)]),
        managerId: "p-mgr", scorecards: [card([2, 2])], personId: "p-h2", createdAt: t0),
      Candidate(
        id: "c3", name: "Cat", source: .referral, stage: .rejected,
        stageHistory: history([(.sourced, 4, 1), (.screened, 4, 5), (.rejected, 4, 6)]), createdAt: t0),
      Candidate(
        id: "c4", name: "Cy", source: .agency, stage: .hired,
        stageHistory: history([
          (.sourced, 2, 1), (.screened, 2, 10), (.interviewed, 2, 20), (.offer, 3, 1), (.hired, 3, 3),
        ]), personId: "p-h3", createdAt: t0),
      Candidate(
        id: "c5", name: "Dee", source: .agency, stage: .withdrew,
        stageHistory: history([(.sourced, 6, 1), (.withdrew, 6, 2)]), createdAt: t0),
      Candidate(
        id: "c6", name: "Eve", source: .jobBoard, stageHistory: history([(.sourced, 11, 1)]), createdAt: t0),
    ])
    return ws
  }

  let r = Reports.hiring(HiringReportTests.workspace, asOf: HiringReportTests.asOf)

  @Test("stage conversion, hires and median time to hire per source and in total")
  func funnels() throws {
    #expect(r.funnels.map(\.source) == ["referral", "agency", "jobBoard"])
    let referral = r.funnels[0]
    #expect(referral.candidates == 3)
    // Ben skipped interviewed (counts as reached); Cat stopped at screened.
    #expect(referral.reached == [3, 3, 2, 2, 2])
    #expect(referral.conversion == [1, 2.0 / 3, 1, 1])  // 3/3, 2/3, 2/2, 2/2
    #expect(referral.hires == 2)
    // Ana 01-05 → 02-04 = 30 days, Ben 03-01 → 03-21 = 20 days: median (20 + 30) / 2 = 25.
    #expect(referral.medianDaysToHire == 25)
    let agency = r.funnels[1]
    #expect(agency.reached == [2, 1, 1, 1, 1])
    #expect(agency.conversion == [0.5, 1, 1, 1])
    #expect(agency.medianDaysToHire == 30)  // 02-01 → 03-03: 28 + 2
    let board = r.funnels[2]
    #expect(board.reached == [1, 0, 0, 0, 0])
    #expect(board.conversion == [0, nil, nil, nil])
    #expect(board.medianDaysToHire == nil)
    #expect(r.total.candidates == 6)
    #expect(r.total.reached == [6, 4, 3, 3, 3])
    #expect(r.total.medianDaysToHire == 30)  // median of 20, 30, 30
  }

  @Test("ramp attainment at 3 and 6 months from the hire's own bookings and ramp-plan quota")
  func attainment() throws {
    let ana = try #require(r.hires.first { $0.candidateId == "c1" })
    // Months 1–3 = Feb, Mar, Apr at 0 %, 25 %, 50 % of 10,000: quota 7,500; won 6,000 (Mar).
    #expect(ana.attainment3 == 0.8)  // 6,000 ÷ 7,500
    // Months 4–6 = May, Jun, Jul at 75 %, 100 %, 100 %: quota 27,500; won 22,000 (Jun).
    #expect(ana.attainment6 == 0.8)  // 22,000 ÷ 27,500
    #expect(ana.averageScore == 3.5)  // (4 + 3) / 2
    let ben = try #require(r.hires.first { $0.candidateId == "c2" })
    #expect(ben.attainment3 == 0)  // quota 7,500 (Apr–Jun), nothing won
    #expect(ben.attainment6 == 0)  // quota 27,500 (Jul–Sep), nothing won
    let cy = try #require(r.hires.first { $0.candidateId == "c4" })
    #expect(cy.attainment3 == nil)  // hired 2026-10-01: month 3 (December) has not ended
    #expect(r.hires.count == 3)
  }

  @Test("ramped share by source and by interview score, with n, Wilson interval and too-few flag")
  func groups() throws {
    #expect(r.bySource.map(\.group) == ["referral", "agency"])
    let referral = r.bySource[0].months3
    #expect(referral.n == 2)
    #expect(referral.ramped == 1)  // Ana at 0.8 ≥ the 0.8 threshold; Ben at 0
    #expect(referral.share == 0.5)
    // Wilson 1 of 2: centre (0.5 + z²/4) / (1 + z²/2) = 0.5; half-width ≈ 0.4055.
    let ci = try #require(referral.interval)
    #expect(abs(ci.lower - 0.0945) < 0.001)
    #expect(abs(ci.upper - 0.9055) < 0.001)
    #expect(!referral.enough)  // 2 < 5: too few to compare
    let agency = r.bySource[1].months3
    #expect(agency.n == 0 && agency.share == nil && agency.interval == nil)
    #expect(r.byScore.map(\.group) == ["score ≥ 3", "score < 3", "unscored"])
    #expect(r.byScore[0].months3.n == 1 && r.byScore[0].months3.ramped == 1)  // Ana 3.5
    #expect(r.byScore[1].months3.n == 1 && r.byScore[1].months3.ramped == 0)  // Ben 2.0
    #expect(r.byScore[2].months3.n == 0)  // Cy: no scorecards, and no 3-month figure yet
  }

  @Test("--from/--to keep the candidates sourced inside the range")
  func range() {
    let spring = Reports.hiring(
      Self.workspace, from: Self.day(3, 1), to: Self.day(6, 30), asOf: Self.asOf)
    #expect(spring.total.candidates == 3)  // Ben 03-01, Cat 04-01, Dee 06-01
    #expect(spring.hires.map(\.candidateId) == ["c2"])
  }
}
