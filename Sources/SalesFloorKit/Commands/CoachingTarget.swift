/// What a coaching id names: a stored item, or a signal detected now (`kind:personId`).
public enum CoachingTarget: Sendable {
  case signal(CoachingSignal)
  case item(CoachingItem)

  static let hint = "see `salesfloor report coaching`"

  /// A stored item by id, else a current signal (detected over the quarter containing `asOf`).
  public static func find(_ id: String, in ws: Workspace, asOf: Day) throws(CommandError) -> CoachingTarget {
    if let item = ws.coaching[id: id] { return .item(item) }
    let period = Period.containing(asOf, kind: .quarter, fiscalStartMonth: ws.settings.fiscalYearStartMonth)
    if let s = CoachingSignals.detect(ws, scope: .everyone, period: period, asOf: asOf).first(where: {
      $0.id == id
    }) {
      return .signal(s)
    }
    throw .missing(kind: "coaching item or current signal", id: id, hint: hint)
  }

  static func item(_ id: String, in ws: Workspace) throws(CommandError) -> CoachingItem {
    try CommandRules.record(ws.coaching[id: id], kind: "coaching item", id: id, hint: hint)
  }
}
