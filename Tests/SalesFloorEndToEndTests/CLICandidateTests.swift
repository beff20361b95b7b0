import Foundation
import SalesFloorKit
import Testing

/// Hiring through the real binary (#18 item 3): add, move, score, hire (asks, `--yes`), the new
/// person in `report ramp`, `undo`, and `report hiring` on the demo's history.
@Suite struct CLICandidateTests {
  func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  @Test func addMoveScoreHireUndo() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try workspace(box)
    let manager = try #require(ws.people.sortedById.first { $0.role == .manager })
    let plan = try #require(ws.rampPlans.sortedById.first)

    let add = try run(
      box, ["candidate", "add", "Noor Haddad", "--source", "job-board", "--manager", manager.name, "--quiet"])
    #expect(add.status == 0, "\(add.stderr)")
    let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let badSource = try run(box, ["candidate", "add", "X", "--source", "billboard"])
    #expect(badSource.status == 64)
    #expect(
      badSource.stderr.contains("not a source (one of referral, agency, job board"), "\(badSource.stderr)")

    #expect(try run(box, ["candidate", "move", "Noor Haddad", "--to", "interviewed"]).status == 0)
    let back = try run(box, ["candidate", "move", "Noor Haddad", "--to", "screened"])
    #expect(back.status == 64)
    #expect(back.stderr.contains("cannot go back from interviewed to screened"), "\(back.stderr)")
    let early = try run(box, ["candidate", "hire", "Noor Haddad", "--start", "2026-12-14", "--yes"])
    #expect(early.status == 64)
    #expect(early.stderr.contains("only a candidate holding an offer can be hired"), "\(early.stderr)")

    let score = try run(
      box,
      [
        "candidate", "score", "Noor Haddad", "--interviewer", manager.name, "--discovery", "4",
        "--resilience",
        "3", "--recommend", "hire", "--note", "sharp on pricing",
      ])
    #expect(score.status == 0, "\(score.stderr)")
    let five = try run(
      box,
      [
        "candidate", "score", "Noor Haddad", "--interviewer", manager.name, "--discovery", "5", "--recommend",
        "hire",
      ])
    #expect(five.status == 64)
    #expect(five.stderr.contains("discovery: 5 is not a score from 1 to 4"), "\(five.stderr)")
    #expect(try run(box, ["candidate", "move", id, "--to", "offer"]).status == 0)

    let show = try run(box, ["candidate", "show", "Noor Haddad"])
    #expect(show.stdout.contains("stage: offer since 2026-"), "\(show.stdout)")
    #expect(show.stdout.contains("discovery 4, resilience 3 — hire"), "\(show.stdout)")
    let list = try run(box, ["candidate", "list", "--stage", "offer", "--format", "csv"])
    #expect(list.stdout.contains("Noor Haddad,rep,job board,offer"), "\(list.stdout)")

    // Without a terminal the hire needs --yes, and nothing changes.
    let asked = try run(
      box, ["candidate", "hire", "Noor Haddad", "--start", "2026-12-14", "--ramp", plan.name])
    #expect(asked.status == 64)
    #expect(
      asked.stdout.contains("person Noor Haddad (rep), starts 2026-12-14, reports to \(manager.name)"),
      "\(asked.stdout)")
    #expect(try workspace(box).people.first { $0.name == "Noor Haddad" } == nil)

    let hire = try run(
      box,
      [
        "candidate", "hire", "Noor Haddad", "--start", "2026-12-14", "--ramp", plan.name, "--yes", "--as",
        manager.id,
      ])
    #expect(hire.status == 0, "\(hire.stderr)")
    #expect(hire.stdout.contains("hired Noor Haddad (starts 2026-12-14)"), "\(hire.stdout)")
    let after = try workspace(box)
    let person = try #require(after.people.first { $0.name == "Noor Haddad" })
    #expect(person.role == .rep)
    #expect(person.managerId == manager.id)
    #expect(person.hireDate == Day(iso: "2026-12-14"))
    #expect(person.rampPlanId == plan.id)
    #expect(after.candidates[id: id]?.personId == person.id)
    #expect(after.candidates[id: id]?.stage == .hired)
    let ramp = try run(box, ["report", "ramp", "--as-of", "2026-12-20", "--format", "csv"])
    #expect(ramp.stdout.contains("Noor Haddad,2026-12-14"), "\(ramp.stdout)")

    let undo = try run(box, ["undo", "--yes", "--as", manager.id])
    #expect(undo.status == 0, "\(undo.stderr)")
    let undone = try workspace(box)
    #expect(undone.people.first { $0.name == "Noor Haddad" } == nil)
    #expect(undone.candidates[id: id]?.stage == .offer)
    #expect(undone.candidates[id: id]?.personId == nil)
  }

  @Test func hiringReportOnTheDemo() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try workspace(box)
    #expect(ws.candidates.filter { $0.stage == .hired }.count >= 30)
    let table = try run(box, ["report", "hiring"])
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stdout.contains("MEDIAN DAYS"), "\(table.stdout)")
    #expect(table.stdout.contains("referral"))
    #expect(table.stdout.contains("BY INTERVIEW SCORE"))
    let json = try run(box, ["report", "hiring", "--format", "json"])
    let report = try JSONDecoder().decode(HiringReport.self, from: Data(json.stdout.utf8))
    // The JSON total is the stored candidates, every one of them.
    #expect(report.total.candidates == ws.candidates.count)
    #expect(report.total.hires == ws.candidates.filter { $0.stage == .hired }.count)
    let csv = try run(box, ["report", "hiring", "--format", "csv"])
    #expect(csv.stdout.hasPrefix("SECTION,GROUP,CANDIDATES"), "\(csv.stdout)")
    let bad = try run(box, ["report", "hiring", "--from", "someday"])
    #expect(bad.status == 64)
  }
}
