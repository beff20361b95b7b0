extension DemoBuilder {
  /// Days each built-in step takes in the demo (inclusive ranges). PO received runs well past its
  /// 5-day target (median about 9), so `report handoff` names it the bottleneck.
  static let handoffStepDays: [ClosedRange<Int>] = [1...4, 4...15, 1...4, 2...7, 3...10]

  static let handoffBlockNotes = [
    "customer's procurement wants a new vendor form", "waiting for the PO number from finance",
    "billing contact left the company", "SSO metadata not sent yet",
  ]

  /// Handoffs for the deals won in about the last two quarters, at every stage of delivery: older
  /// wins mostly delivered, recent ones waiting (some past target, a few blocked). Draws from its
  /// own generator so every other demo record stays as it was.
  mutating func addHandoffs(to ws: inout Workspace) {
    var r = SplitMix64(seed: seed &+ 0x4841_4E44_4F46_4621)
    let from = today.adding(days: -182)
    let wonIds = ws.deals.items.filter { d in
      HandoffLifecycle.isWon(d, ws.settings) && (d.closeDate.map { $0 >= from && $0 <= today } ?? false)
    }.map(\.id).sorted()
    let ops = ws.people.sortedById.first { $0.role == .ops && $0.active }?.id
    let template = HandoffTemplate.builtIn
    for id in wonIds {
      guard let deal = ws.deals[id: id], let won = deal.closeDate else { continue }
      var h = template.start(id: HandoffLifecycle.id(forDeal: id), dealId: id, on: won)
      var day = won
      for i in h.steps.indices {
        let range = Self.handoffStepDays[min(i, Self.handoffStepDays.count - 1)]
        // Now and then a step stalls well past its range (a lost email, a customer on holiday).
        let stall = r.chance(0.15) ? r.int(8...30) : 0
        let done = day.adding(days: r.int(range) + stall)
        guard done <= today else {
          // The step it waits on: now and then blocked, with the reason.
          if r.chance(0.25) {
            h.steps[i].status = .blocked
            h.steps[i].blockedAt = Timestamp(day: min(today, day.adding(days: 1)), hour: r.int(9...17))
            h.steps[i].doneBy = ops ?? deal.ownerId
            h.steps[i].note = Self.handoffBlockNotes[r.index(Self.handoffBlockNotes.count)]
          }
          break
        }
        h.steps[i].status = .done
        h.steps[i].doneAt = Timestamp(day: done, hour: r.int(9...17), minute: r.int(0...59))
        h.steps[i].doneBy = i == 0 ? deal.ownerId : ops ?? deal.ownerId
        day = done
      }
      if h.waitingIndex == nil { h.completedOn = day }
      ws.handoffs.upsert(h)
    }
  }
}
