import Foundation
import SalesFloorKit
import Testing

/// Who is at the keyboard on a two-copy team (a file:// hub, copy A enrolled as the manager Elena
/// Tanaka, copy B as her report Grace Osei): edits are the device's person's whatever `--as` says,
/// `whoami` tells, `log` shows who changed what from which device, and a rep cannot view as others.
@Suite struct CLIIdentityTests {
  struct Team {
    let box = Sandbox()
    var a: URL { box.root.appendingPathComponent("a") }
    var b: URL { box.root.appendingPathComponent("b") }
    var hub: String { "file://" + box.root.appendingPathComponent("hub.git").path }

    init() throws {
      try ok(["demo", "--data", a.path])
      try ok(["team", "init", hub, "--data", a.path, "--as", "Elena Tanaka"])
      try ok(["team", "join", hub, "--data", b.path, "--as", "Grace Osei"])
    }

    func run(_ args: [String], on copy: URL) throws -> CLIResult {
      try box.run(args + ["--data", copy.path])
    }

    @discardableResult
    func ok(_ args: [String], on copy: URL? = nil) throws -> CLIResult {
      let r = try box.run(args + (copy.map { ["--data", $0.path] } ?? []))
      try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
      return r
    }

    func workspace(_ copy: URL) throws -> Workspace {
      try WorkspaceStore(opening: copy, readOnly: true).workspace
    }

    func person(_ name: String) throws -> Person {
      try #require(try workspace(a).people.first { $0.name == name })
    }

    /// The device id `whoami --format json` reports for a copy.
    func device(_ copy: URL) throws -> String {
      let json = try ok(["whoami", "--format", "json"], on: copy).stdout
      let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
      let source = try #require(object["source"] as? [String: Any])
      return try #require(source["device"] as? String)
    }

    func lastJournalLine(_ copy: URL) throws -> [String: Any] {
      let text = try String(contentsOf: copy.appendingPathComponent("journal.jsonl"), encoding: .utf8)
      let line = try #require(text.split(separator: "\n").last)
      return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    func cleanUp() { box.cleanUp() }
  }

  @Test func anEditWithAsSomeoneElseIsTheDevicesPersonsAndLogShowsItOnTheOtherCopy() throws {
    let team = try Team()
    defer { team.cleanUp() }
    let grace = try team.person("Grace Osei")
    let deal = try #require(
      try team.workspace(team.b).deals.items.filter {
        $0.ownerId == grace.id && ["prospect", "discovery"].contains($0.stage)
      }.min { $0.id < $1.id })
    let update = try team.ok(
      ["deal", "update", deal.id, "--next-step", "Call the CFO", "--as", "Elena Tanaka"], on: team.b)
    #expect(update.stderrLines.count == 1)
    #expect(update.stderr.contains("--as \"Elena Tanaka\" ignored"))
    #expect(update.stderr.contains("recorded as Grace Osei"))
    #expect(try team.lastJournalLine(team.b)["actor"] as? String == grace.id)
    try team.ok(["deal", "move", deal.id, "proposal", "--as", "Elena Tanaka"], on: team.b)
    let moved = try #require(try team.workspace(team.b).deals[id: deal.id])
    #expect(moved.history.last?.field == .stage && moved.history.last?.by == grace.id)

    let pending = try team.ok(["log", deal.id], on: team.b).stdout
    #expect(pending.contains("(not synced yet)"))

    try team.ok(["sync"], on: team.b)
    try team.ok(["sync"], on: team.a)
    let deviceB = try team.device(team.b)
    let log = try team.ok(["log", deal.name], on: team.a).stdoutLines
    #expect(log.first?.hasPrefix("WHEN") == true)
    let rows = log.dropFirst()
    #expect(rows.count == 2)
    for row in rows {
      #expect(row.contains("Grace Osei") && row.contains(deviceB) && row.contains("deal \(deal.name)"))
      #expect(!row.contains("Elena Tanaka"))
    }
    #expect(rows.first?.contains("stage: \(deal.stage) → proposal") == true)
    #expect(rows.last?.contains("nextStep: \(deal.nextStep ?? "-") → Call the CFO") == true)
    #expect(try team.workspace(team.a).deals[id: deal.id]?.history.last?.by == grace.id)

