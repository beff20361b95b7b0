import Testing

@testable import SalesFloorKit

/// Each signal fires on a fixture built to trigger it and stays quiet on a near miss.
@Suite("Coaching signals")
struct CoachingSignalTests {
  typealias F = CoachingFixture

  @Test func quietFloorRaisesNothing() {
    #expect(F.signals(F.quiet()).isEmpty)
  }

  @Test func stalledDealsNeedTwoIdleDeals() throws {
    // Demo stage rots after 21 days; created 2026-03-01 with no activity → idle 74 days.
    var ws = F.quiet()
    ws.deals.upsert(F.openDeal("s1", owner: "a", 10_000, stage: "demo", created: "2026-03-01"))
    #expect(!F.kinds(ws, for: "a").contains(.stalledDeals))
    ws.deals.upsert(F.openDeal("s2", owner: "a", 20_000, stage: "demo", created: "2026-03-10"))
    let s = try #require(F.signals(ws).first { $0.kind == .stalledDeals })
    #expect(s.personId == "a")
    #expect(s.evidence.value == 2 && s.evidence.threshold == 2)
    // Most idle first: s1 (74 days) before s2 (65 days).
    #expect(s.evidence.dealIds == ["s1", "s2"])
    #expect(s.priority == .medium)
  }

  @Test func closeDatesSlippingAgain() throws {
    var ws = F.quiet()
    let old = [
      slipped("2026-04-01", "2026-05-01", on: "2026-03-01"),
      slipped("2026-05-01", "2026-06-01", on: "2026-03-20"),
    ]
    ws.deals.upsert(F.openDeal("old", owner: "b", 10_000, stage: "discovery", history: old))
    #expect(!F.kinds(ws, for: "b").contains(.closeDateSlips), "last slip 55 days ago is not 'again'")
    let recent = [
      slipped("2026-04-01", "2026-05-01", on: "2026-04-01"),
      slipped("2026-05-01", "2026-06-20", on: "2026-05-10"),
    ]
    ws.deals.upsert(F.openDeal("new", owner: "b", 10_000, stage: "discovery", history: recent))
    let s = try #require(F.signals(ws).first { $0.kind == .closeDateSlips })
    #expect(s.personId == "b" && s.evidence.dealIds == ["new"])
  }

