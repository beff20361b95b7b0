import Foundation
import Testing

@testable import SalesFloorKit

/// Cost of sales, within reach of an accelerator, and the plan simulation, on a floor small
/// enough to compute by hand.
@Suite struct CompLeverTests {
  static let period = Period(kind: .quarter, year: 2026, index: 4)

  /// Plan "ae": target variable 10,000; 0–100 % × 1.0, 100 %+ × 2.0 (the accelerator at 100 %).
  static let plan = CompPlan(
    id: "ae", name: "AE", targetVariable: usd(10_000), currency: "USD",
    tiers: [.init(from: 0, to: 100, rate: 1.0), .init(from: 100, to: nil, rate: 2.0)],
    personIds: ["a", "b", "c"])

  /// Maya (manager, on no plan) leads Ann and Bob; Cy reports to no one. Quotas 100,000 each
  /// (no ramp). Won in 2026-Q4: Ann 92,000; Bob 120,000; Cy 50,000 (and Maya 10,000 herself).
  /// A lost deal and a deal won in Q3 count nowhere.
  static var workspace: Workspace {
    var ws = Workspace()
    ws.people = RecordTable([
      Person(id: "m", name: "Maya", role: .manager),
      Person(id: "a", name: "Ann", role: .rep, managerId: "m"),
      Person(id: "b", name: "Bob", role: .rep, managerId: "m"),
      Person(id: "c", name: "Cy", role: .rep),
    ])
    ws.quotas = RecordTable(
      ["a", "b", "c"].map {
        Quota(
          id: "q-\($0)", personId: $0, period: "2026-Q4", amount: usd(100_000), currency: "USD", ramp: false)
      })
    ws.compPlans = RecordTable([plan])
    ws.deals = RecordTable([
      deal("w1", owner: "a", 92_000, stage: "won", close: "2026-11-10"),
      deal("w2", owner: "b", 100_000, stage: "won", close: "2026-10-10"),
      deal("w3", owner: "b", 20_000, stage: "won", close: "2026-12-01"),
      deal("w4", owner: "c", 50_000, stage: "won", close: "2026-11-03"),
      deal("w5", owner: "m", 10_000, stage: "won", close: "2026-11-04"),
      deal("l1", owner: "a", 40_000, stage: "lost", close: "2026-11-12"),
      deal("old", owner: "a", 70_000, stage: "won", close: "2026-09-30"),
    ])
    return ws
  }

  @Test("cost of sales per team = payouts ÷ bookings")
  func costOfSales() throws {
    let r = CompLever.costOfSales(Self.workspace, period: Self.period, scope: .everyone)
    let maya = try #require(r.teams.first)
    #expect(r.teams.map(\.managerName) == ["Maya"])
    #expect(maya.onPlan == 2)  // Ann and Bob; Maya is on no plan
    // Ann 92 % → 10,000 × 92 ÷ 100 × 1.0 = 9,200.
    // Bob 120 % → 10,000 × (100 × 1.0 + 20 × 2.0) ÷ 100 = 14,000.
    #expect(maya.payouts == usd(9_200 + 14_000))
    // Bookings: Ann 92,000 + Bob 120,000 + Maya 10,000 = 222,000.
    #expect(maya.bookings == usd(222_000))
    // 23,200 ÷ 222,000 = 0.10450…
    #expect(abs((maya.costOfSales ?? 0) - 23_200.0 / 222_000.0) < 1e-12)
    // Cy manages no one and is on no team: the floor total is the teams' people only.
    #expect(r.totalPayouts == usd(23_200))
    #expect(r.totalBookings == usd(222_000))
  }

