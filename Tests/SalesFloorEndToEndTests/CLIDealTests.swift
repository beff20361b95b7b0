import Foundation
import SalesFloorKit
import Testing

/// The record commands (people, deals, quotas, activities) through the real binary, checked in the
/// workspace files the way a user scripting with jq would see them. Today is pinned to 2026-11-27.
@Suite struct CLIDealTests {
  private func workspace(_ box: Sandbox) throws -> Workspace {
    try WorkspaceStore(opening: box.data, readOnly: true).workspace
  }

  /// Runs a command that must succeed and returns its stdout.
  @discardableResult
  private func ok(_ box: Sandbox, _ args: [String]) throws -> String {
    let r = try box.run(args + ["--data", box.data.path])
    try #require(r.status == 0, "salesfloor \(args.joined(separator: " ")) exited \(r.status): \(r.stderr)")
    return r.stdout
  }

  private func newId(_ box: Sandbox, _ args: [String]) throws -> String {
    try #require(try ok(box, args + ["--quiet"]).split(separator: "\n").last.map(String.init))
  }

  /// A workspace with a manager (Ana) and a rep reporting to her (Bo).
  private func team(_ box: Sandbox) throws -> (ana: String, bo: String) {
    try box.initWorkspace()
    let ana = try newId(
      box, ["person", "add", "--name", "Ana Manager", "--role", "manager", "--team", "East"])
    let bo = try newId(
      box, ["person", "add", "--name", "Bo Seller", "--manager", "Ana Manager", "--team", "East"])
    return (ana, bo)
  }

