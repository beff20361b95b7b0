/// A record of some collection, named by the collection's raw name and the record id.
public struct SyncRecordRef: Hashable, Comparable, Sendable {
  public var collection: String
  public var id: String

  public init(_ collection: String, _ id: String) {
    self.collection = collection
    self.id = id
  }

  public static func < (a: SyncRecordRef, b: SyncRecordRef) -> Bool {
    if a.collection != b.collection { return SyncValue.byteOrder(a.collection, b.collection) }
    return SyncValue.byteOrder(a.id, b.id)
  }
}

/// Something in the ops the merge had to leave out, said so instead of crashing or guessing.
public struct SyncIssue: Hashable, Comparable, Sendable {
  public var opId: String?
  public var record: SyncRecordRef
  public var message: String

  public init(opId: String?, record: SyncRecordRef, message: String) {
    self.opId = opId
    self.record = record
    self.message = message
  }

  public static func < (a: SyncIssue, b: SyncIssue) -> Bool {
    if a.record != b.record { return a.record < b.record }
    if a.opId != b.opId { return SyncValue.byteOrder(a.opId ?? "", b.opId ?? "") }
    return SyncValue.byteOrder(a.message, b.message)
  }
}

/// One write to one register, as the merge keeps it: every write is kept, so the winner and the
/// conflicts can be recomputed from any arrival order.
struct RegisterWrite: Hashable, Sendable {
  var opId: String
  var author: String?
  var device: String
  var stamp: Stamp
  /// Position inside its op (elements added together keep their order).
  var ordinal: Int
  var value: SyncValue
  /// Stamps of the writes its author had seen on this register (the base, or a resolution's sides).
  var knows: [Stamp]

  /// The total order of writes: stamp, then op id and position (equal stamps only within one op).
  static func ranksBelow(_ a: RegisterWrite, _ b: RegisterWrite) -> Bool {
    if a.stamp != b.stamp { return a.stamp < b.stamp }
    if a.opId != b.opId { return SyncValue.byteOrder(a.opId, b.opId) }
    return a.ordinal < b.ordinal
  }
}

/// One entry of a grow-only log.
struct LogEntry: Hashable, Sendable {
  var stamp: Stamp
  var opId: String
  var ordinal: Int
  var value: SyncValue
}

/// Everything the ops say about one record.
struct RecordState: Sendable {
  var registers: [SyncRegister: [RegisterWrite]] = [:]
  var logs: [String: [LogEntry]] = [:]
  var opIds: [String] = []
}

/// The merged state of a team's sync logs: replaying any set of ops, in any order of arrival and
/// with any duplicates, gives the same records and the same conflict list on every replica.
///
/// Why it keeps every write: the winner of a field is the write with the highest stamp, but a
/// conflict is a write nobody saw before it was overwritten, and that can only be decided from all
/// writes, whichever arrived last. Conflicts and records are therefore computed, never stored.
public struct SyncState: Sendable {
  /// Every op applied, by id.
  public private(set) var ops: [String: SyncOp] = [:]
  /// The highest stamp applied: a device observes it before stamping its next edit.
  public private(set) var latest: Stamp?
  var records: [SyncRecordRef: RecordState] = [:]
  /// Problems found in single ops (by op id), and op ids used by two different ops.
  var opIssues: [String: [SyncIssue]] = [:]
  var clashes: Set<String> = []
  /// Records of the team's snapshot that the ops touch, as a create at `snapshotStamp` (see `seed`).
  var seeds: [SyncRecordRef: SyncOp] = [:]

  public init() {}

  /// Applies ops in any order; duplicates are ignored.
  public init(_ ops: some Sequence<SyncOp>) {
    apply(ops)
  }

  /// Applies ops in any order; duplicates are ignored.
  public mutating func apply(_ ops: some Sequence<SyncOp>) {
    for op in ops { apply(op) }
  }

  /// Applies one op; false when it was already there. Two different ops with one id (a copied
  /// device folder) are an issue: the one whose line sorts first is kept, on every replica.
  @discardableResult
  public mutating func apply(_ op: SyncOp) -> Bool {
    if let existing = ops[op.id] {
      if existing == op { return false }
      clashes.insert(op.id)
      guard op.jsonLine < existing.jsonLine else { return false }
      ops[op.id] = op
      let old = SyncRecordRef(existing.collection, existing.recordId)
      rebuild(old)
      if SyncRecordRef(op.collection, op.recordId) != old { fold(op) }
      return true
    }
    ops[op.id] = op
    if latest.map({ $0 < op.stamp }) ?? true { latest = op.stamp }
    fold(op)
    return true
  }

