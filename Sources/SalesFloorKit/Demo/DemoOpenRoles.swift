extension DemoBuilder {
  /// Requisitions on the demo teams: per manager one or two open seats (one with a target start),
  /// plus a filled and a cancelled one, so the org report shows open headcount and history. Its own
  /// generator, seeded from a copy of the shared one, leaves every other demo record unchanged.
  mutating func addOpenRoles(to ws: inout Workspace) {
    var peek = rng
    var r = SplitMix64(seed: peek.next() &+ 0x0126_0126)
    let titles = ["Account Executive", "Senior Account Executive", "Sales Development Rep"]
    let territories = ws.territories.sortedById.map(\.id)
    var n = 0
    func id() -> String {
      n += 1
      return "or-" + Day.pad(n, 3)
    }
    for (i, m) in managers.enumerated() {
      let manager = people[m]
      let territory = territories.isEmpty ? nil : territories[i % territories.count]
      let open = 1 + r.index(2)
      for k in 0..<open {
        let opened = today.adding(days: -(10 + r.index(50)))
        ws.openRoles.upsert(
          OpenRole(
            id: id(), title: titles[(i + k) % titles.count], managerId: manager.id, territoryId: territory,
            openedOn: opened, targetStart: k == 0 ? today.adding(days: 20 + r.index(40)) : nil))
      }
    }
    guard let first = managers.first else { return }
    let hire = reps.map { people[$0] }.filter { $0.managerId == people[first].id }.max { a, b in
      (a.hireDate ?? Day(ordinal: 0), a.id) < (b.hireDate ?? Day(ordinal: 0), b.id)
    }
    if let hire, let day = hire.hireDate {
      ws.openRoles.upsert(
        OpenRole(
          id: id(), title: titles[0], managerId: people[first].id, openedOn: day.adding(days: -45),
          status: .filled, filledByPersonId: hire.id, closedOn: day.adding(days: -14)))
    }
    ws.openRoles.upsert(
      OpenRole(
        id: id(), title: titles[2], managerId: people[managers[managers.count - 1]].id,
        openedOn: today.adding(days: -120), status: .cancelled, closedOn: today.adding(days: -60),
        notes: "budget moved to the next fiscal year"))
  }
}
