import SalesFloorKit
import Testing

/// The methods report compares like with like (issue #15 item 11): a play aimed at Negotiation is
/// judged only on deals that reached Negotiation, so deals lost in Prospect do not flatter it.
@Suite("Methods: like with like")
struct MethodsSurvivorBiasTests {
  func close(_ x: Double?, _ y: Double) -> Bool { x.map { abs($0 - y) < 0.0005 } ?? false }

  /// "Negotiate and run the paper process" (stage negotiation, 2 steps):
  /// - used (both steps ticked), reached Negotiation: 4 won, 2 lost;
  /// - not used, reached Negotiation: 3 won, 2 lost;
  /// - lost in Prospect (never reached Negotiation, play not used): 10.
  /// "Enterprise close" (segment enterprise, no stage): used on the 4 wins above, all on enterprise
  /// accounts; the 10 Prospect losses are on an SMB account.
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([Person(id: "r", name: "Rae", role: .rep)])
    ws.accounts = RecordTable([
      Account(id: "a-ent", name: "Big Co", segment: .enterprise),
      Account(id: "a-smb", name: "Small Co", segment: .smb),
    ])
    ws.playbooks = RecordTable([
      Playbook(
        id: "paper", name: "Negotiate and run the paper process", summary: "s",
        situation: .init(stages: ["negotiation"]), steps: ["1", "2"]),
      Playbook(
        id: "ent", name: "Enterprise close", summary: "s", situation: .init(segments: [.enterprise]),
        steps: ["1"]),
    ])
    var deals: [Deal] = []
    func add(_ id: String, won: Bool, reachedNegotiation: Bool, paper: Bool, account: String) {
      let end = won ? "won" : "lost"
      let history =
        reachedNegotiation
        ? [moved("prospect", "negotiation", on: "2026-10-05"), moved("negotiation", end, on: "2026-10-20")]
        : [moved("prospect", end, on: "2026-10-20")]
      var d = deal(
        id, owner: "r", 1_000, stage: end, close: "2026-10-20", created: "2026-09-01", history: history)
      d.accountId = account
      if paper { d.playProgress["paper"] = [0, 1] }
      if paper && won { d.playProgress["ent"] = [0] }
      deals.append(d)
    }
    for i in 0..<4 { add("uw\(i)", won: true, reachedNegotiation: true, paper: true, account: "a-ent") }
    for i in 0..<2 { add("ul\(i)", won: false, reachedNegotiation: true, paper: true, account: "a-ent") }
    for i in 0..<3 { add("nw\(i)", won: true, reachedNegotiation: true, paper: false, account: "a-ent") }
    for i in 0..<2 { add("nl\(i)", won: false, reachedNegotiation: true, paper: false, account: "a-ent") }
    for i in 0..<10 { add("px\(i)", won: false, reachedNegotiation: false, paper: false, account: "a-smb") }
    ws.deals = RecordTable(deals)
    return ws
  }

  @Test("a stage play is compared only with deals that reached its stage")
  func stagePlayComparesLikeWithLike() throws {
    let r = Reports.methods(Self.workspace, scope: .everyone)
    let paper = try #require(r.rows.first { $0.id == "paper" })
    // Used: 4 of 6 → Wilson [0.3000, 0.9032].
    #expect(paper.used.won == 4 && paper.used.closed == 6)
    #expect(close(paper.used.interval?.lower, 0.3000) && close(paper.used.interval?.upper, 0.9032))
    // Not used: only the 5 that reached Negotiation (3 won), not the 10 lost in Prospect — before
    // the fix 3 of 15 = 20 %, which made the play look like +47 points instead of +7.
    #expect(paper.notUsed.won == 3 && paper.notUsed.closed == 5)
    #expect(close(paper.notUsed.winRateByCount, 0.6))
    // 3/5 → Wilson: centre (0.6 + 0.38415) ÷ 1.76830 = 0.5566, half-width 0.3258 → [0.2307, 0.8824].
    #expect(close(paper.notUsed.interval?.lower, 0.2307) && close(paper.notUsed.interval?.upper, 0.8824))
    #expect(paper.comparable, "5 or more closed deals on each side")
  }

  @Test("a segment play is compared only with deals in its segments; small sides are flagged")
  func segmentPlayAndTooFew() throws {
    let r = Reports.methods(Self.workspace, scope: .everyone)
    let ent = try #require(r.rows.first { $0.id == "ent" })
    // Enterprise deals: used on uw0–3 (4 won); not used on ul0–1 (lost), nw0–2 (won), nl0–1 (lost)
    // → 3 won of 7. The 10 SMB losses are left out.
    #expect(ent.used.closed == 4 && ent.used.won == 4)
    #expect(ent.notUsed.closed == 7 && ent.notUsed.won == 3)
    // 4 used deals is under the 5 a side needs.
    #expect(MethodsReport.minimumPerSide == 5)
    #expect(!ent.comparable)
  }
}
