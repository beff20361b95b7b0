/// A rep's CRM hygiene score as of a day: 100 minus the weighted share of failing items, with
/// every part named so the rep sees what costs points (docs/salesops.md, "CRM hygiene").
///
/// For each part that applies (denominator > 0 and weight > 0): share = count ÷ denominator, and
/// points lost = 100 × weight × share ÷ W, where W is the sum of the weights of the parts that
/// apply. Score = 100 − Σ points lost, rounded half up to a whole number; 100 when no part applies.
public struct HygieneScore: Hashable, Sendable, Codable {
  public struct Part: Hashable, Sendable, Codable {
    public var part: HygienePart
    /// Failing items (for `.activity`: activities short of the goal).
    public var count: Int
    /// Items checked (for `.activity`: the goal; 0 when there is none, and the part is skipped).
    public var denominator: Int
    /// The failing deals, by id.
    public var recordIds: [String]
    /// The part's weight as it applies here: `HygienePart.weight`, or 0 when skipped.
    public var weight: Int
    /// Points this part takes off 100.
    public var pointsLost: Double
  }

  public var personId: String
  public var asOf: Day
  /// 0–100.
  public var score: Int
  /// Every part, in `HygienePart` order.
  public var parts: [Part]
  /// Activities completed this ISO week (Monday to asOf), of any kind.
  public var activitiesLogged: Int
  /// The weekly goal's total target (nil: no goal, the activity part is skipped), and per kind
  /// what is done ("calls 3/10 · emails 12/15").
  public var activityGoal: Int?
  public var activityGoalDetail: String?

  /// The score from raw counts: `counts[part]` failing items over `denominators[part]` (with
  /// their ids in `ids`, which may be left empty when only the numbers are wanted), and the
  /// activity part from `goal` (its shortfall over its target; nil: skipped).
  public init(
    personId: String, asOf: Day, counts: [HygienePart: Int], ids: [HygienePart: [String]] = [:],
    denominators: [HygienePart: Int], logged: Int, goal: HygieneGoal?
  ) {
    self.personId = personId
    self.asOf = asOf
    activitiesLogged = logged
    activityGoal = goal?.target
    activityGoalDetail = goal?.detail
    var raw: [(HygienePart, Int, Int, [String])] = []
    for p in HygienePart.allCases {
      if p == .activity {
        raw.append((p, min(goal?.short ?? 0, goal?.target ?? 0), goal?.target ?? 0, []))
      } else {
        raw.append((p, counts[p] ?? 0, denominators[p] ?? 0, (ids[p] ?? []).sorted()))
      }
    }
    let total = raw.reduce(0) { $0 + ($1.2 > 0 ? $1.0.weight : 0) }
    parts = raw.map { p, count, denominator, ids in
      let w = denominator > 0 ? p.weight : 0
      let lost =
        total > 0 && w > 0 ? 100 * Double(w) * Double(count) / Double(denominator) / Double(total) : 0
      return Part(
        part: p, count: count, denominator: denominator, recordIds: ids, weight: w, pointsLost: lost)
    }
    let lost = parts.reduce(0) { $0 + $1.pointsLost }
    score = max(0, min(100, Int((100 - lost + 0.5).rounded(.down))))
  }

  public subscript(_ p: HygienePart) -> Part? { parts.first { $0.part == p } }

  /// Points one fixed item of `p` would give back (the part's points ÷ its denominator).
  public func gain(_ p: HygienePart) -> Double {
    guard let part = self[p], part.denominator > 0, part.count > 0 else { return 0 }
    return part.pointsLost / Double(part.count)
  }
}