    let json = try team.ok(["log", deal.id, "--format", "json", "--limit", "1"], on: team.a).stdout
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(entries.count == 1)
    #expect(entries.first?["personId"] as? String == grace.id)
    #expect(entries.first?["device"] as? String == deviceB)
    #expect(entries.first?["synced"] as? Bool == true)
  }

  @Test func whoamiOnBothCopiesNamesTheDevicesPersonAndWhatAsMayView() throws {
    let team = try Team()
    defer { team.cleanUp() }
    let a = try team.ok(["whoami"], on: team.a).stdoutLines
    #expect(a.first?.hasPrefix("Elena Tanaka (") == true && a.first?.contains("· manager") == true)
    #expect(a.contains("known by: device \(try team.device(team.a)) (hub \(team.hub))"))
    #expect(a.contains { $0.hasPrefix("--as may view: own view and ") && $0.contains("Grace Osei") })
    let b = try team.ok(["whoami"], on: team.b).stdoutLines
    #expect(b.first?.hasPrefix("Grace Osei (") == true && b.first?.contains("· rep") == true)
    #expect(b.contains("--as may view: own view only"))
    let json = try team.ok(["whoami", "--format", "json"], on: team.b).stdout
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["bound"] as? Bool == true)
    #expect(object["mayViewIds"] as? [String] == [try team.person("Grace Osei").id])
  }

  @Test func aRepsCockpitAsAManagerIsRefusedAndTheTopBarSaysWhoIsLooking() throws {
    let team = try Team()
    defer { team.cleanUp() }
    let refused = try team.run(["screen", "--as", "Elena Tanaka"], on: team.b)
    #expect(refused.status == 64)
    #expect(refused.stderrLines.count == 1)
    #expect(refused.stderr.contains("--as \"Elena Tanaka\": not allowed: this is Grace Osei (rep)"))
    #expect(refused.stderr.contains("who may view: own view only"))
    let report = try team.run(["report", "coaching", "--as", "Elena Tanaka"], on: team.b)
    #expect(report.status == 64 && report.stdout.isEmpty)

    let own = try team.ok(["screen"], on: team.b).stdoutLines.first ?? ""
    #expect(own.hasPrefix(" SalesFloor · Grace Osei · rep · "))
    #expect(!own.contains("default view"))
    let viewing = try team.ok(["screen", "--as", "Grace Osei"], on: team.a).stdoutLines.first ?? ""
    #expect(viewing.contains("viewing Grace Osei's day as Elena Tanaka"))
  }

  @Test func withoutATeamLogShowsTheJournalsLinesAndAsStillActs() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = try #require(ws.deals.items.min { $0.id < $1.id })
    let r = try box.run([
      "deal", "update", deal.id, "--next-step", "Demo day", "--as", "Kenji", "--data", box.data.path,
    ])
    try #require(r.status == 0, "\(r.stderr)")
    #expect(r.stderr.isEmpty)
    let log = try box.run(["log", deal.id, "--data", box.data.path])
    #expect(log.status == 0)
    let row = try #require(log.stdoutLines.dropFirst().first)
    #expect(row.contains("Kenji Walsh") && row.contains("deal \(deal.name)") && !row.contains("not synced"))
    let none = try box.run(["log", "zzz-nobody", "--data", box.data.path])
    #expect(none.status == 64 && none.stderr.contains("no deal, person or account matches \"zzz-nobody\""))
    let who = try box.run(["whoami", "--data", box.data.path])
    #expect(who.status == 0 && who.stdout.hasPrefix("nobody:"))
  }
}
