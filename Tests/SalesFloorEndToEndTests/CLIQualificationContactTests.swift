import Foundation
import SalesFloorKit
import Testing

/// `deal qualify --contact/--clear-contact`, `contact link` filling the scorecard and `deal show`
/// (text and JSON) through the real binary, checked in the workspace files.
@Suite struct CLIQualificationContactTests {
  private func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func newId(_ box: Sandbox, _ args: [String]) throws -> String {
    try #require(try ok(box, args + ["--quiet"]).split(separator: "\n").last.map(String.init))
  }

  /// Bo's Acme renewal, Ana Ruiz (VP Ops) and Eli Park at Acme, Gus at Globex (its account made by
  /// a deal there); returns the ids.
  private func setUp(_ box: Sandbox) throws -> (deal: String, ana: String, eli: String) {
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Bo Seller"])
    let deal = try newId(
      box,
      [
        "deal", "add", "--name", "Acme renewal", "--account", "Acme Corp", "--owner", "Bo", "--amount", "12k",
        "--close", "2026-12-15",
      ])
    let ana = try newId(
      box,
      ["contact", "add", "Ana Ruiz", "--account", "Acme Corp", "--title", "VP Ops", "--phone", "+1 555 0100"])
    let eli = try newId(box, ["contact", "add", "Eli Park", "--account", "Acme Corp"])
    try ok(
      box,
      [
        "deal", "add", "--name", "Globex pilot", "--account", "Globex", "--owner", "Bo", "--amount", "5k",
        "--close", "2026-12-31",
      ])
    try ok(box, ["contact", "add", "Gus Globex", "--account", "Globex"])
    return (deal, ana, eli)
  }

  @Test func contactOnChampionShownInTextAndJSON() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (deal, ana, _) = try setUp(box)
    let said = try ok(
      box, ["deal", "qualify", deal, "--element", "champion", "--status", "confirmed", "--contact", "Ana"])
    #expect(said.contains("champion: Ana Ruiz (added to the buying team as champion)"))
    var d = try #require(try workspace(box).deals[id: deal])
    #expect(d.qualification[.champion]?.contactId == ana)
    #expect(d.contacts == [DealContact(contactId: ana, role: .champion)])
    // A later status change keeps the contact.
    try ok(box, ["deal", "qualify", deal, "--element", "champion", "--status", "partial"])
    try ok(box, ["deal", "qualify", deal, "--element", "champion", "--status", "confirmed"])
    d = try #require(try workspace(box).deals[id: deal])
    #expect(d.qualification[.champion]?.contactId == ana)

    let show = try ok(box, ["deal", "show", deal])
    #expect(
      show.contains("qualification: MEDDPICC 2/16\n  Champion: Ana Ruiz (VP Ops, +1 555 0100) · confirmed\n"))
    let json = try ok(box, ["deal", "show", deal, "--format", "json"])
    let back = try JSONDecoder().decode(Deal.self, from: Data(json.utf8))
    #expect(back.qualification[.champion]?.contactId == ana, "the deal as stored")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let people = try #require(object["qualificationContacts"] as? [String: [String: Any]])
    let champion = try #require(people["champion"])
    #expect(champion["contactId"] as? String == ana)
    #expect(champion["name"] as? String == "Ana Ruiz")
    #expect(champion["phone"] as? String == "+1 555 0100")
    #expect(champion["status"] as? String == "confirmed")
    #expect(champion["text"] as? String == "Champion: Ana Ruiz (VP Ops, +1 555 0100) · confirmed")
    #expect(people["economicBuyer"] == nil)

    try ok(box, ["deal", "qualify", deal, "--element", "champion", "--clear-contact"])
    d = try #require(try workspace(box).deals[id: deal])
    #expect(d.qualification[.champion]?.contactId == nil && d.qualification.status(.champion) == .confirmed)
    let plain = try ok(box, ["deal", "show", deal, "--format", "json"])
    #expect(!plain.contains("qualificationContacts"))
    #expect(!(try ok(box, ["deal", "show", deal])).contains("Champion: "))
  }

  @Test func otherAccountAndBadFlagsAreRefused() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (deal, _, _) = try setUp(box)
    let before = try box.snapshot()
    let other = try box.run([
      "deal", "qualify", deal, "--element", "economic buyer", "--contact", "Gus", "--data", box.data.path,
    ])
    #expect(other.status == 64)
    #expect(other.stderr.contains("Gus Globex works at Globex, not at the deal's account Acme Corp"))
    let metrics = try box.run([
      "deal", "qualify", deal, "--element", "metrics", "--contact", "Ana", "--data", box.data.path,
    ])
    #expect(metrics.status == 64 && metrics.stderr.contains("only champion and economicBuyer"))
    let both = try box.run([
      "deal", "qualify", deal, "--element", "champion", "--contact", "Ana", "--clear-contact", "--data",
      box.data.path,
    ])
    #expect(both.status == 64 && both.stderr.contains("not both"))
    #expect(!looksLikeStackTrace(other.stderr + metrics.stderr + both.stderr))
    #expect(try box.snapshot() == before, "a refused command writes nothing")
  }

  @Test func linkFillsAndDeleteClears() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (deal, _, eli) = try setUp(box)
    let r = try box.run(["contact", "link", "Eli", "--deal", deal, "--role", "eb", "--data", box.data.path])
    #expect(r.status == 0)
    #expect(r.stdout == "linked Eli Park to Acme renewal as economic buyer\n")
    #expect(r.stderr.contains("note: MEDDPICC economic buyer is now Eli Park"))
    #expect(try workspace(box).deals[id: deal]?.qualification[.economicBuyer]?.contactId == eli)
    let plan = try ok(box, ["contact", "delete", eli, "--dry-run"])
    #expect(plan.contains("clears the MEDDPICC champion or economic buyer of 1 deal: Acme renewal"))
    try ok(box, ["contact", "delete", eli, "--yes"])
    let d = try #require(try workspace(box).deals[id: deal])
    #expect(d.qualification[.economicBuyer] == nil && d.contacts.isEmpty)
  }
}
