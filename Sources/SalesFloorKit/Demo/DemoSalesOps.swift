/// Sales-operations records for the demo: a ramp plan for the new hire, two forecast calls for
/// the current quarter and a forecast snapshot from a week ago (so `forecast changes` has data).
extension DemoBuilder {
  mutating func addSalesOps(to ws: inout Workspace) {
    let plan = RampPlan(
      id: "ramp-ae", name: "Account executive ramp", quotaRamp: settings.rampSchedule,
      trainingModuleIds: ws.training.sortedById.filter { $0.requiredFor.contains(.rep) }.map(\.id))
    ws.rampPlans.upsert(plan)
    for (i, r) in reps.enumerated() where newHire.indices.contains(i) && newHire[i] {
      if var p = ws.people[id: people[r].id] {
        p.rampPlanId = plan.id
        ws.people.upsert(p)
      }
    }
    // Two tenured reps have called the quarter: commit = their cumulative Commit, best case
    // = their cumulative Best Case (rounded to whole hundreds of dollars).
    let forecast = Reports.forecast(ws, period: currentQuarter, scope: .everyone, asOf: today)
    let tenured = reps.enumerated().filter { !(newHire.indices.contains($0.offset) && newHire[$0.offset]) }
    for (_, r) in tenured.prefix(2) {
      let id = people[r].id
      guard let line = forecast.people.first(where: { $0.id == id }) else { continue }
      let round: (Int64) -> Int64 = { ($0 / 10_000) * 10_000 }
      ws.forecastSubmissions.upsert(
        ForecastSubmission(
          personId: id, period: currentQuarter.description, kind: .call,
          commit: round(line.own.cumulative.commit), bestCase: round(line.own.cumulative.bestCase),
          currency: settings.currency, submittedAt: Timestamp(day: today.adding(days: -2), hour: 16)))
    }
    let taken = Timestamp(day: today.adding(days: -7), hour: 9)
    let lastWeek = DealHistory.workspace(ws, asOf: taken)
    ws.forecastSnapshots.upsert(
      ForecastSnapshots.take(lastWeek, period: currentQuarter, at: taken, id: "snap-" + taken.day.iso))
  }
}
