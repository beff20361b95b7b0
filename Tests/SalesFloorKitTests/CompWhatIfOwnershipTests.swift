import Testing

@testable import SalesFloorKit

/// `comp whatif --deals` counts only the person's own open deals (issue #15 item 12).
@Suite("Comp what-if: own open deals only")
struct CompWhatIfOwnershipTests {
  static var workspace: Workspace {
    var ws = SalesOpsCompTests.workspace(won: 1_300_000)
    _ = ws.people.upsert(Person(id: "r2", name: "Sam Other", role: .rep))
    _ = ws.deals.upsert(deal("x1", owner: "r2", 500_000, stage: "proposal", close: "2026-12-10"))
    return ws
  }

  @Test("another rep's deal is refused, naming the deal and its owner")
  func otherRepsDeal() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    #expect(throws: CompError.notOwnDeal(dealId: "x1", dealName: "Deal x1", owner: "Sam Other (r2)")) {
      try Compensation.whatIf(Self.workspace, personId: "r1", period: period, dealIds: ["o1", "x1"])
    }
    let message = CompError.notOwnDeal(dealId: "x1", dealName: "Deal x1", owner: "Sam Other (r2)").description
    #expect(message.contains("x1") && message.contains("Sam Other"))
  }

  @Test("a closed deal is refused, naming its stage; the rep's own open deal still works")
  func closedDeal() throws {
    let period = try #require(Period(parsing: "2026-Q4"))
    #expect(throws: CompError.closedDeal(dealId: "w1", dealName: "Deal w1", stage: "Closed Won")) {
      try Compensation.whatIf(Self.workspace, personId: "r1", period: period, dealIds: ["w1"])
    }
    let w = try Compensation.whatIf(Self.workspace, personId: "r1", period: period, dealIds: ["o1"])
    #expect(w.addedDealIds == ["o1"])
  }
}
