import Foundation
import SalesFloorKit
import Testing

/// `salesfloor contact …` through the real binary: a seller adds the buying team at Acme, links
/// them to the deal, reads them back and deletes one, checked in the workspace files.
@Suite struct CLIContactTests {
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

  @Test func addLinkShowDelete() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Bo Seller"])
    let deal = try newId(
      box,
      [
        "deal", "add", "--name", "Acme renewal", "--account", "Acme Corp", "--owner", "Bo", "--amount", "12k",
        "--close", "2026-12-15",
      ])
    let dana = try newId(
      box,
      [
        "contact", "add", "Dana Ruiz", "--account", "Acme Corp", "--title", "VP Ops", "--email",
        "dana@acme.com", "--phone", "+1 555 0100", "--role", "champion",
      ])
    try ok(box, ["contact", "add", "Eli Park", "--account", "Acme"])
    #expect(
      try ok(box, ["contact", "link", "Dana", "--deal", deal, "--role", "economic buyer"])
        == "linked Dana Ruiz to Acme renewal as economic buyer\n")
    try ok(box, ["contact", "link", "Eli", "--deal", "Acme renewal"])

    var ws = try workspace(box)
    #expect(
      ws.deals[id: deal]?.contacts == [
        DealContact(contactId: dana, role: .economicBuyer),
        DealContact(contactId: ws.contacts.items.first { $0.name == "Eli Park" }?.id ?? "?"),
      ])
    let list = try ok(box, ["contact", "list", "--account", "Acme Corp", "--format", "json"])
    let contacts = try JSONDecoder().decode([Contact].self, from: Data(list.utf8))
    #expect(contacts.map(\.name).sorted() == ["Dana Ruiz", "Eli Park"])
    // A leading "+" is quoted with ' so a spreadsheet does not run it as a formula.
    let csv = try ok(box, ["contact", "list", "--format", "csv"])
    #expect(csv.contains("Dana Ruiz,Acme Corp,VP Ops,champion,dana@acme.com,'+1 555 0100"))
    let show = try ok(box, ["contact", "show", "Dana"])
    #expect(show.contains("title: VP Ops"))
    #expect(show.contains("\(deal) Acme renewal — economic buyer"))

    let dealShow = try ok(box, ["deal", "show", deal])
    #expect(dealShow.contains("  \(dana)  Dana Ruiz · economic buyer · VP Ops · +1 555 0100"))

    try ok(box, ["contact", "update", "Dana", "--phone", "", "--role", "decision maker"])
    ws = try workspace(box)
    #expect(ws.contacts[id: dana]?.phone == nil)
    #expect(ws.contacts[id: dana]?.buyingRole == .decisionMaker)

    let bad = try box.run([
      "contact", "add", "X", "--account", "Acme", "--email", "x at acme", "--data", box.data.path,
    ])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("\"x at acme\" is not an email address"))

    let deleted = try ok(box, ["contact", "delete", dana, "--yes"])
    #expect(deleted.contains("removes them from 1 deal: Acme renewal"))
    ws = try workspace(box)
    #expect(ws.contacts[id: dana] == nil)
    #expect(ws.deals[id: deal]?.contacts.map(\.contactId).contains(dana) == false)
  }
}
