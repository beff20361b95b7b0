import SalesFloorKit

/// One row of the team's change log: who changed which record, when, from which device, and what.
public struct SyncLogEntry: Hashable, Sendable {
  /// Where the row comes from.
  public enum Origin: Hashable, Sendable {
    /// An op in the merged sync log (this device's or a teammate's).
    case synced
    /// A journal line of this copy not exported to its sync log yet.
    case notSynced
    /// A journal line of a workspace that does not sync.
    case journal
  }

  public var at: Timestamp
  /// Person id of the author, when known.
  public var author: String?
  /// The device that made it; nil for a workspace that does not sync.
  public var device: String?
  public var record: SyncRecordRef
  /// What changed, readable: "stage: qualify → proposal", "created", "deleted", "tags +vip"; a
  /// journal line gives its summary.
  public var changes: [String]
  public var origin: Origin
  /// Wall milliseconds, for the newest-first order (ties: op id).
  let order: Int64
  let key: String
}

extension SyncEngine {
  /// The team's changes, newest first: every merged op (grouped per edit: one device, one record,
  /// one instant), then this copy's journal lines not exported yet; `record` keeps one record's.
  ///
  /// Why here: the merged ops know author, device and the value each write replaced (its base), so
  /// "old → new" comes from the log itself, on every copy alike.
  public func history(of record: SyncRecordRef? = nil) throws(SyncRunError) -> [SyncLogEntry] {
    try locked { () throws(SyncRunError) -> [SyncLogEntry] in
      let ops = merged.ops.values.filter { op in
        !op.collection.hasPrefix("$")
          && record.map { $0 == SyncRecordRef(op.collection, op.recordId) } ?? true
      }
      var byStamp: [Stamp: SyncOp] = [:]
      for op in merged.ops.values { byStamp[op.stamp] = op }
      let sorted = ops.sorted { ($0.device, $0.seq) < ($1.device, $1.seq) }
      var out: [SyncLogEntry] = []
      var group: [SyncOp] = []
      func flush() throws(SyncRunError) {
        guard let first = group.first, let last = group.last else { return }
        let ref = SyncRecordRef(first.collection, first.recordId)
        var changes: [String] = []
        for op in group { changes += try describe(op, byStamp: byStamp) }
        if changes.isEmpty { changes = group.compactMap(Self.logAppend) }
        let at = group.lazy.compactMap(Self.editTime).first ?? Timestamp(seconds: first.stamp.wall / 1000)
        out.append(
          SyncLogEntry(
            at: at, author: first.author, device: first.device, record: ref, changes: changes,
            origin: .synced,
            order: max(at.seconds * 1000, 0), key: last.device + ":" + Self.padded(last.seq)))
        group = []
      }
      for op in sorted {
        if let prev = group.last, !Self.continues(op, prev) { try flush() }
        group.append(op)
      }
      try flush()
      out += Self.entries(
        of: try pendingLines(Self.journalLines(folder: workspacePath)), device: device.id, origin: .notSynced,
        record: record)
      return Self.newestFirst(out)
    }
  }

  /// Whether `op` belongs to the same edit as `prev`: the ops of one journal line for one record
  /// are numbered in a row at one instant, the field writes (or create, delete) first, then set
  /// elements and log entries; so only those continue an edit.
  static func continues(_ op: SyncOp, _ prev: SyncOp) -> Bool {
    guard prev.device == op.device, prev.seq + 1 == op.seq, prev.stamp.wall == op.stamp.wall,
      prev.collection == op.collection, prev.recordId == op.recordId
    else { return false }
    switch op.payload {
    case .elements, .append: return true
    default: return false
    }
  }

  /// When the edit was made, where the op says so (a deal's `updatedAt`, a history entry's `at`):
  /// a stamp is when the edit was exported, which may be a later sync round.
  static func editTime(_ op: SyncOp) -> Timestamp? {
    switch op.payload {
    case .put(let writes):
      for w in writes {
        if let t = w.fields["updatedAt"]?.stringValue, let at = Timestamp(iso: t) { return at }
      }
      return nil
    case .append(_, let entries):
      return entries.lazy.compactMap { $0.objectValue?["at"]?.stringValue }.compactMap { Timestamp(iso: $0) }
        .first
    default: return nil
    }
  }

  /// The journal lines of a workspace that does not sync, newest first (`record` keeps one
  /// record's): what the journal holds since the last compaction, with actor, time and summary.
  public static func journalHistory(
    folder: String, of record: SyncRecordRef? = nil
  ) throws(SyncRunError) -> [SyncLogEntry] {
    newestFirst(entries(of: try journalLines(folder: folder), device: nil, origin: .journal, record: record))
  }

