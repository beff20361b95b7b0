import Foundation
import Testing

@testable import SalesFloorKit

/// Candidates: the funnel rules, scorecards, hiring into a person, the codec and `check`.
@Suite("Candidates")
struct CandidateTests {
  typealias F = CommandFixture

  /// The command fixture plus a starter ramp plan and Cleo, sourced by referral for Ana's team.
  static var workspace: Workspace {
    var ws = F.workspace
    ws.rampPlans.upsert(RampPlan(id: "rp-ae", name: "AE ramp", quotaRamp: [0, 50, 100]))
    ws.candidates.upsert(
      Candidate(
        id: "cand-cleo", name: "Cleo Hart", source: .referral,
        stageHistory: [.init(stage: .sourced, day: F.today.adding(days: -20))], managerId: "p-ana",
        createdAt: F.now))
    return ws
  }

  static func run(_ cmd: some WorkspaceCommand, on ws: Workspace) throws -> (Edit, Workspace) {
    let e = try cmd.edit(in: F.context(ws))
    return (e, F.applying(e, to: ws))
  }

  @Test("add keeps a trimmed name at sourced today and refuses an unknown manager")
  func add() throws {
    let (e, ws) = try Self.run(
      AddCandidate(name: "  Dev Rao ", source: .agency, managerId: "p-ana"), on: F.workspace)
    let c = try #require(ws.candidates[id: "cand-new"])
    #expect(e.summary == "added candidate Dev Rao")
    #expect(c.name == "Dev Rao")
    #expect(c.stage == .sourced)
    #expect(c.stageHistory == [.init(stage: .sourced, day: F.today)])
    #expect(throws: CommandError.self) {
      try AddCandidate(name: "X", source: .inbound, managerId: "p-nobody").edit(in: F.context())
    }
  }

  @Test("move goes forward (skipping allowed) or out; back, to hired, or from a closed stage is refused")
  func move() throws {
    let ws = Self.workspace
    let (_, moved) = try Self.run(MoveCandidate(candidateId: "cand-cleo", to: .interviewed), on: ws)
    let c = try #require(moved.candidates[id: "cand-cleo"])
    #expect(c.stage == .interviewed)
    #expect(c.stageHistory.map(\.stage) == [.sourced, .interviewed])

    func refusal(_ to: CandidateStage, on w: Workspace) -> String {
      do {
        _ = try MoveCandidate(candidateId: "cand-cleo", to: to).edit(in: F.context(w))
        return "allowed"
      } catch { return error.description }
    }
    #expect(
      refusal(.screened, on: moved)
        == "stage: cannot go back from interviewed to screened (next: offer, rejected, withdrew)")
    #expect(refusal(.hired, on: moved).contains("candidate hire"))
    let (_, rejected) = try Self.run(MoveCandidate(candidateId: "cand-cleo", to: .rejected), on: moved)
    #expect(
      refusal(.offer, on: rejected) == "stage: the candidate is already rejected; add them again to reopen")
    // A change dated before the current stage was entered would make time in stage negative.
    #expect(throws: CommandError.self) {
      try MoveCandidate(candidateId: "cand-cleo", to: .offer, on: F.today.adding(days: -30)).edit(
        in: F.context(ws))
    }
  }

  @Test("a scorecard scores known competencies 1…4; the same interviewer's second card replaces the first")
  func score() throws {
    let ws = Self.workspace
    let card = Scorecard(
      interviewerId: "p-ana", day: F.today,
      scores: [.init(competency: "discovery", score: 4), .init(competency: "resilience", score: 2)],
      recommendation: .hire, note: "  ")
    let (_, once) = try Self.run(ScoreCandidate(candidateId: "cand-cleo", scorecard: card), on: ws)
    var again = card
    again.scores = [.init(competency: "coachability", score: 1)]
    let (_, twice) = try Self.run(ScoreCandidate(candidateId: "cand-cleo", scorecard: again), on: once)
    let c = try #require(twice.candidates[id: "cand-cleo"])
    #expect(c.scorecards.count == 1)
    #expect(c.scorecards[0].scores == [.init(competency: "coachability", score: 1)])
    #expect(try #require(once.candidates[id: "cand-cleo"]).averageScore == 3)  // (4 + 2) / 2
    #expect(once.candidates[id: "cand-cleo"]?.scorecards.first?.note == nil)  // blank note dropped

    func message(_ scores: [Scorecard.Score]) -> String {
      var bad = card
      bad.scores = scores
      do {
        _ = try ScoreCandidate(candidateId: "cand-cleo", scorecard: bad).edit(in: F.context(ws))
        return "allowed"
      } catch { return error.description }
    }
    #expect(message([.init(competency: "discovery", score: 5)]) == "discovery: 5 is not a score from 1 to 4")
    #expect(
      message([.init(competency: "charm", score: 3)]).hasPrefix("charm: not a competency (one of discovery"))
    #expect(message([]).hasPrefix("scores: score at least one competency"))
  }

  @Test("workspace competencies replace the defaults; a settings file without them stays byte-identical")
  func competencies() throws {
    var s = Settings()
    #expect(HiringRules.competencies(s) == ["discovery", "resilience", "coachability", "communication"])
    s.hiringCompetencies = ["grit"]
    #expect(HiringRules.competencies(s) == ["grit"])
    var ws = Workspace()
    let plain = try FastCodec().encodeFile(.settings, of: ws, schemaVersion: 1)
    #expect(!String(decoding: plain, as: UTF8.self).contains("hiringCompetencies"))
    ws.settings.hiringCompetencies = ["grit", "focus"]
    let with = try FastCodec().encodeFile(.settings, of: ws, schemaVersion: 1)
    let reference = try CodecFixtures.referenceFile(.settings, ws, version: 1)
    #expect(String(decoding: with, as: UTF8.self) == String(decoding: reference, as: UTF8.self))
    let (_, back) = try CodecFixtures.fastDecode(.settings, with)
    #expect(back.settings.hiringCompetencies == ["grit", "focus"])
  }

  @Test(
    "hire creates the rep under the hiring manager with the ramp plan, links both ways, and undoes as one")
  func hire() throws {
    var ws = Self.workspace
    ws = try Self.run(MoveCandidate(candidateId: "cand-cleo", to: .offer), on: ws).1
    let start = F.today.adding(days: 14)
    let (e, hired) = try Self.run(
      HireCandidate(candidateId: "cand-cleo", start: start, rampPlanId: "rp-ae"), on: ws)
    #expect(e.mutations.count == 2)
    let c = try #require(hired.candidates[id: "cand-cleo"])
    #expect(c.stage == .hired)
    #expect(c.stageHistory.last == .init(stage: .hired, day: F.today))
    let personId = try #require(c.personId)
    let p = try #require(hired.people[id: personId])
    #expect(p.name == "Cleo Hart")
    #expect(p.role == .rep)
    #expect(p.managerId == "p-ana")
    #expect(p.team == "East")
    #expect(p.hireDate == start)
    #expect(Onboarding.plan(for: p, in: hired).name == "AE ramp")
    // Onboarding lists the new rep once they have started.
    let report = Onboarding.report(
      hired, period: Period.containing(start, kind: .month), asOf: start.adding(days: 1))
    #expect(report.people.map(\.name) == ["Cleo Hart"])
    // Undo: one transaction's inverse removes the person and restores the offer.
    var undone = hired
    var replay = ws
    let inverse = replay.apply(Transaction(id: "t", at: F.later, summary: e.summary, mutations: e.mutations))
    undone.apply(Transaction(id: "u", at: F.later, summary: "undo", mutations: inverse))
    #expect(undone.people[id: p.id] == nil)
    #expect(undone.candidates[id: "cand-cleo"]?.stage == .offer)
  }

  @Test("hire is refused before the offer, for a taken name or an unknown ramp plan")
  func hireRefusals() throws {
    let ws = Self.workspace
    #expect(throws: CommandError.self) {
      try HireCandidate(candidateId: "cand-cleo", start: F.today).edit(in: F.context(ws))
    }
    var offer = try Self.run(MoveCandidate(candidateId: "cand-cleo", to: .offer), on: ws).1
    #expect(throws: CommandError.self) {
      try HireCandidate(candidateId: "cand-cleo", start: F.today, rampPlanId: "rp-x").edit(
        in: F.context(offer))
    }
    offer.people.upsert(Person(id: "p-cleo", name: "cleo hart", role: .rep))
    #expect(throws: CommandError.self) {
      try HireCandidate(candidateId: "cand-cleo", start: F.today).edit(in: F.context(offer))
    }
  }

  @Test("check: a dangling manager or interviewer is an error, a score outside 1–4 a warning")
  func check() {
    var ws = Self.workspace
    ws.candidates.upsert(
      Candidate(
        id: "cand-x", name: "X", source: .agency, stage: .hired,
        stageHistory: [.init(stage: .sourced, day: F.today), .init(stage: .hired, day: F.today)],
        managerId: "p-gone",
        scorecards: [
          Scorecard(
            interviewerId: "p-who", day: F.today, scores: [.init(competency: "discovery", score: 7)],
            recommendation: .hire)
        ],
        createdAt: F.now))
    let found = WorkspaceCheck.run(ws).filter { $0.collection == .candidates }.map {
      "\($0.severity) \($0.message)"
    }
    #expect(
      found.sorted() == [
        "error hiring manager p-gone does not exist",
        "error interviewer p-who does not exist",
        "warning discovery score 7 is not 1–4",
      ])
    #expect(WorkspaceCheck.run(Self.workspace).filter { $0.collection == .candidates }.isEmpty)
  }

  @Test("a workspace folder from before candidates opens with none")
  func oldFolder() throws {
    let dir = StoreFixtures.tempFolder()
    defer { StoreFixtures.cleanUp(dir) }
    let store = try WorkspaceStore.create(at: dir, settings: Settings())
    try store.commit(
      Transaction(
        id: "t1", at: F.now, summary: "p",
        mutations: [.put(.person(Person(id: "p-1", name: "A", role: .rep)))]))
    try store.close()
    try? FileManager.default.removeItem(at: dir.appendingPathComponent("candidates.json"))
    let reopened = try WorkspaceStore(opening: dir)
    #expect(reopened.workspace.candidates.isEmpty)
    #expect(reopened.workspace.people.count == 1)
  }
}
