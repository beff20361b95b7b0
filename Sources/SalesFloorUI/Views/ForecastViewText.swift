import SalesFloorKit

/// The Forecast view: roll-up through the hierarchy with calls and adjustments, who has not
/// submitted, the predictive forecast beside the weighted pipeline, and what moved since the
/// latest snapshot.
enum ForecastViewText {
  static func lines(_ d: ForecastViewData, _ s: CockpitState, width: Int) -> [ListItem] {
    let r = d.calls
    let c = r.currency
    let m = { (v: Int64) in ViewText.money(v, c) }
    func call(_ x: ForecastCallReport.Call?) -> String {
      x.map { "\(m($0.commit))/\(m($0.bestCase))" } ?? "—"
    }
    var out: [ListItem] = [
      ListItem(
        "Roll-up by manager, cumulative (Commit includes Closed, Best includes Commit). Calls: commit/best.",
        role: .muted)
    ]
    let money = ColumnWidth(min: 5, max: 9)
    let columns = [
      TableColumn("Person", width: ColumnWidth(min: 10, max: 28, flex: 1)),
      TableColumn("Closed", width: money, alignment: .right),
      TableColumn("Commit", width: money, alignment: .right),
      TableColumn("Best", width: money, alignment: .right),
      TableColumn("Pipeline", width: money, alignment: .right),
      TableColumn("Call", width: ColumnWidth(min: 7, max: 15), alignment: .right),
      TableColumn("Roll-up call", width: ColumnWidth(min: 7, max: 15), alignment: .right),
      TableColumn("Adjusted", width: ColumnWidth(min: 7, max: 15), alignment: .right),
    ]
    var rows: [[String]] = []
    var roles: [StyleRole] = []
    for p in r.people {
      let cum = p.rollUp.cumulative
      let name = String(repeating: "  ", count: p.depth) + p.name + (p.submitted ? "" : " !")
      rows.append([
        name, m(cum.closed), m(cum.commit), m(cum.bestCase), m(cum.pipeline), call(p.call),
        call(p.rolledUpCall), p.adjustment.map { call($0) } ?? "",
      ])
      roles.append(p.submitted ? .text : .warning)
    }
    let t = r.totals.cumulative
    rows.append(["Total", m(t.closed), m(t.commit), m(t.bestCase), m(t.pipeline), "", "", ""])
    roles.append(.title)
    out += ViewText.table(columns, rows, roles: roles, width: width, glyphs: s.glyphs)
    if r.notSubmitted.isEmpty {
      out.append(ListItem("Everyone has submitted a call for \(r.period).", role: .positive))
    } else {
      out.append(
        ListItem(
          "Not submitted (!) \(r.notSubmitted.count): " + r.notSubmitted.map(\.name).joined(separator: ", "),
          role: .warning))
    }
    out += calls(r, s)
    out.append(ViewText.rule)
    out += predictive(d, currency: c)
    out.append(ViewText.rule)
    out += changes(d.changes, s)
    return out
  }

  /// The viewer's own call ("Submitted 14:03 by Dana", or how to submit it) and every call that
  /// replaced an earlier one, with what it was.
  static func calls(_ r: ForecastCallReport, _ s: CockpitState) -> [ListItem] {
    let m = { (v: Int64) in ViewText.money(v, r.currency) }
    let pair = { (x: ForecastCallReport.Call) in "\(m(x.commit))/\(m(x.bestCase))" }
    var out: [ListItem] = []
    if let me = s.viewer.person, let line = r.people.first(where: { $0.id == me.id }) {
      if let call = line.call, let at = line.submittedAt {
        let by = line.submittedBy.map { s.workspace.people[id: $0]?.name ?? $0 } ?? line.name
        out.append(
          ListItem(
            "Your call: Submitted \(when(at, s.asOf)) by \(by) · \(pair(call))"
              + (line.was.map { " (was \(pair($0)))" } ?? "") + " · s changes it", role: .positive))
      } else {
        out.append(ListItem("Your call for \(r.period): not submitted · s submits it", role: .warning))
      }
    }
    for line in r.people {
      guard let was = line.was, let call = line.call else { continue }
      out.append(
        ListItem(
          "  \(line.name): \(pair(call)), was \(pair(was))"
            + (line.wasSubmittedAt.map { " (\(when($0, s.asOf)))" } ?? ""), role: .muted))
    }
    return out
  }

  /// `14:03` on the cockpit's day, else `2026-11-25 16:00` (UTC).
  static func when(_ t: Timestamp, _ today: Day) -> String {
    let iso = t.description
    let time = iso.count >= 16 ? String(iso.dropFirst(11).prefix(5)) : iso
    return t.day == today ? time : "\(t.day.iso) \(time)"
  }

  static func predictive(_ d: ForecastViewData, currency c: String) -> [ListItem] {
    let p = d.predictive
    let m = { (v: Int64) in ViewText.money(v, c) }
    var out = [
      ListItem("Predictive forecast  \(m(p.expected))", role: .title),
      ListItem(
        "  = won to date \(m(p.wonToDate)) + open deals \(m(p.openExpected)) (history × age)"
          + " + not yet created \(m(p.notYetCreated))"),
      ListItem("Weighted pipeline    \(m(p.weightedForecast))", role: .title),
      ListItem("  = won to date \(m(p.wonToDate)) + amount × stage probability \(m(p.weightedPipeline))"),
    ]
    let b = d.backtest
    if b.periods.isEmpty {
      out.append(ListItem("Backtest: no past periods to test.", role: .muted))
    } else {
      out.append(
        ListItem(
          "Backtest, last \(b.periods.count) periods (accuracy = 1 - |F - A| / A): predictive "
            + "\(ViewText.pct(b.meanPredictiveAccuracy)) · weighted \(ViewText.pct(b.meanWeightedAccuracy))"))
    }
    return out
  }

  static func changes(_ r: ForecastChangeReport?, _ s: CockpitState) -> [ListItem] {
    guard let r else {
      return [
        ListItem(
          "No forecast snapshot of \(s.period) yet: `salesfloor forecast snapshot` takes one.", role: .muted)
      ]
    }
    var out = [ListItem("Changes since snapshot \(r.fromSnapshot) (\(r.fromTakenAt.day)):", role: .title)]
    let moved = r.summary.filter { $0.count > 0 }
    if moved.isEmpty { out.append(ListItem("  nothing moved", role: .muted)) }
    for x in moved {
      let title = TextFit.pad(x.title, to: 15)
      let count = TextFit.pad("\(x.count) deal\(x.count == 1 ? "" : "s")", to: 9, alignment: .right)
      out.append(
        ListItem(
          "  \(title)\(count)  \(ViewText.delta(x.amountDelta, r.currency))",
          role: x.amountDelta < 0 ? .negative : .text))
    }
    return out
  }
}
