/// A manager's 1:1 agenda for one rep, built from the data so the conversation starts where the
/// rep stands: what was promised and is late, what is due, what the data raises that nobody has
/// picked up, the items being worked on, and the wins and losses since the last 1:1.
///
/// The order (docs/salesops.md "1:1 agenda") is the order of the sections here. `salesfloor coach
/// agenda REP` and the cockpit's agenda view (`o` in view 9) read the same value.
public struct CoachingAgenda: Hashable, Sendable, Codable {
  /// A commitment of one of the rep's active items, with its data-checked state.
  public struct CommitmentRow: Hashable, Sendable, Codable {
    public var itemId: String
    public var itemTitle: String
    /// Position in the item's commitments (from 0).
    public var index: Int
    public var text: String
    public var by: Day?
    public var dealId: String?
    /// `missed` (overdue) or `open`; met ones are left out.
    public var state: CommitmentCheck.State
  }

  /// A deal won or lost since the last 1:1.
  public struct OutcomeRow: Hashable, Sendable, Codable {
    public var dealId: String
    public var name: String
    public var amount: Int64
    public var currency: String
    public var closeDate: Day?
    public var won: Bool
    public var lostReason: String?
  }

  public var personId: String
  public var personName: String
  public var asOf: Day
  public var period: String
  /// Day of the last 1:1 (the rep's latest coaching session note), nil when none is recorded.
  public var lastOneOnOne: Day?
  /// Wins and losses count from this day on: the last 1:1, else `CoachingAgenda.lookbackDays` ago.
  public var since: Day
  /// 1. Commitments past their day, oldest first.
  public var overdueCommitments: [CommitmentRow]
  /// 2. Commitments still open, soonest first (undated last).
  public var dueCommitments: [CommitmentRow]
  /// 3. Signals nothing handles yet, by priority.
  public var openSignals: [CoachingSignal]
  /// 4. The rep's open items, in queue order (priority, then due).
  public var openItems: [CoachingReport.ItemRow]
  /// 5. Deals closed since `since`, newest first.
  public var outcomes: [OutcomeRow]

  /// Without a recorded 1:1, wins and losses of this many days (asOf included) are shown.
  public static let lookbackDays = 30

  /// The agenda for `personId` as of a day; signals over `period`.
  public static func build(
    _ ws: Workspace, personId: String, period: Period, asOf: Day
  ) -> CoachingAgenda {
    let report = Reports.coaching(ws, scope: .person(personId), period: period, asOf: asOf)
    let mine = ws.coaching.items.filter { $0.personId == personId }
    let last = mine.flatMap { $0.notes.map(\.at.day) }.filter { $0 <= asOf }.max()
    let since = last ?? asOf.adding(days: -(lookbackDays - 1))
    var overdue: [CommitmentRow] = []
    var due: [CommitmentRow] = []
    for item in mine where item.isActive {
      for (i, c) in item.commitments.enumerated() {
        let state = CommitmentCheck.state(c, of: item, workspace: ws, asOf: asOf)
        let row = CommitmentRow(
          itemId: item.id, itemTitle: item.title, index: i, text: c.text, by: c.by, dealId: c.dealId,
          state: state)
        switch state {
        case .missed: overdue.append(row)
        case .open: due.append(row)
        case .done: break
        }
      }
    }
    let far = Day(ordinal: .max)
    overdue.sort { ($0.by ?? far, $0.itemId, $0.index) < ($1.by ?? far, $1.itemId, $1.index) }
    due.sort { ($0.by ?? far, $0.itemId, $0.index) < ($1.by ?? far, $1.itemId, $1.index) }
    let stages = StageLookup(ws.settings)
    let outcomes = ws.deals.items.filter { d in
      d.ownerId == personId && !stages.isOpen(d) && (d.closeDate.map { $0 >= since && $0 <= asOf } ?? false)
    }.sorted { ($1.closeDate ?? asOf, $0.id) < ($0.closeDate ?? asOf, $1.id) }.map { d in
      OutcomeRow(
        dealId: d.id, name: d.name, amount: d.amount, currency: d.currency, closeDate: d.closeDate,
        won: stages.isWon(d), lostReason: d.lostReason)
    }
    return CoachingAgenda(
      personId: personId, personName: ws.people[id: personId]?.name ?? personId, asOf: asOf,
      period: period.description, lastOneOnOne: last, since: since, overdueCommitments: overdue,
      dueCommitments: due, openSignals: report.signals.filter { $0.handling == .new },
      openItems: report.items,
      outcomes: outcomes)
  }
}
