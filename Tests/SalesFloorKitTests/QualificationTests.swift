import Foundation
import Testing

@testable import SalesFloorKit

/// Ticking steps and exit criteria, the MEDDPICC scorecard, persona and competitor: the commands
/// every surface runs, what they store, and what play fit and coaching make of it.
@Suite("Qualification: checklists and MEDDPICC")
struct QualificationTests {
  /// The command fixture (deal d-1 "Acme renewal" in Qualify: Budget confirmed, Authority
  /// identified, Need confirmed, Timeline set) plus a three-step play.
  static var workspace: Workspace {
    var ws = CommandFixture.workspace
    ws.playbooks.upsert(
      Playbook(
        id: "play-champ", name: "Build a champion", summary: "",
        situation: .init(qualificationGaps: [.champion]),
        steps: ["Find who feels the pain", "Test them with a small ask", "Coach them to sell internally"]))
    return ws
  }

  func ctx(_ ws: Workspace, actor: String = "p-bo") -> CommandContext {
    CommandFixture.context(ws, actor: actor)
  }

  func applied(_ command: some WorkspaceCommand, to ws: Workspace, actor: String = "p-bo") throws -> Workspace
  {
    CommandFixture.applying(try command.edit(in: ctx(ws, actor: actor)), to: ws)
  }

