import Foundation
import SalesFloorKit
import Testing

/// `salesfloor role …`, `report org`, `comp simulate` and `comp levers` through the real binary,
/// on a small floor whose numbers are worked out in the comments.
@Suite struct CLIOrgCompTests {
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  /// Maya (manager) leads Ann and Bob, both on plan "ae" (target variable 10,000; 0–100 % × 1.0,
  /// 100 %+ × 2.0) with quotas of 100,000 for 2026-Q4; Ann won 95,000, Bob 110,000.
  static func seed(_ box: Sandbox) throws {
    try box.initWorkspace()
    let store = try WorkspaceStore(opening: box.data)
    let created = Timestamp(day: Day(year: 2026, month: 10, day: 1) ?? Day(ordinal: 0), hour: 9)
    func won(_ id: String, _ owner: String, _ dollars: Int64) -> Mutation {
      .put(
        .deal(
          Deal(
            id: id, name: "deal \(id)", accountId: nil, ownerId: owner, amount: dollars * 100,
            currency: "USD",
            stage: "won", closeDate: Day(year: 2026, month: 11, day: 10), createdAt: created)))
    }
    var mutations: [Mutation] = [
      .put(.person(Person(id: "p-m", name: "Maya Manager", role: .manager))),
      .put(.person(Person(id: "p-a", name: "Ann Rep", role: .rep, managerId: "p-m"))),
      .put(.person(Person(id: "p-b", name: "Bob Rep", role: .rep, managerId: "p-m"))),
      .put(
        .compPlan(
          CompPlan(
            id: "ae", name: "AE", targetVariable: 1_000_000, currency: "USD",
            tiers: [.init(from: 0, to: 100, rate: 1.0), .init(from: 100, to: nil, rate: 2.0)],
            personIds: ["p-a", "p-b"]))),
      won("d-1", "p-a", 95_000), won("d-2", "p-b", 110_000),
    ]
    for p in ["p-a", "p-b"] {
      mutations.append(
        .put(.quota(Quota(id: "q-\(p)", personId: p, period: "2026-Q4", amount: 10_000_000, currency: "USD")))
      )
    }
    try store.commit(Transaction(id: "tx-seed", at: created, summary: "seed", mutations: mutations))
    try store.close()
  }

  @Test func rolesOpenFillCancelAndCountInReportOrg() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try Self.seed(box)
    let first = try ok(
      box, ["role", "open", "Account Executive", "--manager", "Maya", "--start", "2027-01-04", "--quiet"]
    )
    .trimmingCharacters(in: .whitespacesAndNewlines)
    let second = try ok(box, ["role", "open", "SDR", "--manager", "Maya", "--quiet"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try ok(box, ["role", "open", "AE", "--manager", "Maya"])
    #expect(
      try ok(box, ["role", "fill", first, "--person", "Ann"])
        == "filled role Account Executive with Ann Rep\n")
    #expect(try ok(box, ["role", "cancel", second]) == "cancelled role SDR\n")
    let again = try box.run(["role", "fill", first, "--person", "Bob", "--data", box.data.path])
    #expect(again.status == 64)
    #expect(again.stderr.contains("is already filled"))
    let byRep = try box.run(["role", "open", "AE", "--manager", "Ann", "--data", box.data.path])
    #expect(byRep.status == 64)
    #expect(byRep.stderr.contains("Ann Rep is a rep"))

    let open = try JSONDecoder().decode(
      [OpenRole].self, from: Data(try ok(box, ["role", "list", "--format", "json"]).utf8))
    #expect(open.map(\.title) == ["AE"])
    let all = try JSONDecoder().decode(
      [OpenRole].self, from: Data(try ok(box, ["role", "list", "--all", "--format", "json"]).utf8))
    #expect(all.first { $0.id == first }?.targetStart == Day(year: 2027, month: 1, day: 4))
    #expect(all.first { $0.id == first }?.filledByPersonId == "p-a")

    // An offer out on Maya's team (h-hiring's candidates) is open headcount too.
    try ok(box, ["candidate", "add", "Ivy Offer", "--source", "referral", "--manager", "Maya"])
    try ok(box, ["candidate", "move", "Ivy", "--to", "offer"])
    let json = try ok(box, ["report", "org", "--format", "json", "--as-of", "2026-11-27"])
    let r = try JSONDecoder().decode(OrgReport.self, from: Data(json.utf8))
    let maya = try #require(r.teams.first)
    #expect(r.teams.count == 1)
    #expect(maya.span == 2)
    #expect(maya.reps == 2)
    #expect(maya.openRoles == 1)  // one filled, one cancelled, one open
    #expect(maya.offers == 1)  // Ivy
    #expect(maya.openHeadcount == 2)
    #expect(maya.tenure.unknown == 2)  // no hire days in the seed
    let table = try ok(box, ["report", "org", "--as-of", "2026-11-27"])
    #expect(table.contains("TEAM"))
    #expect(table.split(separator: "\n").contains { $0.hasPrefix("Maya Manager") })
    let csv = try ok(box, ["report", "org", "--format", "csv", "--as-of", "2026-11-27"])
    #expect(csv.hasPrefix("TEAM,SPAN,REPS,"))
  }

