import Foundation
import SalesFloorKit
import Testing

/// `report … --format json` from the real binary: the documented keys are there, and the numbers are
/// exactly what `Reports.*` computes in-process on the same files.
@Suite struct CLIReportTests {
  /// Runs a report on the demo workspace and returns its JSON object and the bytes.
  private func report(_ box: Sandbox, _ name: String) throws -> (object: [String: Any], data: Data) {
    let r = try box.run([
      "report", name, "--format", "json", "--period", "2026-Q4", "--as-of", Sandbox.today, "--data",
      box.data.path,
    ])
    try #require(r.status == 0, "report \(name) failed: \(r.stderr)")
    let data = Data(r.stdout.utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    return (object, data)
  }

  private func inProcess(_ box: Sandbox) throws -> (Workspace, Period, Day) {
    let store = try WorkspaceStore(opening: box.data, readOnly: true)
    let ws = store.workspace
    let period = try #require(Period(parsing: "2026-Q4", fiscalStartMonth: ws.settings.fiscalYearStartMonth))
    let day = try #require(Day(iso: Sandbox.today))
    return (ws, period, day)
  }

  @Test func attainmentJSONHasTheDocumentedKeysAndTheLibraryNumbers() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (object, data) = try report(box, "attainment")
    let team = try #require(object["team"] as? [String: Any])
    for key in ["quota", "won", "attainment"] { #expect(team[key] != nil, "team.\(key) missing") }
    let people = try #require(object["people"] as? [[String: Any]])
    #expect(people.count >= 10, "the demo team has about ten reps")
    for person in people {
      for key in ["name", "quota", "won", "attainment"] {
        #expect(person[key] != nil, "people[].\(key) missing in \(person["name"] ?? "?")")
      }
    }

    let (ws, period, day) = try inProcess(box)
    let expected = Reports.attainment(ws, period: period, scope: .everyone, asOf: day)
    let printed = try JSONDecoder().decode(AttainmentReport.self, from: data)
    #expect(printed == expected)
    // Team attainment is Σ won ÷ Σ quota, in minor units, as a 0–1 ratio.
    let quota = try #require(team["quota"] as? Int)
    let won = try #require(team["won"] as? Int)
    let attainment = try #require(team["attainment"] as? Double)
    #expect(quota > 0 && won > 0)
    #expect(abs(attainment - Double(won) / Double(quota)) < 1e-9)
  }

  @Test func winRateJSONHasTheDocumentedKeysAndTheLibraryNumbers() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let (object, data) = try report(box, "winrate")
    for key in [
      "wonCount", "lostCount", "winRateByCount", "winRateByValue", "wonAmount", "averageDealSize",
      "averageCycleDays",
    ] {
      #expect(object[key] != nil, "\(key) missing")
    }
    let (ws, period, day) = try inProcess(box)
    let expected = Reports.winRate(ws, period: period, scope: .everyone, asOf: day)
    #expect(try JSONDecoder().decode(WinRateReport.self, from: data) == expected)
    // Count-based win rate = won ÷ (won + lost); average deal size = won amount ÷ won count.
    let wonCount = try #require(object["wonCount"] as? Int)
    let lostCount = try #require(object["lostCount"] as? Int)
    let winRate = try #require(object["winRateByCount"] as? Double)
    #expect(wonCount > 0 && lostCount > 0)
    #expect(abs(winRate - Double(wonCount) / Double(wonCount + lostCount)) < 1e-9)
    let wonAmount = try #require(object["wonAmount"] as? Int)
    let average = try #require(object["averageDealSize"] as? Int)
    #expect(abs(average - wonAmount / wonCount) <= 1, "rounded to the nearest minor unit")
  }

  @Test func pipelineJSONMatchesTheLibraryAndAddsUp() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let r = try box.run([
      "report", "pipeline", "--format", "json", "--as-of", Sandbox.today, "--data", box.data.path,
    ])
    try #require(r.status == 0, "\(r.stderr)")
    let data = Data(r.stdout.utf8)
    let (ws, _, day) = try inProcess(box)
    let expected = Reports.pipeline(ws, scope: .everyone, asOf: day)
    let printed = try JSONDecoder().decode(PipelineReport.self, from: data)
    #expect(printed == expected)
    // The totals are the sums of the stage rows.
    #expect(printed.totals.openCount == printed.stages.map(\.count).reduce(0, +))
    #expect(printed.totals.openAmount == printed.stages.map(\.amount).reduce(0, +))
    #expect(
      printed.stages.map(\.stage).prefix(6) == [
        "prospect", "qualify", "discovery", "demo", "proposal", "negotiation",
      ])
    // Every open stage is in the demo, so no stage row is empty.
    #expect(printed.stages.allSatisfy { $0.count > 0 })
  }

  @Test func everyReportRunsInEveryFormat() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    for name in ["attainment", "pipeline", "forecast", "winrate", "velocity", "stalled", "conversion"] {
      for format in ["table", "json", "csv"] {
        let r = try box.run(["report", name, "--format", format, "--data", box.data.path])
        #expect(r.status == 0, "report \(name) --format \(format): \(r.stderr)")
        #expect(!r.stdout.isEmpty, "report \(name) --format \(format) printed nothing")
        if format == "json" {
          #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(name): not JSON")
        }
      }
    }
  }
}
