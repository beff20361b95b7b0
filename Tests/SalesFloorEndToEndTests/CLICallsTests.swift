import Foundation
import SalesFloorKit
import Testing

/// `salesfloor calls` and `calls log` through the real binary, on the tmux test's floor (Rita's
/// deals overdue 3 days, overdue 1 day and due today; today Friday 2026-11-27).
@Suite struct CLICallsTests {
  @Test func listsTheQueueWithReasons() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try TmuxCallModeTests.floor(box)
    let table = try box.run(["calls", "--person", "Rita Rep", "--data", box.data.path])
    try #require(table.status == 0, "\(table.stderr)")
    let lines = table.stdoutLines
    #expect(lines.count == 4)  // header and three calls
    #expect(lines.count > 3 && lines[1].contains("Acme renewal") && lines[1].contains("overdue 3 days"))
    #expect(lines.count > 3 && lines[1].contains("Dana Ruiz · champion") && lines[1].contains("+1 555 0100"))
    #expect(
      lines.count > 3 && lines[2].contains("Initech expansion")
        && lines[2].contains("no contact on this deal"))
    #expect(lines.count > 3 && lines[3].contains("Globex pilot") && lines[3].contains("next step due today"))

    let json = try box.run(["calls", "--person", "Rita Rep", "--format", "json", "--data", box.data.path])
    try #require(json.status == 0, "\(json.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(rows.map { $0["deal"] as? String } == ["Acme renewal", "Initech expansion", "Globex pilot"])
    let reasons = try #require(rows.first?["reasons"] as? [[String: Any]])
    #expect(reasons.first?["kind"] as? String == "nextStepOverdue")
    #expect(reasons.first?["days"] as? Int == 3)
    #expect((rows[1]["contact"] as? NSNull) != nil || rows[1]["contact"] == nil)
  }

  @Test func logsAnOutcome() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try TmuxCallModeTests.floor(box)
    let r = try box.run([
      "calls", "log", "Acme renewal", "connected, demo booked fri", "--as", "Rita Rep", "--data",
      box.data.path,
    ])
    try #require(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "call on Acme renewal: connected, demo booked fri; next step Demo 2026-12-04\n")
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let acme = try #require(ws.deals.items.first { $0.name == "Acme renewal" })
    #expect(acme.nextStep == "Demo")
    let call = try #require(ws.activities.items.first { $0.dealId == acme.id })
    #expect(call.contactId == ws.contacts.items.first { $0.name == "Dana Ruiz" }?.id)

    let bad = try box.run(["calls", "log", "Acme renewal", "maybe later", "--data", box.data.path])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("\"maybe\" is not a call outcome"))
    // The queue after the call: Acme's next step is next week now.
    let after = try box.run(["calls", "--person", "Rita Rep", "--data", box.data.path])
    #expect(!after.stdout.contains("Acme renewal"))
  }
}
