import Testing

@testable import SalesFloorKit

@Suite("Demo generator: references, histories, stalls")
struct DemoIntegrityTests {
  let ws = DemoFixture.workspace
  let today = DemoFixture.today

  @Test func everyReferencePointsAtARecord() {
    let stageIds = Set(ws.settings.stages.map(\.id))
    for d in ws.deals {
      #expect(ws.people[id: d.ownerId]?.role == .rep, "owner of \(d.id)")
      #expect(d.accountId.map { ws.accounts.contains(id: $0) } == true, "account of \(d.id)")
      #expect(stageIds.contains(d.stage))
      for (key, done) in d.playProgress where key.hasPrefix("stage:") {
        // Exit criteria are ticked only for the stage the deal is in, by valid index.
        #expect(key == Deal.criteriaKey(stage: d.stage), "criteria of \(d.id)")
        let count = ws.settings.stage(d.stage)?.exitCriteria.count ?? 0
        #expect(done.allSatisfy { $0 >= 0 && $0 < count })
      }
      for playId in d.playProgress.keys where !playId.hasPrefix("stage:") {
        let play = ws.playbooks[id: playId]
        #expect(play != nil)
        #expect(d.playProgress[playId]?.allSatisfy { $0 < (play?.steps.count ?? 0) } == true)
      }
    }
    for a in ws.activities {
      #expect(ws.people.contains(id: a.ownerId))
      #expect(a.dealId.map { ws.deals.contains(id: $0) } ?? true)
      #expect(a.accountId.map { ws.accounts.contains(id: $0) } ?? true)
    }
    for p in ws.people { #expect(p.managerId.map { ws.people[id: $0]?.role == .manager } ?? true) }
    for a in ws.accounts { #expect(a.ownerId.map { ws.people.contains(id: $0) } ?? false) }
    for q in ws.quotas { #expect(q.personId.map { ws.people.contains(id: $0) } ?? (q.team != nil)) }
    for c in ws.coaching {
      #expect(ws.people.contains(id: c.personId))
      #expect(c.coachId.map { ws.people.contains(id: $0) } ?? false)
      #expect(c.dealIds.allSatisfy { ws.deals.contains(id: $0) })
      #expect(c.trainingModuleId.map { ws.training.contains(id: $0) } ?? true)
    }
    for t in ws.assignments {
      #expect(ws.people.contains(id: t.personId))
      #expect(ws.training.contains(id: t.moduleId))
      #expect(t.coachingItemId.map { ws.coaching.contains(id: $0) } ?? true)
    }
    for t in ws.territories { #expect(t.ownerId.map { ws.people.contains(id: $0) } ?? false) }
  }

  @Test func historiesWalkForwardAndEndAtTheCurrentStage() throws {
    for d in ws.deals {
      let first = try #require(d.history.first)
      #expect(first.field == .created)
      #expect(first.at == d.createdAt)
      #expect(zip(d.history, d.history.dropFirst()).allSatisfy { $0.at <= $1.at }, "\(d.id)")
      #expect(d.history.allSatisfy { $0.at.day <= today })
      let stageEntries = d.history.filter { $0.field == .created || $0.field == .stage }
      #expect(stageEntries.last?.to == d.stage, "\(d.id)")
      // Each stage change starts where the previous one ended.
      for (a, b) in zip(stageEntries, stageEntries.dropFirst()) { #expect(b.from == a.to) }
    }
  }

  @Test func idsFollowCreationOrder() {
    // The floor's deals; the former reps' follow them (`DemoFormerRepsTests`).
    let deals = DemoFixture.currentFloor(ws).deals.sortedById
    #expect(zip(deals, deals.dropFirst()).allSatisfy { $0.createdAt <= $1.createdAt })
    let acts = ws.activities.sortedById
    #expect(zip(acts, acts.dropFirst()).allSatisfy { $0.createdAt <= $1.createdAt })
  }

  @Test func closedDealsAreInThePreviousOrCurrentQuarter() {
    let window = Period(kind: .quarter, year: 2026, index: 1).start
    // The floor's deals; the former reps' close before (`DemoFormerRepsTests`).
    let floor = DemoFixture.currentFloor(ws)
    let won = floor.deals.filter { $0.stage == "won" }
    let lost = floor.deals.filter { $0.stage == "lost" }
    #expect(won.count >= 30 && lost.count >= 15)
    for d in won + lost {
      let close = d.closeDate ?? Day(ordinal: 0)
      #expect(close >= window && close <= today, "\(d.id) closes \(close)")
    }
    #expect(lost.allSatisfy { $0.lostReason.map(ws.settings.lostReasons.contains) ?? false })
    #expect(won.allSatisfy { $0.lostReason == nil })
  }

  @Test func everyStageHasDeals() {
    for stage in ws.settings.stages {
      #expect(ws.deals.contains { $0.stage == stage.id }, "no deal in \(stage.id)")
    }
  }

  @Test func someOpenDealsAreStalledInEachWay() {
    let open = ws.deals.filter { ws.settings.stage($0.stage)?.isOpen ?? false }
    let rotting = open.filter {
      $0.enteredCurrentStageOn.days(to: today) > (ws.settings.stage($0.stage)?.rottingDays ?? 999)
    }
    #expect(!rotting.isEmpty)
    #expect(open.contains { $0.nextStepDate == nil })
    #expect(open.contains { ($0.closeDate ?? today) < today })
    #expect(open.contains { $0.closeDateSlips >= 1 })
    #expect(open.contains { $0.closeDateSlips >= 3 })
    // ...while most of the pipeline is healthy: dated next step, close date ahead.
    let healthy = open.filter { $0.nextStepDate != nil && ($0.closeDate ?? today) >= today }
    #expect(healthy.count * 2 > open.count)
  }

  @Test func dealsCarryPersonasCompetitorsAndChecklists() {
    #expect(ws.deals.contains { $0.persona != nil })
    #expect(ws.deals.contains { $0.competitor != nil })
    #expect(ws.deals.contains { !$0.playProgress.isEmpty })
    // Every competitor in the demo has a battlecard in the library.
    for name in Set(ws.deals.compactMap(\.competitor)) {
      #expect(ws.content.contains { $0.kind == "battlecard" && $0.title.contains(name) }, "\(name)")
    }
  }

  @Test func activitiesMixDoneOpenAndOverdue() {
    let done = ws.activities.filter(\.isDone)
    #expect(done.count > ws.activities.count / 2)
    #expect(
      done.allSatisfy { ($0.doneAt?.day ?? today) <= today && $0.createdAt <= ($0.doneAt ?? $0.createdAt) })
    #expect(ws.activities.contains { !$0.isDone && ($0.dueDate ?? today) < today })
    #expect(ws.activities.contains { !$0.isDone && ($0.dueDate ?? today) >= today })
    #expect(Set(ws.activities.map(\.kind)) == Set(Activity.Kind.allCases))
  }

  @Test func coachingAndTrainingHaveWorkInFlight() {
    #expect(ws.coaching.count >= 10)
    #expect(ws.coaching.allSatisfy { !$0.reason.isEmpty })
    #expect(ws.coaching.contains { !$0.commitments.isEmpty })
    #expect(Set(ws.coaching.map(\.priority)).count >= 2)
    #expect(ws.assignments.contains { $0.isOverdue(asOf: today) })
    #expect(ws.assignments.contains { $0.completedOn != nil })
  }
}
