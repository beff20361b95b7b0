import Foundation
import SalesFloorKit
import Testing

/// `import deals` on messy real-world CSV exports: dry run, rejected rows, one durable step,
/// idempotent re-import, `--strict`.
@Suite struct CLIImportTests {
  /// A UTF-8 export with a BOM, CRLF line ends, a quoted comma, `$12,400.00`, a missing account, a
  /// missing close date, an unknown stage value and an amount that is not a number.
  static let messyCSV: [UInt8] =
    [0xEF, 0xBB, 0xBF]
    + Array(
      [
        "Opportunity ID,Deal,Company,Rep,Value,Phase,Close",
        "X-1,\"Acme, Inc. renewal\",\"Acme, Inc.\",Dana Field,\"$12,400.00\",Negotiating,2026-12-15",
        "X-2,Globex expansion,Globex,Dana Field,\"$5,000\",Signed,2026-10-02",
        "X-3,Initech pilot,,Eli Stone,8000,Discovery,2026-12-20",
        "X-4,Umbrella,Umbrella Corp,Eli Stone,2500,Qualify,",
        "X-5,Hooli,Hooli,Eli Stone,lots,Discovery,2026-12-01",
        "X-6,Soylent,Soylent,Dana Field,3000,Mystery Stage,2026-12-01",
        "",
      ].joined(separator: "\r\n").utf8)

  /// A European Excel export: `;` separated, Windows-1252 (ü = FC, ö = F6, € = 80), `12.400,00 €`.
  static let europeanCSV: [UInt8] =
    Array("ID;Name;Account;Owner;Amount;Stage;Close\r\n".utf8)
    + Array("Y-1;M".utf8) + [0xFC] + Array("ller Maschinen;M".utf8) + [0xFC]
    + Array("ller GmbH;J".utf8) + [0xF6] + Array("rg Wei".utf8) + [0xDF]
    + Array(";12.400,00 ".utf8) + [0x80] + Array(";Proposal;2026-12-18\r\n".utf8)

  static let map =
    "externalId=Opportunity ID,name=Deal,account=Company,owner=Rep,amount=Value,stage=Phase,closeDate=Close"
  static let stageMap = "Negotiating=negotiation,Signed=won"

  private func importArgs(_ box: Sandbox, _ file: URL, _ extra: [String] = []) -> [String] {
    ["import", "deals", file.path, "--map", Self.map, "--stage-map", Self.stageMap, "--data", box.data.path]
      + extra
  }

  private func prepare() throws -> (Sandbox, URL) {
    let box = Sandbox()
    try box.initWorkspace()
    let file = box.file("export.csv")
    try Data(Self.messyCSV).write(to: file)
    return (box, file)
  }

  @Test func dryRunWritesNothingAndListsRejectedRows() throws {
    let (box, file) = try prepare()
    defer { box.cleanUp() }
    let before = try box.snapshot()
    let r = try box.run(importArgs(box, file, ["--dry-run"]))
    #expect(r.status == 0, "\(r.stderr)")
    #expect(try box.snapshot() == before, "a dry run changed the workspace")
    // Header is line 1, so X-5 (bad amount) is line 6 and X-6 (unknown stage) line 7.
    #expect(r.stdout.contains("rejected line 6"), "\(r.stdout)")
    #expect(r.stdout.contains("lots"))
    #expect(r.stdout.contains("rejected line 7"), "\(r.stdout)")
    #expect(r.stdout.contains("Mystery Stage"))
    #expect(r.stdout.contains("deals to create: 4"))
    #expect(r.stdout.contains("nothing was written"))
  }

  @Test func importWritesAcceptedRowsOnceAndReimportChangesNothing() throws {
    let (box, file) = try prepare()
    defer { box.cleanUp() }
    let journal = box.data.appendingPathComponent("journal.jsonl")
    let linesBefore = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count
    let r = try box.run(importArgs(box, file))
    #expect(r.status == 0, "\(r.stderr)")
    let linesAfter = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count
    #expect(linesAfter == linesBefore + 1, "all accepted rows in one journal transaction")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let byExternal = Dictionary(
      uniqueKeysWithValues: ws.deals.compactMap { d in d.externalId.map { ($0, d) } })
    #expect(byExternal.keys.sorted() == ["X-1", "X-2", "X-3", "X-4"])
    let acme = try #require(byExternal["X-1"])
    #expect(acme.name == "Acme, Inc. renewal")
    #expect(acme.amount == 1_240_000, "$12,400.00 = 1 240 000 cents")
    #expect(acme.stage == "negotiation")
    #expect(ws.accounts[id: acme.accountId ?? ""]?.name == "Acme, Inc.")
    #expect(byExternal["X-2"]?.stage == "won")
    #expect(byExternal["X-2"]?.amount == 500_000)
    #expect(byExternal["X-3"]?.accountId == nil, "a missing account is taken, not rejected")
    #expect(byExternal["X-4"]?.closeDate == nil, "a missing close date is taken, not rejected")
    #expect(byExternal["X-4"]?.stage == "qualify", "a value equal to a stage name goes to it")
    #expect(ws.people.map(\.name).sorted() == ["Dana Field", "Eli Stone"], "owners created by name")
    // `check` flags the missing account and close date as warnings, not errors.
    let check = try box.run(["check", "--data", box.data.path])
    #expect(check.status == 0, "\(check.stdout + check.stderr)")
    #expect(check.stdout.contains("has no account") && check.stdout.contains("has no close date"))

    let after = try box.snapshot()
    let again = try box.run(importArgs(box, file))
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout.contains("deals to create: 0"), "\(again.stdout)")
    #expect(again.stdout.contains("deals to update: 0"), "\(again.stdout)")
    #expect(try box.snapshot() == after, "importing the same file again changed the workspace")
  }

  @Test func strictAbortsWithNothingWritten() throws {
    let (box, file) = try prepare()
    defer { box.cleanUp() }
    let before = try box.snapshot()
    let r = try box.run(importArgs(box, file, ["--strict"]))
    #expect(r.status == 65, "exit \(r.status): \(r.stderr)")
    #expect(r.stderr.contains("nothing was imported"), "\(r.stderr)")
    #expect(r.stdout.contains("rejected line 6"))
    #expect(try box.snapshot() == before, "--strict wrote something")
  }

  @Test func windows1252SemicolonExportWithEuroAmounts() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let file = box.file("europe.csv")
    try Data(Self.europeanCSV).write(to: file)
    let r = try box.run([
      "import", "deals", file.path, "--map",
      "externalId=ID,name=Name,account=Account,owner=Owner,amount=Amount,stage=Stage,closeDate=Close",
      "--data", box.data.path,
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let deal = try #require(ws.deals.first)
    #expect(deal.name == "Müller Maschinen")
    #expect(ws.people.first?.name == "Jörg Weiß")
    #expect(ws.accounts.first?.name == "Müller GmbH")
    // 12.400,00 € = twelve thousand four hundred euros = 1 240 000 cents.
    #expect(deal.amount == 1_240_000)
    #expect(deal.currency == "EUR")
    #expect(deal.stage == "proposal")
  }

  @Test func unknownColumnInMapIsAUsageError() throws {
    let (box, file) = try prepare()
    defer { box.cleanUp() }
    let r = try box.run([
      "import", "deals", file.path, "--map", "name=Deal,owner=Salesperson,amount=Value", "--data",
      box.data.path,
    ])
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains("Salesperson"))
    #expect(r.stderrLines.count == 1, "\(r.stderr)")
  }
}