  @Test(
    "ticking an exit criterion stores it with who and when; unticking takes it back; open criteria follow")
  func tickAndUntickCriterion() throws {
    var ws = Self.workspace
    let item = try ChecklistRules.criterion(
      "2", deal: try #require(ws.deals[id: "d-1"]), settings: ws.settings)
    #expect(item == .criterion(stageId: "qualify", index: 1))
    ws = try applied(CheckDealItem(dealId: "d-1", item: item, done: true), to: ws)
    var d = try #require(ws.deals[id: "d-1"])
    #expect(d.playProgress["stage:qualify"] == [1])
    #expect(
      d.openExitCriteria(settings: ws.settings) == ["Budget confirmed", "Need confirmed", "Timeline set"])
    let tick = try #require(d.tick(of: "stage:qualify", index: 1))
    #expect(tick.by == "p-bo" && tick.at == CommandFixture.later)
    #expect(
      d.history.last
        == DealChange(at: CommandFixture.later, field: .checklist, to: "stage:qualify#1", by: "p-bo"))
    ws = try applied(CheckDealItem(dealId: "d-1", item: item, done: false), to: ws, actor: "p-ana")
    d = try #require(ws.deals[id: "d-1"])
    #expect(d.playProgress["stage:qualify"] == nil)
    #expect(d.tick(of: "stage:qualify", index: 1) == nil)
    #expect(d.history.last?.from == "stage:qualify#1" && d.history.last?.by == "p-ana")
    #expect(d.openExitCriteria(settings: ws.settings).count == 4)
  }

  @Test("play steps by PLAY:N or PLAY:text; ticks keep the list sorted; a second tick is a no-op")
  func tickSteps() throws {
    var ws = Self.workspace
    let third = try ChecklistRules.step("play-champ:3", in: ws)
    let first = try ChecklistRules.step("Build a champion:find who", in: ws)
    #expect(third == .step(playId: "play-champ", index: 2) && first == .step(playId: "play-champ", index: 0))
    ws = try applied(CheckDealItem(dealId: "d-1", item: third, done: true), to: ws)
    ws = try applied(CheckDealItem(dealId: "d-1", item: first, done: true), to: ws)
    let before = try #require(ws.deals[id: "d-1"])
    #expect(before.playProgress["play-champ"] == [0, 2])
    let again = try CheckDealItem(dealId: "d-1", item: first, done: true).edit(in: ctx(ws))
    #expect(again.deal == before, "ticking a ticked step changes nothing")
    let fit = try #require(
      PlayFitRanker.rank(deal: before, workspace: ws, asOf: CommandFixture.today).first {
        $0.playId == "play-champ"
      })
    #expect(fit.progress.done == 2 && fit.progress.total == 3)
  }

  @Test("unknown play, step or criterion: the error lists the valid ones")
  func unknownItemsListChoices() throws {
    let ws = Self.workspace
    let d = try #require(ws.deals[id: "d-1"])
    #expect(throws: CommandError.self) { try ChecklistRules.step("nope:1", in: ws) }
    do {
      _ = try ChecklistRules.step("nope:1", in: ws)
      Issue.record("must be refused")
    } catch {
      #expect(error.description.contains("no play \"nope\" (plays: play-champ)"))
    }
    do {
      _ = try ChecklistRules.step("play-champ:9", in: ws)
      Issue.record("must be refused")
    } catch {
      #expect(error.description.contains("1. Find who feels the pain; 2. Test them with a small ask"))
    }
    do {
      _ = try ChecklistRules.criterion("signed", deal: d, settings: ws.settings)
      Issue.record("must be refused")
    } catch {
      #expect(error.description.hasPrefix("criterion: \"signed\" is not an exit criterion of Qualify"))
      #expect(error.description.contains("1. Budget confirmed; 2. Authority identified"))
    }
    // "confirmed" is in two criteria: ambiguous, not a guess.
    do {
      _ = try ChecklistRules.criterion("confirmed", deal: d, settings: ws.settings)
      Issue.record("an ambiguous text must be refused")
    } catch {
      #expect(error.description.contains("not a unique exit criterion"))
    }
    do {
      _ = try ChecklistRules.element("budget")
      Issue.record("BANT's budget is no MEDDPICC element")
    } catch {
      #expect(error.description.contains("metrics, economicBuyer, decisionCriteria"))
    }
  }

  @Test("MEDDPICC: status and note per element, who and when, score out of 16")
  func scorecard() throws {
    var ws = Self.workspace
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: .champion, status: .confirmed, note: .some("Dana Ruiz, VP Ops")),
      to: ws)
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: try ChecklistRules.element("eb"), status: .partial, note: nil),
      to: ws)
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: .metrics, status: try ChecklistRules.status("2"), note: nil), to: ws
    )
    var d = try #require(ws.deals[id: "d-1"])
    // confirmed 2 + partial 1 + confirmed 2 = 5 of 8 × 2 = 16.
    #expect(d.qualification.score == 5 && d.qualification.summary == "MEDDPICC 5/16")
    #expect(
      d.qualification[.champion]
        == QualificationEntry(
          status: .confirmed, note: "Dana Ruiz, VP Ops", by: "p-bo", at: CommandFixture.later))
    #expect(d.qualification.status(.pain) == .unknown)
    // A note alone keeps the status; .some(nil) clears the note.
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: .champion, status: nil, note: .some("Dana (new role)")), to: ws)
    d = try #require(ws.deals[id: "d-1"])
    #expect(
      d.qualification[.champion]?.status == .confirmed
        && d.qualification[.champion]?.note == "Dana (new role)")
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: .champion, status: .unknown, note: .some(nil)), to: ws)
    d = try #require(ws.deals[id: "d-1"])
    #expect(d.qualification[.champion] == nil, "back to unknown with no note: the element is dropped")
    #expect(d.qualification.summary == "MEDDPICC 3/16")
    #expect(CommandFixture.error(QualifyDeal(dealId: "d-1", element: .pain, status: nil, note: nil)) != nil)
  }

  @Test("persona and competitor: set by update and add, cleared by an empty value")
  func personaCompetitor() throws {
    var ws = Self.workspace
    var u = UpdateDeal(dealId: "d-1")
    u.persona = .some("CFO")
    u.competitor = .some("  Globex ")
    ws = try applied(u, to: ws)
    #expect(ws.deals[id: "d-1"]?.persona == "CFO" && ws.deals[id: "d-1"]?.competitor == "Globex")
    var clear = UpdateDeal(dealId: "d-1")
    clear.competitor = .some(nil)
    ws = try applied(clear, to: ws)
    #expect(ws.deals[id: "d-1"]?.competitor == nil && ws.deals[id: "d-1"]?.persona == "CFO")
    var add = AddDeal(name: "New")
    add.persona = "IT"
    add.competitor = "Initrode"
    let d = try #require(try add.edit(in: ctx(ws)).deal)
    #expect(d.persona == "IT" && d.competitor == "Initrode")
  }

  @Test("ticks, scorecard and persona survive JSON both ways; an old deal file loads unchanged")
  func jsonRoundTrip() throws {
    var ws = Self.workspace
    ws = try applied(
      CheckDealItem(dealId: "d-1", item: .criterion(stageId: "qualify", index: 0), done: true), to: ws)
    ws = try applied(
      QualifyDeal(dealId: "d-1", element: .paperProcess, status: .partial, note: .some("MSA via legal")),
      to: ws)
    var u = UpdateDeal(dealId: "d-1")
    u.persona = .some("CFO")
    ws = try applied(u, to: ws)
    let d = try #require(ws.deals[id: "d-1"])
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys]
    let data = try enc.encode(d)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"qualification\":{\"paperProcess\":{"))
    #expect(try JSONDecoder().decode(Deal.self, from: data) == d)
    let old = """
      {"id":"d-9","name":"Old","accountId":null,"ownerId":"p-bo","amount":5,"currency":"USD","stage":"qualify",
       "closeDate":null,"createdAt":"2026-01-01T09:00:00Z","tags":[],"history":[]}
      """
    let loaded = try JSONDecoder().decode(Deal.self, from: Data(old.utf8))
    #expect(loaded.qualification.isEmpty && loaded.playProgress.isEmpty && loaded.persona == nil)
    #expect(loaded.qualification.summary == "MEDDPICC 0/16")
    let bad = old.replacingOccurrences(
      of: "\"tags\":[]", with: "\"tags\":[],\"qualification\":{\"budget\":{\"status\":\"confirmed\"}}")
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Deal.self, from: Data(bad.utf8)) }
  }

  @Test("play fit reads the scorecard: a champion play fits until the champion is confirmed")
  func playFitReadsScorecard() throws {
    var ws = Self.workspace
    func fit() throws -> PlayFit {
      let d = try #require(ws.deals[id: "d-1"])
      return try #require(
        PlayFitRanker.rank(deal: d, workspace: ws, asOf: CommandFixture.today).first {
          $0.playId == "play-champ"
        })
    }
    #expect(try fit().fits && fit().reasons == ["champion not confirmed"])
    ws = try applied(QualifyDeal(dealId: "d-1", element: .champion, status: .partial, note: nil), to: ws)
    #expect(try fit().fits, "a partial champion is still a gap")
    ws = try applied(QualifyDeal(dealId: "d-1", element: .champion, status: .confirmed, note: nil), to: ws)
    #expect(try !fit().fits)
  }

  @Test("the open exit criteria signal clears when the criteria are ticked through the command")
  func openCriteriaSignalClears() throws {
    typealias F = CoachingFixture
    var ws = F.quiet()
    ws.deals.upsert(
      F.openDeal("late", owner: "c", 40_000, stage: "negotiation", created: "2026-05-10", close: "2026-05-30")
    )
    #expect(F.kinds(ws, for: "c").contains(.openExitCriteria))
    for i in 0..<3 {
      let edit = try CheckDealItem(
        dealId: "late", item: .criterion(stageId: "negotiation", index: i), done: true
      )
      .edit(in: CommandContext(workspace: ws, actor: "c", now: F.stamp("2026-05-14")))
      ws = CommandFixture.applying(edit, to: ws)
    }
    #expect(!F.kinds(ws, for: "c").contains(.openExitCriteria))
  }

  @Test(
    "late-stage deal with a scorecard and no confirmed economic buyer raises a signal; unscored or early deals do not"
  )
  func economicBuyerSignal() throws {
    typealias F = CoachingFixture
    var ws = F.quiet()
    var d = F.openDeal("eb", owner: "b", 70_000, stage: "proposal", created: "2026-05-10")
    ws.deals.upsert(d)
    #expect(!F.kinds(ws, for: "b").contains(.economicBuyerUnconfirmed), "no scorecard: not flagged")
    d.qualification[.champion] = QualificationEntry(status: .confirmed)
    d.qualification[.economicBuyer] = QualificationEntry(status: .partial)
    ws.deals.upsert(d)
    let s = try #require(F.signals(ws).first { $0.kind == .economicBuyerUnconfirmed })
    #expect(s.personId == "b" && s.evidence.dealIds == ["eb"] && s.priority == .high)
    #expect(s.reason.contains("MEDDPICC 3/16"))  // confirmed 2 + partial 1
    d.stage = "demo"  // order 4 < proposal 5: not late
    ws.deals.upsert(d)
    #expect(!F.kinds(ws, for: "b").contains(.economicBuyerUnconfirmed))
    d.stage = "negotiation"
    d.qualification[.economicBuyer] = QualificationEntry(status: .confirmed)
    ws.deals.upsert(d)
    #expect(!F.kinds(ws, for: "b").contains(.economicBuyerUnconfirmed))
  }
}
