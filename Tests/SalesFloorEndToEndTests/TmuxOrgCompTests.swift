import Foundation
import SalesFloorKit
import Testing

/// Sales ops in a real terminal (issue #18, items 4 and 5): the Org view (`O`) shows each team
/// with its open headcount, the Comp view (`6`) its cost of sales and who is within reach, and
/// `comp simulate` prices a changed plan from a file.
@Suite(
  .enabled(
    if: TmuxSession.available || EndToEndTools.required,
    "tmux is not installed (CI installs it: apt-get install tmux)"))
struct TmuxOrgCompTests {
  @Test func orgViewCompLeversAndSimulation() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data, readOnly: true).workspace
    let asOf = Day(iso: Sandbox.today) ?? Day(ordinal: 0)
    let period = Period.containing(asOf, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    let org = Reports.org(ws, period: period, scope: .everyone, asOf: asOf)
    let ops = try #require(ws.people.items.first { $0.role == .ops })

    _ = try SalesFloorBinary.require()
    var line = CockpitCommandLine(sandbox: box)
    line.arguments = ["--data", box.data.path, "--as-of", Sandbox.today, "--as", ops.name]
    let session = try TmuxSession(command: line.shell, width: 130, height: 60)
    defer { session.kill() }
    session.waitFor(text: "Playbooks")

    try session.type("O")
    let screen = session.waitFor(text: "open headcount \(org.totalOpenHeadcount) (")
    for t in org.teams {
      let row = screen.split(separator: "\n").first { $0.contains(t.managerName + " ") && $0.contains("/") }
      let words = row.map { $0.split(whereSeparator: { $0 == " " || $0 == "┃" }).map(String.init) } ?? []
      #expect(words.last == String(t.openHeadcount), "\(t.managerName)'s open headcount:\n\(screen)")
      #expect(words.dropLast(7).last == t.managerName.split(separator: " ").last.map(String.init))
    }

    try session.type("6")
    let comp = session.waitFor(text: "Cost of sales (payouts ÷ bookings)")
    let cos = CompLever.costOfSales(ws, period: period, scope: .everyone)
    for t in cos.teams {
      let text =
        "\(t.managerName): \(Money.grouped(t.payouts, currency: cos.currency)) ÷ "
        + Money.grouped(t.bookings, currency: cos.currency)
      #expect(comp.contains(text), "\(text) in:\n\(comp)")
    }
    #expect(comp.contains("Within reach of an accelerator (≤ 10 pts below)"))
    try session.type("q")
    session.waitFor(text: "EXITED:0")

    // The real plan with every tier's rate raised by 0.5: nobody can be paid less.
    var changed = try #require(ws.compPlans.sortedById.first)
    changed.tiers = changed.tiers.map { .init(from: $0.from, to: $0.to, rate: $0.rate + 0.5) }
    let file = box.file("changed-plan.json")
    try JSONEncoder().encode(changed).write(to: file)
    let last = period.previous.description
    let r = try box.run([
      "comp", "simulate", "--plan", file.path, "--period", last, "--format", "json", "--data", box.data.path,
    ])
    try #require(r.status == 0, "\(r.stderr)")
    let sim = try JSONDecoder().decode(CompSimulation.self, from: Data(r.stdout.utf8))
    #expect(sim.period == last)
    #expect(Set(sim.lines.map(\.personId)) == Set(changed.personIds))
    #expect(sim.difference == sim.simulatedTotal - sim.realTotal)
    #expect(sim.lines.allSatisfy { ($0.simulated ?? 0) >= ($0.real ?? 0) }, "a richer plan pays no one less")
    #expect(sim.simulatedTotal > sim.realTotal)
  }
}
