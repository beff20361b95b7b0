import Foundation
import SalesFloorKit
import Testing

/// `salesfloor report hygiene` through the real binary (#17 item 5), in each format, against the
/// Kit's report on the same workspace (whose numbers `HygieneTests` checks by hand).
@Suite struct CLIHygieneTests {
  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(["report", "hygiene"] + args + ["--data", box.data.path])
  }

  func expected(_ box: Sandbox, weeks: Int = 8) throws -> HygieneReport {
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    return Reports.hygiene(
      ws, scope: .everyone, asOf: Day(iso: Sandbox.today) ?? Day(ordinal: 0), weeks: weeks)
  }

  @Test func tableCSVAndJSON() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let want = try expected(box, weeks: 4)
    try #require(!want.rows.isEmpty)

    let table = try run(box, ["--weeks", "4"])
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("REP") == true)
    #expect(lines.first?.contains("SCORE") == true && lines.first?.contains("NONEXT") == true)
    for row in want.rows {
      let line = try #require(lines.first { $0.hasPrefix(row.name + " ") }, "\(row.name) in \(table.stdout)")
      let trend = row.trend.map(String.init).joined(separator: " ")
      #expect(line.hasSuffix(trend), "\(line) ends with \(trend)")
      let open = row.score[.noNextStep]?.denominator ?? 0
      #expect(line.contains("\(row.score[.noNextStep]?.count ?? 0)/\(open)") || open == 0, "\(line)")
    }
    #expect(table.stdout.contains("Trend: weeks ending"))

    let csv = try run(box, ["--weeks", "4", "--format", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let rows = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(rows.first == "REP,SCORE,NONEXT,PASTCLOSE,IDLE,NOCONTACT,ACTIVITY,FIELDS,TREND")
    #expect(rows.count == want.rows.count + 1)
    let first = try #require(want.rows.first)
    #expect(rows.dropFirst().first?.hasPrefix("\(first.name),\(first.score.score),") == true, "\(rows)")

    let json = try run(box, ["--weeks", "4", "--format", "json"])
    #expect(json.status == 0, "\(json.stderr)")
    let got = try JSONDecoder().decode(HygieneReport.self, from: Data(json.stdout.utf8))
    #expect(got.rows.map(\.name) == want.rows.map(\.name))
    #expect(got.rows.map(\.score.score) == want.rows.map(\.score.score))
    #expect(got.rows.map(\.trend) == want.rows.map(\.trend))
    #expect(got.weekEnds.count == 4)
    #expect(got.rows.allSatisfy { $0.fixes.count <= 3 })
  }

  @Test func personListsEveryFix() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let want = try expected(box)
    let row = try #require(want.rows.first { $0.score.score < 100 })
    let all = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let full = Reports.hygiene(
      all, scope: .everyone, asOf: Day(iso: Sandbox.today) ?? Day(ordinal: 0), personId: row.personId,
      fixLimit: nil)
    let fixes = try #require(full.rows.first?.fixes)
    #expect(fixes.count > 3)

    let table = try run(box, ["--person", row.name])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("To fix (\(fixes.count)), most points first:"), "\(table.stdout)")
    #expect(table.stdout.contains(fixes[0].dealId ?? "?"))

    let csv = try run(box, ["--person", row.personId, "--format", "csv"])
    #expect(csv.status == 0, "\(csv.stderr)")
    let lines = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(lines.first == "DEAL,NAME,PART,ACTION,GAIN")
    #expect(lines.count == fixes.count + 1)
    #expect(lines.dropFirst().first?.hasPrefix("\(fixes[0].dealId ?? ""),") == true)

    let json = try run(box, ["--person", row.name, "--format", "json"])
    let got = try JSONDecoder().decode(HygieneReport.self, from: Data(json.stdout.utf8))
    #expect(got.rows.count == 1)
    #expect(got.rows.first?.fixes.count == fixes.count)
  }

  @Test func badInputIsAClearMessage() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let weeks = try run(box, ["--weeks", "0"])
    #expect(weeks.status == 64)
    #expect(weeks.stderr.contains("--weeks: give 1 to 52, got 0"), "\(weeks.stderr)")
    let nobody = try run(box, ["--person", "Nobody Atall"])
    #expect(nobody.status != 0)
    #expect(!looksLikeStackTrace(nobody.stderr))
    #expect(nobody.stderr.contains("Nobody Atall"), "\(nobody.stderr)")
  }
}
