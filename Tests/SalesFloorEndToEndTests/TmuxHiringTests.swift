import Foundation
import SalesFloorKit
import Testing

/// Hiring in a real terminal (#18 item 3): as a manager, open the Recruiting view (`R`), hire a
/// candidate at offer through the form, then Onboarding (view 8) lists the new rep with a ramp
/// plan; after quitting, the files hold the person, the candidate's link to them and the plan.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxHiringTests {
  @Test func hireACandidateAndSeeTheNewRepInOnboarding() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let before = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let manager = try #require(before.people.sortedById.first { $0.role == .manager })
    let plan = try #require(before.rampPlans.sortedById.first)
    let name = "Hana E2E"
    for args in [
      ["candidate", "add", name, "--source", "referral", "--manager", manager.id],
      ["candidate", "move", name, "--to", "offer"],
    ] {
      let r = try box.run(args + ["--data", box.data.path])
      try #require(r.status == 0, "\(args): \(r.stderr)")
    }

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", manager.name]
    let session = try TmuxSession(command: line.shell)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    try session.type("R")
    var screen = session.waitFor(text: "Recruiting ·")
    // Down the list until the cursor is on the new candidate.
    for _ in 0..<20 where !(screen.split(separator: "\n").contains { $0.contains("›") && $0.contains(name) })
    {
      try session.type("j")
      usleep(100_000)
      screen = session.capture()
    }
    #expect(screen.split(separator: "\n").contains { $0.contains("›") && $0.contains(name) }, "\(screen)")
    try session.type("h")
    session.waitFor(text: "Hire \(name) → new rep under \(manager.name)")
    // The start day: today, so Onboarding lists the rep at once (Ctrl-U clears the prefill).
    try session.type("\u{15}today\r")
    session.waitFor(text: "saved: hired \(name)")

    try session.type("8")
    session.waitFor(text: "Onboarding ·")
    let onboarding = session.waitFor(text: name)
    #expect(onboarding.contains("plan: \(plan.name)"), "\(onboarding)")
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let person = try #require(ws.people.items.first { $0.name == name }, "people.json holds the new rep")
    #expect(person.role == .rep)
    #expect(person.managerId == manager.id)
    #expect(person.hireDate == Day(iso: Sandbox.today))
    #expect(person.rampPlanId == plan.id, "the ramp plan onboarding follows")
    let candidate = try #require(ws.candidates.items.first { $0.name == name })
    #expect(candidate.stage == .hired)
    #expect(candidate.personId == person.id, "candidates.json links the candidate to the person")
  }
}
