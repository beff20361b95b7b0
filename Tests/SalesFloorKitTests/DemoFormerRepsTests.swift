import Testing

@testable import SalesFloorKit

/// The demo's former reps give `report hiring` a ramp signal to read, and the demo's handoffs
/// give `report handoff` steps to compare, without touching the current floor's figures.
@Suite("Demo former reps: ramp signal and handoffs")
struct DemoFormerRepsTests {
  let ws = DemoFixture.workspace
  let today = DemoFixture.today
  var former: [Person] { ws.people.sortedById.filter { !$0.active } }

  @Test("report hiring: ramp attainment at 3 and 6 months over at least 10 hires, by source and score")
  func rampSignal() throws {
    let r = Reports.hiring(ws, asOf: today)
    let n3 = r.bySource.map(\.months3.n).reduce(0, +)
    let n6 = r.bySource.map(\.months6.n).reduce(0, +)
    #expect(n3 >= 10, "n at 3 months: \(n3)")
    #expect(n6 >= 10, "n at 6 months: \(n6)")
    // The score bands split the same hires.
    #expect(r.byScore.map(\.months3.n).reduce(0, +) == n3)
    // A signal, not a constant: some hires ramped and some did not, and the bands differ.
    let ramped = r.bySource.map(\.months3.ramped).reduce(0, +)
    #expect(ramped > 0 && ramped < n3, "\(ramped) of \(n3) ramped")
    let high = try #require(r.byScore.first { $0.group == "score ≥ 3" }?.months3.share)
    let low = try #require(r.byScore.first { $0.group == "score < 3" }?.months3.share)
    #expect(high > low, "score ≥ 3: \(high), score < 3: \(low)")
    #expect(r.bySource.filter { $0.months3.n > 0 }.count >= 3)
  }

  @Test("a former hire's 3-month figure is won in months 1–3 over the ramped quota of those months")
  func rampFigureFromTheRecords() throws {
    let r = Reports.hiring(ws, asOf: today)
    let hire = try #require(r.hires.first { $0.attainment3 != nil && ($0.attainment3 ?? 0) > 0 })
    let first = Period(kind: .month, year: hire.hireDate.year, index: hire.hireDate.month)
    let months = (0..<3).map { first.shifted(by: $0) }
    let won = ws.deals.filter { d in
      d.ownerId == hire.personId && d.stage == "won" && months.contains { $0.contains(d.closeDate ?? today) }
    }.map(\.amount).reduce(0, +)
    // Ramp 0 %, 25 %, 50 % of a third of each month's quarterly quota (default schedule).
    let book = QuotaBook(ws)
    var quota: Int64 = 0
    for (k, m) in months.enumerated() {
      let q = try #require(
        ws.quotas.first {
          $0.personId == hire.personId && $0.period == Period.containing(m.start, kind: .quarter).description
        })
      #expect(book.rampPercent(monthYear: m.year, month: m.index, hire: hire.hireDate) == [0, 25, 50][k])
      quota += Ratio.percentOf(Ratio.divideRounded(q.amount, 3), percent: [0, 25, 50][k])
    }
    #expect(hire.attainment3 == Ratio.of(won, quota))
  }

  @Test("past hires not on today's floor are inactive reps linked from their candidate record")
  func formerRepsLinked() throws {
    let hires = ws.candidates.filter { $0.stage == .hired }
    #expect(hires.allSatisfy { $0.personId.map { ws.people.contains(id: $0) } == true })
    #expect(former.count == hires.count - ws.people.filter { $0.active && $0.role == .rep }.count)
    for p in former {
      #expect(p.role == .rep && p.managerId != nil && p.hireDate != nil, "\(p.id)")
      let c = try #require(ws.candidates.first { $0.personId == p.id })
      #expect(c.name == p.name)
    }
  }

  @Test("former reps' deals close after their hire and before the current team's two quarters")
  func formerDealsStayInThePast() throws {
    let ids = Set(former.map(\.id))
    let theirs = ws.deals.filter { ids.contains($0.ownerId) }
    #expect(theirs.count > 20)
    let window = Period(kind: .quarter, year: 2026, index: 1).start
    for d in theirs {
      let hire = try #require(ws.people[id: d.ownerId]?.hireDate)
      let close = try #require(d.closeDate)
      #expect(d.createdAt.day > hire && close < window, "\(d.id) \(d.createdAt.day.iso)…\(close.iso)")
      #expect(d.stage == "won" || d.stage == "lost")
      #expect(ws.handoffs[id: HandoffLifecycle.id(forDeal: d.id)] == nil)
    }
    #expect(theirs.contains { $0.stage == "lost" && $0.lostReason != nil })
    // Nothing of theirs in this or the previous quarter or this fiscal year, and check finds
    // nothing to fix.
    let q = Period.containing(today, kind: .quarter)
    for period in [q, q.previous, Period.containing(today, kind: .year)] {
      let attainment = Reports.attainment(ws, period: period, scope: .everyone, asOf: today)
      #expect(attainment.people.allSatisfy { !ids.contains($0.id) }, "\(period)")
    }
    #expect(WorkspaceCheck.run(ws, today: today).filter { $0.severity == .error }.isEmpty)
  }

  @Test("report handoff: handoffs done and waiting at several steps")
  func handoffsAtSeveralSteps() {
    let r = HandoffReport.build(ws, from: today.adding(days: -365), to: today, asOf: today)
    #expect(r.handoffs >= 10)
    #expect(r.completed > 0 && r.completed < r.handoffs)
    #expect(r.steps.filter { $0.waiting > 0 }.count >= 3, "\(r.steps.map { ($0.name, $0.waiting) })")
    #expect(r.steps.filter { $0.n > 0 }.count == r.steps.count)
    #expect(r.bottleneck != nil)
  }
}
