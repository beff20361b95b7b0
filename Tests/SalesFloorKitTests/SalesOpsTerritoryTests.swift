import Testing

@testable import SalesFloorKit

@Suite struct SalesOpsTerritoryTests {
  static func workspace() -> Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "p1", name: "Pia", role: .rep), Person(id: "p2", name: "Paul", role: .rep),
      Person(id: "p3", name: "Pete", role: .rep),
    ])
    ws.territories = RecordTable([
      Territory(id: "t-c", name: "EMEA", ownerId: "p3", order: 3, rules: [.init(regions: ["EMEA"])]),
      Territory(
        id: "t-a", name: "DACH", ownerId: "p1", order: 2,
        rules: [.init(countries: ["de", "AT"], segments: [.enterprise])]),
      Territory(id: "t-b", name: "Named", ownerId: "p2", order: 1, rules: [.init(accountIds: ["a3"])]),
    ])
    ws.accounts = RecordTable([
      Account(id: "a1", name: "Alpha", segment: .enterprise, country: "DE", region: "EMEA"),
      Account(id: "a2", name: "Beta", segment: .smb, country: "DE", region: "EMEA"),
      Account(id: "a3", name: "Gamma", segment: .enterprise, country: "DE", region: "EMEA"),
      Account(id: "a4", name: "Delta", segment: .enterprise, country: "US", region: "AMER"),
    ])
    return ws
  }

  @Test("rules are evaluated in order; the first match wins; unmatched accounts are listed")
  func order() {
    let plan = TerritoryRules.plan(Self.workspace())
    let got = Dictionary(uniqueKeysWithValues: plan.assigned.map { ($0.accountId, $0.territoryId ?? "") })
    // a1: DE enterprise → DACH (order 2) before EMEA (order 3).
    // a2: DE but SMB → not DACH; EMEA. a3: named (order 1) wins over DACH. a4: nothing.
    #expect(got == ["a1": "t-a", "a2": "t-c", "a3": "t-b"])
    #expect(plan.unmatched.map(\.accountId) == ["a4"])
    #expect(plan.assigned.first { $0.accountId == "a1" }?.ownerId == "p1")
  }

  @Test("assign writes territory and owner onto changed accounts only")
  func assign() {
    var ws = Self.workspace()
    let m = TerritoryRules.assignMutations(ws)
    #expect(m.count == 3)
    for x in m { ws.apply(x) }
    #expect(ws.accounts[id: "a3"]?.territoryId == "t-b" && ws.accounts[id: "a3"]?.ownerId == "p2")
    #expect(TerritoryRules.assignMutations(ws).isEmpty)
  }

  @Test("reassigning moves the territory's open deals with history, and the inverse undoes it")
  func reassignAndUndo() throws {
    var ws = Self.workspace()
    for x in TerritoryRules.assignMutations(ws) { ws.apply(x) }
    var d1 = deal("d1", owner: "p1", 10_000, stage: "demo", close: "2026-12-01")
    d1.accountId = "a1"
    var d2 = deal("d2", owner: "p1", 20_000, stage: "won", close: "2026-10-01")
    d2.accountId = "a1"
    var d3 = deal("d3", owner: "p3", 30_000, stage: "demo", close: "2026-12-01")
    d3.accountId = "a2"
    for d in [d1, d2, d3] { ws.deals.upsert(d) }
    let before = ws
    let at = Timestamp(day: day("2026-11-02"), hour: 10)
    let tx = Transaction(
      id: "tx", at: at, summary: "reassign",
      mutations: TerritoryReassign.mutations(ws, territoryId: "t-a", newOwnerId: "p2", at: at, by: "ops"))
    let inverse = ws.apply(tx)
    #expect(ws.territories[id: "t-a"]?.ownerId == "p2")
    #expect(ws.accounts[id: "a1"]?.ownerId == "p2")
    let moved = try #require(ws.deals[id: "d1"])
    #expect(moved.ownerId == "p2")
    #expect(moved.history.last == DealChange(at: at, field: .owner, from: "p1", to: "p2", by: "ops"))
    #expect(ws.deals[id: "d2"]?.ownerId == "p1")  // won deals keep their credit
    #expect(ws.deals[id: "d3"]?.ownerId == "p3")  // other territory untouched
    ws.apply(Transaction(id: "undo", at: at, summary: "undo", mutations: inverse))
    for c in [CollectionName.deals, .accounts, .territories] {
      for r in before.deals.items.map(\.id) + before.accounts.items.map(\.id)
        + before.territories.items.map(\.id)
      {
        #expect(ws.record(c, id: r) == before.record(c, id: r))
      }
    }
  }

  @Test("balance: pipeline per rep flagged against the mean")
  func balance() throws {
    var ws = Self.workspace()
    for x in TerritoryRules.assignMutations(ws) { ws.apply(x) }
    var a = deal("d1", owner: "p1", 90_000, stage: "demo", close: "2026-12-01")
    a.accountId = "a1"  // DACH
    var b = deal("d2", owner: "p3", 10_000, stage: "demo", close: "2026-12-01")
    b.accountId = "a2"  // EMEA
    var c = deal("d3", owner: "p2", 50_000, stage: "demo", close: "2026-12-01")
    c.accountId = "a3"  // Named
    var w = deal("d4", owner: "p2", 7_000, stage: "won", close: "2026-11-01")
    w.accountId = "a3"
    for d in [a, b, c, w] { ws.deals.upsert(d) }
    ws.quotas.upsert(
      Quota(id: "q", personId: "p2", period: "2026-Q4", amount: usd(70_000), currency: "USD", ramp: false))
    let r = Reports.territoryBalance(ws, period: try #require(Period(parsing: "2026-Q4")))
    #expect(r.territories.map(\.id) == ["t-b", "t-a", "t-c"])
    // One person each: pipeline per rep 50k, 90k, 10k; mean 50k → DACH 90k > 75k high; EMEA 10k < 25k low.
    #expect(r.meanPipelinePerRep == usd(50_000))
    #expect(r.territories.map(\.flag) == [nil, "high", "low"])
    let named = r.territories[0]
    #expect(named.won == usd(7_000) && named.quota == usd(70_000) && named.attainment == 0.1)
    #expect(r.unassignedAccounts == 1)
  }
}
