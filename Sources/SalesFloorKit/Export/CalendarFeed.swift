/// The calendar entries one person should see: their open deals' next steps (with a date), their
/// scheduled open activities, and coaching items due for them; a manager also gets the coaching
/// items of the people who report to them (the sessions they run).
public enum CalendarFeed {
  public static func events(for personId: String, in ws: Workspace) -> [CalendarEvent] {
    var out: [CalendarEvent] = []
    let account = { (id: String?) -> String? in id.flatMap { ws.accounts[id: $0]?.name } }
    for d in ws.deals.sortedById where d.ownerId == personId {
      guard ws.settings.stage(d.stage)?.isOpen ?? true, let day = d.nextStepDate else { continue }
      let step = d.nextStep ?? "Next step"
      let where_ = account(d.accountId).map { " (\($0))" } ?? ""
      out.append(
        CalendarEvent(
          recordId: d.id, kind: .nextStep, day: day, summary: "\(step) — \(d.name)\(where_)",
          description:
            "Deal \(d.name), \(d.money.description), stage \(ws.settings.stage(d.stage)?.name ?? d.stage)"))
    }
    for a in ws.activities.sortedById where a.ownerId == personId && !a.isDone {
      guard let day = a.dueDate else { continue }
      let deal = a.dealId.flatMap { ws.deals[id: $0]?.name }
      out.append(
        CalendarEvent(
          recordId: a.id, kind: .activity, day: day, summary: "\(a.kind.rawValue.capitalized): \(a.subject)",
          description: [deal.map { "Deal \($0)" }, a.notes].compactMap { $0 }.joined(separator: "\n")
            .nonEmptyTrimmed))
    }
    let reports = Set(ws.people.items.filter { $0.managerId == personId }.map(\.id))
    for c in ws.coaching.sortedById where c.isActive {
      guard let day = c.dueDate,
        c.personId == personId || reports.contains(c.personId) || c.coachId == personId
      else { continue }
      let who = c.personId == personId ? "" : " with \(ws.people[id: c.personId]?.name ?? c.personId)"
      out.append(
        CalendarEvent(
          recordId: c.id, kind: .coaching, day: day, summary: "Coaching\(who): \(c.title)",
          description: c.reason))
    }
    return out
  }
}
