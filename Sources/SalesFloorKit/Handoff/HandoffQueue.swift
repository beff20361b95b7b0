/// One line of the handoff queue (the Handoffs view, `handoff list`): a won deal, the step it
/// waits on, who owns that step and how long it has waited against the target.
public struct HandoffRow: Hashable, Sendable, Codable {
  public var handoffId: String
  public var dealId: String
  public var deal: String
  public var account: String?
  /// The deal's owner (scope filters on it).
  public var dealOwnerId: String
  public var startedOn: Day
  public var doneCount: Int
  public var stepCount: Int
  /// 0-based index of the waiting step; nil once complete.
  public var stepIndex: Int?
  public var step: String?
  public var owner: String?
  /// Person id of the step's owner, when a person owns it (`--owner`).
  public var ownerPersonId: String?
  public var days: Int?
  public var targetDays: Int?
  public var blocked: Bool
  public var note: String?
  public var completedOn: Day?

  public var isPastTarget: Bool {
    guard let days, let targetDays else { return false }
    return days > targetDays
  }

  /// The row of `h` as of `asOf`.
  public init(_ h: Handoff, in ws: Workspace, asOf: Day) {
    let d = ws.deals[id: h.dealId]
    handoffId = h.id
    dealId = h.dealId
    deal = d?.name ?? h.dealId
    account = d?.accountId.map { ws.accounts[id: $0]?.name ?? $0 }
    dealOwnerId = d?.ownerId ?? ""
    startedOn = h.startedOn
    doneCount = h.doneCount
    stepCount = h.steps.count
    completedOn = h.completedOn
    blocked = false
    if let w = h.wait(asOf: asOf) {
      stepIndex = w.index
      step = w.step.name
      owner = w.step.ownerText(in: ws)
      ownerPersonId = w.step.ownerPersonId
      days = w.days
      targetDays = w.step.targetDays
      blocked = w.step.status == .blocked
      note = w.step.note
    }
  }

  /// Oldest win first, then deal name and id: the order every surface lists handoffs in.
  public static func isOlder(_ a: HandoffRow, _ b: HandoffRow) -> Bool {
    if a.startedOn != b.startedOn { return a.startedOn < b.startedOn }
    if a.deal != b.deal { return a.deal < b.deal }
    return a.handoffId < b.handoffId
  }

  /// "Handoff 2/5 · waiting on PO received (4 d, target 5)": a deal card's line.
  public var progressText: String {
    guard let step, let days, let targetDays else { return "Handoff \(doneCount)/\(stepCount) · complete" }
    let state = blocked ? "blocked on" : "waiting on"
    return "Handoff \(doneCount)/\(stepCount) · \(state) \(step) (\(days) d, target \(targetDays))"
  }
}

/// The open handoffs of deals owned by people in scope, oldest first, kept current edit by edit:
/// a handoff or deal change re-derives only the rows it touches (never a scan of every deal).
public struct HandoffQueue: Sendable {
  public private(set) var rows: [HandoffRow] = []
  let scope: Set<String>?

  /// No rows (before the first build).
  public init() { scope = nil }

  /// Every open handoff whose deal's owner is in `scope` (nil: everyone).
  public init(_ ws: Workspace, scope: Set<String>?, asOf: Day) {
    self.scope = scope
    rows = ws.handoffs.items.compactMap { h in
      h.completedOn == nil ? Self.row(h, ws, scope: scope, asOf: asOf) : nil
    }.sorted(by: HandoffRow.isOlder)
  }

  static func row(_ h: Handoff, _ ws: Workspace, scope: Set<String>?, asOf: Day) -> HandoffRow? {
    let r = HandoffRow(h, in: ws, asOf: asOf)
    guard r.stepIndex != nil, scope.map({ $0.contains(r.dealOwnerId) }) ?? true else { return nil }
    return r
  }

  /// Re-derives the rows of these handoffs from `ws` (changed, added or deleted).
  public mutating func patch(handoffIds: some Sequence<String>, in ws: Workspace, asOf: Day) {
    for id in handoffIds {
      if let i = rows.firstIndex(where: { $0.handoffId == id }) { rows.remove(at: i) }
      guard let h = ws.handoffs[id: id], let r = Self.row(h, ws, scope: scope, asOf: asOf) else { continue }
      let at = rows.partitionPoint { HandoffRow.isOlder($0, r) }
      rows.insert(r, at: at)
    }
  }
}

extension Workspace {
  /// Every handoff's row, oldest first (`handoff list`); completed ones only with `completed`.
  public func handoffRows(asOf: Day, completed: Bool) -> [HandoffRow] {
    handoffs.items.filter { completed || $0.completedOn == nil }.map { HandoffRow($0, in: self, asOf: asOf) }
      .sorted(by: HandoffRow.isOlder)
  }
}
