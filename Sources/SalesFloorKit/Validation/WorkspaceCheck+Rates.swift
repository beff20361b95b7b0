extension WorkspaceCheck {
  /// The rates table and the deals it must cover: a bad row is an error; a currency used by deals
  /// that have no rate on the day they convert at is a warning naming the deals and the fix,
  /// because those deals are left out of every sum.
  static func checkRates(_ ws: Workspace, today: Day?, _ out: inout [CheckFinding]) {
    let s = ws.settings
    var seen: Set<String> = []
    for r in s.exchangeRates {
      let row = "rate \(r.currency) from \(r.from)"
      if !CurrencyCodes.isISO4217(r.currency) {
        out.append(.init(.error, .settings, "settings", "\(row): \"\(r.currency)\" is not ISO 4217"))
      }
      if r.currency == s.currency {
        out.append(.init(.error, .settings, "settings", "\(row): the workspace currency needs no rate"))
      }
      if r.micros <= 0 {
        out.append(.init(.error, .settings, "settings", "\(row): the rate must be above 0"))
      }
      if !seen.insert("\(r.currency) \(r.from)").inserted {
        out.append(.init(.error, .settings, "settings", "\(row): listed twice"))
      }
    }
    let stages = StageLookup(s, today: today)
    var missing: [String: (ids: [String], first: Day?)] = [:]
    for d in ws.deals.items where CurrencyCodes.isISO4217(d.currency) && stages.amount(of: d) == nil {
      let day = CurrencyConverter.conversionDay(of: d, kind: stages.kind(of: d), today: today)
      var m = missing[d.currency] ?? ([], nil)
      m.ids.append(d.id)
      if let day, m.first.map({ day < $0 }) ?? true { m.first = day }
      missing[d.currency] = m
    }
    for c in missing.keys.sorted() {
      guard let m = missing[c] else { continue }
      let ids = m.ids.sorted()
      let from = m.first.map { " --from \($0)" } ?? ""
      let (have, are) = ids.count == 1 ? ("has", "is") : ("have", "are")
      out.append(
        .init(
          .warning, .settings, "settings",
          "\(UnconvertedDeal.countText(ids.count)) in \(c) \(have) no rate to \(s.currency) for the dates needed"
            + " and \(are) counted in no report (\(UnconvertedDeal.idList(ids))); fix: salesfloor currency set \(c)"
            + " RATE\(from)"))
    }
  }
}
