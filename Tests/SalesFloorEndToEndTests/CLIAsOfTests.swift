import Foundation
import Testing

/// `--as-of` a past day is a cut-off: the real binary on a workspace whose history was made on
/// several days (each command run with `$SALESFLOOR_TODAY` set to its day).
@Suite struct CLIAsOfTests {
  private func run(_ box: Sandbox, on day: String, _ args: [String]) throws {
    let r = try box.run(args + ["--data", box.data.path], env: ["SALESFLOOR_TODAY": day])
    try #require(r.status == 0, "\(args.joined(separator: " ")) failed: \(r.stderr)")
  }

  private func json(_ box: Sandbox, _ args: [String]) throws -> [String: Any] {
    let r = try box.run(args + ["--format", "json", "--data", box.data.path])
    try #require(r.status == 0, "\(args.joined(separator: " ")) failed: \(r.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
  }

  /// Rosa's Acme renewal (50k, Proposal from 09-01) won on 11-20; Globex (20k) in Qualify from 10-01,
  /// moved to Negotiation on 11-20; Initech (10k) created on 11-20.
  private func history(_ box: Sandbox) throws {
    try box.initWorkspace()
    try run(box, on: "2026-09-01", ["person", "add", "--name", "Rosa Diaz", "--role", "rep"])
    try run(
      box, on: "2026-09-01",
      ["quota", "set", "--person", "Rosa Diaz", "--period", "2026-Q4", "--amount", "100k"])
    for (day, name, amount, stage) in [
      ("2026-09-01", "Acme renewal", "50k", "proposal"), ("2026-10-01", "Globex pilot", "20k", "qualify"),
      ("2026-11-20", "Initech trial", "10k", "prospect"),
    ] {
      try run(
        box, on: day,
        [
          "deal", "add", "--name", name, "--owner", "Rosa Diaz", "--amount", amount, "--close", "2026-12-15",
          "--stage", stage, "--next-date", "2026-12-01",
        ])
    }
    try run(box, on: "2026-11-20", ["deal", "close", "Acme renewal", "--won"])
    try run(box, on: "2026-11-20", ["deal", "move", "Globex pilot", "negotiation"])
  }

  @Test("report attainment and winrate --as-of 11-15 do not count the win of 11-20; today they do")
  func attainmentAndWinRate() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try history(box)
    let base = ["--period", "2026-Q4", "--as-of"]
    let before = try json(box, ["report", "attainment"] + base + ["2026-11-15"])
    #expect((before["team"] as? [String: Any])?["won"] as? Int == 0)
    let after = try json(box, ["report", "attainment"] + base + [Sandbox.today])
    #expect((after["team"] as? [String: Any])?["won"] as? Int == 5_000_000)
    let rate = try json(box, ["report", "winrate"] + base + ["2026-11-15"])
    #expect(rate["wonCount"] as? Int == 0)
    #expect(try json(box, ["report", "winrate"] + base + [Sandbox.today])["wonCount"] as? Int == 1)
  }

  @Test("report pipeline and stalled --as-of 11-15: the deals as they stood, days in stage never negative")
  func pipelineAndStalled() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try history(box)
    let pipeline = try json(box, ["report", "pipeline", "--as-of", "2026-11-15"])
    let totals = try #require(pipeline["totals"] as? [String: Any])
    // Acme 50k and Globex 20k open; Initech did not exist yet.
    #expect(totals["openCount"] as? Int == 2 && totals["openAmount"] as? Int == 7_000_000)
    let stalled = try json(box, ["report", "stalled", "--as-of", "2026-11-15"])
    let rows = try #require(stalled["deals"] as? [[String: Any]])
    // Acme: Proposal since 09-01 (75 days); Globex: Qualify since 10-01 (45 days).
    #expect(rows.map { $0["name"] as? String } == ["Acme renewal", "Globex pilot"])
    #expect(rows.map { $0["daysInStage"] as? Int } == [75, 45])
  }
}