  @Test("within reach: Ann is 8 points and 8,000 below the 100 % accelerator")
  func withinReach() throws {
    let ws = Self.workspace
    let statements = CompLever.statements(ws, scope: .everyone, period: Self.period)
    let r = CompLever.withinReach(ws, period: Self.period, statements: statements)
    // Bob is above the last accelerator; Cy at 50 % is 50 points away (margin 10).
    #expect(r.people.map(\.personId) == ["a"])
    let ann = try #require(r.people.first)
    #expect(ann.thresholdPercent == 100)
    #expect(ann.rate == 2.0)
    #expect(ann.rateBelow == 1.0)
    #expect(abs(ann.gapPoints - 8) < 1e-9)  // 100 − 92
    #expect(ann.gapAmount == usd(8_000))  // 100,000 × 100 ÷ 100 − 92,000
    #expect(CompLever.withinReach(ws, period: Self.period, statements: statements, margin: 5).people.isEmpty)
  }

  @Test("accelerators are the tiers whose rate rises")
  func accelerators() {
    let p = CompPlan(
      id: "x", name: "x", targetVariable: 1, currency: "USD",
      tiers: [
        .init(from: 0, to: 50, rate: 0.5), .init(from: 50, to: 100, rate: 1.0),
        .init(from: 100, to: 150, rate: 1.0), .init(from: 150, to: nil, rate: 3.0),
      ])
    #expect(CompLever.accelerators(p).map(\.threshold) == [50, 150])
  }

  @Test("simulation: an accelerator at 90 % × 3.0 pays Ann and Bob more, Cy the same")
  func simulate() throws {
    var changed = Self.plan
    changed.personIds = []  // keeps the real plan's people
    changed.tiers = [.init(from: 0, to: 90, rate: 1.0), .init(from: 90, to: nil, rate: 3.0)]
    let s = try CompLever.simulate(Self.workspace, changed: changed, period: Self.period, file: "p.json")
    #expect(s.lines.map(\.name) == ["Ann", "Bob", "Cy"])
    // Real: Ann 9,200; Bob 14,000; Cy 50 % → 5,000.
    #expect(s.lines.map(\.real) == [usd(9_200), usd(14_000), usd(5_000)])
    // Changed: Ann 10,000 × (90 × 1 + 2 × 3) ÷ 100 = 9,600; Bob 10,000 × (90 + 30 × 3) ÷ 100 = 18,000;
    // Cy 5,000.
    #expect(s.lines.map(\.simulated) == [usd(9_600), usd(18_000), usd(5_000)])
    #expect(s.lines.map(\.difference) == [usd(400), usd(4_000), 0])
    #expect(s.realTotal == usd(28_200))
    #expect(s.simulatedTotal == usd(32_600))
    #expect(s.difference == usd(4_400))
    // Bookings 92,000 + 120,000 + 50,000 = 262,000; cost of sales 28,200 ÷ 262,000 and 32,600 ÷ 262,000.
    #expect(s.bookings == usd(262_000))
    #expect(abs((s.realCostOfSales ?? 0) - 28_200.0 / 262_000.0) < 1e-12)
    #expect(abs((s.simulatedCostOfSales ?? 0) - 32_600.0 / 262_000.0) < 1e-12)
  }

  @Test("a plan file that is not a plan names the file and the place")
  func badFiles() throws {
    func error(_ text: String) -> String {
      do {
        _ = try CompLever.plan(json: Data(text.utf8), file: "new.json")
        return "no error"
      } catch { return error.description }
    }
    #expect(error("{\n  \"id\": \"ae\",\n  oops\n}").hasPrefix("new.json: line 3"))
    #expect(error(#"{"id": "ae"}"#).contains("new.json: name: missing field \"name\""))
    let wrongType = """
      {"id": "ae", "name": "AE", "targetVariable": "lots", "currency": "USD", "measure": "bookings",
       "tiers": [], "personIds": [], "periodKind": "quarter"}
      """
    #expect(error(wrongType) == "new.json: targetVariable: expected an integer")
    let noTiers = wrongType.replacingOccurrences(of: "\"lots\"", with: "100")
    #expect(error(noTiers) == "new.json: tiers: a plan needs at least one tier")
    var other = Self.plan
    other.id = "nope"
    #expect(throws: CompPlanFileError.unknownPlan(file: "f", id: "nope", known: ["ae"])) {
      try CompLever.simulate(Self.workspace, changed: other, period: Self.period, file: "f")
    }
  }
}
