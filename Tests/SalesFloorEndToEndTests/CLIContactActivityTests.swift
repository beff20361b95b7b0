import Foundation
import SalesFloorKit
import Testing

/// `salesfloor activity add --contact`: a call logged with the champion shows as her last touch in
/// `contact show`, `contact list` and `deal show`.
@Suite struct CLIContactActivityTests {
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  @Test func callWithTheChampionIsHerLastTouch() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Bo Seller"])
    try ok(
      box,
      [
        "deal", "add", "--name", "Acme renewal", "--account", "Acme Corp", "--owner", "Bo", "--amount", "12k",
        "--close", "2026-12-15",
      ])
    try ok(box, ["contact", "add", "Dana Ruiz", "--account", "Acme Corp", "--role", "champion"])
    try ok(
      box,
      [
        "deal", "add", "--name", "Globex pilot", "--account", "Globex", "--owner", "Bo", "--amount", "5k",
        "--close", "2026-12-31",
      ])
    try ok(box, ["contact", "add", "Ivo Marsh", "--account", "Globex"])
    try ok(box, ["contact", "link", "Dana", "--deal", "Acme renewal"])
    #expect(try ok(box, ["contact", "show", "Dana"]).contains("  never touched\n"))

    try ok(
      box,
      [
        "activity", "add", "--kind", "call", "--subject", "Pricing walk-through", "--owner", "Bo", "--deal",
        "Acme renewal", "--contact", "Dana", "--done",
      ])
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let call = try #require(ws.activities.items.first { $0.subject == "Pricing walk-through" })
    #expect(call.contactId == ws.contacts.items.first { $0.name == "Dana Ruiz" }?.id)

    // SALESFLOOR_TODAY pins 2026-11-27: logged today.
    #expect(try ok(box, ["contact", "show", "Dana"]).contains("  last touch call 2026-11-27 (today)\n"))
    #expect(
      try ok(box, ["deal", "show", "Acme renewal"]).contains(
        "Dana Ruiz · champion · last touch call 2026-11-27 (today)"))
    #expect(
      try ok(box, ["contact", "list", "--format", "csv"]).contains(
        "Dana Ruiz,Acme Corp,,champion,,,call 2026-11-27"))

    // Ivo works at Globex: a call on the Acme deal cannot have been with him.
    let refused = try box.run([
      "activity", "add", "--kind", "call", "--subject", "Wrong", "--owner", "Bo", "--deal", "Acme renewal",
      "--contact", "Ivo", "--data", box.data.path,
    ])
    #expect(refused.status != 0)
    #expect(
      refused.stderr.contains("Ivo Marsh works at Globex, not at the deal's account Acme Corp"),
      "\(refused.stderr)")
  }
}
