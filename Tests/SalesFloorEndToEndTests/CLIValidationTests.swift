import Foundation
import SalesFloorKit
import Testing

/// The commands' input rules through the real binary: the exit code and the message a user sees,
/// and that a refused or no-op command leaves every workspace file as it was.
@Suite struct CLIValidationTests {
  /// A workspace with Bo, the account Acme Corp and Bo's deal "Acme renewal" (its id returned).
  private func workspace(_ box: Sandbox) throws -> String {
    try box.initWorkspace()
    _ = try box.run(["person", "add", "--name", "Bo Seller", "--data", box.data.path])
    let r = try box.run([
      "deal", "add", "--quiet", "--name", "Acme renewal", "--account", "Acme Corp", "--owner", "Bo",
      "--amount", "10k", "--close", "2026-12-31", "--data", box.data.path,
    ])
    try #require(r.status == 0, "\(r.stderr)")
    return try #require(r.stdoutLines.last)
  }

  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  /// Runs a command that must be refused with `status` and a message containing `message`, and
  /// checks that it wrote nothing.
  private func refused(_ box: Sandbox, _ args: [String], _ status: Int32, _ message: String) throws {
    let before = try box.snapshot()
    let r = try run(box, args)
    #expect(r.status == status, "\(args): exit \(r.status) \(r.stderr)")
    #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
    #expect(try box.snapshot() == before, "\(args) wrote to the workspace")
  }

  @Test func emptyNamesAndSubjectsAreRefused() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let deal = try workspace(box)
    try refused(box, ["deal", "update", deal, "--name", ""], 64, "salesfloor: name: must not be empty")
    try refused(box, ["deal", "update", deal, "--name", "\n \t"], 64, "name: must not be empty")
    try refused(
      box, ["deal", "add", "--name", " ", "--owner", "Bo", "--amount", "1", "--close", "eom"], 64,
      "name: must not be empty")
    try refused(box, ["person", "add", "--name", "\n"], 64, "name: must not be empty")
    try refused(
      box, ["activity", "add", "--kind", "call", "--subject", "  ", "--owner", "Bo"], 64,
      "subject: must not be empty")
  }

  @Test func personNamesAreUnique() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try workspace(box)
    try refused(box, ["person", "add", "--name", " bo SELLER "], 64, "Bo Seller (")
    try refused(box, ["person", "add", "--name", "bo seller"], 64, "already has this name")
    #expect(try run(box, ["person", "add", "--name", "Bo Sellers"]).status == 0)
  }

  @Test func currenciesMustBeISO4217Codes() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let deal = try workspace(box)
    let message = "amount currency: \"XYZ\" is not an ISO 4217 currency code"
    try refused(box, ["deal", "update", deal, "--amount", "5k XYZ"], 64, message)
    try refused(
      box, ["deal", "add", "--name", "X", "--owner", "Bo", "--amount", "XYZ 100", "--close", "eom"], 64,
      message)
    let eur = try run(box, ["deal", "update", deal, "--amount", "5k EUR"])
    #expect(eur.status == 0, "\(eur.stderr)")
  }

  @Test func anUpdateWithNoFieldIsAUsageErrorAndANoOpWritesNothing() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let deal = try workspace(box)
    try refused(box, ["deal", "update", deal], 64, "no field to change was given")
    let before = try box.snapshot()
    for args in [
      ["deal", "update", deal, "--amount", "10k", "--name", "Acme renewal"],
      ["deal", "move", deal, "prospect"],
    ] {
      let r = try run(box, args)
      #expect(r.status == 0, "\(args): \(r.stderr)")
      #expect(r.stdout == "nothing to change\n", "\(args): \(r.stdout)")
    }
    #expect(try box.snapshot() == before, "a no-op wrote a journal line")
  }

  @Test func accountsAreMatchedExactlyAndNeverSilently() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try workspace(box)
    let add = ["deal", "add", "--owner", "Bo", "--amount", "1k", "--close", "eom", "--quiet", "--name"]
    // An exact name in another case attaches; a prefix is a "did you mean", not a silent match.
    let same = try run(box, add + ["Second", "--account", " acme corp"])
    #expect(same.status == 0, "\(same.stderr)")
    try refused(box, add + ["Third", "--account", "Acme"], 64, "did you mean Acme Corp (")
    try refused(box, add + ["Third", "--account", "Acme"], 64, "--new-account \"Acme\"")
    // On purpose: a new account; the output says it was created.
    let created = try run(
      box,
      [
        "deal", "add", "--owner", "Bo", "--amount", "1k", "--close", "eom", "--name", "Third",
        "--new-account", "Acme",
      ])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.hasPrefix("created account Acme (a-"), "\(created.stdout)")
    try refused(
      box, add + ["Fourth", "--new-account", "acme"], 64, "an account named \"Acme\" already exists")
    // Two accounts of one name (made by an older version or an import): the name picks neither.
    let store = try WorkspaceStore(opening: box.data)
    try store.commit(
      Transaction(
        id: "tx-dup", at: Timestamp(day: Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0), hour: 9),
        summary: "dup", mutations: [.put(.account(Account(id: "a-dup", name: "ACME CORP")))]))
    try store.close()
    try refused(box, add + ["Fifth", "--account", "Acme Corp"], 64, "2 accounts are named \"Acme Corp\"")
    try refused(box, add + ["Fifth", "--account", "Acme Corp"], 64, "a-dup")
    let check = try run(box, ["check"])
    #expect(check.stdout.contains("2 accounts are named"), "\(check.stdout)")
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(ws.accounts.count == 3)
    #expect(ws.deals.count == 3)
  }

  @Test func checkReportsPeopleWhoShareAName() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try workspace(box)
    let store = try WorkspaceStore(opening: box.data)
    try store.commit(
      Transaction(
        id: "tx-dup", at: Timestamp(day: Day(year: 2026, month: 11, day: 27) ?? Day(ordinal: 0), hour: 9),
        summary: "dup", mutations: [.put(.person(Person(id: "p-dup", name: "bo seller", role: .rep)))]))
    try store.close()
    let check = try run(box, ["check"])
    #expect(check.stdout.contains("2 people are named \"bo seller\" (also "), "\(check.stdout)")
  }
}
