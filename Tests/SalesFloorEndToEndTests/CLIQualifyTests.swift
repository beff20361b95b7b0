import Foundation
import SalesFloorKit
import Testing

/// `deal check|uncheck`, `deal qualify`, `deal update --persona/--competitor` and `deal show`
/// through the real binary, checked in the workspace files.
@Suite struct CLIQualifyTests {
  private func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  /// A fresh workspace (starter plays) with rep Bo and one Qualify deal; returns the deal id.
  private func dealInQualify(_ box: Sandbox) throws -> String {
    try box.initWorkspace()
    try ok(box, ["person", "add", "--name", "Bo Seller"])
    let out = try ok(
      box,
      [
        "deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "12k", "--close", "+14d", "--stage",
        "qualify", "--quiet",
      ])
    return try #require(out.split(separator: "\n").last.map(String.init))
  }

  @Test func checkAndUncheckCriteriaAndSteps() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let id = try dealInQualify(box)
    let said = try ok(box, ["deal", "check", id, "--criterion", "Budget confirmed", "--as", "Bo"])
    #expect(said.contains("ticked \"Budget confirmed\" on Acme"))
    try ok(box, ["deal", "check", id, "--criterion", "4", "--as", "Bo"])
    try ok(box, ["deal", "check", id, "--step", "play-meddpicc-qualification:2", "--as", "Bo"])
    var d = try #require(try workspace(box).deals[id: id])
    #expect(d.playProgress["stage:qualify"] == [0, 3])
    #expect(d.playProgress["play-meddpicc-qualification"] == [1])
    let bo = try #require(try workspace(box).people.items.first { $0.name == "Bo Seller" })
    #expect(d.tick(of: "stage:qualify", index: 0)?.by == bo.id)
    try ok(box, ["deal", "uncheck", id, "--criterion", "1"])
    d = try #require(try workspace(box).deals[id: id])
    #expect(d.playProgress["stage:qualify"] == [3])
    let show = try ok(box, ["deal", "show", id])
    #expect(show.contains("exit criteria (Qualify):"))
    #expect(show.contains("  [ ] 1. Budget confirmed"))
    #expect(show.contains("  [x] 4. Timeline set  (Bo Seller "))
    #expect(show.contains("  [x] 2. Write the metrics in the buyer's words"))
  }

  @Test func unknownItemsAreUsageErrorsListingTheValidOnes() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let id = try dealInQualify(box)
    let before = try box.snapshot()
    let crit = try box.run(["deal", "check", id, "--criterion", "Signed", "--data", box.data.path])
    #expect(crit.status == 64)
    #expect(
      crit.stderr.contains("1. Budget confirmed; 2. Authority identified; 3. Need confirmed; 4. Timeline set")
    )
    let play = try box.run(["deal", "check", id, "--step", "nope:1", "--data", box.data.path])
    #expect(
      play.status == 64 && play.stderr.contains("no play \"nope\"")
        && play.stderr.contains("play-meddpicc-qualification"))
    let both = try box.run(["deal", "check", id, "--data", box.data.path])
    #expect(both.status == 64 && both.stderr.contains("exactly one of --step or --criterion"))
    let element = try box.run([
      "deal", "qualify", id, "--element", "budget", "--status", "confirmed", "--data", box.data.path,
    ])
    #expect(element.status == 64 && element.stderr.contains("metrics, economicBuyer, decisionCriteria"))
    let status = try box.run([
      "deal", "qualify", id, "--element", "champion", "--status", "green", "--data", box.data.path,
    ])
    #expect(status.status == 64 && status.stderr.contains("unknown, partial, confirmed"))
    #expect(!looksLikeStackTrace(crit.stderr + play.stderr + element.stderr + status.stderr))
    #expect(try box.snapshot() == before, "a refused command writes nothing")
  }

  @Test func qualifyPersonaCompetitorAndShow() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let id = try dealInQualify(box)
    let said = try ok(
      box, ["deal", "qualify", id, "--element", "champion", "--status", "confirmed", "--note", "Dana Ruiz"])
    #expect(said.contains("MEDDPICC 2/16"))
    try ok(box, ["deal", "qualify", id, "--element", "economic buyer", "--status", "1"])
    try ok(box, ["deal", "update", id, "--persona", "CFO", "--competitor", "Globex"])
    var d = try #require(try workspace(box).deals[id: id])
    #expect(
      d.qualification[.champion]?.note == "Dana Ruiz" && d.qualification.status(.economicBuyer) == .partial)
    #expect(d.persona == "CFO" && d.competitor == "Globex")
    let show = try ok(box, ["deal", "show", id])
    #expect(show.contains("persona:   CFO"))
    #expect(show.contains("qualification: MEDDPICC 3/16"))  // confirmed 2 + partial 1
    #expect(show.contains("  [x] champion: confirmed — Dana Ruiz"))
    #expect(show.contains("  [~] economicBuyer: partial"))
    try ok(box, ["deal", "update", id, "--competitor", ""])
    d = try #require(try workspace(box).deals[id: id])
    #expect(d.competitor == nil && d.persona == "CFO")
  }
}
