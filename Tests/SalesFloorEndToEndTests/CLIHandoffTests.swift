import Foundation
import SalesFloorKit
import Testing

/// Handoffs through the real binary (#18 item 1): a win starts one, `handoff list|show|done|block`
/// read and tick it, `report handoff` names the bottleneck on the demo, `undo` takes a tick back.
@Suite struct CLIHandoffTests {
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @Test func winListShowDoneBlockUndo() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Ana Manager", "--role", "manager"])
    try ok(box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager"])
    let deal = try ok(
      box,
      ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "12k", "--close", "+14d", "--quiet"]
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    let none = try run(box, ["handoff", "show", deal])
    #expect(none.status == 65, "\(none.stderr)")
    #expect(none.stderr.contains("has no handoff: handoffs start when an open deal is won"), "\(none.stderr)")

    try ok(box, ["deal", "close", deal, "--won", "--as", "Ana"])
    let list = try ok(box, ["handoff", "list"])
    let row = try #require(list.split(separator: "\n").first { $0.hasPrefix("Acme") }, "\(list)")
    for cell in ["2026-11-27", "0/5", "Contract countersigned", "Legal"] {
      #expect(row.contains(cell), "\(list)")
    }
    let show = try ok(box, ["handoff", "show", "Acme"])
    #expect(show.contains("1. Contract countersigned — Legal, target 3 d: pending (0 d)"), "\(show)")

    let ahead = try run(box, ["handoff", "done", deal, "--step", "3", "--as", "Ana"])
    #expect(ahead.status == 64)
    #expect(ahead.stderr.contains("step 3 (Billing set up) waits on step 1 (Contract countersigned) first"))
    #expect(
      try ok(box, ["handoff", "done", deal, "--note", "signed", "--as", "Ana"])
        .contains("handoff of Acme: Contract countersigned done"))
    let noNote = try run(box, ["handoff", "block", deal, "--as", "Ana"])
    #expect(noNote.status == 64)
    try ok(box, ["handoff", "block", deal, "--step", "po", "--note", "no PO number yet", "--as", "Ana"])

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let h = try #require(ws.handoffs[id: "ho-" + deal])
    let ana = try #require(ws.people.items.first { $0.name == "Ana Manager" })
    #expect(h.steps[0].status == .done && h.steps[0].doneBy == ana.id && h.steps[0].note == "signed")
    #expect(h.steps[1].status == .blocked && h.steps[1].note == "no PO number yet")
    let json = try ok(box, ["handoff", "list", "--waiting", "--owner", "finance", "--format", "json"])
    #expect(json.contains("\"blocked\" : true"), "\(json)")
    #expect(json.contains("\"step\" : \"PO received\""), "\(json)")

    try ok(box, ["undo", "--yes", "--as", "Ana"])
    let undone = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(undone.handoffs[id: "ho-" + deal]?.steps[1].status == .pending)
  }

  @Test func demoReportNamesTheBottleneck() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let table = try ok(box, ["report", "handoff", "--from", "2026-06-01", "--to", "2026-11-27"])
    #expect(table.contains("Bottleneck: PO received — median"), "\(table)")
    #expect(table.contains("STEP"), "\(table)")
    let csv = try ok(box, ["report", "handoff", "--period", "2026-Q4", "--format", "csv"])
    #expect(csv.hasPrefix("STEP,N,MEDIAN,P90,TARGET,PAST TARGET,WAITING,WAITING PAST"), "\(csv)")
    #expect(csv.contains("PO received,"), "\(csv)")
    let json = try ok(
      box, ["report", "handoff", "--from", "2026-06-01", "--to", "2026-11-27", "--format", "json"])
    #expect(json.contains("\"bottleneck\" : \"PO received\""), "\(json)")
    let bad = try run(box, ["report", "handoff", "--from", "2026-13-01", "--to", "2026-11-27"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--from: expected YYYY-MM-DD"), "\(bad.stderr)")
  }
}

/// Sales ops sets the steps of delivery from the CLI (`handoff template`), and the next win uses them.
@Suite struct CLIHandoffTemplateTests {
  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try run(box, args)
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  @Test func setListShowRemoveAndTheNextWinUsesTheTemplate() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Ana Manager", "--role", "manager"])
    try ok(box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager"])
    try ok(box, ["person", "add", "--name", "Fin Lee", "--role", "ops"])
    let before = try ok(box, ["handoff", "template", "list"])
    #expect(before.contains("standard") && before.contains("the built-in one applies"), "\(before)")

    // Bad steps are refused with the reason, and nothing is written.
    let bad = try run(box, ["handoff", "template", "set", "Fast", "--step", "Kickoff|CS"])
    #expect(bad.status == 64, "\(bad.stderr)")
    #expect(bad.stderr.contains("write NAME|OWNER|DAYS"), "\(bad.stderr)")
    let long = try run(box, ["handoff", "template", "set", "Fast", "--step", "Kickoff|CS|400"])
    #expect(long.stderr.contains("target days must be 1–90, not 400"), "\(long.stderr)")
    let twice = try run(box, ["handoff", "template", "set", "Fast", "--step", "A|CS|1", "--step", "a|CS|2"])
    #expect(twice.stderr.contains("\"a\" is already a step of this template"), "\(twice.stderr)")
    #expect(try ok(box, ["handoff", "template", "list", "--format", "json"]).contains("\"standard\""))

    let set = try ok(
      box,
      [
        "handoff", "template", "set", "Fast track", "--step", "Signed|Legal|2", "--step",
        "Invoice sent|Fin Lee|1",
        "--as", "Fin Lee",
      ])
    #expect(set.contains("added handoff template Fast track"), "\(set)")
    #expect(set.contains("2. Invoice sent — Fin Lee, target 1 d"), "\(set)")
    let json = try ok(box, ["handoff", "template", "list", "--format", "json"])
    let templates = try JSONDecoder().decode([HandoffTemplate].self, from: Data(json.utf8))
    #expect(templates.map(\.id) == ["fast-track"])
    #expect(templates[0].steps.map(\.targetDays) == [2, 1])
    #expect(templates[0].steps[1].ownerPersonId != nil && templates[0].steps[0].ownerRole == "Legal")

    // The next won deal's handoff has the template's steps.
    let deal = try ok(
      box,
      ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "12k", "--close", "+14d", "--quiet"]
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    try ok(box, ["deal", "close", deal, "--won", "--as", "Ana"])
    let show = try ok(box, ["handoff", "show", deal])
    #expect(show.contains("template: fast-track"), "\(show)")
    #expect(show.contains("2. Invoice sent — Fin Lee, target 1 d: pending"), "\(show)")

    // Replacing keeps the id; undo takes the change back; remove leaves the started handoff alone.
    try ok(box, ["handoff", "template", "set", "fast TRACK", "--step", "Signed|Legal|3", "--as", "Fin Lee"])
    #expect(
      try ok(box, ["handoff", "template", "show", "fast-track"]).contains("1. Signed — Legal, target 3 d"))
    try ok(box, ["undo", "--yes", "--as", "Fin Lee"])
    #expect(try ok(box, ["handoff", "template", "show", "Fast track"]).contains("2. Invoice sent"))
    #expect(
      try ok(box, ["handoff", "template", "remove", "Fast track"]).contains("removed handoff template"))
    let gone = try run(box, ["handoff", "template", "show", "Fast track"])
    #expect(
      gone.status != 0 && gone.stderr.contains("the built-in \"Standard handoff\" applies"), "\(gone.stderr)")
    #expect(try ok(box, ["handoff", "show", deal]).contains("2. Invoice sent — Fin Lee"))
  }
}
