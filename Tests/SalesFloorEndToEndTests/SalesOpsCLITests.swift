import Foundation
import Testing

/// Runs the real `salesfloor` binary on a temporary demo workspace.
struct SalesOpsCLI {
  let folder: URL

  static var binary: URL {
    Bundle.main.bundleURL.appendingPathComponent("salesfloor")
  }

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "salesops-e2e-\(UUID().uuidString)")
    _ = try run(["demo"])
  }

  @discardableResult
  func run(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = Self.binary
    p.arguments = args + ["--data", folder.path]
    var env = ProcessInfo.processInfo.environment
    env["SALESFLOOR_TODAY"] = "2026-11-15"
    p.environment = env
    let out = Pipe()
    let err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }

  func json(_ args: [String]) throws -> [String: Any] {
    let r = try run(args + ["--format", "json"])
    #expect(r.status == 0, "\(args): \(r.err)")
    let obj = try JSONSerialization.jsonObject(with: Data(r.out.utf8))
    return obj as? [String: Any] ?? [:]
  }

  func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

@Suite(.serialized) struct SalesOpsCLITests {
  @Test("forecast: demo calls, submit, adjust, snapshot, changes, predict, backtest")
  func forecast() throws {
    let cli = try SalesOpsCLI()
    defer { cli.cleanUp() }
    let sheet = try cli.json(["forecast"])
    let people = sheet["people"] as? [[String: Any]] ?? []
    #expect(people.filter { $0["call"] != nil }.count == 2)  // the demo's two calls
    #expect(!(sheet["notSubmitted"] as? [Any] ?? []).isEmpty)
    // Elena (p-002, manager of East) adjusts; the adjustment shows beside the rolled-up call.
    let adjust = try cli.run([
      "forecast", "adjust", "--as", "p-002", "--commit", "120k", "--best-case", "180k",
    ])
    #expect(adjust.status == 0, "\(adjust.err)")
    let after = try cli.json(["forecast", "--as", "p-002"])
    let lines = after["people"] as? [[String: Any]] ?? []
    let elena = lines.first { ($0["id"] as? String) == "p-002" }
    let adj = elena?["adjustment"] as? [String: Any]
    #expect(adj?["commit"] as? Int == 12_000_000)
    #expect(adj?["bestCase"] as? Int == 18_000_000)
    #expect(lines.allSatisfy { ($0["depth"] as? Int ?? 0) > 0 || ($0["id"] as? String) == "p-002" })
    // A rep cannot adjust; a rep's call is stored.
    #expect(try cli.run(["forecast", "adjust", "--as", "p-004", "--commit", "1k"]).status == 64)
    let submit = try cli.run(["forecast", "submit", "--as", "p-004", "--commit", "50k"])
    #expect(submit.status == 0, "\(submit.err)")
    let snap = try cli.run(["forecast", "snapshot", "--quiet"])
    #expect(snap.status == 0 && snap.out.hasPrefix("snap-"))
    let changes = try cli.json(["forecast", "changes", "--since", "2026-11-10"])
    #expect(changes["fromSnapshot"] as? String == "snap-2026-11-08")
    #expect((changes["summary"] as? [Any])?.count == 9)
    let predict = try cli.json(["forecast", "predict"])
    #expect((predict["expected"] as? Int ?? 0) > 0)
    let backtest = try cli.json(["forecast", "backtest", "--periods", "2"])
    #expect((backtest["periods"] as? [Any])?.count == 2)
    let csv = try cli.run(["forecast", "backtest", "--format", "csv"])
    #expect(csv.out.hasPrefix("PERIOD,ACTUAL,PREDICTIVE"))
  }

  @Test("comp statement and what-if; territories; ramp")
  func compTerritoriesRamp() throws {
    let cli = try SalesOpsCLI()
    defer { cli.cleanUp() }
    let ramp = try cli.json(["report", "ramp"])
    let hires = ramp["people"] as? [[String: Any]] ?? []
    #expect(hires.contains { ($0["planId"] as? String) == "ramp-ae" })
    let balance = try cli.json(["report", "territories"])
    let territories = balance["territories"] as? [[String: Any]] ?? []
    #expect(territories.count == 2)
    let assign = try cli.run(["territory", "assign", "--dry-run"])
    #expect(assign.status == 0)
    let tid = try #require(territories.first?["id"] as? String)
    let reassign = try cli.run(["territory", "reassign", tid, "--to", "p-003", "--yes"])
    #expect(reassign.status == 0, "\(reassign.err)")
    #expect(reassign.out.contains("open deals moved"))
    // A rep on the demo comp plan gets a statement; a what-if with an unknown deal is a usage error.
    let plans =
      try JSONSerialization.jsonObject(
        with: try Data(contentsOf: cli.folder.appendingPathComponent("compPlans.json"))) as? [String: Any]
    let plan = (plans?["items"] as? [[String: Any]])?.first
    let rep = try #require((plan?["personIds"] as? [String])?.first)
    let statement = try cli.json(["comp", "statement", "--person", rep, "--period", "2026-Q4"])
    #expect(statement["personId"] as? String == rep)
    #expect((statement["tiers"] as? [Any])?.isEmpty == false)
    let bad = try cli.run(["comp", "whatif", "--person", rep, "--deals", "no-such-deal"])
    #expect(bad.status == 64)
  }
}
