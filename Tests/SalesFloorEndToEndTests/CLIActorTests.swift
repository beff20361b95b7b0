import Foundation
import SalesFloorKit
import Testing

/// Who made a change from the command line: `--as`, else the person in config.json, recorded in
/// the deal's history (`by`) and on the journal line (`actor`).
@Suite struct CLIActorTests {
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func lastJournalLine(_ box: Sandbox) throws -> [String: Any] {
    let text = try String(contentsOf: box.data.appendingPathComponent("journal.jsonl"), encoding: .utf8)
    let line = try #require(text.split(separator: "\n").last)
    return try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  private func setUp(_ box: Sandbox) throws -> (ana: String, deal: String) {
    try box.initWorkspace()
    let ana = try ok(box, ["person", "add", "--name", "Ana Manager", "--role", "manager", "--quiet"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    try ok(box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager"])
    let deal = try ok(
      box,
      ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "12k", "--close", "+14d", "--quiet"]
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    return (ana, deal)
  }

  @Test func dealUpdateNameAsAPersonWritesByAndActor() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (ana, deal) = try setUp(box)
    try ok(box, ["deal", "update", deal, "--name", "Acme 2027", "--as", "Ana"])
    let d = try #require(try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal])
    let change = try #require(d.history.last)
    #expect(change.field == .name && change.from == "Acme" && change.to == "Acme 2027")
    #expect(change.by == ana)
    #expect(try lastJournalLine(box)["actor"] as? String == ana)
  }

  @Test func withoutAsTheConfigPersonActs() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (ana, deal) = try setUp(box)
    let config = box.root.appendingPathComponent("config/salesfloor")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try Data(#"{"person": "Ana Manager"}"#.utf8).write(to: config.appendingPathComponent("config.json"))
    try ok(box, ["deal", "move", deal, "qualify"])
    let d = try #require(try WorkspaceStore(opening: box.data, readOnly: true).workspace.deals[id: deal])
    #expect(d.history.last?.field == .stage && d.history.last?.by == ana)
    #expect(try lastJournalLine(box)["actor"] as? String == ana)
  }

  @Test func anUnknownAsIsAUsageError() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (_, deal) = try setUp(box)
    let r = try box.run(["deal", "update", deal, "--name", "X", "--as", "Zed", "--data", box.data.path])
    #expect(r.status == 64)
    #expect(r.stderr.contains("no person matches \"Zed\""))
  }
}

/// One default-stage rule: without an open stage, `deal add` is refused with the message the
/// cockpit's palette shows too.
@Suite struct CLINoOpenStageTests {
  @Test func dealAddWithoutAnOpenStageIsRefused() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    var ws = Workspace()
    ws.settings.stages = ws.settings.stages.filter { !$0.isOpen }
    ws.people = RecordTable([Person(id: "p-bo", name: "Bo Seller", role: .rep)])
    _ = try WorkspaceStore.create(at: box.data, workspace: ws)
    let r = try box.run([
      "deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "1k", "--close", "+7d", "--data",
      box.data.path,
    ])
    #expect(r.status == 65)
    #expect(r.stderr == "salesfloor: \(CommandRules.noOpenStage)\n")
  }
}
