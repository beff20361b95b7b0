/// The organisation at a glance: per team, who is on it, how long they have been there, who is
/// still ramping, the seats not yet filled, and the balance of the territories the team works.
/// Sales ops reads it before moving people or opening requisitions (docs/salesops.md, "Org").
public struct OrgReport: Hashable, Sendable, Codable {
  /// Tenure bands in whole months since the hire day.
  public struct Tenure: Hashable, Sendable, Codable {
    /// Fewer than 3 months.
    public var under3 = 0
    /// 3 to fewer than 6.
    public var from3to6 = 0
    /// 6 to fewer than 12.
    public var from6to12 = 0
    /// 12 months or more.
    public var over12 = 0
    /// No hire day recorded.
    public var unknown = 0

    public init() {}

    mutating func add(months: Int?) {
      switch months {
      case nil: unknown += 1
      case .some(let m) where m < 3: under3 += 1
      case .some(let m) where m < 6: from3to6 += 1
      case .some(let m) where m < 12: from6to12 += 1
      default: over12 += 1
      }
    }
  }

  public struct Member: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var role: Person.Role
    public var hireDate: Day?
    /// Whole months from the hire day to asOf; nil without a hire day.
    public var tenureMonths: Int?
    /// This month's ramp percent (QuotaBook.rampPercent); 100 = ramped.
    public var rampPercent: Int
  }

  public struct Team: Hashable, Sendable, Codable {
    public var managerId: String
    public var managerName: String
    /// The manager's `Person.team` name, when set.
    public var teamName: String?
    /// Active direct reports (every role): span of control.
    public var span: Int
    /// Direct reports who are reps.
    public var reps: Int
    /// Reps by tenure band.
    public var tenure: Tenure
    /// Reps whose ramp percent this month is below 100, and the rest.
    public var ramping: Int
    public var ramped: Int
    /// Open requisitions on the team.
    public var openRoles: Int
    /// Candidates at stage `offer` with this hiring manager, not yet started (`OrgOffers`).
    public var offers: Int
    /// openRoles + offers.
    public var openHeadcount: Int
    /// Territories the manager or a direct report works (TerritoryRules.people), by name.
    public var territoryIds: [String]
    public var members: [Member]
  }

  public var asOf: Day
  public var period: String
  public var teams: [Team]
  /// Sums over `teams` (each person is counted once: in their direct manager's team).
  public var totalSpan: Int
  public var totalReps: Int
  public var totalOpenRoles: Int
  public var totalOffers: Int
  public var totalOpenHeadcount: Int
  /// Active reps who report to no one.
  public var unmanagedReps: Int
  /// The territory balance report for the period, restricted to the teams' territories.
  public var territories: TerritoryBalance
}

extension Reports {
  /// The org report for the teams whose manager is in `scope`, as of `asOf`; territory balance
  /// for `period` (`Reports.territoryBalance`, the one place it is computed).
  public static func org(_ ws: Workspace, period: Period, scope: Scope, asOf: Day) -> OrgReport {
    let quotas = QuotaBook(ws)
    let inScope = scope.ownerIds(in: ws)
    let balance = territoryBalance(ws, period: period)
    var territoriesOf: [String: [String]] = [:]
    for line in balance.territories {
      for p in line.people { territoriesOf[p, default: []].append(line.id) }
    }
    var roles: [String: Int] = [:]
    for r in ws.openRoles where r.status == .open { roles[r.managerId, default: 0] += 1 }
    let offers = OrgOffers.count(ws)
    var teams: [OrgReport.Team] = []
    for t in OrgTeam.all(in: ws) where inScope.contains(t.manager.id) {
      var tenure = OrgReport.Tenure()
      var ramping = 0
      var members: [OrgReport.Member] = []
      for p in t.directReports {
        let months = p.hireDate.map { tenureMonths(hire: $0, asOf: asOf) }
        let pct = p.hireDate.map {
          quotas.rampPercent(monthYear: asOf.year, month: asOf.month, hire: $0, personId: p.id)
        }
        if p.role == .rep {
          tenure.add(months: months)
          if (pct ?? 100) < 100 { ramping += 1 }
        }
        members.append(
          .init(
            id: p.id, name: p.name, role: p.role, hireDate: p.hireDate, tenureMonths: months,
            rampPercent: pct ?? 100))
      }
      let reps = t.directReports.filter { $0.role == .rep }.count
      var territoryIds: Set<String> = []
      for id in t.memberIds { territoryIds.formUnion(territoriesOf[id] ?? []) }
      let open = roles[t.manager.id] ?? 0
      let out = offers[t.manager.id] ?? 0
      teams.append(
        .init(
          managerId: t.manager.id, managerName: t.manager.name, teamName: t.manager.team,
          span: t.directReports.count, reps: reps, tenure: tenure, ramping: ramping, ramped: reps - ramping,
          openRoles: open, offers: out, openHeadcount: open + out,
          territoryIds: balance.territories.map(\.id).filter(territoryIds.contains), members: members))
    }
    var shown = balance
    let ids = Set(teams.flatMap(\.territoryIds))
    if scope != .everyone { shown.territories = balance.territories.filter { ids.contains($0.id) } }
    let unmanaged = ws.people.items.filter { p in
      p.active && p.role == .rep && p.managerId == nil && inScope.contains(p.id)
    }.count
    return OrgReport(
      asOf: asOf, period: period.description, teams: teams, totalSpan: teams.reduce(0) { $0 + $1.span },
      totalReps: teams.reduce(0) { $0 + $1.reps }, totalOpenRoles: teams.reduce(0) { $0 + $1.openRoles },
      totalOffers: teams.reduce(0) { $0 + $1.offers },
      totalOpenHeadcount: teams.reduce(0) { $0 + $1.openHeadcount }, unmanagedReps: unmanaged,
      territories: shown)
  }

  /// Whole months from `hire` to `asOf`: the month count, less one when asOf's day of month is
  /// before the hire's (2026-09-15 → 2026-12-14 is 2, → 2026-12-15 is 3); 0 before the hire.
  public static func tenureMonths(hire: Day, asOf: Day) -> Int {
    var m = (asOf.year * 12 + asOf.month) - (hire.year * 12 + hire.month)
    if asOf.dayOfMonth < hire.dayOfMonth { m -= 1 }
    return max(0, m)
  }
}

/// Offers out per hiring manager: the part of open headcount that candidates bring. A candidate
/// counts while at stage `offer` with a hiring manager and no person yet (not started).
enum OrgOffers {
  static func count(_ ws: Workspace) -> [String: Int] {
    var out: [String: Int] = [:]
    for c in ws.candidates where c.stage == .offer && c.personId == nil {
      if let m = c.managerId { out[m, default: 0] += 1 }
    }
    return out
  }
}
