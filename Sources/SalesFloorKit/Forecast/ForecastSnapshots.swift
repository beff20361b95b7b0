/// Taking forecast snapshots and comparing two of them (or a snapshot and now) by change type,
/// the way forecast tools show "what moved since last week".
public enum ForecastSnapshots {
  /// The pipeline as it stands: every open deal (any close date, so a later snapshot can tell a
  /// push out of the period) and every deal won or lost inside `period`; lines sorted by id.
  public static func take(
    _ workspace: Workspace, period: Period, at: Timestamp, id: String
  ) -> ForecastSnapshot {
    // Amounts in the workspace currency at the snapshot day's rates; a deal without a rate is
    // counted nowhere, here as in every report.
    let stages = StageLookup(workspace.settings, today: at.day)
    var lines: [ForecastSnapshot.Line] = []
    for d in workspace.deals {
      let open = stages.isOpen(d)
      guard open || d.closeDate.map(period.contains) ?? false, let amount = stages.amount(of: d) else {
        continue
      }
      lines.append(
        ForecastSnapshot.Line(
          id: d.id, owner: d.ownerId, amount: amount, stage: d.stage,
          category: stages.forecastCategory(of: d),
          closeDate: d.closeDate))
    }
    lines.sort { $0.id < $1.id }
    return ForecastSnapshot(
      id: id, takenAt: at, period: period.description, currency: workspace.settings.currency, lines: lines)
  }

