import Testing

@testable import SalesFloorKit

/// Turning signals into items, dismissing and snoozing, and commitments checked from data.
@Suite("Coaching items and commitments")
struct CoachingItemTests {
  typealias F = CoachingFixture

  /// The quiet floor with c missing next steps on two deals.
  func floorWithSignal() -> (Workspace, CoachingSignal?) {
    var ws = F.quiet()
    ws.deals.upsert(F.openDeal("n1", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    ws.deals.upsert(F.openDeal("n2", owner: "c", 10_000, stage: "discovery", nextStep: nil))
    return (ws, F.signals(ws).first)
  }

  @Test func signalBecomesAnItemThatCoversIt() throws {
    var (ws, found) = floorWithSignal()
    let signal = try #require(found)
    #expect(signal.handling == .new)
    let item = CoachingSignals.makeItem(
      from: signal, id: "ci-1", coachId: "m", dueDate: day("2026-05-21"), createdAt: F.stamp("2026-05-14"))
    #expect(item.personId == "c" && item.signal == "missingNextSteps" && item.status == .open)
    #expect(item.reason == signal.reason && item.dealIds == ["n1", "n2"])
    #expect(item.focusSkill == "Next-step discipline")
    ws.coaching.upsert(item)
    let again = F.signals(ws)
    #expect(again.count == 1, "marked, not duplicated")
    #expect(again.first?.handling == .covered && again.first?.itemId == "ci-1")
    // Once the item is done, the signal is new again.
    var done = item
    done.status = .done
    ws.coaching.upsert(done)
    #expect(F.signals(ws).first?.handling == .new)
  }

  @Test func dismissKeepsTheReasonAndQuietsForThirtyDays() throws {
    var (ws, found) = floorWithSignal()
    let signal = try #require(found)
    let item = CoachingSignals.dismiss(
      signal, id: "ci-2", coachId: "m", reason: "Deals are in a planned pause", at: F.stamp("2026-05-14"))
    #expect(item.status == .dismissed && item.statusReason == "Deals are in a planned pause")
    ws.coaching.upsert(item)
    #expect(F.signals(ws).first?.handling == .dismissed)
    // Created 2026-05-14; quiet until 2026-06-13 (30 days later) when the signal returns.
    #expect(
      F.signals(ws, asOf: day("2026-06-12")).first { $0.kind == .missingNextSteps }?.handling == .dismissed)
    #expect(F.signals(ws, asOf: day("2026-06-13")).first { $0.kind == .missingNextSteps }?.handling == .new)
  }

  @Test func snoozeUntilADay() throws {
    var (ws, found) = floorWithSignal()
    let signal = try #require(found)
    let item = CoachingSignals.snooze(
      signal, id: "ci-3", coachId: "m", until: day("2026-05-20"), reason: "Rep on leave",
      at: F.stamp("2026-05-14"))
    #expect(
      item.status == .snoozed && item.snoozedUntil == day("2026-05-20") && item.statusReason == "Rep on leave"
    )
    ws.coaching.upsert(item)
    let s = F.signals(ws).first
    #expect(s?.handling == .snoozed && s?.snoozedUntil == day("2026-05-20"))
    // The snooze ends: the queue shows the item again and the signal is no longer snoozed.
    #expect(CoachingQueue.items(ws, scope: .everyone, asOf: F.asOf).isEmpty)
    #expect(CoachingQueue.items(ws, scope: .everyone, asOf: day("2026-05-20")).map(\.id) == ["ci-3"])
  }

