import Testing

@testable import SalesFloorKit

@Suite("Demo generator: size, determinism, quotas")
struct DemoGeneratorTests {
  let ws = DemoFixture.workspace
  /// Today's floor: the pinned shape below; the former reps are `DemoFormerRepsTests`'.
  let floor = DemoFixture.currentFloor(DemoFixture.workspace)
  let today = DemoFixture.today

  @Test func sameSeedAndDayGiveTheSameWorkspace() {
    let again = DemoGenerator(seed: 42, today: today).makeWorkspace()
    #expect(DemoFixture.snapshot(again) == DemoFixture.snapshot(ws))
  }

  @Test func differentSeedGivesADifferentWorkspace() {
    let other = DemoGenerator(seed: 43, today: today).makeWorkspace()
    #expect(other.deals.sortedById != ws.deals.sortedById)
    #expect(other.people.sortedById.map(\.name) != ws.people.sortedById.map(\.name))
  }

  @Test func defaultTeamShape() throws {
    let people = floor.people.sortedById
    #expect(people.count == 13)
    #expect(ws.people.count == 39)  // with the former reps
    #expect(people.filter { $0.role == .ops }.count == 1)
    let managers = people.filter { $0.role == .manager }
    #expect(Set(managers.compactMap(\.team)) == ["East", "West"])
    let reps = people.filter { $0.role == .rep }
    #expect(reps.count == 10)
    // Ten reps split over two managers: five each.
    for m in managers { #expect(reps.filter { $0.managerId == m.id }.count == 5) }
    #expect(people.first?.id == "p-001")
    #expect(ws.accounts.count == 40)
    #expect(floor.deals.count == 150)
    #expect(ws.deals.count == 280)  // with the former reps'
    #expect(ws.activities.count == 600)
    #expect(ws.deals.sortedById.first?.id == "d-000001")
    #expect(ws.playbooks.count == StarterLibrary.playbooks.count)
    #expect(ws.content.count == StarterLibrary.content.count)
    #expect(ws.training.count == StarterLibrary.trainingModules.count)
    #expect(ws.territories.count == 2)
    let plan = try #require(ws.compPlans.first)
    #expect(plan.tiers.map(\.rate) == [1.0, 1.5, 2.0])
    #expect(Set(plan.personIds) == Set(reps.map(\.id)))
  }

  @Test func exactlyOneNewHireWithRampedQuotas() throws {
    let reps = floor.people.filter { $0.role == .rep }
    let recent = reps.filter { ($0.hireDate.map { $0.days(to: today) } ?? 9999) < 120 }
    #expect(recent.count == 1)
    let hire = try #require(recent.first)
    let days = try #require(hire.hireDate).days(to: today)
    #expect((50...70).contains(days))  // "about two months ago"
    let ramped = floor.quotas.filter(\.ramp)
    #expect(ramped.count == 4)
    #expect(ramped.allSatisfy { $0.personId == hire.id })
  }

  @Test func quotasForEveryRepAndTeamForAllFourQuarters() {
    let quarters: Set<String> = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    for rep in floor.people where rep.role == .rep {
      let mine = floor.quotas.filter { $0.personId == rep.id }
      #expect(Set(mine.map(\.period)) == quarters, "rep \(rep.id)")
      #expect(mine.allSatisfy { $0.amount > 0 && $0.currency == "USD" })
    }
    for team in ["East", "West"] {
      #expect(Set(ws.quotas.filter { $0.team == team }.map(\.period)) == quarters)
    }
    #expect(floor.quotas.count == 10 * 4 + 2 * 4)
    #expect(ws.quotas.count == 117)  // with the former reps'
  }

  /// Current-quarter attainment (won closing in 2026-Q2 ÷ that quarter's quota) of the tenured
  /// reps should spread from roughly 40 % to roughly 130 %.
  @Test func attainmentSpreadsAcrossTheFloor() {
    let q2 = Period(kind: .quarter, year: 2026, index: 2)
    var attainment: [Double] = []
    for quota in ws.quotas where quota.period == "2026-Q2" && quota.personId != nil && !quota.ramp {
      let won = ws.deals.filter {
        $0.ownerId == quota.personId && $0.stage == "won" && ($0.closeDate.map(q2.contains) ?? false)
      }
      attainment.append(Double(won.reduce(0) { $0 + $1.amount }) / Double(quota.amount))
    }
    #expect(attainment.count == 9)
    #expect((attainment.min() ?? 0) >= 0.3 && (attainment.min() ?? 1) <= 0.5)
    #expect((attainment.max() ?? 0) >= 1.2 && (attainment.max() ?? 2) <= 1.4)
  }

  @Test func largeModeCounts() {
    let all = DemoGenerator(seed: 7, today: today, people: 50, deals: 5000, activities: 10000)
      .makeWorkspace()
    let big = DemoFixture.currentFloor(all)
    #expect(all.people.count == 76)  // with the former reps
    #expect(all.deals.count == 5166)
    #expect(big.people.count == 50)
    #expect(big.deals.count == 5000)
    #expect(big.activities.count == 10000)
    #expect(big.accounts.count == 250)  // max(40, 5000 / 20)
    // 49 people after ops: 49 / 11 = 4 managers, 45 reps (about one manager per ten reps).
    #expect(big.people.filter { $0.role == .manager }.count == 4)
    #expect(big.people.filter { $0.role == .rep }.count == 45)
    #expect(big.quotas.filter { $0.personId != nil }.count == 45 * 4)
  }

  @Test func earlyInTheFiscalYearStillWorks() {
    // Q1: the previous quarter belongs to last fiscal year, which has no quotas.
    let jan = Day(year: 2026, month: 1, day: 9) ?? Day(ordinal: 0)
    let all = DemoGenerator(seed: 3, today: jan).makeWorkspace()
    let ws = DemoFixture.currentFloor(all)
    #expect(all.deals.count == 320)  // with the former reps'
    #expect(ws.deals.count == 150)
    #expect(ws.deals.filter { $0.stage == "won" }.allSatisfy { ($0.closeDate ?? jan) <= jan })
    #expect(Set(ws.quotas.map(\.period)) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
  }
}
