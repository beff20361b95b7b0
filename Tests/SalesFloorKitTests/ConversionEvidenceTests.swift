import SalesFloorKit
import Testing

/// Stage conversion learns only from what a deal's history shows (issue #15 item 9).
///
/// Stages: prospect 1, qualify 2, discovery 3, demo 4, proposal 5, negotiation 6.
/// - w1 won, imported without stage history (its only entry: created in "won") → excluded.
/// - w2 won: Prospect → Proposal → won.
/// - l1 lost: Prospect → Proposal → lost (reached Prospect…Proposal, failed after Proposal).
/// - l2 lost, imported without stage history → excluded.
/// - o1 open, created in Qualify and still there.
@Suite("Stage conversion from evidence only")
struct ConversionEvidenceTests {
  static let asOf = day("2026-11-15")

  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    w.deals = RecordTable([
      deal("w1", owner: "r", 1_000, stage: "won", close: "2026-10-20"),
      deal(
        "w2", owner: "r", 1_000, stage: "won", close: "2026-10-20",
        history: [
          moved("prospect", "proposal", on: "2026-10-05"), moved("proposal", "won", on: "2026-10-20"),
        ]),
      deal(
        "l1", owner: "r", 1_000, stage: "lost", close: "2026-10-25",
        history: [
          moved("prospect", "proposal", on: "2026-10-05"), moved("proposal", "lost", on: "2026-10-25"),
        ]),
      deal("l2", owner: "r", 1_000, stage: "lost", close: "2026-10-25"),
      deal("o1", owner: "r", 1_000, stage: "qualify", close: "2026-12-20"),
    ])
    return w
  }

  @Test("report: deals without stage history are counted as excluded, not as passing every stage")
  func reportExcludesDealsWithoutHistory() {
    let r = Reports.conversion(Self.workspace, scope: .everyone, asOf: Self.asOf)
    let rows = Dictionary(uniqueKeysWithValues: r.stages.map { ($0.stage, $0) })
    // w1 and l2 show no open stage.
    #expect(r.excludedNoStageHistory == 2)
    // Prospect: w2 and l1 entered, both went on to Proposal → 2 of 2.
    #expect(rows["prospect"]?.entered == 2 && rows["prospect"]?.advanced == 2)
    // Qualify: only o1 (w2 and l1 skipped it), still there → 0 of 1.
    #expect(rows["qualify"]?.entered == 1 && rows["qualify"]?.advanced == 0)
    // Proposal: w2 (then won) and l1 (then lost) → 1 of 2 = 0.5.
    #expect(rows["proposal"]?.entered == 2 && rows["proposal"]?.rate == 0.5)
    // Negotiation: nobody's history shows it.
    #expect(rows["negotiation"]?.entered == 0 && rows["negotiation"]?.rate == nil)
  }

  @Test("forecast model: a won deal is credited only with the stages its history shows")
  func modelLearnsFromEvidence() {
    let m = ConversionModel(Self.workspace, before: Self.asOf)
    // Learned from w2 (won, reached Proposal) and l1 (lost, reached Proposal); w1 and l2 left out.
    #expect(m.excludedNoStageHistory == 2)
    // Prospect … Proposal: 1 won ÷ 2 closed = 0.5 (w1 does not add a win, l2 does not hide a loss).
    #expect(m.teamRate(stage: "prospect").rate == 0.5 && m.teamRate(stage: "prospect").sample == 2)
    #expect(m.teamRate(stage: "proposal").rate == 0.5)
    // Negotiation: no history reached it. Before, w1 and w2 made it "2 of 2 = 100 %".
    #expect(m.teamRate(stage: "negotiation").rate == nil && m.teamRate(stage: "negotiation").sample == 0)
    #expect(m.rate(stage: "negotiation", owner: "r").source == .stageDefault)
    // The forecast built on the model says how many it left out.
    let period = Period.containing(Self.asOf, kind: .quarter)
    let f = Reports.predictiveForecast(Self.workspace, period: period, scope: .everyone, asOf: Self.asOf)
    #expect(f.excludedNoStageHistory == 2)
  }

  @Test("furthest open stage: history first, else the current stage, nil for none")
  func furthestStage() throws {
    let stages = StageLookup(Self.workspace.settings)
    let ws = Self.workspace
    #expect(
      Metrics.furthestOpenStage(try #require(ws.deals[id: "w2"]), asOf: Self.asOf, stages: stages)?.id
        == "proposal")
    #expect(
      Metrics.furthestOpenStage(try #require(ws.deals[id: "o1"]), asOf: Self.asOf, stages: stages)?.id
        == "qualify")
    #expect(
      Metrics.furthestOpenStage(try #require(ws.deals[id: "w1"]), asOf: Self.asOf, stages: stages) == nil)
  }
}
