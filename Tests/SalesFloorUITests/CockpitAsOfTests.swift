import Foundation
import SalesFloorKit
import SalesFloorTestSupport
import Testing

@testable import SalesFloorUI

/// The cockpit opened at a past day (`PastStore`): what was true then, read-only.
///
/// Rep Rosa (quota 100,000 for 2026-Q4): "Acme renewal" 50,000 created 09-01 in Proposal, won on
/// 11-20; "Globex pilot" 20,000 created 11-20 in Discovery. Today is 11-27.
@Suite struct CockpitAsOfTests {
  static func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }
  static let today = day("2026-11-27")

  static var workspace: Workspace {
    var w = Workspace()
    w.people = RecordTable([Person(id: "r", name: "Rosa Diaz", role: .rep)])
    w.quotas = RecordTable([
      Quota(id: "q", personId: "r", period: "2026-Q4", amount: 10_000_000, currency: "USD", ramp: false)
    ])
    let created = Timestamp(day: day("2026-09-01"), hour: 9)
    let won = Timestamp(day: day("2026-11-20"), hour: 12)
    var acme = Deal(
      id: "d1", name: "Acme renewal", accountId: nil, ownerId: "r", amount: 5_000_000, currency: "USD",
      stage: "proposal", closeDate: day("2026-12-15"), createdAt: created, nextStepDate: day("2026-12-01"))
    acme.close(won: true, reason: nil, on: day("2026-11-20"), settings: w.settings, at: won, by: "r")
    let globex = Deal(
      id: "d2", name: "Globex pilot", accountId: nil, ownerId: "r", amount: 2_000_000, currency: "USD",
      stage: "discovery", closeDate: day("2026-12-20"), createdAt: won, nextStepDate: day("2026-12-01"))
    w.deals = RecordTable([acme, globex])
    return w
  }

  static func run(_ script: String, asOf: Day) throws -> (HeadlessResult, CockpitProgram, MemoryStore) {
    let store = MemoryStore(workspace)
    let viewer = Viewer(person: store.workspace.people[id: "r"])
    var program = CockpitProgram(
      store: PastStore.seen(store, from: asOf, today: today), viewer: viewer, asOf: asOf,
      now: { Timestamp(day: today, hour: 9) }, newId: { WorkspaceStore.newId(prefix: $0) })
    let terminal = HeadlessTerminal(
      size: Size(width: 120, height: 40), capabilities: TerminalCapabilities(unicode: true, colorDepth: .none)
    )
    let result = try terminal.run(&program, script: script)
    return (result, program, store)
  }

  @Test("opened at 11-15, the win of 11-20 is not won yet and the deal created 11-20 is absent")
  func pastDay() throws {
    let (result, _, _) = try Self.run("", asOf: Self.day("2026-11-15"))
    let lines = result.grid.plainText()
    let screen = lines.joined(separator: "\n")
    #expect(screen.contains("1 Pipeline · 1 open · 50k (30k weighted)"))
    #expect(screen.contains("0% of 100k · won 0 · gap 100k"))
    // Still in Proposal, with the close date it had then.
    #expect(screen.contains("2026-12-15 50k Acme renewal"))
    #expect(!screen.contains("Globex pilot"))
    #expect(lines.first?.contains("as of 2026-11-15: the past is read-only") == true)
  }

  @Test("opened today, the same workspace shows the win and the new deal")
  func today() throws {
    let (result, _, _) = try Self.run("", asOf: Self.today)
    let lines = result.grid.plainText()
    let screen = lines.joined(separator: "\n")
    #expect(screen.contains("50% of 100k · won 50k · gap 50k"))
    #expect(screen.contains("2026-12-20 20k Globex pilot"))
    #expect(lines.first?.contains("read-only") == false)
  }

  @Test("a stage move at a past day is refused and nothing is saved")
  func readOnly() throws {
    // Four columns right: Proposal, where Acme stood on 11-15.
    let (_, program, store) = try Self.run("l l l l >", asOf: Self.day("2026-11-15"))
    #expect(program.state.status?.text.contains("read-only") == true)
    #expect(store.committed.isEmpty)
    #expect(store.workspace.deals[id: "d1"]?.stage == "won")
  }
}
