import Foundation
import SalesFloorKit
import Testing

/// Imports through the real binary (#15 item 10): `export json` → `import json` round trip,
/// `import quotas`, `territory add/edit/list/delete`, `--date-format`.
@Suite struct CLIImportExportsTests {
  func run(_ box: Sandbox, _ args: [String], data: URL? = nil) throws -> CLIResult {
    try box.run(args + ["--data", (data ?? box.data).path])
  }

  func workspace(_ dir: URL) throws -> Workspace {
    try WorkspaceStore(opening: dir, readOnly: true).workspace
  }

  /// Collection → id → record, from an `export json` file.
  func records(_ url: URL) throws -> [String: [String: NSDictionary]] {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var out: [String: [String: NSDictionary]] = [:]
    for (key, value) in object {
      guard let list = value as? [NSDictionary] else { continue }
      out[key] = Dictionary(uniqueKeysWithValues: list.map { (($0["id"] as? String) ?? "", $0) })
    }
    return out
  }

  @Test func exportJSONImportJSONRoundTrip() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let first = box.file("first.json")
    #expect(try run(box, ["export", "json", "--out", first.path]).status == 0)

    let fresh = box.file("fresh")
    #expect(try box.run(["init", "--data", fresh.path]).status == 0)
    let initOnly = box.file("init.json")
    #expect(try run(box, ["export", "json", "--out", initOnly.path], data: fresh).status == 0)
    let imported = try run(box, ["import", "json", first.path, "--yes"], data: fresh)
    #expect(imported.status == 0, "\(imported.stderr)")
    let second = box.file("second.json")
    #expect(try run(box, ["export", "json", "--out", second.path], data: fresh).status == 0)

    // Byte-equal but for what `init` put in the fresh folder and the demo does not have (import
    // json never deletes): with those starter records set aside, the two exports are the same.
    let a = try records(first)
    let b = try records(second)
    let starters = try records(initOnly)
    var extras = 0
    for (collection, items) in b {
      let extra = Set(items.keys).subtracting(a[collection].map { Array($0.keys) } ?? [])
      extras += extra.count
      #expect(
        extra.isSubset(of: starters[collection].map { Array($0.keys) } ?? []), "\(collection): \(extra)")
      #expect(items.filter { a[collection]?[$0.key] != nil } == (a[collection] ?? [:]), "\(collection)")
    }
    func settings(_ url: URL) throws -> NSDictionary? {
      (try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])?["settings"]
        as? NSDictionary
    }
    #expect(try settings(first) == settings(second))
    if extras == 0 {
      #expect(try String(contentsOf: first, encoding: .utf8) == String(contentsOf: second, encoding: .utf8))
    }

    // The same file again: every record matches by id, nothing to do.
    let again = try run(box, ["import", "json", first.path, "--dry-run"], data: fresh)
    #expect(again.stdout.contains("0 to create, 0 to update"), "\(again.stdout)")

    // Bad JSON names the file and the place; nothing is written.
    let bad = box.file("bad.json")
    try Data("{\n  \"format\": \"salesfloor-workspace\",\n  oops\n}\n".utf8).write(to: bad)
    let before = try box.snapshot()
    let refused = try run(box, ["import", "json", bad.path, "--yes"])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("bad.json") && refused.stderr.contains("line 3"), "\(refused.stderr)")
    #expect(try box.snapshot() == before)
  }

  @Test func importQuotasReplacesAsksAndIsOneTransaction() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try workspace(box.data)
    let q = try #require(ws.quotas.sortedById.first { $0.personId != nil })
    let person = try #require(ws.people[id: q.personId ?? ""])
    let csv = box.file("quotas.csv")
    try Data(
      """
      person,period,amount,currency
      \(person.name),\(q.period),123456,\(q.currency)
      \(person.id),2031-Q1,1000,\(q.currency)
      Nobody At All,2031-Q1,5,\(q.currency)

      """.utf8
    ).write(to: csv)
    let before = try box.snapshot()
    let asked = try run(box, ["import", "quotas", csv.path, "--as", person.id])
    #expect(asked.status == 64, "\(asked.stderr)")
    #expect(asked.stderr.contains("--yes"))
    #expect(asked.stdout.contains("quotas to replace: 1"))
    #expect(asked.stdout.contains("quota \(person.name) \(q.period): "))
    #expect(asked.stdout.contains("→ 123456.00 \(q.currency)"))
    #expect(asked.stdout.contains("rejected line 4"))
    #expect(try box.snapshot() == before)

    let done = try run(box, ["import", "quotas", csv.path, "--yes", "--as", person.id])
    #expect(done.status == 0, "\(done.stderr)")
    let after = try workspace(box.data)
    let same = after.quotas.filter { $0.personId == person.id && $0.period == q.period }
    #expect(same.count == 1)
    #expect(same.first?.amount == 12_345_600)  // 123,456.00 in minor units
    #expect(after.quotas.contains { $0.personId == person.id && $0.period == "2031-Q1" })
  }

  @Test func territoryAddEditListDelete() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try workspace(box.data)
    let owner = try #require(ws.people.sortedById.first { $0.role == .manager })
    let add = try run(
      box,
      [
        "territory", "add", "Nordics", "--owner", owner.name, "--countries", "SE,NO", "--segments",
        "enterprise",
      ])
    #expect(add.status == 0, "\(add.stderr)")
    let unknown = try run(box, ["territory", "add", "Elsewhere", "--segments", "huge"])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("unknown segment \"huge\""), "\(unknown.stderr)")
    let noOwner = try run(box, ["territory", "add", "Elsewhere", "--owner", "Nobody At All"])
    #expect(noOwner.status != 0)
    #expect(noOwner.stderr.contains("Nobody At All"))
    #expect(try run(box, ["territory", "edit", "Nordics", "--countries", "SE,NO,FI"]).status == 0)
    let list = try run(box, ["territory", "list"])
    #expect(list.stdout.contains("Nordics") && list.stdout.contains("country SE,NO,FI; segment enterprise"))

    let used = try #require(
      ws.territories.sortedById.first { t in ws.accounts.contains { $0.territoryId == t.id } })
    let count = ws.accounts.filter { $0.territoryId == used.id }.count
    let refused = try run(box, ["territory", "delete", used.id])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("\(count) accounts"), "\(refused.stderr)")
    #expect(try run(box, ["territory", "delete", "Nordics"]).status == 0)
    #expect(try workspace(box.data).territories.first { $0.name == "Nordics" } == nil)
  }

  @Test func anAmbiguousDateColumnAsksForDateFormat() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let csv = box.file("deals.csv")
    try Data("name,owner,amount,closeDate\nA,Ana Rep,1,04/03/2027\nB,Ana Rep,1,05/06/2027\n".utf8).write(
      to: csv)
    let refused = try run(box, ["import", "deals", csv.path])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("--date-format"), "\(refused.stderr)")
    let ok = try run(box, ["import", "deals", csv.path, "--date-format", "dmy"])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(try workspace(box.data).deals.items.first { $0.name == "B" }?.closeDate?.iso == "2027-06-05")
  }
}
