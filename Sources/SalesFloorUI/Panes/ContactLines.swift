import SalesFloorKit

/// The deal card's contact section: the buying team (who, their role in this deal, title, phone),
/// then the account's other contacts, so a seller opening a deal sees whom to call without leaving
/// it, each with their last touch (`ContactTouch`). Nothing is shown for a deal whose account has no contacts (older workspaces look as before).
enum ContactLines {
  static func dealSection(_ d: Deal, _ ws: Workspace, asOf: Day) -> [ListItem] {
    let team = d.buyingTeam(in: ws)
    let onTeam = Set(team.map(\.contact.id))
    let others = d.accountId.map { ws.contacts(atAccount: $0) }?.filter { !onTeam.contains($0.id) } ?? []
    guard !team.isEmpty || !others.isEmpty else { return [] }
    let touches = ws.lastTouches(of: onTeam.union(others.map(\.id)), asOf: asOf)
    var out: [ListItem] = [ListItem(""), ListItem("Buying team", role: .header)]
    if team.isEmpty { out.append(ListItem("  — nobody linked yet (salesfloor contact link)", role: .muted)) }
    for m in team { out.append(ListItem("  " + ContactTouch.line(m.summary, touches[m.contact.id]))) }
    if !others.isEmpty {
      let account = d.accountId.flatMap { ws.accounts[id: $0]?.name } ?? "the account"
      out.append(ListItem("Also at \(account)", role: .muted))
      for c in others {
        let summary = BuyingTeamMember(contact: c, role: c.buyingRole).summary
        out.append(ListItem("  " + ContactTouch.line(summary, touches[c.id]), role: .muted))
      }
    }
    return out
  }
}