  @Test func dealsWithoutNextStep() throws {
    var ws = F.quiet()
    ws.deals.upsert(F.openDeal("n1", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    #expect(!F.kinds(ws, for: "c").contains(.missingNextSteps))
    // A next step dated before asOf counts as none.
    ws.deals.upsert(F.openDeal("n2", owner: "c", 30_000, stage: "discovery", nextStep: "2026-05-10"))
    let s = try #require(F.signals(ws).first { $0.kind == .missingNextSteps })
    #expect(s.personId == "c" && s.evidence.dealIds == ["n2", "n1"])  // largest first
  }

  @Test func behindPaceAfterTheFirstTwoWeeks() throws {
    var ws = F.quiet()
    // a loses the 60,000 deal instead: won 0 vs on-track 48,352 → ratio 0 < 0.7.
    ws.deals.upsert(
      F.closedDeal("a-won", owner: "a", 60_000, path: ["prospect", "lost"], close: "2026-04-20"))
    let s = try #require(F.signals(ws).first { $0.kind == .behindPace && $0.personId == "a" })
    #expect(s.evidence.value == 0 && s.evidence.threshold == 0.7)
    #expect(s.priority == .high)
    // On 2026-04-10 only 10 days have passed: too early to judge pace.
    #expect(!F.kinds(ws, for: "a", asOf: day("2026-04-10")).contains(.behindPace))
  }

  @Test func coverageBelowWhatTheWinRateNeeds() throws {
    var ws = F.quiet()
    #expect(!F.kinds(ws, for: "b").contains(.lowCoverage))
    // 10,000 open ÷ 40,000 left = 0.25x against 1x needed (win rate 100 %).
    ws.deals.upsert(F.openDeal("b-open", owner: "b", 10_000, stage: "discovery"))
    let s = try #require(F.signals(ws).first { $0.kind == .lowCoverage })
    #expect(s.personId == "b" && s.evidence.value == 0.25 && s.evidence.threshold == 1)
    #expect(s.priority == .high)
  }

  @Test func fewActivitiesAgainstTheTeamMedian() throws {
    var ws = F.quiet()
    // a keeps 2 of 4: counts 2, 4, 4 → median 4, line 2; 2 is not below 2.
    _ = ws.activities.remove(id: "a-act5")
    _ = ws.activities.remove(id: "a-act6")
    #expect(!F.kinds(ws, for: "a").contains(.lowActivity))
    _ = ws.activities.remove(id: "a-act7")
    let s = try #require(F.signals(ws).first { $0.kind == .lowActivity })
    #expect(s.personId == "a" && s.evidence.value == 1 && s.evidence.threshold == 2)
  }

  @Test func stageConversionWellBelowTheTeam() throws {
    var ws = F.quiet()
    // b: 5 deals demo → proposal → won; a: demo → lost. Team demo: 5 of 10 advanced (50 %), a 0 %.
    for n in 1...5 {
      ws.deals.upsert(
        F.closedDeal("bw\(n)", owner: "b", 1_000, path: ["demo", "proposal", "won"], close: "2026-03-15"))
    }
    for n in 1...4 {
      ws.deals.upsert(F.closedDeal("al\(n)", owner: "a", 1_000, path: ["demo", "lost"], close: "2026-03-15"))
    }
    #expect(!F.kinds(ws, for: "a").contains(.stageConversion), "4 deals is below the minimum sample")
    ws.deals.upsert(F.closedDeal("al5", owner: "a", 1_000, path: ["demo", "lost"], close: "2026-03-15"))
    let s = try #require(F.signals(ws).first { $0.kind == .stageConversion })
    #expect(s.personId == "a" && s.evidence.value == 0)
    #expect(abs(s.evidence.threshold - 0.3) < 1e-9)  // team 50 % − 20 points
    #expect(s.evidence.detail?.contains("stage demo") == true)
  }

  @Test func lateStageDealsWithOpenExitCriteria() throws {
    var ws = F.quiet()
    var d = F.openDeal(
      "late", owner: "c", 40_000, stage: "negotiation", created: "2026-05-10", close: "2026-05-30")
    d.playProgress[Deal.criteriaKey(stage: "negotiation")] = [0, 1, 2]
    ws.deals.upsert(d)
    #expect(!F.kinds(ws, for: "c").contains(.openExitCriteria), "all three criteria met")
    d.playProgress[Deal.criteriaKey(stage: "negotiation")] = [0]
    ws.deals.upsert(d)
    let s = try #require(F.signals(ws).first { $0.kind == .openExitCriteria })
    #expect(s.personId == "c" && s.evidence.dealIds == ["late"] && s.evidence.detail == "2 open criteria")
    // An earlier stage (discovery, order 3 < proposal 5) with open criteria does not count.
    d.stage = "discovery"
    ws.deals.upsert(d)
    #expect(!F.kinds(ws, for: "c").contains(.openExitCriteria))
  }

  @Test func overdueTraining() throws {
    var ws = F.quiet()
    var a = TrainingAssignment(
      id: "ta-late", personId: "b", moduleId: "mod-1", assignedOn: day("2026-04-01"),
      dueDate: day("2026-05-14"))
    ws.assignments.upsert(a)
    #expect(!F.kinds(ws, for: "b").contains(.overdueTraining), "due today is not overdue yet")
    a.dueDate = day("2026-05-01")
    ws.assignments.upsert(a)
    let s = try #require(F.signals(ws).first { $0.kind == .overdueTraining })
    #expect(s.personId == "b" && s.trainingModuleId == "mod-1" && s.evidence.detail == "mod-1")
  }

  @Test func scopeLimitsWhoIsCoached() {
    var ws = F.quiet()
    ws.deals.upsert(F.openDeal("n1", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    ws.deals.upsert(F.openDeal("n2", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    let forA = CoachingSignals.detect(ws, scope: .person("a"), period: F.period, asOf: F.asOf)
    let forM = CoachingSignals.detect(ws, scope: .personAndReports("m"), period: F.period, asOf: F.asOf)
    #expect(forA.isEmpty)
    #expect(forM.map(\.id) == ["missingNextSteps:c"])
  }
}
