import Testing

@testable import SalesFloorKit

/// The demo's hiring history: enough past hires to read `report hiring`, every rep linked to the
/// candidate they were (the other demo records stay pinned by `DemoGeneratorTests`).
@Suite("Demo hiring history")
struct DemoHiringTests {
  let ws = DemoFixture.workspace

  @Test("at least 30 past hires over about two years, from several sources, with scorecards")
  func history() {
    let hires = ws.candidates.filter { $0.stage == .hired }
    #expect(hires.count >= 30)
    #expect(Set(hires.map(\.source)).count >= 4)
    #expect(hires.allSatisfy { !$0.scorecards.isEmpty })
    let firstDays = ws.candidates.compactMap { $0.stageHistory.first?.day }
    let oldest = firstDays.min().map { $0.days(to: DemoFixture.today) } ?? 0
    #expect(oldest >= 365)
    #expect(ws.candidates.contains { $0.stage == .rejected })
    #expect(ws.candidates.contains { $0.stage == .withdrew })
    #expect(ws.candidates.filter { $0.stage == .offer }.count == 2)
    #expect(WorkspaceCheck.run(ws).filter { $0.collection == .candidates }.isEmpty)
  }

  @Test("every rep was a candidate: hired before their hire date and linked to them")
  func repsLinked() throws {
    for rep in ws.people where rep.role == .rep {
      let c = try #require(ws.candidates.first { $0.personId == rep.id }, "\(rep.name)")
      #expect(c.name == rep.name)
      #expect(c.managerId == rep.managerId)
      let hired = try #require(c.day(entered: .hired))
      #expect(hired <= (rep.hireDate ?? hired))
    }
  }

  @Test("the signal: referrals convert to hire more often than job-board candidates")
  func signal() throws {
    let r = Reports.hiring(ws, asOf: DemoFixture.today)
    let referral = try #require(r.funnels.first { $0.source == "referral" })
    let board = try #require(r.funnels.first { $0.source == "jobBoard" })
    let share = { (f: HiringReport.Funnel) in Double(f.hires) / Double(max(1, f.candidates)) }
    #expect(share(referral) > share(board))
  }
}