  @Test func compSimulateComparesPlansAndWritesNothing() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try Self.seed(box)
    // The changed plan: the accelerator moves down to 90 % and pays 3.0.
    let plan = """
      {"id": "ae", "name": "AE 2027", "targetVariable": 1000000, "currency": "USD", "measure": "bookings",
       "tiers": [{"from": 0, "to": 90, "rate": 1.0}, {"from": 90, "rate": 3.0}],
       "personIds": [], "periodKind": "quarter"}
      """
    let file = box.file("plan.json")
    try Data(plan.utf8).write(to: file)
    let before = try box.snapshot()
    let json = try ok(
      box, ["comp", "simulate", "--plan", file.path, "--period", "2026-Q4", "--format", "json"])
    let s = try JSONDecoder().decode(CompSimulation.self, from: Data(json.utf8))
    #expect(s.lines.map(\.name) == ["Ann Rep", "Bob Rep"])
    // Real: Ann 95 % → 10,000 × 0.95 = 9,500; Bob 110 % → 10,000 + 10,000 × 0.10 × 2 = 12,000.
    #expect(s.lines.map(\.real) == [950_000, 1_200_000])
    // Changed: Ann 9,000 + 10,000 × 0.05 × 3 = 10,500; Bob 9,000 + 10,000 × 0.20 × 3 = 15,000.
    #expect(s.lines.map(\.simulated) == [1_050_000, 1_500_000])
    #expect(s.difference == 400_000)  // 25,500 − 21,500
    #expect(s.bookings == 20_500_000)
    #expect(try box.snapshot() == before, "simulate writes nothing")
    let table = try ok(box, ["comp", "simulate", "--plan", file.path, "--period", "2026-Q4"])
    #expect(table.contains("COST OF SALES"))
    #expect(table.contains("10.5%"))  // 21,500 ÷ 205,000 = 10.49 %
    #expect(table.contains("12.4%"))  // 25,500 ÷ 205,000 = 12.44 %

    try Data("{\"id\": \"ae\",\n \"name\": }".utf8).write(to: file)
    let bad = try box.run([
      "comp", "simulate", "--plan", file.path, "--period", "2026-Q4", "--data", box.data.path,
    ])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("plan.json: line 2"), "\(bad.stderr)")
    let missing = try box.run(["comp", "simulate", "--plan", "/nonexistent.json", "--data", box.data.path])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("/nonexistent.json: cannot read the file"))
  }

  @Test func compLeversAndStatementShowWithinReach() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try Self.seed(box)
    let json = try ok(box, ["comp", "levers", "--period", "2026-Q4", "--format", "json"])
    struct Levers: Decodable {
      var costOfSales: CostOfSales
      var withinReach: WithinReach
    }
    let l = try JSONDecoder().decode(Levers.self, from: Data(json.utf8))
    // Payouts 9,500 + 12,000 = 21,500 over bookings 205,000.
    #expect(l.costOfSales.teams.first?.payouts == 2_150_000)
    #expect(l.costOfSales.teams.first?.bookings == 20_500_000)
    // Ann at 95 % is 5 points (5,000) below the 100 % accelerator; Bob is past it.
    #expect(l.withinReach.people.map(\.personId) == ["p-a"])
    #expect(l.withinReach.people.first?.gapAmount == 500_000)
    let statement = try ok(box, ["comp", "statement", "--person", "Ann", "--period", "2026-Q4"])
    #expect(statement.contains("within reach: 100% pays 2×, 5.0 pts away"))
    let row = statement.split(separator: "\n").first { $0.hasPrefix("accelerator") }
    #expect(row?.hasSuffix(" 5,000") == true, "the gap: 100,000 − 95,000")
  }
}
