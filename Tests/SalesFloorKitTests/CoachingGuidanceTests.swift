import Testing

@testable import SalesFloorKit

/// Play fit on fixtures, `check` over guidance data, and the demo floor's signals.
@Suite("Guidance: play fit, check, demo signals")
struct CoachingGuidanceTests {
  typealias F = CoachingFixture

  func plays() -> [Playbook] {
    [
      Playbook(
        id: "any-demo", name: "Any demo", summary: "s", situation: .init(stages: ["demo"]), steps: ["1", "2"]),
      Playbook(
        id: "ent-demo", name: "Enterprise demo", summary: "s",
        situation: .init(stages: ["demo"], segments: [.enterprise], minAmount: usd(50_000)), steps: ["1"]),
      Playbook(
        id: "vs-acme", name: "Versus Acme", summary: "s", situation: .init(competitors: ["Acme"]),
        steps: ["1"]),
      Playbook(id: "stalled", name: "Stalled", summary: "s", situation: .init(stalled: true), steps: ["1"]),
    ]
  }

  func workspace(segment: Account.Segment) -> Workspace {
    var ws = F.quiet()
    ws.accounts = RecordTable([Account(id: "acc", name: "Acc", segment: segment)])
    return ws
  }

  @Test func moreSpecificFitsRankFirstWithReasons() throws {
    let ws = workspace(segment: .enterprise)
    var d = F.openDeal("d", owner: "a", 80_000, stage: "demo")
    d.accountId = "acc"
    d.competitor = "acme"
    d.playProgress["any-demo"] = [1]
    let ranked = PlayFitRanker.rank(deal: d, plays: plays(), workspace: ws, stalled: false)
    // ent-demo: stage 3 + segment 1 + size 1 = 5; any-demo 3; vs-acme 2; stalled does not fit.
    #expect(ranked.map(\.playId) == ["ent-demo", "any-demo", "vs-acme", "stalled"])
    #expect(ranked.map(\.score) == [5, 3, 2, 0])
    #expect(ranked[0].reasons == ["stage Demo", "segment enterprise", "deal size 80k"])
    #expect(ranked[2].reasons == ["competitor acme"])
    #expect(ranked[1].progress.done == 1 && ranked[1].progress.total == 2)
    #expect(!ranked[3].fits)
  }

  @Test func missingRuleMeansNoFit() {
    let ws = workspace(segment: .smb)
    var d = F.openDeal("d", owner: "a", 80_000, stage: "demo")
    d.accountId = "acc"
    let ranked = PlayFitRanker.rank(deal: d, plays: plays(), workspace: ws, stalled: true)
    // smb fails the enterprise play; stage (3) and stalled (3) tie, so by name.
    #expect(ranked.filter(\.fits).map(\.playId) == ["any-demo", "stalled"])
  }

  @Test func workspaceRankWorksOutStalled() {
    var ws = F.quiet()
    ws.playbooks = RecordTable(plays())
    // No next-step date: stalled by DESIGN §3, so the stalled play fits.
    let d = F.openDeal("d", owner: "a", 1_000, stage: "discovery", nextStep: nil)
    #expect(PlayFitRanker.isStalled(d, workspace: ws, asOf: F.asOf))
    #expect(PlayFitRanker.rank(deal: d, workspace: ws, asOf: F.asOf).first?.playId == "stalled")
    #expect(!PlayFitRanker.isStalled(ws.deals[id: "a-open"] ?? d, workspace: ws, asOf: F.asOf))
  }

  @Test func starterLibraryLoadsAndPassesCheck() {
    var ws = F.quiet()
    StarterLibrary.install(into: &ws)
    #expect(ws.playbooks.count == StarterLibrary.playbooks.count && ws.playbooks.count >= 12)
    #expect(ws.training.count > 1 && !ws.content.isEmpty)
    let findings = WorkspaceCheck.run(ws)
    #expect(
      findings.filter { $0.collection == .playbooks || $0.collection == .content }.isEmpty, "\(findings)")
    #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
  }

  @Test func checkFlagsBrokenGuidanceReferences() {
    var ws = F.quiet()
    ws.playbooks = RecordTable([
      Playbook(
        id: "bad", name: "Bad", summary: "s", situation: .init(competitors: [" "], anyCompetitor: false),
        steps: ["1"])
    ])
    ws.coaching = RecordTable([
      CoachingItem(
        id: "ci", personId: "a", coachId: "ghost", title: "t", reason: "r", signal: "vibes",
        commitments: [.init(text: "x", check: .nextStepSet, dealId: "nope")], createdAt: F.stamp("2026-05-01")
      )
    ])
    ws.assignments.upsert(
      TrainingAssignment(
        id: "ta-x", personId: "a", moduleId: "mod-1", assignedOn: day("2026-05-01"), coachingItemId: "gone"))
    let messages = Set(WorkspaceCheck.run(ws).map { "\($0.recordId): \($0.message)" })
    #expect(messages.contains("ci: coach ghost does not exist"))
    #expect(messages.contains("ci: signal \"vibes\" is not a known signal kind"))
    #expect(messages.contains("ci: commitment \"x\": deal nope does not exist"))
    #expect(messages.contains("ta-x: coaching item gone does not exist"))
    #expect(messages.contains("bad: situation has an empty persona, competitor or tag"))
    #expect(messages.contains("bad: situation names competitors but requires no competitor"))
  }

  @Test func demoFloorRaisesSeveralKindsOfSignals() {
    let ws = DemoFixture.workspace
    let today = DemoFixture.today
    let period = Period.containing(today, kind: .quarter)
    let signals = CoachingSignals.detect(ws, scope: .everyone, period: period, asOf: today)
    let kinds = Set(signals.map(\.kind))
    #expect(kinds.count >= 5, "\(kinds)")
    #expect(kinds.isSuperset(of: [.stalledDeals, .missingNextSteps, .overdueTraining]), "\(kinds)")
    // Demo coaching items use the engine's kinds, so some signals are already covered.
    #expect(signals.contains { $0.handling == .covered })
    #expect(WorkspaceCheck.run(ws).filter { $0.collection == .coaching && $0.severity == .error }.isEmpty)
    // Every signal carries evidence a manager can read.
    #expect(signals.allSatisfy { !$0.reason.isEmpty && !$0.evidence.metric.isEmpty })
  }
}
