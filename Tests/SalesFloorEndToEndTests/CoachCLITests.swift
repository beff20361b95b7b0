import Foundation
import SalesFloorKit
import Testing

/// A manager works the coaching queue from the shell: signals become items, get commitments and
/// notes, or are dismissed and snoozed with the reason kept.
@Suite("Coach CLI")
struct CoachCLITests {
  func coaching(_ box: Sandbox) throws -> [String: Any] {
    let r = try box.run(["report", "coaching", "--data", box.data.path, "--format", "json"])
    try #require(r.status == 0, "\(r.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
  }

  func newSignals(_ box: Sandbox) throws -> [String] {
    let signals = try #require(try coaching(box)["signals"] as? [[String: Any]])
    return signals.filter { ($0["handling"] as? String) == "new" }.compactMap { $0["id"] as? String }
  }

  @Test func acceptCommitNoteDismissSnooze() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let signals = try newSignals(box)
    try #require(signals.count >= 3, "the demo raises several new signals")

    // accept → a stored item, and the signal now reads as covered by it
    let accept = try box.run(["coach", "accept", signals[0], "--data", box.data.path, "--due", "+5d"])
    #expect(accept.status == 0, "\(accept.stderr)")
    let itemId = try #require(
      accept.stdout.split(separator: " ").dropFirst().first.map { String($0.dropLast()) })
    let store = try WorkspaceStore(opening: box.data)
    let item = try #require(store.workspace.coaching[id: itemId])
    #expect(item.status == .open)
    #expect(item.dueDate == Day(iso: "2026-12-02"))
    #expect(!(try newSignals(box)).contains(signals[0]))

    // a checked commitment and notes
    let dealId = try #require(
      item.dealIds.first ?? store.workspace.deals.items.first { $0.ownerId == item.personId }?.id)
    let commit = try box.run([
      "coach", "commit", itemId, "--data", box.data.path, "--text", "Next step on the deal by Friday",
      "--check", "nextStepSet", "--deal", dealId, "--by", "fri",
    ])
    #expect(commit.status == 0, "\(commit.stderr)")
    #expect(
      try box.run(["coach", "note", itemId, "--data", box.data.path, "--text", "Walked the deal"]).status == 0
    )
    let after = try WorkspaceStore(opening: box.data).workspace.coaching[id: itemId]
    #expect(after?.commitments.last?.check == .nextStepSet)
    #expect(after?.commitments.last?.by == Day(iso: "2026-12-04"))
    #expect(after?.notes.last?.text == "Walked the deal")
    #expect(after?.status == .inProgress)

    // dismiss and snooze other signals: the reason is kept and the signal is quiet
    let dismiss = try box.run([
      "coach", "dismiss", signals[1], "--data", box.data.path, "--reason", "known, on leave",
    ])
    #expect(dismiss.status == 0, "\(dismiss.stderr)")
    let snooze = try box.run([
      "coach", "snooze", signals[2], "--data", box.data.path, "--until", "+14d", "--reason", "after QBR",
    ])
    #expect(snooze.status == 0, "\(snooze.stderr)")
    let ws = try WorkspaceStore(opening: box.data).workspace
    #expect(ws.coaching.contains { $0.status == .dismissed && $0.statusReason == "known, on leave" })
    #expect(ws.coaching.contains { $0.status == .snoozed && $0.snoozedUntil == Day(iso: "2026-12-11") })
    let remaining = try newSignals(box)
    #expect(!remaining.contains(signals[1]) && !remaining.contains(signals[2]))
  }

  @Test func unknownIdsAndMissingDealAreUsageErrors() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let r = try box.run(["coach", "accept", "nope:p-999", "--data", box.data.path])
    #expect(r.status == 64)
    #expect(r.stderr.contains("nope:p-999"))
    let item = try #require(try WorkspaceStore(opening: box.data).workspace.coaching.items.first)
    let c = try box.run([
      "coach", "commit", item.id, "--data", box.data.path, "--text", "x", "--check", "nextStepSet",
    ])
    #expect(c.status == 64)
    #expect(c.stderr.contains("--deal"))
  }
}