  /// The newest snapshot of `period` taken on or before `day`.
  public static func latest(in workspace: Workspace, period: Period, onOrBefore day: Day) -> ForecastSnapshot?
  {
    let key = period.description
    return workspace.forecastSnapshots.filter { $0.period == key && $0.takenAt.day <= day }
      .max { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
  }

  /// What changed from `old` to `new` for deals closing in `period`.
  ///
  /// Classification per deal (a deal may show under several types, e.g. amount up and category moved):
  /// - new: absent before, in the period now (and not lost) — delta +amount;
  /// - won / lost: open before, won in the period / lost now — delta +amount / −old amount;
  /// - pushedOut: in the period before, open with a close date outside it (or none) now — −old amount;
  /// - pulledIn: open outside the period (or closed) before, open in it now — +amount;
  /// - amountUp / amountDown: open in the period both times — new − old;
  /// - categoryMoved: open in the period both times, category differs — ±amount (+ toward Commit);
  /// - removed: open in the period before, deleted now — −old amount.
  public static func changes(
    from old: ForecastSnapshot, to new: ForecastSnapshot, period: Period, settings: Settings,
    owners: Set<String>? = nil, names: [String: String] = [:]
  ) -> ForecastChangeReport {
    let stages = StageLookup(settings)
    func kind(_ l: ForecastSnapshot.Line) -> Stage.Kind { stages[l.stage]?.kind ?? .open }
    func inP(_ l: ForecastSnapshot.Line) -> Bool { l.closeDate.map(period.contains) ?? false }
    let before = Dictionary(old.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let after = Dictionary(new.lines.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [ForecastChange] = []
    func add(
      _ t: ForecastChange.Kind, _ l: ForecastSnapshot.Line, _ from: String?, _ to: String?, _ delta: Int64
    ) {
      out.append(
        ForecastChange(
          kind: t, dealId: l.id, name: names[l.id], ownerId: l.owner, from: from, to: to, amountDelta: delta))
    }
    for id in Set(before.keys).union(after.keys).sorted() {
      let a = before[id]
      let b = after[id]
      if let owners, !(a.map { owners.contains($0.owner) } ?? false),
        !(b.map { owners.contains($0.owner) } ?? false)
      {
        continue
      }
      switch (a, b) {
      case (nil, let b?):
        if inP(b) && kind(b) != .lost { add(.new, b, nil, b.stage, b.amount) }
      case (let a?, nil):
        if inP(a) && kind(a) == .open { add(.removed, a, a.stage, nil, -a.amount) }
      case (let a?, let b?):
        classify(a, b, kind: kind, inP: inP, add: add)
      case (nil, nil): break
      }
    }
    return ForecastChangeReport(
      period: period.description, fromSnapshot: old.id, fromTakenAt: old.takenAt, toSnapshot: new.id,
      toTakenAt: new.takenAt, currency: new.currency, changes: out)
  }

  private static func classify(
    _ a: ForecastSnapshot.Line, _ b: ForecastSnapshot.Line, kind: (ForecastSnapshot.Line) -> Stage.Kind,
    inP: (ForecastSnapshot.Line) -> Bool,
    add: (ForecastChange.Kind, ForecastSnapshot.Line, String?, String?, Int64) -> Void
  ) {
    let ka = kind(a)
    let kb = kind(b)
    if ka == .open && kb == .won {
      if inP(b) { add(.won, b, a.stage, b.stage, b.amount) }
      return
    }
    if ka == .open && kb == .lost {
      if inP(a) || inP(b) { add(.lost, b, a.stage, b.stage, -a.amount) }
      return
    }
    guard kb == .open else { return }
    let wasIn = ka == .open && inP(a)
    if wasIn && !inP(b) {
      add(.pushedOut, b, a.closeDate?.iso, b.closeDate?.iso, -a.amount)
    } else if !wasIn && inP(b) {
      add(.pulledIn, b, a.closeDate?.iso, b.closeDate?.iso, b.amount)
    } else if wasIn {
      if b.amount > a.amount { add(.amountUp, b, String(a.amount), String(b.amount), b.amount - a.amount) }
      if b.amount < a.amount { add(.amountDown, b, String(a.amount), String(b.amount), b.amount - a.amount) }
      if a.category != b.category {
        let up = b.category > a.category
        add(.categoryMoved, b, a.category.rawValue, b.category.rawValue, up ? b.amount : -b.amount)
      }
    }
  }
}

/// One deal's change between two snapshots.
public struct ForecastChange: Hashable, Sendable, Codable {
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case new, won, lost, pushedOut, pulledIn, amountUp, amountDown, categoryMoved, removed

    public var title: String {
      switch self {
      case .new: return "New"
      case .won: return "Won"
      case .lost: return "Lost"
      case .pushedOut: return "Pushed out"
      case .pulledIn: return "Pulled in"
      case .amountUp: return "Amount up"
      case .amountDown: return "Amount down"
      case .categoryMoved: return "Category moved"
      case .removed: return "Removed"
      }
    }
  }
  public var kind: Kind
  public var dealId: String
  public var name: String?
  public var ownerId: String
  /// Before / after as text: stage id, close day, minor units or category, per kind.
  public var from: String?
  public var to: String?
  /// Effect on the period's forecast in minor units (see `ForecastSnapshots.changes`).
  public var amountDelta: Int64
}

/// Changes between two snapshots, listed and summed per change type.
public struct ForecastChangeReport: Hashable, Sendable, Codable {
  public struct Summary: Hashable, Sendable, Codable {
    public var kind: ForecastChange.Kind
    public var title: String
    public var count: Int
    public var amountDelta: Int64
  }
  public var period: String
  public var fromSnapshot: String
  public var fromTakenAt: Timestamp
  /// `now` when compared with the live pipeline.
  public var toSnapshot: String
  public var toTakenAt: Timestamp
  public var currency: String
  /// Every change, by deal id then kind order.
  public var changes: [ForecastChange]

  /// Count and Σ delta per change type, in `Kind.allCases` order (types with no deals included).
  public var summary: [Summary] {
    ForecastChange.Kind.allCases.map { k in
      let hits = changes.filter { $0.kind == k }
      return Summary(
        kind: k, title: k.title, count: hits.count, amountDelta: hits.reduce(0) { $0 + $1.amountDelta })
    }
  }

  enum CodingKeys: String, CodingKey {
    case period, fromSnapshot, fromTakenAt, toSnapshot, toTakenAt, currency, changes, summary
  }
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(period, forKey: .period)
    try c.encode(fromSnapshot, forKey: .fromSnapshot)
    try c.encode(fromTakenAt, forKey: .fromTakenAt)
    try c.encode(toSnapshot, forKey: .toSnapshot)
    try c.encode(toTakenAt, forKey: .toTakenAt)
    try c.encode(currency, forKey: .currency)
    try c.encode(changes, forKey: .changes)
    try c.encode(summary, forKey: .summary)
  }
  public init(
    period: String, fromSnapshot: String, fromTakenAt: Timestamp, toSnapshot: String, toTakenAt: Timestamp,
    currency: String, changes: [ForecastChange]
  ) {
    self.period = period
    self.fromSnapshot = fromSnapshot
    self.fromTakenAt = fromTakenAt
    self.toSnapshot = toSnapshot
    self.toTakenAt = toTakenAt
    self.currency = currency
    self.changes = changes
  }
  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      period: try c.decode(String.self, forKey: .period),
      fromSnapshot: try c.decode(String.self, forKey: .fromSnapshot),
      fromTakenAt: try c.decode(Timestamp.self, forKey: .fromTakenAt),
      toSnapshot: try c.decode(String.self, forKey: .toSnapshot),
      toTakenAt: try c.decode(Timestamp.self, forKey: .toTakenAt),
      currency: try c.decode(String.self, forKey: .currency),
      changes: try c.decode([ForecastChange].self, forKey: .changes))
  }
}
