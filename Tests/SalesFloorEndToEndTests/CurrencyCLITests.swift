import Foundation
import SalesFloorKit
import Testing

/// `salesfloor currency …` through the real binary (today pinned to 2026-11-27), and the reports
/// and `check` on a workspace with foreign-currency deals.
@Suite struct CurrencyCLITests {
  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  /// An empty USD workspace with Bo, a won EUR 10,000 deal closed 2026-11-02 and an open CHF one.
  private func workspace(_ box: Sandbox) throws -> (eur: String, chf: String) {
    try box.initWorkspace()
    _ = try run(box, ["person", "add", "--name", "Bo Seller"])
    func add(_ name: String, _ amount: String) throws -> String {
      let r = try run(
        box,
        [
          "deal", "add", "--quiet", "--name", name, "--account", "Acme", "--owner", "Bo", "--amount", amount,
          "--close", "2026-12-15", "--stage", "proposal",
        ])
      try #require(r.status == 0, "\(r.stderr)")
      return try #require(r.stdoutLines.last)
    }
    let eur = try add("Euro deal", "10k EUR")
    let chf = try add("Swiss deal", "5k CHF")
    let won = try run(box, ["deal", "close", eur, "--won", "--on", "2026-11-02"])
    try #require(won.status == 0, "\(won.stderr)")
    return (eur, chf)
  }

  @Test func setListAndRemoveARate() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try workspace(box)
    let set = try run(box, ["currency", "set", "EUR", "1.08", "--from", "2026-01-01"])
    #expect(set.status == 0, "\(set.stderr)")
    #expect(set.stdout.contains("EUR from 2026-01-01: none → 1.08"))
    let again = try run(box, ["currency", "set", "eur", "1.1", "--from", "2026-01-01"])
    #expect(again.stdout.contains("EUR from 2026-01-01: 1.08 → 1.1"), "\(again.stdout)")
    _ = try run(box, ["currency", "set", "EUR", "1.2", "--from", "2026-12-01"])
    let list = try run(box, ["currency", "list"])
    // Today (2026-11-27) the 2026-01-01 row is in force, not the future one.
    let rows = list.stdoutLines.filter { $0.hasPrefix("EUR") }
    #expect(rows.count == 2)
    #expect(rows.first?.contains("1.1") == true && rows.first?.hasSuffix("*") == true, "\(list.stdout)")
    #expect(rows.last?.hasSuffix("*") == false)
    let json = try run(box, ["currency", "list", "--format", "json"])
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(parsed.first?["rate"] as? String == "1.1")
    #expect(parsed.first?["inForce"] as? Bool == true)
    let removed = try run(box, ["currency", "remove", "EUR", "--from", "2026-12-01", "--as", "Bo Seller"])
    #expect(removed.stdout.contains("EUR from 2026-12-01: 1.2 → removed"), "\(removed.stdout)")
    // Undo takes the removal back as one step.
    let undo = try run(box, ["undo", "--yes", "--as", "Bo Seller"])
    #expect(undo.status == 0, "\(undo.stderr)")
    #expect(try run(box, ["currency", "list"]).stdoutLines.filter { $0.hasPrefix("EUR") }.count == 2)
  }

  @Test func badRatesAreRefusedWithAMessage() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let before = try box.snapshot()
    for (args, message) in [
      (["USD", "1"], "USD is the workspace currency"),
      (["XYZ", "1.2"], "\"XYZ\" is not an ISO 4217 currency code"),
      (["EUR", "0"], "\"0\" is not a rate"),
      (["EUR", "1.0000001"], "at most 6 decimals"),
    ] {
      let r = try run(box, ["currency", "set"] + args + ["--from", "2026-01-01"])
      #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
      #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
      #expect(!looksLikeStackTrace(r.stderr))
    }
    #expect(try box.snapshot() == before)
  }

  @Test func importNamesTheLineOfABadCellAndAsksFirst() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.initWorkspace()
    let bad = box.file("bad.csv")
    try "currency,rate,from\nEUR,1.08,2026-01-01\n\nGBP,1,27,2026-01-01\nCHF,0.9x,2026-01-01\n".write(
      to: bad, atomically: true, encoding: .utf8)
    let before = try box.snapshot()
    let r = try run(box, ["currency", "import", bad.path, "--yes"])
    #expect(r.status == 65, "\(r.stderr)")
    // Line 4 has a shifted from cell ("27"); line 5 a rate that is not a number.
    #expect(r.stderr.contains("line 4: from: \"27\" is not a date"), "\(r.stderr)")
    #expect(r.stderr.contains("line 5: rate: \"0.9x\" is not a rate"), "\(r.stderr)")
    #expect(try box.snapshot() == before)

    let good = box.file("rates.csv")
    try "Currency;Rate;From\nEUR;1.08;2026-01-01\nGBP;1.27;2026-01-01\n".write(
      to: good, atomically: true, encoding: .utf8)
    // No terminal and no --yes: the changes are shown, nothing is written.
    let asked = try run(box, ["currency", "import", good.path])
    #expect(asked.status == 64, "\(asked.stderr)")
    #expect(asked.stdout.contains("EUR from 2026-01-01: none → 1.08"))
    #expect(asked.stdout.contains("GBP from 2026-01-01: none → 1.27"))
    #expect(asked.stderr.contains("--yes"))
    #expect(try box.snapshot() == before)
    let dry = try run(box, ["currency", "import", good.path, "--dry-run"])
    #expect(dry.status == 0)
    #expect(try box.snapshot() == before)
    let applied = try run(box, ["currency", "import", good.path, "--yes"])
    #expect(applied.status == 0, "\(applied.stderr)")
    let list = try run(box, ["currency", "list", "--format", "csv"])
    #expect(list.stdout.contains("EUR,1.08,USD,2026-01-01,*\r\n"), "\(list.stdout)")
    #expect(list.stdout.contains("GBP,1.27,USD,2026-01-01,*\r\n"), "\(list.stdout)")
  }

  @Test func reportsConvertNameTheirCurrencyAndListWhatTheyLeaveOut() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (eur, chf) = try workspace(box)
    _ = try run(box, ["currency", "set", "EUR", "1.08", "--from", "2026-01-01"])
    let att = try run(box, ["report", "attainment", "--period", "2026-Q4"])
    #expect(att.status == 0, "\(att.stderr)")
    // EUR 10,000 × 1.08 = USD 10,800 won.
    #expect(att.stdoutLines.contains { $0.hasPrefix("TEAM") && $0.contains("10,800") }, "\(att.stdout)")
    #expect(att.stdout.contains("Amounts in USD"))
    let pipe = try run(box, ["report", "pipeline"])
    #expect(pipe.stdout.contains("Not counted: 1 deal in CHF (no rate) — \(chf)"), "\(pipe.stdout)")
    let json = try run(box, ["report", "pipeline", "--format", "json"])
    let p = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(p["currency"] as? String == "USD")
    #expect((p["unconverted"] as? [[String: Any]])?.first?["dealId"] as? String == chf)
    let check = try run(box, ["check"])
    #expect(check.status == 0, "warnings only: \(check.stderr)")
    #expect(check.stdout.contains("1 deal in CHF"), "\(check.stdout)")
    #expect(check.stdout.contains("salesfloor currency set CHF RATE --from 2026-11-27"), "\(check.stdout)")
    #expect(!check.stdout.contains(eur))
    // `deal show` gives a foreign deal's own amount and the converted one.
    let show = try run(box, ["deal", "show", eur])
    #expect(show.stdout.contains("amount:    EUR 10,000.00 ≈ USD 10,800.00"), "\(show.stdout)")
  }
}
