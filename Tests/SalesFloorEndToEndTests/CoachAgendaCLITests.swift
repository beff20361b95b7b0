import Foundation
import SalesFloorKit
import Testing

/// `salesfloor coach agenda REP`: the 1:1 agenda as text (sections in the agenda's order) and as
/// JSON equal to what Kit builds for the same workspace and day.
@Suite("Coach agenda CLI")
struct CoachAgendaCLITests {
  @Test func agendaTextAndJSON() throws {
    let box = Sandbox()
    defer { box.cleanUp() }
    try box.demo()
    let ws = try WorkspaceStore(opening: box.data).workspace
    // A rep with an active coaching item, so the agenda has something in it.
    let rep = try #require(
      ws.people.items.filter { p in
        p.role == .rep && ws.coaching.items.contains { $0.personId == p.id && $0.isActive }
      }
      .sorted { $0.name < $1.name }.first)
    let asOf = try #require(Day(iso: Sandbox.today))
    let period = Period.containing(asOf, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    let expected = CoachingAgenda.build(ws, personId: rep.id, period: period, asOf: asOf)

    let json = try box.run([
      "coach", "agenda", rep.name, "--data", box.data.path, "--as-of", Sandbox.today, "--json",
    ])
    #expect(json.status == 0, "\(json.stderr)")
    let decoder = JSONDecoder()
    let got = try decoder.decode(CoachingAgenda.self, from: Data(json.stdout.utf8))
    #expect(got == expected)
    #expect(!got.openItems.isEmpty)

    let text = try box.run(["coach", "agenda", rep.id, "--data", box.data.path, "--as-of", Sandbox.today])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.hasPrefix("# 1:1 with \(rep.name) · \(Sandbox.today)\n"))
    let headings = [
      "## Overdue commitments (\(expected.overdueCommitments.count))",
      "## Commitments due (\(expected.dueCommitments.count))",
      "## New signals (\(expected.openSignals.count))",
      "## Open coaching items (\(expected.openItems.count))",
      "## Wins and losses since \(expected.since.iso) (\(expected.outcomes.count))",
    ]
    let at = headings.map { text.stdout.range(of: $0)?.lowerBound }
    #expect(at.allSatisfy { $0 != nil }, "\(text.stdout)")
    #expect(at.compactMap { $0 } == at.compactMap { $0 }.sorted(), "sections in the agenda's order")
    for item in expected.openItems { #expect(text.stdout.contains("(\(item.id))")) }

    let unknown = try box.run(["coach", "agenda", "Nobody Here", "--data", box.data.path])
    #expect(unknown.status != 0)
    #expect(unknown.stderr.contains("Nobody Here"), "\(unknown.stderr)")
  }
}
