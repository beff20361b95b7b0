import Foundation
import SalesFloorKit
import Testing

/// `salesfloor goal …`, `activity add|update --minutes` and `report activity` through the real
/// binary, checked in the workspace files and in the three output formats.
@Suite struct CLIGoalTests {
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  /// Ana manages Bo and Bea (people added through the CLI).
  private func team(_ box: Sandbox) throws {
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Ana Manager", "--role", "manager"])
    try ok(box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager"])
    try ok(box, ["person", "add", "--name", "Bea Seller", "--manager", "Ana Manager"])
  }

  @Test func setListDeleteGoalsAndLogMinutes() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try team(box)
    let set = try ok(
      box,
      [
        "goal", "set", "--person", "Bo", "--kind", "calls", "--weekly", "10", "--minutes", "200", "--from",
        "2026-11-23",
      ])
    #expect(set.hasSuffix("goal Bo Seller: 10 calls a week, 200 min from 2026-11-23\n"))
    try ok(
      box, ["goal", "set", "--team", "Ana", "--kind", "meeting", "--monthly", "8", "--from", "2026-11-01"])
    // Friday 2026-11-27 (SALESFLOOR_TODAY): two calls logged now, 25 and 35 minutes.
    try ok(
      box,
      [
        "activity", "add", "--kind", "call", "--subject", "Call A", "--owner", "Bo", "--done", "--minutes",
        "25",
      ])
    let id = try ok(
      box, ["activity", "add", "--kind", "call", "--subject", "Call B", "--owner", "Bo", "--done", "--quiet"]
    )
    .trimmingCharacters(in: .whitespacesAndNewlines)
    try ok(box, ["activity", "update", id, "--minutes", "35"])
    var ws = try workspace(box)
    #expect(ws.activities[id: id]?.durationMinutes == 35)
    #expect(ws.activityGoals.count == 2)
    let bo = try #require(ws.people.items.first { $0.name == "Bo Seller" })
    #expect(
      ws.activityGoals.items.contains {
        $0.personId == bo.id && $0.targetCount == 10 && $0.targetMinutes == 200
      })

    let bad = try box.run([
      "activity", "add", "--kind", "call", "--subject", "X", "--owner", "Bo", "--minutes", "0", "--data",
      box.data.path,
    ])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("minutes: 0 is not 1–1440"))
    let badGoal = try box.run([
      "goal", "set", "--person", "Bo", "--kind", "lunch", "--weekly", "3", "--data", box.data.path,
    ])
    #expect(badGoal.status == 64)
    #expect(badGoal.stderr.contains("\"lunch\" is not an activity kind"))

    let list = try ok(box, ["goal", "list", "--format", "json"])
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
    let calls = try #require(rows.first { ($0["kind"] as? String) == "call" })
    #expect(calls["done"] as? Int == 2)
    #expect(calls["minutes"] as? Int == 60)  // 25 + 35
    #expect(calls["expected"] as? Int == 7)  // 10 × 5 ÷ 7 = 7.14 → 7 (Friday, day 5 of 7)
    #expect(calls["status"] as? String == "behind")
    let table = try ok(box, ["goal", "list"])
    #expect(table.contains("2/10"))
    #expect(table.contains("behind pace"))

    let goalId = try #require(calls["id"] as? String)
    try ok(box, ["goal", "delete", goalId, "--as", "Ana Manager"])
    ws = try workspace(box)
    #expect(ws.activityGoals[id: goalId] == nil)
    try ok(box, ["undo", "--as", "Ana Manager", "--yes"])
    #expect(try workspace(box).activityGoals[id: goalId] != nil)
  }

  @Test func reportActivityInThreeFormats() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try team(box)
    try ok(box, ["goal", "set", "--person", "Bo", "--kind", "call", "--weekly", "4", "--from", "2026-11-01"])
    try ok(
      box,
      [
        "activity", "add", "--kind", "call", "--subject", "Call A", "--owner", "Bo", "--done", "--minutes",
        "30",
      ])
    // Bo's week Mon 11-23 … Sun 11-29: 1 call of 4 (25 %), 30 minutes, on no deal: no share.
    let json = try ok(box, ["report", "activity", "--format", "json"])
    let r = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(r["from"] as? String == "2026-11-23")
    #expect(r["to"] as? String == "2026-11-29")
    let people = try #require(r["people"] as? [[String: Any]])
    #expect(people.count == 1)
    #expect(people.first?["count"] as? Int == 1)
    #expect(people.first?["goal"] as? Double == 4)
    #expect(people.first?["goalRatio"] as? Double == 0.25)
    #expect(people.first?["minutes"] as? Int == 30)
    #expect(people.first?["wonShare"] is NSNull)
    let csv = try ok(box, ["report", "activity", "--format", "csv"])
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines.first == "NAME,KIND,COUNT,GOAL,OF GOAL,MINUTES,WON MIN,CLOSED MIN,WON SHARE")
    #expect(lines.contains("Bo Seller,call,1,4,25%,30,0,0,'-"))
    let table = try ok(box, ["report", "activity", "--from", "2026-11-01", "--to", "2026-11-30"])
    // November under a weekly 4: 4 × 30 ÷ 7 = 17.1; 1 ÷ 17.14 = 6 %.
    #expect(table.contains("17.1"))
    #expect(table.contains("6%"))
    #expect(table.contains("2026-11-01 to 2026-11-30"))
    let both = try box.run(["report", "activity", "--from", "2026-11-01", "--data", box.data.path])
    #expect(both.status == 64)
  }
}
