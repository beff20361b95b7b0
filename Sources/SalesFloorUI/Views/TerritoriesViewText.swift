import SalesFloorKit

/// The Territories view: balance per territory with flags, and accounts no rule covers.
enum TerritoriesViewText {
  static func lines(_ b: TerritoryBalance, unmatched: Int, _ s: CockpitState, width: Int) -> [ListItem] {
    let c = b.currency
    let m = { (v: Int64) in ViewText.money(v, c) }
    let money = ColumnWidth(min: 5, max: 9)
    let columns = [
      TableColumn("Territory", width: ColumnWidth(min: 8, max: 24, flex: 1)),
      TableColumn("Owner", width: ColumnWidth(min: 6, max: 18, flex: 1)),
      TableColumn("Accts", width: ColumnWidth(min: 5, max: 6), alignment: .right),
      TableColumn("Open pipe", width: money, alignment: .right),
      TableColumn("Won", width: money, alignment: .right),
      TableColumn("Quota", width: money, alignment: .right),
      TableColumn("Att", width: ColumnWidth(min: 4, max: 5), alignment: .right),
      TableColumn("People", width: ColumnWidth(min: 6, max: 6), alignment: .right),
      TableColumn("Pipe/rep", width: money, alignment: .right),
      TableColumn("Flag", width: ColumnWidth(min: 4, max: 5)),
    ]
    let rows = b.territories.map { t -> [String] in
      [
        t.name, t.ownerId.map { s.workspace.people[id: $0]?.name ?? $0 } ?? "—", String(t.accounts),
        m(t.openPipeline), m(t.won), m(t.quota), ViewText.pct(t.attainment), String(t.people.count),
        m(t.pipelinePerRep), t.flag ?? "",
      ]
    }
    let roles = b.territories.map { t -> StyleRole in t.flag == nil ? .text : .warning }
    var out = ViewText.table(columns, rows, roles: roles, width: width, glyphs: s.glyphs)
    if b.territories.isEmpty { out.append(ListItem("No territories defined.", role: .muted)) }
    out.append(ViewText.rule)
    out.append(
      ListItem(
        "Mean open pipeline per rep \(m(b.meanPipelinePerRep)) · flag high above 1.5×, low below 0.5×",
        role: .muted))
    out.append(
      ListItem(
        "Accounts with no territory: \(b.unassignedAccounts) · accounts no rule matches: \(unmatched)",
        role: b.unassignedAccounts + unmatched > 0 ? .warning : .text))
    return out
  }
}