  /// Every op in id order (device, then sequence): the export order of a log.
  public var sortedOps: [SyncOp] {
    ops.values.sorted { a, b in a.device != b.device ? SyncValue.byteOrder(a.device, b.device) : a.seq < b.seq
    }
  }

  /// The stamp of a snapshot value: below every op's, the same on every replica.
  public static let snapshotStamp = Stamp(wall: 0, counter: 0, device: "snapshot")

  /// Makes a record of the team's snapshot (the files every copy starts from) part of the merge,
  /// as if created at `snapshotStamp`. Call it for every snapshot record an op touches, before or
  /// after folding that op: the result is the same either way.
  ///
  /// Why not ops: every copy already holds the snapshot, so 100k records travel once as files,
  /// not as 100k creates that every copy would parse on every sync.
  public mutating func seed(_ ref: SyncRecordRef, fields: [String: SyncValue]) {
    guard seeds[ref] == nil else { return }
    seeds[ref] = SyncOp(
      device: Self.snapshotStamp.device, seq: 1, author: nil, stamp: Self.snapshotStamp,
      collection: ref.collection, recordId: ref.id, payload: .create(fields))
    if records[ref] != nil { rebuild(ref) } else { records[ref] = Self.seeded(nil, seeds[ref]) }
  }

  /// Whether the merge knows the record (from an op or a seed).
  public func knows(_ ref: SyncRecordRef) -> Bool { records[ref] != nil }

  private static func seeded(_ state: RecordState?, _ seed: SyncOp?) -> RecordState {
    var state = state ?? RecordState()
    guard let seed else { return state }
    let effects = seed.effects(SyncSchema.of(seed.collection))
    for (register, write) in effects.writes { state.registers[register, default: []].append(write) }
    for (field, entry) in effects.entries { state.logs[field, default: []].append(entry) }
    return state
  }

  private mutating func rebuild(_ ref: SyncRecordRef) {
    let ids = records[ref]?.opIds ?? []
    records[ref] = seeds[ref].map { Self.seeded(nil, $0) }
    for id in ids { opIssues[id] = nil }
    for id in Set(ids) {
      if let op = ops[id], SyncRecordRef(op.collection, op.recordId) == ref { fold(op) }
    }
  }

  private mutating func fold(_ op: SyncOp) {
    let ref = SyncRecordRef(op.collection, op.recordId)
    let effects = op.effects(SyncSchema.of(op.collection))
    var state = records[ref] ?? Self.seeded(nil, seeds[ref])
    state.opIds.append(op.id)
    for (register, write) in effects.writes { state.registers[register, default: []].append(write) }
    for (field, entry) in effects.entries { state.logs[field, default: []].append(entry) }
    records[ref] = state
    if !effects.problems.isEmpty {
      opIssues[op.id] = effects.problems.map { SyncIssue(opId: op.id, record: ref, message: $0) }
    }
  }

  /// Problems found in the ops, sorted (they never stop the merge).
  public var issues: [SyncIssue] {
    var all = opIssues.values.flatMap { $0 }
    for id in clashes {
      guard let op = ops[id] else { continue }
      all.append(
        SyncIssue(
          opId: id, record: SyncRecordRef(op.collection, op.recordId),
          message: "two different ops carry the id \(id): is one device folder copied to another machine?"))
    }
    return all.sorted()
  }

  /// The records the ops mention, sorted.
  public var recordRefs: [SyncRecordRef] { records.keys.sorted() }

  /// The stamp of the current value of `register` (what an edit of it is based on); nil when unset.
  public func base(of ref: SyncRecordRef, _ register: SyncRegister) -> Stamp? {
    records[ref]?.registers[register].flatMap(Self.winner)?.stamp
  }

  /// The stamps of every write on the record a person looking at it now has seen: each register's
  /// value and the other sides of its open conflicts (what a delete records as `seen`).
  public func seenStamps(of ref: SyncRecordRef) -> [Stamp] {
    guard let state = records[ref] else { return [] }
    var out = Set<Stamp>()
    for writes in state.registers.values { for w in Self.openWrites(writes) { out.insert(w.stamp) } }
    return out.sorted()
  }

  static func winner(_ writes: [RegisterWrite]) -> RegisterWrite? {
    writes.max(by: RegisterWrite.ranksBelow)
  }

  /// The winner first, then the writes no other write saw (not overwritten knowingly).
  static func openWrites(_ writes: [RegisterWrite]) -> [RegisterWrite] {
    guard let w = winner(writes) else { return [] }
    let seen = Set(writes.flatMap(\.knows))
    return [w] + writes.filter { $0 != w && !seen.contains($0.stamp) }.sorted(by: RegisterWrite.ranksBelow)
  }
}
