import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// Ticking exit criteria and play steps where they are drawn, the MEDDPICC form, and persona /
/// competitor in the deal form: each an instant edit through the store, undone by `u`.
@Suite("Cockpit checklists and MEDDPICC")
struct CockpitChecklistTests {
  let ws = CockpitFixture.demo
  /// The cursor glyph on the checklist line (Unicode glyphs, as `CockpitRun` renders by default).
  let pointer = Glyphs.unicode.pointer

  /// The deal the Pipeline selects first, as the demo has it.
  func firstDeal() throws -> Deal {
    try #require(PipelineView.selectedDeal(try CockpitRun().state))
  }

  @Test("Tab puts a cursor on the first exit criterion; x ticks it (saved, shown [x]); u unticks it")
  func tickCriterionInDealCard() throws {
    let deal = try firstDeal()
    let stage = try #require(ws.settings.stage(deal.stage))
    let first = try #require(stage.exitCriteria.first)
    let wasTicked = deal.isTicked(key: Deal.criteriaKey(stage: stage.id), index: 0)
    var run = try CockpitRun("<Enter> <Tab>", store: MemoryStore(ws))
    #expect(
      run.screen.contains("\(pointer) [\(wasTicked ? "x" : " ")] \(first)"),
      "the cursor sits on the first criterion")
    #expect(run.store.committed.isEmpty, "moving the cursor writes nothing")
    try run.press("x")
    #expect(run.store.committed.count == 1)
    let after = try #require(run.store.workspace.deals[id: deal.id])
    #expect(after.isTicked(key: Deal.criteriaKey(stage: stage.id), index: 0) == !wasTicked)
    let mark = wasTicked ? " " : "x"
    #expect(run.screen.contains("\(pointer) [\(mark)] \(first)"))
    if !wasTicked {
      // Who and when: the viewer, today (the fixture's clock).
      let who = run.state.viewer.person?.name ?? "?"
      #expect(run.screen.contains("[x] \(first) · \(who) \(CockpitFixture.today.iso)"))
    }
    #expect(run.footer.contains(wasTicked ? "saved: unticked" : "saved: ticked"))
    try run.press("u")
    #expect(run.store.workspace.deals[id: deal.id]?.playProgress == deal.playProgress)
    #expect(run.screen.contains("\(pointer) [\(wasTicked ? "x" : " ")] \(first)"))
  }

  @Test("x without a cursor says to press Tab first and writes nothing")
  func tickNeedsCursor() throws {
    let run = try CockpitRun("<Enter> x", store: MemoryStore(ws))
    #expect(run.store.committed.isEmpty)
    #expect(run.footer.contains("Tab to a step or criterion first"))
  }

  @Test("the open exit criteria signal clears when every criterion is ticked in the deal cards")
  func signalClearsFromTheCockpit() throws {
    let period = Period.containing(
      CockpitFixture.today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    func signal(_ w: Workspace) -> CoachingSignal? {
      CoachingSignals.detect(w, scope: .everyone, period: period, asOf: CockpitFixture.today)
        .first { $0.kind == .openExitCriteria }
    }
    let s = try #require(signal(ws), "the demo has late-stage deals with open criteria")
    var run = try CockpitRun(store: MemoryStore(ws))
    for dealId in s.evidence.dealIds {
      let d = try #require(run.store.workspace.deals[id: dealId])
      let stage = try #require(ws.settings.stage(d.stage))
      run.program.state.overlay = .dealDetail(dealId: dealId, offset: 0)
      // Tab i+1 times reaches criterion i (criteria are the card's first tickable lines).
      for i in stage.exitCriteria.indices where !d.isTicked(key: Deal.criteriaKey(stage: stage.id), index: i)
      {
        run.program.state.detailCursor = nil
        try run.press(Array(repeating: "<Tab>", count: i + 1).joined(separator: " ") + " x")
      }
      #expect(run.store.workspace.deals[id: dealId]?.openExitCriteria(settings: ws.settings).isEmpty == true)
      #expect(run.screen.contains("[x] \(stage.exitCriteria[0])"))
    }
    let after = signal(run.store.workspace)
    #expect(after == nil || after?.personId != s.personId || after?.evidence.dealIds != s.evidence.dealIds)
    #expect(after.map { Set($0.evidence.dealIds).isDisjoint(with: s.evidence.dealIds) } ?? true)
  }

  @Test("the play detail ticks the steps of the Pipeline's selected deal, named in its header")
  func tickStepInPlayDetail() throws {
    let deal = try firstDeal()
    let plays = PlaybooksView.ranked(try CockpitRun("4").state)
    let play = try #require(plays.first?.play)
    let step = try #require(play.steps.first)
    let was = deal.isTicked(key: play.id, index: 0)
    var run = try CockpitRun("4 <Enter>", store: MemoryStore(ws))
    #expect(run.screen.contains("Steps · checklist of \(deal.name)"))
    try run.press("<Tab> x")
    #expect(run.store.workspace.deals[id: deal.id]?.isTicked(key: play.id, index: 0) == !was)
    #expect(run.screen.contains("\(pointer) [\(was ? " " : "x")] \(step)"))
    try run.press("u")
    #expect(run.store.workspace.deals[id: deal.id]?.isTicked(key: play.id, index: 0) == was)
  }

  @Test("Q opens the scorecard form; saving it scores the deal and returns to the card")
  func scorecardForm() throws {
    let deal = try firstDeal()
    var run = try CockpitRun("<Enter> Q", store: MemoryStore(ws))
    #expect(run.screen.contains("MEDDPICC · \(deal.name)"))
    // Metrics: confirmed + note; Economic buyer (two fields on): partial + who.
    try run.press(
      "<C-u> confirmed <Tab> 12%<Space>faster<Space>close <Tab> <C-u> partial <Tab> Dana<Space>Ruiz,<Space>CFO <Enter>"
    )
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(
      d.qualification[.metrics]?.status == .confirmed && d.qualification[.metrics]?.note == "12% faster close"
    )
    #expect(
      d.qualification[.economicBuyer]?.status == .partial
        && d.qualification[.economicBuyer]?.note == "Dana Ruiz, CFO")
    // confirmed 2 + partial 1 = 3 of 16.
    #expect(d.qualification.summary == "MEDDPICC 3/16")
    #expect(run.screen.contains("Deal \(deal.id)"), "back on the deal card")
    #expect(run.screen.contains("Qualify    MEDDPICC 3/16"))
    #expect(run.store.committed.count == 1, "one edit, one undo step")
    try run.press("u")
    #expect(run.store.workspace.deals[id: deal.id]?.qualification.isEmpty == true)
  }

  @Test("the deal form edits persona and competitor; the card shows them")
  func personaInDealForm() throws {
    let deal = try firstDeal()
    let tabs = Array(repeating: "<Tab>", count: 8).joined(separator: " ")
    var run = try CockpitRun(
      "e \(tabs) <C-u> VP<Space>Finance <Tab> <C-u> Northwind <Enter>", store: MemoryStore(ws))
    let d = try #require(run.store.workspace.deals[id: deal.id])
    #expect(d.persona == "VP Finance" && d.competitor == "Northwind")
    try run.press("<Enter>")
    #expect(run.screen.contains("Persona    VP Finance"))
    #expect(run.screen.contains("Competitor Northwind"))
  }
}