  @Test func queueSortsByPriorityThenDue() {
    var ws = F.quiet()
    let at = F.stamp("2026-05-01")
    ws.coaching = RecordTable([
      CoachingItem(
        id: "low", personId: "a", title: "t", reason: "r", priority: .low, dueDate: day("2026-05-15"),
        createdAt: at),
      CoachingItem(
        id: "hi-late", personId: "a", title: "t", reason: "r", priority: .high, dueDate: day("2026-06-01"),
        createdAt: at),
      CoachingItem(
        id: "hi-soon", personId: "b", title: "t", reason: "r", priority: .high, dueDate: day("2026-05-16"),
        createdAt: at),
      CoachingItem(id: "hi-undated", personId: "c", title: "t", reason: "r", priority: .high, createdAt: at),
      CoachingItem(
        id: "done", personId: "a", title: "t", reason: "r", priority: .high, status: .done, createdAt: at),
    ])
    #expect(
      CoachingQueue.items(ws, scope: .everyone, asOf: F.asOf).map(\.id) == [
        "hi-soon", "hi-late", "hi-undated", "low",
      ])
    #expect(CoachingQueue.items(ws, scope: .person("a"), asOf: F.asOf).map(\.id) == ["hi-late", "low"])
  }

  @Test func nextStepCommitmentIsCheckedOnTheDeal() {
    var ws = F.quiet()
    let c = CoachingItem.Commitment(
      text: "Next step on a-open", check: .nextStepSet, dealId: "a-open", by: day("2026-05-16"))
    let item = CoachingItem(
      id: "ci", personId: "a", title: "t", reason: "r", commitments: [c], createdAt: F.stamp("2026-05-10"))
    // a-open has a next step on 2026-05-20, on or after asOf: done.
    #expect(CommitmentCheck.state(c, of: item, workspace: ws, asOf: F.asOf) == .done)
    var d = ws.deals[id: "a-open"]
    d?.nextStepDate = nil
    if let d { ws.deals.upsert(d) }
    #expect(CommitmentCheck.state(c, of: item, workspace: ws, asOf: F.asOf) == .open)
    #expect(CommitmentCheck.state(c, of: item, workspace: ws, asOf: day("2026-05-17")) == .missed)
    #expect(CommitmentCheck.summary(item, workspace: ws, asOf: F.asOf) == "0/1 done")
  }

  @Test func activityCommitmentWithoutDealCountsThePersonsActivities() {
    let ws = F.quiet()
    let c = CoachingItem.Commitment(text: "Log calls", check: .activityLogged, by: day("2026-05-20"))
    // a logged calls on 2026-05-05…08: after an item created 05-01, not after one created 05-10.
    let early = CoachingItem(
      id: "e", personId: "a", title: "t", reason: "r", commitments: [c], createdAt: F.stamp("2026-05-01"))
    let late = CoachingItem(
      id: "l", personId: "a", title: "t", reason: "r", commitments: [c], createdAt: F.stamp("2026-05-10"))
    #expect(CommitmentCheck.isMet(c, of: early, workspace: ws, asOf: F.asOf))
    #expect(!CommitmentCheck.isMet(c, of: late, workspace: ws, asOf: F.asOf))
  }

  @Test func trainingCommitmentCountsOnlyThePersonsCompletion() {
    var ws = F.quiet()
    ws.training.upsert(TrainingModule(id: "mod-2", title: "Negotiation", kind: .salesSkills))
    ws.assignments.upsert(
      TrainingAssignment(
        id: "x", personId: "b", moduleId: "mod-2", assignedOn: day("2026-05-01"),
        completedOn: day("2026-05-05")))
    let c = CoachingItem.Commitment(
      text: "Finish negotiation", check: .trainingCompleted, trainingModuleId: "mod-2")
    let forA = CoachingItem(
      id: "i", personId: "a", title: "t", reason: "r", commitments: [c], createdAt: F.stamp("2026-05-01"))
    let forB = CoachingItem(
      id: "j", personId: "b", title: "t", reason: "r", commitments: [c], createdAt: F.stamp("2026-05-01"))
    #expect(!CommitmentCheck.isMet(c, of: forA, workspace: ws, asOf: F.asOf), "b's completion is not a's")
    #expect(CommitmentCheck.isMet(c, of: forB, workspace: ws, asOf: F.asOf))
  }

  @Test func manualAndStageCommitments() {
    var ws = F.quiet()
    let manual = CoachingItem.Commitment(text: "Shadow a call", done: true)
    let stage = CoachingItem.Commitment(text: "Move a-open on", check: .stageAdvanced, dealId: "a-open")
    let item = CoachingItem(
      id: "i", personId: "a", title: "t", reason: "r", commitments: [manual, stage],
      createdAt: F.stamp("2026-05-10"))
    #expect(CommitmentCheck.summary(item, workspace: ws, asOf: F.asOf) == "1/2 done")
    var d = ws.deals[id: "a-open"]
    d?.move(to: "demo", at: F.stamp("2026-05-12"), by: "a")
    if let d { ws.deals.upsert(d) }
    #expect(CommitmentCheck.summary(item, workspace: ws, asOf: F.asOf) == "2/2 done")
  }
}
