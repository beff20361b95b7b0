import Foundation
import SalesFloorKit
import Testing

/// `salesfloor post` and `salesfloor feed` through the real binary on the demo team: a manager
/// posts and pins, a rep is refused with the reason, the feed lists the post on top with its
/// link, and the JSON files hold the post.
@Suite struct CLIFeedTests {
  private func run(_ box: Sandbox, _ args: [String]) throws -> CLIResult {
    try box.run(args + ["--data", box.data.path])
  }

  private func manager(_ ws: Workspace) throws -> Person {
    try #require(ws.people.items.filter { $0.role == .manager }.sorted { $0.id < $1.id }.first)
  }

  @Test func postListFeedAndRefusal() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let boss = try manager(ws)
    let rep = try #require(ws.people.items.filter { $0.role == .rep }.sorted { $0.id < $1.id }.first)
    let deal = try #require(ws.deals.sortedById.first)

    let refused = try run(box, ["post", "Free lunch", "--as", rep.id])
    #expect(refused.status == 64)
    #expect(refused.stderr.contains("only managers and ops post to the team feed; \(rep.name) is a rep"))
    #expect(!looksLikeStackTrace(refused.stderr))

    let posted = try run(
      box,
      [
        "post", "Kickoff at 9 tomorrow", "--pin", "--expires", "2026-12-31", "--link", deal.id, "--as",
        boss.id, "--quiet",
      ])
    try #require(posted.status == 0, "post failed: \(posted.stderr)")
    let id = posted.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

    // The JSON files (after compaction or in the journal) hold the post as written.
    let after = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    #expect(
      after.posts[id: id].map { [$0.authorId, $0.text, $0.expiresOn?.iso ?? "", $0.link?.id ?? ""] }
        == [boss.id, "Kickoff at 9 tomorrow", "2026-12-31", deal.id])
    #expect(after.posts[id: id]?.pinned == true)

    let feed = try run(box, ["feed", "--format", "json", "--as", rep.id])
    try #require(feed.status == 0, "feed failed: \(feed.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(feed.stdout.utf8)) as? [[String: Any]])
    // Pinned posts come first: the demo's pinned quarter push and this one, newest first.
    #expect(rows.first?["id"] as? String == id)
    #expect(rows.first?["unread"] as? Bool == true)
    #expect(rows.contains { $0["kind"] as? String == "won" })

    let table = try run(box, ["feed", "--kind", "post", "--since", "7d"])
    #expect(table.status == 0)
    #expect(table.stdout.contains("\(boss.name): Kickoff at 9 tomorrow"))
    #expect(!table.stdout.contains(" won "))
    let bad = try run(box, ["feed", "--kind", "wins"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("kind: \"wins\" is not one of post, won, lost"))

    #expect(try run(box, ["post", "unpin", id, "--as", boss.id]).status == 0)
    let list = try run(box, ["post", "list"])
    #expect(list.stdout.contains("Kickoff at 9 tomorrow"))
    #expect(list.stdout.contains("expired"))  // the demo's offsite notice
    #expect(try run(box, ["post", "delete", id, "--as", boss.id]).status == 0)
    #expect(try WorkspaceStore(opening: box.data, readOnly: true).workspace.posts[id: id] == nil)
  }
}
