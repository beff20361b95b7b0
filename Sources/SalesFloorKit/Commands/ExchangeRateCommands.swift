/// One change to the rates table, before and after (nil: absent), as `currency set`, `currency
/// remove` and `currency import` show it before applying.
public struct RateChange: Hashable, Sendable, Codable {
  public var currency: String
  public var from: Day
  /// The rate text (`1.08`) before and after; nil when the row is absent.
  public var before: String?
  public var after: String?

  /// `EUR from 2026-01-01: 1.05 → 1.08` (`none` for an absent row).
  public var description: String {
    "\(currency) from \(from): \(before ?? "none") → \(after ?? "removed")"
  }
}

/// Sets (adds or replaces the row with the same currency and from-day) and removes rows of the
/// rates table, all in one edit, so `salesfloor undo` takes back a whole import at once.
public struct ChangeExchangeRates: WorkspaceCommand {
  public var set: [ExchangeRate]
  public var remove: [(currency: String, from: Day)]

  public init(set: [ExchangeRate] = [], remove: [(currency: String, from: Day)] = []) {
    self.set = set
    self.remove = remove
  }

  /// The rates table after the change and what changed, in the order given; rows that would stay
  /// as they are are left out of `changes`.
  public func plan(
    _ settings: Settings
  ) throws(CommandError) -> (rates: [ExchangeRate], changes: [RateChange]) {
    var rates = settings.exchangeRates
    var changes: [RateChange] = []
    for r in set {
      let valid = try ExchangeRate.validated(r, settings)
      let i = rates.firstIndex { $0.currency == valid.currency && $0.from == valid.from }
      let before = i.map { rates[$0].rateText }
      if before == valid.rateText { continue }
      if let i { rates[i] = valid } else { rates.append(valid) }
      changes.append(
        RateChange(currency: valid.currency, from: valid.from, before: before, after: valid.rateText))
    }
    for (code, from) in remove {
      let c = try CommandRules.currency(code)
      guard let i = rates.firstIndex(where: { $0.currency == c && $0.from == from }) else {
        let known = rates.filter { $0.currency == c }.map(\.from.iso).joined(separator: ", ")
        throw .invalid(
          field: "from",
          reason: "\(c) has no rate from \(from)"
            + (known.isEmpty ? " (it has no rates)" : "; its rates start \(known)"))
      }
      changes.append(RateChange(currency: c, from: from, before: rates[i].rateText, after: nil))
      rates.remove(at: i)
    }
    rates.sort { ($0.currency, $0.from) < ($1.currency, $1.from) }
    return (rates, changes)
  }

  public func edit(in ctx: CommandContext) throws(CommandError) -> Edit {
    let (rates, changes) = try plan(ctx.settings)
    var s = ctx.settings
    s.exchangeRates = rates
    let summary =
      changes.count == 1
      ? "exchange rate \(changes[0].description)" : "\(changes.count) exchange rate changes"
    return Edit(
      summary: summary, mutations: changes.isEmpty ? [] : [.put(.settings(s))], recordId: "settings")
  }
}
