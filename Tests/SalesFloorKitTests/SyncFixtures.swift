import SalesFloorKit

/// One device in a sync test: its log writer and its merged view, editing records the way the sync
/// code will (a local change set, turned into ops, applied to its own state).
struct SyncReplica {
  var device: SyncDevice
  var state = SyncState()
  /// Every op this device wrote, in order.
  var written: [SyncOp] = []

  init(_ id: String) {
    // The ids below are valid by construction.
    device = try! SyncDevice(id: id)
  }

  mutating func receive(_ ops: [SyncOp]) { state.apply(ops) }

  /// Commits one record change (before image from the merged view) and returns its ops.
  @discardableResult
  mutating func change(
    _ collection: CollectionName, _ id: String, author: String = "p-ann", now: Int64,
    to after: (Record?) -> Record?
  ) throws -> [SyncOp] {
    let before = try state.record(collection, id: id)
    let change = ChangeSet(
      transactionId: "tx", at: Timestamp(seconds: now / 1000), actor: author, summary: "edit", origin: .own,
      changes: [RecordChange(collection: collection, id: id, before: before, after: after(before))])
    let ops = try device.ops(for: change, in: state, now: now)
    state.apply(ops)
    written += ops
    return ops
  }

  @discardableResult
  mutating func create(_ deal: Deal, author: String = "p-ann", now: Int64) throws -> [SyncOp] {
    try change(.deals, deal.id, author: author, now: now) { _ in .deal(deal) }
  }

  @discardableResult
  mutating func edit(
    deal id: String, author: String = "p-ann", now: Int64, _ mutate: (inout Deal) -> Void
  ) throws -> [SyncOp] {
    try change(.deals, id, author: author, now: now) { before in
      guard case .deal(var d)? = before else { return nil }
      mutate(&d)
      return .deal(d)
    }
  }

  @discardableResult
  mutating func delete(deal id: String, author: String = "p-ann", now: Int64) throws -> [SyncOp] {
    try change(.deals, id, author: author, now: now) { _ in nil }
  }

  func deal(_ id: String) throws -> Deal? {
    guard case .deal(let d)? = try state.record(.deals, id: id) else { return nil }
    return d
  }
}

enum SyncSample {
  static let t0: Int64 = 1_764_580_000_000

  static func deal(_ id: String, name: String = "Acme renewal", amount: Int64 = 1_200_000) -> Deal {
    Deal(
      id: id, name: name, accountId: "a-1", ownerId: "p-ann", amount: amount, currency: "EUR",
      stage: "qualify",
      closeDate: Day(year: 2026, month: 12, day: 15), createdAt: Timestamp(seconds: t0 / 1000),
      tags: ["renewal"])
  }
}

/// Random edits of the kinds people make: fields, groups, stage moves and closes (with history),
/// tags, checklist ticks. Tags are appended and removed (never reordered), checklist steps kept
/// sorted: the shapes the sync keeps (see docs/team.md).
enum SyncRandomEdit {
  static let stages = ["qualify", "discover", "proposal", "negotiate"]
  static let tagPool = ["vip", "renewal", "upsell", "q4", "risk", "partner"]

  static func mutate(_ d: inout Deal, _ rng: inout SplitMix64, now: Int64, by: String) {
    let at = Timestamp(seconds: now / 1000)
    d.updatedAt = at
    switch rng.index(8) {
    case 0: d.name = "Deal \(rng.index(100))"
    case 1:
      d.amount = Int64(rng.int(1...500)) * 10_000
      d.currency = rng.chance(0.5) ? "EUR" : "USD"
    case 2:
      let to = stages[rng.index(stages.count)]
      d.history.append(DealChange(at: at, field: .stage, from: d.stage, to: to, by: by))
      d.stage = to
      d.lostReason = nil
    case 3:
      let won = rng.chance(0.5)
      let to = won ? "won" : "lost"
      d.history.append(DealChange(at: at, field: .stage, from: d.stage, to: to, by: by))
      d.stage = to
      d.lostReason = won ? nil : "price"
      d.closeDate = at.day
    case 4:
      let tag = tagPool[rng.index(tagPool.count)]
      if let i = d.tags.firstIndex(of: tag) { d.tags.remove(at: i) } else { d.tags.append(tag) }
    case 5:
      let play = "play-\(rng.index(2))"
      let step = rng.index(4)
      var steps = d.playProgress[play] ?? []
      if let i = steps.firstIndex(of: step) { steps.remove(at: i) } else { steps.append(step) }
      steps.sort()
      d.playProgress[play] = steps.isEmpty ? nil : steps
    case 6:
      d.nextStep = rng.chance(0.8) ? "Step \(rng.index(50))" : nil
      d.nextStepDate = d.nextStep == nil ? nil : Day(ordinal: at.day.ordinal + Int32(rng.index(30)))
    default:
      d.probability = rng.chance(0.7) ? rng.int(0...100) : nil
      d.competitor = rng.chance(0.5) ? "Rival \(rng.index(3))" : nil
    }
  }

  /// A Fisher–Yates shuffle with the seeded generator (the standard one may change across versions).
  static func shuffle<T>(_ items: inout [T], _ rng: inout SplitMix64) {
    guard items.count > 1 else { return }
    for i in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(i, rng.index(i + 1)) }
  }
}