  @Test func peopleAddAndList() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (ana, bo) = try team(box)
    let json = try ok(box, ["person", "list", "--format", "json"])
    let people = try JSONDecoder().decode([Person].self, from: Data(json.utf8))
    #expect(people.map(\.name).sorted() == ["Ana Manager", "Bo Seller"])
    #expect(people.first { $0.id == bo }?.managerId == ana)
    #expect(people.first { $0.id == ana }?.role == .manager)
    let table = try ok(box, ["person", "list"])
    #expect(table.contains("Bo Seller") && table.contains("Ana Manager"))
  }

  @Test func dealAddAcceptsWhatPeopleType() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (_, bo) = try team(box)
    let a = try newId(
      box,
      [
        "deal", "add", "--name", "Acme", "--account", "Acme Corp", "--owner", "Bo", "--amount", "12k",
        "--close",
        "+14d",
      ])
    let b = try newId(
      box,
      [
        "deal", "add", "--name", "Globex", "--account", "Globex", "--owner", bo, "--amount", "1.2m",
        "--close",
        "eom", "--stage", "Proposal",
      ])
    let c = try newId(
      box,
      ["deal", "add", "--name", "Initech", "--owner", "Bo Seller", "--amount", "12,400.50", "--close", "eoq"])
    let ws = try workspace(box)
    let deals = [a, b, c].compactMap { ws.deals[id: $0] }
    try #require(deals.count == 3)
    // 12k = 12 000.00 → 1 200 000 minor units; 1.2m → 120 000 000; 12,400.50 → 1 240 050.
    #expect(deals.map(\.amount) == [1_200_000, 120_000_000, 1_240_050])
    // 2026-11-27 + 14 days = 2026-12-11; end of month = 11-30; end of (calendar fiscal) Q4 = 12-31.
    #expect(deals.map { $0.closeDate?.iso } == ["2026-12-11", "2026-11-30", "2026-12-31"])
    #expect(deals.map(\.stage) == ["prospect", "proposal", "prospect"])
    #expect(deals.allSatisfy { $0.ownerId == bo && $0.currency == "USD" })
    #expect(ws.accounts.map(\.name).sorted() == ["Acme Corp", "Globex"])
    #expect(deals[2].accountId == nil)
    // Each new deal starts its history with a `created` entry.
    #expect(deals.allSatisfy { $0.history.first?.field == .created })
  }

  @Test func dealListAsJSONAndCSV() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try team(box)
    try ok(
      box, ["deal", "add", "--name", "Big, Inc.", "--owner", "Bo", "--amount", "1.2m", "--close", "eom"])
    try ok(box, ["deal", "add", "--name", "Small", "--owner", "Bo", "--amount", "950", "--close", "+1d"])

    let json = try ok(box, ["deal", "list", "--format", "json"])
    let listed = try JSONDecoder().decode([Deal].self, from: Data(json.utf8))
    #expect(listed.map(\.name) == ["Small", "Big, Inc."], "sorted by close date: 11-28 before 11-30")
    let raw = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    for key in ["id", "name", "ownerId", "amount", "currency", "stage", "closeDate", "createdAt", "history"] {
      #expect(raw.allSatisfy { $0[key] != nil }, "deal key \(key) missing")
    }

    let csv = try ok(box, ["deal", "list", "--format", "csv"])
    let lines = csv.split(separator: "\r\n").map(String.init)
    try #require(lines.count == 3, "a header and two rows: \(csv)")
    let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    let amountAt = try #require(header.firstIndex(of: "AMOUNT"))
    #expect(header.contains("CURRENCY"))
    #expect(header.contains("NAME") && header.contains("CLOSE"))
    // The comma in the name is quoted; the amount has no thousands separator.
    let big = try #require(lines.first { $0.contains("\"Big, Inc.\"") })
    #expect(!big.contains("1,200,000"))
    let small = try #require(lines.first { $0.contains("Small") })
    let smallCells = small.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    #expect(smallCells[amountAt].hasPrefix("950"))
    #expect(smallCells.contains("USD"))
  }

  @Test func moveUpdateCloseAndDeleteAreRecordedInHistory() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try team(box)
    let d1 = try newId(
      box, ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "10k", "--close", "2026-12-15"])
    let d2 = try newId(
      box, ["deal", "add", "--name", "Globex", "--owner", "Bo", "--amount", "20k", "--close", "2026-12-20"])
    let d3 = try newId(
      box, ["deal", "add", "--name", "Initech", "--owner", "Bo", "--amount", "30k", "--close", "2026-12-31"])

    try ok(box, ["deal", "move", d1, "discovery"])
    try ok(
      box, ["deal", "update", d1, "--amount", "15k", "--close", "2027-01-15", "--next-step", "Call CFO"])
    try ok(box, ["deal", "close", d1, "--won"])
    try ok(box, ["deal", "close", d2, "--lost", "--reason", "price"])
    let deleted = try ok(box, ["deal", "delete", d3])
    #expect(deleted.contains(d3))

    let ws = try workspace(box)
    #expect(ws.deals[id: d3] == nil)
    let won = try #require(ws.deals[id: d1])
    #expect(won.stage == "won")
    #expect(won.amount == 1_500_000)
    #expect(won.nextStep == "Call CFO")
    #expect(won.closeDate?.iso == Sandbox.today, "closing sets the close day to today")
    let stageMoves = won.history.filter { $0.field == .stage }.map { "\($0.from ?? "")→\($0.to ?? "")" }
    #expect(stageMoves == ["prospect→discovery", "discovery→won"])
    #expect(won.history.contains { $0.field == .amount && $0.from == "1000000" && $0.to == "1500000" })
    #expect(
      won.history.contains { $0.field == .closeDate && $0.from == "2026-12-15" && $0.to == "2027-01-15" })
    let lost = try #require(ws.deals[id: d2])
    #expect(lost.stage == "lost")
    #expect(lost.lostReason == "price")

    let show = try ok(box, ["deal", "show", d1])
    #expect(show.contains("history:") && show.contains("discovery"))
  }

  @Test func quotasSetAndList() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    let (_, bo) = try team(box)
    try ok(box, ["quota", "set", "--person", "Bo", "--period", "2026-Q4", "--amount", "120k"])
    try ok(box, ["quota", "set", "--team", "East", "--period", "2026-Q4", "--amount", "1m"])
    // Setting it again replaces, not duplicates.
    try ok(box, ["quota", "set", "--person", "Bo", "--period", "2026-Q4", "--amount", "150k"])
    let json = try ok(box, ["quota", "list", "--format", "json", "--period", "2026-Q4"])
    let quotas = try JSONDecoder().decode([Quota].self, from: Data(json.utf8))
    #expect(quotas.count == 2)
    #expect(quotas.first { $0.personId == bo }?.amount == 15_000_000)
    #expect(quotas.first { $0.team == "East" }?.amount == 100_000_000)
    let table = try ok(box, ["quota", "list"])
    #expect(table.contains("Bo Seller") && table.contains("team East"))
  }

  @Test func activitiesAddListAndDone() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    _ = try team(box)
    let deal = try newId(
      box, ["deal", "add", "--name", "Acme", "--owner", "Bo", "--amount", "10k", "--close", "eom"])
    let call = try newId(
      box,
      [
        "activity", "add", "--kind", "call", "--subject", "Discovery call", "--owner", "Bo", "--deal", deal,
        "--due", "+2d",
      ])
    try ok(box, ["activity", "add", "--kind", "email", "--subject", "Sent deck", "--owner", "Bo"])

    let open = try JSONDecoder().decode(
      [Activity].self, from: Data(try ok(box, ["activity", "list", "--open", "--format", "json"]).utf8))
    #expect(open.map(\.id) == [call], "an activity without a due date is logged as done")
    #expect(open.first?.dueDate?.iso == "2026-11-29")
    #expect(open.first?.dealId == deal)

    try ok(box, ["activity", "done", call])
    let stillOpen = try JSONDecoder().decode(
      [Activity].self, from: Data(try ok(box, ["activity", "list", "--open", "--format", "json"]).utf8))
    #expect(stillOpen.isEmpty)
    let all = try workspace(box).activities
    #expect(all.count == 2)
    #expect(all[id: call]?.doneAt?.day.iso == Sandbox.today)
  }
}
