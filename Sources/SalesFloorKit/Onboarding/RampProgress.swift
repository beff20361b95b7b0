/// The new-hire view: each ramping person's progress against their ramp plan.
public struct RampReport: Hashable, Sendable, Codable {
  public struct Milestone: Hashable, Sendable, Codable {
    /// `firstMeeting`, `firstOpportunity` or `firstWin`.
    public var name: String
    public var targetDays: Int?
    /// hireDate + targetDays.
    public var dueDate: Day?
    public var reachedOn: Day?
    /// reachedOn − hireDate.
    public var daysTaken: Int?
    /// `reached`, `late` (reached after due), `overdue` (not reached, due passed) or `pending`.
    public var status: String
  }
  public struct Person: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var hireDate: Day
    public var planId: String?
    public var planName: String
    /// Month since hire as of asOf (1 = the hire month).
    public var month: Int
    /// Ramp percent for that month.
    public var rampPercent: Int
    public var milestones: [Milestone]
    public var trainingRequired: [String]
    public var trainingCompleted: [String]
    /// completed ÷ required; nil when nothing is required.
    public var trainingShare: Double?
    /// The period's quota after the ramp (QuotaBook), before it, won, attainment.
    public var quota: Int64
    public var fullQuota: Int64
    public var won: Int64
    public var attainment: Double?
  }
  public var period: String
  public var asOf: Day
  public var currency: String
  public var people: [Person]
}

/// Building the new-hire view.
public enum Onboarding {
  /// The plan a person follows: their `rampPlanId`'s plan, else a default built from
  /// `Settings.rampSchedule` with milestones 14 / 30 / 90 days and the modules whose
  /// `requiredFor` includes the person's role.
  public static func plan(for person: Person, in workspace: Workspace) -> RampPlan {
    if let id = person.rampPlanId, let p = workspace.rampPlans[id: id] { return p }
    let modules = workspace.training.sortedById.filter { $0.requiredFor.contains(person.role) }.map(\.id)
    return RampPlan(
      id: "default", name: "Default ramp", quotaRamp: workspace.settings.rampSchedule,
      trainingModuleIds: modules)
  }

  /// Month since hire: 1 for the hire month.
  public static func month(hire: Day, asOf: Day) -> Int {
    (asOf.year * 12 + asOf.month) - (hire.year * 12 + hire.month) + 1
  }

  /// People with a hire date who are still inside their ramp (month ≤ ramp length + 1) or have
  /// a ramp plan assigned; sorted by hire date (newest first), then name.
  public static func report(_ workspace: Workspace, period: Period, asOf: Day) -> RampReport {
    let stages = StageLookup(workspace.settings, today: asOf)
    let quotas = QuotaBook(workspace)
    // Days per owner; a milestone is the first of them on or after the hire date (work logged
    // before the hire, e.g. imported from a previous role, does not count).
    var meetings: [String: [Day]] = [:]
    for a in workspace.activities where a.kind == .meeting || a.kind == .demo {
      guard let done = a.doneAt?.day, done <= asOf else { continue }
      meetings[a.ownerId, default: []].append(done)
    }
    var opps: [String: [Day]] = [:]
    var wins: [String: [Day]] = [:]
    var won: [String: Int64] = [:]
    for d in workspace.deals {
      let created = d.createdAt.day
      if created <= asOf { opps[d.ownerId, default: []].append(created) }
      guard stages.isWon(d), let c = d.closeDate, c <= asOf else { continue }
      wins[d.ownerId, default: []].append(c)
      if period.contains(c) { won[d.ownerId, default: 0] += stages.amount(of: d) ?? 0 }
    }
    func first(_ days: [String: [Day]], _ id: String, from hire: Day) -> Day? {
      days[id]?.filter { $0 >= hire }.min()
    }
    var done: [String: Set<String>] = [:]
    for a in workspace.assignments {
      if let c = a.completedOn, c <= asOf { done[a.personId, default: []].insert(a.moduleId) }
    }
    var out: [RampReport.Person] = []
    for p in workspace.people where p.active {
      guard let hire = p.hireDate, hire <= asOf else { continue }
      let plan = plan(for: p, in: workspace)
      let m = month(hire: hire, asOf: asOf)
      guard p.rampPlanId != nil || m <= plan.quotaRamp.count + 1 else { continue }
      let pct = m < 1 ? 0 : (m > plan.quotaRamp.count ? 100 : min(100, max(0, plan.quotaRamp[m - 1])))
      let milestones = [
        milestone("firstMeeting", plan.firstMeetingDays, hire, first(meetings, p.id, from: hire), asOf),
        milestone("firstOpportunity", plan.firstOpportunityDays, hire, first(opps, p.id, from: hire), asOf),
        milestone("firstWin", plan.firstWinDays, hire, first(wins, p.id, from: hire), asOf),
      ]
      let completed = plan.trainingModuleIds.filter { done[p.id]?.contains($0) ?? false }
      let q = quotas.quota(for: p.id, period: period)
      out.append(
        RampReport.Person(
          id: p.id, name: p.name, hireDate: hire, planId: p.rampPlanId, planName: plan.name, month: m,
          rampPercent: pct, milestones: milestones, trainingRequired: plan.trainingModuleIds,
          trainingCompleted: completed,
          trainingShare: Ratio.of(completed.count, plan.trainingModuleIds.count), quota: q?.amount ?? 0,
          fullQuota: q?.fullAmount ?? 0, won: won[p.id] ?? 0,
          attainment: Ratio.of(won[p.id] ?? 0, q?.amount ?? 0)))
    }
    out.sort { ($1.hireDate, $0.name) < ($0.hireDate, $1.name) }
    return RampReport(
      period: period.description, asOf: asOf, currency: workspace.settings.currency, people: out)
  }

  static func milestone(
    _ name: String, _ days: Int?, _ hire: Day, _ reached: Day?, _ asOf: Day
  ) -> RampReport.Milestone {
    let due = days.map { hire.adding(days: $0) }
    let status: String
    if let r = reached {
      status = due.map { r > $0 } ?? false ? "late" : "reached"
    } else {
      status = due.map { asOf > $0 } ?? false ? "overdue" : "pending"
    }
    return RampReport.Milestone(
      name: name, targetDays: days, dueDate: due, reachedOn: reached,
      daysTaken: reached.map { hire.days(to: $0) },
      status: status)
  }
}
