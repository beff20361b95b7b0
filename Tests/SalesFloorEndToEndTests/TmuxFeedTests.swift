import Foundation
import SalesFloorKit
import Testing

/// Issue #18's feed in two real terminals on one workspace folder: a rep's cockpit is open; a
/// manager's cockpit posts an announcement; the rep's cockpit shows it in the home ticker and the
/// Feed view without a restart, and the workspace files hold the post with the manager as author.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxFeedTests {
  @Test func aPostShowsInAnotherCockpit() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let manager = try #require(before.people.items.first { $0.name == "Elena Tanaka" })
    let rep = try #require(before.people.items.first { $0.name == "Grace Osei" })

    _ = try SalesFloorBinary.require()
    var repLine = CockpitCommandLine(sandbox: box)
    repLine.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", rep.name]
    let reader = try TmuxSession(command: repLine.shell)
    defer { reader.kill() }
    reader.waitFor(text: "Playbooks")

    var bossLine = CockpitCommandLine(sandbox: box)
    bossLine.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", manager.name]
    let writer = try TmuxSession(command: bossLine.shell)
    defer { writer.kill() }
    writer.waitFor(text: "Playbooks")

    // The manager opens the Feed view and posts: text, not pinned, no expiry.
    try writer.type("F")
    writer.waitFor(text: "entries in the last 30 days")
    try writer.type("p")
    writer.waitFor(text: "Post to the team feed")
    try writer.type("Quarter close party at 5\r")
    writer.waitFor(text: "Elena Tanaka: Quarter close party at 5")

    // The rep's cockpit picks the journal line up: the ticker shows the newest unread entry.
    reader.waitFor(text: "F: Elena Tanaka: Q", timeout: 15)  // cut to the room the bar leaves
    try reader.type("F")
    let feed = reader.waitFor("the post in the Feed view") {
      $0.contains("entries in the last 30 days") && $0.contains("• new")
        && $0.contains("Elena Tanaka: Quarter close party at 5")
    }
    #expect(!feed.contains("F: Elena Tanaka"))  // the view replaces Home: no ticker there

    // The workspace files hold the post, written by the manager.
    let after = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let post = try #require(after.posts.items.first { $0.text == "Quarter close party at 5" })
    #expect(post.authorId == manager.id)
    #expect(!post.pinned && post.expiresOn == nil)
    // Opening the feed marks it read for the rep (on the next tick), and only for the rep.
    let marked = Date().addingTimeInterval(10)
    var reads = after.feedReads
    while reads[id: rep.id] == nil && Date() < marked {
      usleep(200_000)
      reads = try WorkspaceStore(opening: box.data, readOnly: true).workspace.feedReads
    }
    #expect(reads[id: rep.id] != nil)
  }
}
