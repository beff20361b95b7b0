import Foundation
import Testing

/// The cockpit in a real terminal logs its start, the store's open and its exit to the log file,
/// and nothing of it reaches the screen.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxLogTests {
  @Test func theCockpitLogsStartOpenAndExit() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--log-level", "debug", "--data", box.data.path, "--as-of", Sandbox.today]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let url = box.root.appendingPathComponent("state/salesfloor/salesfloor.log")
    let log = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    let started = log.firstIndex { $0.hasSuffix(" info salesfloor.cockpit: cockpit started") }
    let opened = log.lastIndex { $0.contains(" info salesfloor.store: opened \(box.data.path): ") }
    let exited = log.firstIndex { $0.hasSuffix(" info salesfloor.cockpit: cockpit exited") }
    #expect(started != nil && opened != nil && exited != nil, "\(log)")
    if let started, let opened, let exited { #expect(started < opened && opened < exited) }
  }
}
