/// Who leads a team and who is on it: the one grouping the org report and cost of sales per team
/// share, so "team" means the same thing in both (docs/salesops.md, "Teams").
public struct OrgTeam: Hashable, Sendable {
  public var manager: Person
  /// Active people whose `managerId` is the manager, by name.
  public var directReports: [Person]

  /// The manager and their direct reports: whose payouts and bookings the team's cost of sales sums.
  public var memberIds: [String] { [manager.id] + directReports.map(\.id) }
}

extension OrgTeam {
  /// One team per active person who is a manager, has active direct reports, or has an open role
  /// or an offer out on their team; sorted by manager name, then id. Nested managers lead their own team and are
  /// counted once, as a direct report, in the team above.
  public static func all(in ws: Workspace) -> [OrgTeam] {
    var reports: [String: [Person]] = [:]
    for p in ws.people where p.active {
      if let m = p.managerId { reports[m, default: []].append(p) }
    }
    var withRoles = Set(OrgOffers.count(ws).keys)
    for r in ws.openRoles where r.status == .open { withRoles.insert(r.managerId) }
    let byName = { (a: Person, b: Person) in (a.name, a.id) < (b.name, b.id) }
    return ws.people.items.filter { p in
      p.active && (p.role == .manager || reports[p.id] != nil || withRoles.contains(p.id))
    }
    .sorted(by: byName)
    .map { OrgTeam(manager: $0, directReports: (reports[$0.id] ?? []).sorted(by: byName)) }
  }
}
