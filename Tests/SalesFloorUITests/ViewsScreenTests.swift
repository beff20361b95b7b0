import SalesFloorKit
import Testing

@testable import SalesFloorUI

/// The report views (Forecast, Comp, Territories) on the demo workspace: each opens from its key
/// and shows what the Kit report computes for the same scope and period.
@Suite("Views: forecast, comp and territory screens")
struct ViewsScreenTests {
  let ws = CockpitFixture.demo
  let viewer = CockpitFixture.viewer(nil)
  let today = CockpitFixture.today
  var period: Period {
    Period.containing(today, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
  }

  func compact(_ v: Int64, _ c: String) -> String { Money.compact(v, currency: c) }
  func grouped(_ v: Int64, _ c: String) -> String { Money.grouped(v, currency: c) }

  /// The screen row showing `text` (first match).
  func row(_ run: CockpitRun, _ text: String) -> String? { run.lines.first { $0.contains(text) } }

  @Test("forecast (5): roll-up per person with calls, who has not submitted, prediction, changes")
  func forecast() throws {
    let run = try CockpitRun("5")
    #expect(run.state.views.current == .forecast)
    #expect(run.lines[1].contains("5 Forecast"))
    let r = Reports.forecastCalls(ws, period: period, scope: viewer.scope, asOf: today)
    let c = r.currency
    try #require(r.people.count > 1)
    for p in r.people {
      // Indented two spaces per level below the top of the scope.
      let name = String(repeating: "  ", count: p.depth) + p.name
      let line = try #require(row(run, "┃" + name), "row of \(p.name)")
      let cum = p.rollUp.cumulative
      // Cumulative Commit includes Closed (DESIGN §3).
      #expect(cum.commit == p.rollUp.categories.commit + p.rollUp.categories.closed)
      let numbers = [cum.closed, cum.commit, cum.bestCase, cum.pipeline].map { compact($0, c) }
      let words = line.split(separator: " ").map(String.init)
      for n in numbers { #expect(words.contains(n), "\(p.name): \(n) in \(line)") }
      let rolled = "\(compact(p.rolledUpCall.commit, c))/\(compact(p.rolledUpCall.bestCase, c))"
      #expect(line.contains(rolled), "\(p.name) roll-up call")
      if let call = p.call {
        #expect(line.contains("\(compact(call.commit, c))/\(compact(call.bestCase, c))"))
      }
      #expect(line.contains(p.name + " !") == !p.submitted, "! marks who has not submitted")
    }
    #expect(run.screen.contains("Not submitted (!) \(r.notSubmitted.count): \(r.notSubmitted[0].name)"))
    let p = Reports.predictiveForecast(ws, period: period, scope: viewer.scope, asOf: today)
    #expect(p.expected == p.wonToDate + p.openExpected + p.notYetCreated)
    #expect(run.screen.contains("Predictive forecast  \(compact(p.expected, c))"))
    #expect(run.screen.contains("Weighted pipeline    \(compact(p.weightedForecast, c))"))
    // The demo keeps a snapshot taken a week before today.
    let old = try #require(ForecastSnapshots.latest(in: ws, period: period, onOrBefore: today))
    #expect(run.screen.contains("Changes since snapshot \(old.id)"))
    let now = ForecastSnapshots.take(ws, period: period, at: Timestamp(day: today), id: "now")
    let changes = ForecastSnapshots.changes(
      from: old, to: now, period: period, settings: ws.settings, owners: viewer.scope.ownerIds(in: ws))
    let moved = changes.summary.filter { $0.count > 0 }
    try #require(!moved.isEmpty)
    for s in moved {
      let line = try #require(row(run, "  " + s.title + " "))
      #expect(line.contains("\(s.count) deal"))
      #expect(line.contains((s.amountDelta > 0 ? "+" : "") + compact(s.amountDelta, c)))
    }
  }

  @Test("comp (6): statement of the selected person; j moves to the next; what-if for Commit deals")
  func comp() throws {
    let ids = viewer.scope.ownerIds(in: ws)
    let people = ws.people.items.filter {
      ids.contains($0.id) && Compensation.plan(for: $0.id, in: ws) != nil
    }
    .sorted { $0.name < $1.name }
    try #require(people.count >= 2)
    for (i, person) in people.prefix(2).enumerated() {
      let run = try CockpitRun("6" + String(repeating: " j", count: i))
      #expect(run.state.views.current == .comp)
      let st = try Compensation.statement(ws, personId: person.id, period: period)
      let c = st.currency
      #expect(run.screen.contains("\(person.name) · \(st.planName) · \(period)"))
      #expect(run.screen.contains("credited \(grouped(st.credited, c))"))
      // Earned is the sum of the tier payouts; no cap in the demo plan, so the total is what was earned.
      #expect(st.earned == st.tiers.reduce(0) { $0 + $1.payout })
      #expect(run.screen.contains("Total payout \(grouped(st.total, c))"))
      for d in st.deals { #expect(run.screen.contains(d.name)) }
      let firstTier = try #require(row(run, "0–100%"))
      #expect(firstTier.contains(grouped(st.tiers[0].payout, c)))
      let stages = StageLookup(ws.settings)
      let commit = ws.deals.items.filter {
        $0.ownerId == person.id && stages.isOpen($0) && stages.forecastCategory(of: $0) == .commit
          && ($0.closeDate.map(period.contains) ?? false)
      }.map(\.id)
      if commit.isEmpty {
        #expect(run.screen.contains("What-if: no open Commit deals close this period."))
      } else {
        let w = try Compensation.whatIf(ws, personId: person.id, period: period, dealIds: commit)
        #expect(run.screen.contains("payout becomes \(grouped(w.withDeals.total, c))"))
      }
    }
  }

  @Test("comp: worked what-if for the first person, by hand from the statement")
  func compWhatIfArithmetic() throws {
    let run = try CockpitRun("6")
    guard case .comp(let rows) = run.state.views.content else {
      Issue.record("comp content expected")
      return
    }
    let first = try #require(rows.first)
    let w = try #require(first.whatIf, "the demo's first rep has Commit deals closing this quarter")
    // Attainment with the deals = (credited + Σ hypothetical) ÷ quota.
    let added = w.withDeals.deals.filter(\.hypothetical).reduce(Int64(0)) { $0 + $1.amount }
    #expect(w.withDeals.credited == first.statement.credited + added)
    #expect(w.payoutDelta == w.withDeals.total - first.statement.total)
  }

  @Test("territories (7): balance row per territory and the unmatched-account count")
  func territories() throws {
    let run = try CockpitRun("7")
    #expect(run.state.views.current == .territories)
    let b = Reports.territoryBalance(ws, period: period)
    try #require(!b.territories.isEmpty)
    for t in b.territories {
      let line = try #require(row(run, "┃" + t.name + " "))
      let words = line.split(separator: " ").map(String.init)
      for v in [
        String(t.accounts), compact(t.openPipeline, b.currency), compact(t.won, b.currency),
        compact(t.quota, b.currency), String(t.people.count),
      ] {
        #expect(words.contains(v), "\(t.name): \(v) in \(line)")
      }
      if let owner = t.ownerId, let name = ws.people[id: owner]?.name { #expect(line.contains(name)) }
    }
    let unmatched = TerritoryRules.plan(ws).unmatched.count
    #expect(run.screen.contains("accounts no rule matches: \(unmatched)"))
    #expect(run.screen.contains("Mean open pipeline per rep \(compact(b.meanPipelinePerRep, b.currency))"))
  }
}