  static func newestFirst(_ entries: [SyncLogEntry]) -> [SyncLogEntry] {
    entries.sorted { a, b in a.order != b.order ? a.order > b.order : a.key > b.key }
  }

  /// One entry per record a journal line touches (sync's own apply lines left out).
  static func entries(
    of lines: [JournalLine], device: String?, origin: SyncLogEntry.Origin, record: SyncRecordRef?
  ) -> [SyncLogEntry] {
    var out: [SyncLogEntry] = []
    for (n, line) in lines.enumerated() {
      guard let tx = line.transaction else { continue }
      var refs: [SyncRecordRef] = []
      for m in tx.mutations {
        let ref = SyncRecordRef(m.collection.rawValue, m.recordId)
        if record.map({ $0 == ref }) ?? true, !refs.contains(ref) { refs.append(ref) }
      }
      for ref in refs {
        out.append(
          SyncLogEntry(
            at: tx.at, author: tx.actor, device: device, record: ref, changes: [tx.summary], origin: origin,
            order: tx.at.seconds * 1000 + 999, key: "~" + padded(n)))
      }
    }
    return out
  }

  /// A number that sorts as text like a number (ties in the newest-first order).
  static func padded(_ n: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
  }

  /// What one op did, in words; appends to the deal history are left out (the fields they log
  /// are shown as writes), bookkeeping fields (`updatedAt`) too.
  func describe(_ op: SyncOp, byStamp: [Stamp: SyncOp]) throws(SyncRunError) -> [String] {
    let ref = SyncRecordRef(op.collection, op.recordId)
    let schema = SyncSchema.of(op.collection)
    switch op.payload {
    case .create: return ["created"]
    case .delete: return ["deleted"]
    case .restore: return ["restored"]
    case .put(let writes):
      var out: [String] = []
      for w in writes {
        for field in w.fields.keys.sorted() where !schema.quiet.contains(field) {
          let new = w.fields[field] ?? .null
          // No base: the field was unset. A base this copy does not know: only the new value.
          var old: SyncValue?? = .some(nil)
          if let base = w.base { old = try value(of: field, at: base, ref: ref, byStamp: byStamp) }
          guard case .some(let before) = old else {
            out.append("\(field): \(Self.text(new))")
            continue
          }
          if (before ?? .null) == new { continue }
          out.append("\(field): \(Self.text(before ?? .null)) → \(Self.text(new))")
        }
      }
      return out
    case .elements(let field, let writes):
      let parts = writes.map { ($0.present ? "+" : "-") + Self.element($0.element) }
      return ["\(field) " + parts.joined(separator: " ")]
    case .append(let field, _):
      return schema.logs.contains(field) && op.collection == CollectionName.deals.rawValue
        ? [] : Self.logAppend(op).map { [$0] } ?? []
    case .resolve(let r):
      return ["conflict on \(r.register.name) answered: \(Self.text(r.value))"]
    case .unknown(let kind, _):
      return ["\(kind) (a change this version does not know)"]
    }
  }

  /// "history +2": entries appended to a log.
  static func logAppend(_ op: SyncOp) -> String? {
    guard case .append(let field, let entries) = op.payload else { return nil }
    return "\(field) +\(entries.count)"
  }

  /// The value `field` had in the write stamped `stamp` (the snapshot's for the snapshot stamp);
  /// nil when that write is not known here, `.some(nil)` when it did not hold the field.
  func value(
    of field: String, at stamp: Stamp, ref: SyncRecordRef, byStamp: [Stamp: SyncOp]
  ) throws(SyncRunError) -> SyncValue?? {
    if stamp == SyncState.snapshotStamp { return .some(try snapshot.fields(ref)?[field]) }
    guard let op = byStamp[stamp] else { return nil }
    switch op.payload {
    case .create(let fields): return .some(fields[field])
    case .put(let writes):
      guard let w = writes.first(where: { $0.fields[field] != nil }) else { return nil }
      return .some(w.fields[field])
    case .resolve(let r):
      if r.register.name == field { return .some(r.value) }
      return r.value.objectValue.map { .some($0[field]) } ?? nil
    default: return nil
    }
  }

  /// A value as a person reads it (as `conflicts` shows one): text bare, null as "-", others as
  /// compact JSON; long ones cut.
  static func text(_ value: SyncValue) -> String {
    let s: String
    switch value {
    case .null: s = "-"
    case .string(let t): s = t
    default: s = value.canonical
    }
    return s.count > 60 ? String(s.prefix(59)) + "…" : s
  }

  /// A set element: the value, or `key#n` for a checklist step (`["meddic", 3]`).
  static func element(_ value: SyncValue) -> String {
    if let pair = value.arrayValue, pair.count == 2, let key = pair[0].stringValue {
      return key + "#" + text(pair[1])
    }
    return text(value)
  }
}
