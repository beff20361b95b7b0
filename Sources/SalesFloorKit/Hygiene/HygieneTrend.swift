/// A rep's hygiene score at the end of each of the last N ISO weeks.
///
/// Computed by time travel (`DealHistory.asOf`) rather than stored weekly snapshots: stage, close
/// date, owner and amount are in every deal's history, so idle days and past close dates come out
/// exactly as they stood; next step, contacts and the other required fields are not logged, so
/// past weeks read them as they are today (docs/salesops.md says so). A stored snapshot would be
/// exact but adds a collection every writer and sync must carry, for a figure that is a trend.
public struct HygieneTrend: Hashable, Sendable, Codable {
  /// Each week's last day seen: the Sunday of past weeks, asOf for the current one; oldest first.
  public var weekEnds: [Day]
  /// Scores per person id, one per `weekEnds` entry.
  public var scores: [String: [Int]]

  /// The week ends of the last `weeks` ISO weeks up to asOf's, oldest first.
  public static func weekEnds(asOf: Day, weeks: Int) -> [Day] {
    guard weeks > 0 else { return [] }
    let sunday = Hygiene.weekStart(asOf).adding(days: -1)
    return (0..<weeks).reversed().map { $0 == 0 ? asOf : sunday.adding(days: -7 * ($0 - 1)) }
  }

  /// Scores of `people` for each of the last `weeks` weeks, each week's activity part against the
  /// weekly goals in force at its end (`HygieneGoal`). `current`, when given, is the book for asOf
  /// already built (the cockpit's patched one), so only past weeks are rebuilt.
  public init(_ ws: Workspace, people: [String], asOf: Day, weeks: Int, current: HygieneBook? = nil) {
    weekEnds = Self.weekEnds(asOf: asOf, weeks: weeks)
    let owners = Set(people)
    var scores: [String: [Int]] = [:]
    for end in weekEnds {
      let book =
        end == asOf
        ? (current ?? HygieneBook(ws, owners: owners, asOf: end))
        : HygieneBook(ws, owners: owners, asOf: end, historical: true)
      let ledger = HygieneGoal.ledger(ws, owners: owners, around: end)
      let goals = ledger.map { HygieneGoal.all(owners, on: end, ledger: $0, in: ws) } ?? [:]
      for p in people {
        scores[p, default: []].append(book.score(p, goal: goals[p], withIds: false).score)
      }
    }
    self.scores = scores
  }
}
