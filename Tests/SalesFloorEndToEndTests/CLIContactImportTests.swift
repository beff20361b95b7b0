import Foundation
import SalesFloorKit
import Testing

/// `salesfloor import contacts --preset …` and `export contacts` through the real binary: a rep
/// brings the Salesforce contacts over, re-imports the same file, and exports them back.
@Suite struct CLIContactImportTests {
  static let salesforce = """
    "First Name","Last Name","Title","Email","Phone","Mobile","Account Name","Contact ID"
    "Dana","Ruiz","VP Ops","dana@acme.com","+1 555 0100","","Acme Corp","0035g00000AbCdE"
    "Femi","Okafor","CFO","femi@acme.com","","+1 555 0142","Acme Corp","0035g00000FgHiJ"
    "Hal","Lee","IT","555-0101","","","Acme Corp","0035g00000PqRsT"
    "Gia","Moss","Buyer","gia@initech.example","","","Initech","0035g00000KlMnO"

    """

  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  private func contacts(_ box: Sandbox) throws -> [Contact] {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace.contacts.sortedById
  }

  @Test func salesforcePresetAsksImportsReimportsAndExports() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    // Acme Corp exists (made by its deal); Initech does not.
    try #require(try run(box, ["person", "add", "--name", "Bo Seller"]).status == 0)
    try #require(
      try run(
        box,
        [
          "deal", "add", "--name", "Acme renewal", "--account", "Acme Corp", "--owner", "Bo", "--amount",
          "12k", "--close", "2026-12-15",
        ]
      ).status == 0)
    let file = box.file("contacts.csv")
    try Data(Self.salesforce.utf8).write(to: file)

    // No terminal and no --yes: the preview is printed, the question refused, nothing written.
    let refused = try run(box, ["import", "contacts", file.path, "--preset", "salesforce"])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("--yes"), "\(refused.stderr)")
    #expect(refused.stdout.contains("contacts to create: 3"), "\(refused.stdout)")
    #expect(refused.stdout.contains("accounts to create: 1 (Initech)"), "\(refused.stdout)")
    #expect(refused.stdout.contains("rejected line 4: email \"555-0101\" is not an email address"))
    #expect(try contacts(box).isEmpty)

    let applied = try run(
      box, ["import", "contacts", file.path, "--preset", "salesforce", "--yes", "--as", "Bo Seller"])
    #expect(applied.status == 0, "\(applied.stderr)")
    let imported = try contacts(box)
    #expect(imported.map(\.name).sorted() == ["Dana Ruiz", "Femi Okafor", "Gia Moss"])
    #expect(imported.first { $0.name == "Femi Okafor" }?.phone == "+1 555 0142")

    // The same file again: every row matches, nothing is written, no one is duplicated.
    let again = try run(box, ["import", "contacts", file.path, "--preset", "salesforce"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("contacts to create: 0"))
    #expect(again.stdout.contains("unchanged: 3"))
    #expect(try contacts(box) == imported)

    // export contacts → import contacts (no preset) into a fresh workspace gives the same contacts.
    let exported = try run(box, ["export", "contacts", "--out", box.file("out.csv").path])
    #expect(exported.status == 0, "\(exported.stderr)")
    let json = try run(box, ["export", "contacts", "--format", "json"])
    #expect(json.status == 0)
    let decoded = try JSONDecoder().decode([Contact].self, from: Data(json.stdout.utf8))
    #expect(decoded == imported)

    let other = Sandbox()
    defer { other.cleanUp() }
    try other.initWorkspace()
    let back = try run(other, ["import", "contacts", box.file("out.csv").path, "--yes"])
    #expect(back.status == 0, "\(back.stderr)")
    let copied = try contacts(other)
    #expect(copied.map(\.id) == imported.map(\.id))
    #expect(copied.map(\.email) == imported.map(\.email))
    #expect(copied.map(\.externalId) == imported.map(\.externalId))

    // One transaction: undo takes every imported contact back.
    let undone = try run(box, ["undo", "--yes", "--as", "Bo Seller"])
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(try contacts(box).isEmpty)
  }
}
