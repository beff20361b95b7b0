/// One open deal's hygiene findings: which parts it fails and which required fields it misses.
/// Kept per deal so a change to one deal re-scores only that deal (`HygieneBook.update`).
public struct DealHygiene: Hashable, Sendable {
  public var dealId: String
  public var ownerId: String
  /// Failing deal parts, in `HygienePart` order (never `.activity`).
  public var failing: [HygienePart]
  /// Required fields of the deal's stage that are empty, in the stage's rule order.
  public var missing: [RequiredField]
  /// Whether the deal's stage requires any field (the deal counts in that part's denominator).
  public var hasRules: Bool
  /// Days idle (as the stall rule counts them), for the fix text.
  public var idleDays: Int
}

/// The hygiene rules for one deal, in one place: the CLI report, the coaching signal and the
/// cockpit's patched book all call `Hygiene.check`.
public enum Hygiene {
  /// A rep's score falling by at least this many points week over week raises `hygieneDropped`.
  public static let dropPoints = 10
  /// Fixes listed in My Day ("3 things to fix").
  public static let fixCount = 3

  /// The findings for an open deal. Next step, past close date and idle come from
  /// `Metrics.stallReasons` (the stalled rule), so hygiene and the stalled report never disagree
  /// about a deal; a deal younger than `Metrics.stallGraceDays` fails nothing.
  public static func check(
    _ deal: Deal, stage: Stage?, lastActivity: Day?, asOf: Day, in ws: Workspace
  ) -> DealHygiene {
    let (reasons, idle) = Metrics.stallReasons(deal, stage: stage, lastActivity: lastActivity, asOf: asOf)
    let rules = RequiredField.rules(for: stage)
    // The stall rule's grace holds for every part: a deal created today has had no chance yet.
    guard Metrics.elapsedDays(from: deal.createdAt.day, to: asOf) >= Metrics.stallGraceDays else {
      return DealHygiene(
        dealId: deal.id, ownerId: deal.ownerId, failing: [], missing: [], hasRules: !rules.isEmpty,
        idleDays: idle)
    }
    var failing: [HygienePart] = []
    if reasons.contains(.noNextStep) { failing.append(.noNextStep) }
    if reasons.contains(.closeDatePast) { failing.append(.closeDatePast) }
    if reasons.contains(.idle) { failing.append(.idle) }
    if !hasContact(deal, in: ws) { failing.append(.noContact) }
    let missing = rules.filter { !$0.isFilled(on: deal, in: ws) }
    if !missing.isEmpty { failing.append(.requiredFields) }
    return DealHygiene(
      dealId: deal.id, ownerId: deal.ownerId, failing: failing, missing: missing, hasRules: !rules.isEmpty,
      idleDays: idle)
  }

  /// Whether the deal links at least one contact that exists (dangling links do not count).
  public static func hasContact(_ deal: Deal, in ws: Workspace) -> Bool {
    deal.contacts.contains { ws.contacts[id: $0.contactId] != nil }
  }

  /// The Monday of the ISO week holding `day`.
  public static func weekStart(_ day: Day) -> Day { day.adding(days: 1 - day.weekday) }
}
