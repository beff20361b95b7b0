@testable import SalesFloorKit

/// A floor where no coaching signal fires, for the signal tests to break one rule at a time.
///
/// asOf 2026-05-14, period 2026-Q2 (Apr 1 … Jun 30, 91 days; day 44 = 30 April days + 14).
/// Manager m leads reps a, b, c (team East). Each rep: quota 100,000; one deal won 2026-04-20
/// for 60,000 (pace: won 60,000 vs on-track 100,000 × 44 ÷ 91 = 48,352 → 1.24, fine); one open
/// Discovery deal of 50,000 closing 2026-06-20 with a next step on 2026-05-20 (coverage 50,000 ÷
/// 40,000 = 1.25x against 1 ÷ win rate 100 % = 1x needed); four activities done 2026-05-05…08
/// (peer median 4, so the low-activity line is 2); one training module completed.
enum CoachingFixture {
  static let asOf = day("2026-05-14")
  static let period = Period(kind: .quarter, year: 2026, index: 2)
  static let reps = ["a", "b", "c"]

  static func stamp(_ iso: String) -> Timestamp { Timestamp(day: day(iso), hour: 12) }

  /// An open deal of rep `owner`; created in `stage` on `created` unless history says otherwise.
  static func openDeal(
    _ id: String, owner: String, _ dollars: Int64, stage: String, created: String = "2026-05-01",
    close: String? = "2026-06-20", nextStep: String? = "2026-05-20", history: [DealChange] = []
  ) -> Deal {
    let at = Timestamp(day: day(created), hour: 9)
    let first = history.first(where: { $0.field == .stage })?.from ?? stage
    return Deal(
      id: id, name: "Deal \(id)", accountId: nil, ownerId: owner, amount: usd(dollars), currency: "USD",
      stage: stage, closeDate: close.map(day), createdAt: at, nextStepDate: nextStep.map(day),
      history: [DealChange(at: at, field: .created, to: first)] + history)
  }

  /// A deal that went `path` (first is the created stage) and closed on `close` in the last stage.
  static func closedDeal(_ id: String, owner: String, _ dollars: Int64, path: [String], close: String) -> Deal
  {
    var history: [DealChange] = []
    for i in 1..<path.count { history.append(moved(path[i - 1], path[i], on: close)) }
    return openDeal(
      id, owner: owner, dollars, stage: path[path.count - 1], created: "2026-03-01", close: close,
      history: history)
  }

  static func activity(_ id: String, owner: String, deal: String?, done: String) -> Activity {
    Activity(
      id: id, kind: .call, subject: "Call", ownerId: owner, dealId: deal, doneAt: stamp(done),
      createdAt: stamp(done))
  }

  static func quiet() -> Workspace {
    var ws = Workspace()
    ws.settings.currency = "USD"
    ws.people = RecordTable(
      [Person(id: "m", name: "Mia Manager", role: .manager, team: "East")]
        + reps.map {
          Person(
            id: $0, name: "Rep \($0.uppercased())", role: .rep, managerId: "m", team: "East",
            hireDate: day("2024-01-01"))
        })
    ws.quotas = RecordTable(
      reps.map {
        Quota(
          id: "q-\($0)", personId: $0, period: "2026-Q2", amount: usd(100_000), currency: "USD", ramp: false)
      })
    var deals: [Deal] = []
    var acts: [Activity] = []
    for r in reps {
      deals.append(closedDeal("\(r)-won", owner: r, 60_000, path: ["prospect", "won"], close: "2026-04-20"))
      deals.append(openDeal("\(r)-open", owner: r, 50_000, stage: "discovery"))
      for n in 5...8 {
        acts.append(activity("\(r)-act\(n)", owner: r, deal: "\(r)-open", done: "2026-05-0\(n)"))
      }
    }
    ws.deals = RecordTable(deals)
    ws.activities = RecordTable(acts)
    ws.training = RecordTable([TrainingModule(id: "mod-1", title: "Discovery basics", kind: .salesSkills)])
    ws.assignments = RecordTable(
      reps.map {
        TrainingAssignment(
          id: "ta-\($0)", personId: $0, moduleId: "mod-1", assignedOn: day("2026-04-01"),
          dueDate: day("2026-05-01"), completedOn: day("2026-04-20"))
      })
    return ws
  }

  /// Signals for the whole floor on the fixture day.
  static func signals(_ ws: Workspace, asOf: Day = asOf) -> [CoachingSignal] {
    CoachingSignals.detect(ws, scope: .everyone, period: period, asOf: asOf)
  }

  static func kinds(_ ws: Workspace, for person: String, asOf: Day = asOf) -> Set<CoachingSignal.Kind> {
    Set(signals(ws, asOf: asOf).filter { $0.personId == person }.map(\.kind))
  }
}
