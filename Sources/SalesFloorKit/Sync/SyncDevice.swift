/// The writing side of one device's sync log: its id, the next sequence number and its clock.
///
/// Why one value: the op id `<deviceId>:<seq>` must be gap-free and every stamp above everything
/// the device has seen, so numbering and stamping happen together, after the device caught up
/// (`observe`). The sync code persists it between runs.
public struct SyncDevice: Hashable, Sendable {
  public let id: String
  /// The sequence number the next op gets (1 for a new device).
  public private(set) var nextSeq: Int
  public private(set) var clock: HybridClock

  /// Refuses an id that would break op ids or stamps (see `isValidId`).
  public init(id: String, nextSeq: Int = 1) throws(SyncError) {
    guard Self.isValidId(id) else {
      throw SyncError("device id \"\(id)\" must be 1–64 of a–z, A–Z, 0–9, \".\", \"_\", \"-\"")
    }
    guard nextSeq >= 1 else { throw SyncError("a device's next sequence number starts at 1") }
    self.id = id
    self.nextSeq = nextSeq
    self.clock = HybridClock(device: id)
  }

  /// Letters, digits, `.`, `_`, `-`; 1 to 64 of them (no `:`, which separates an op id).
  public static func isValidId(_ id: String) -> Bool {
    !id.isEmpty && id.utf8.count <= 64
      && id.utf8.allSatisfy { b in
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 45 || b == 46 || b == 95
      }
  }

  /// Catches the clock up with everything merged, so the next stamps order after it.
  public mutating func observe(_ state: SyncState) {
    if let latest = state.latest { clock.observe(latest) }
  }

  /// The next op of this device at wall time `now` (ms since the epoch).
  public mutating func makeOp(
    author: String?, record: SyncRecordRef, payload: SyncPayload, now: Int64
  ) -> SyncOp {
    let op = SyncOp(
      device: id, seq: nextSeq, author: author, stamp: clock.tick(now: now), collection: record.collection,
      recordId: record.id, payload: payload)
    nextSeq += 1
    return op
  }

  /// The op that answers `conflict` with `choice`.
  public mutating func resolve(
    _ conflict: SyncConflict, _ choice: SyncChoice, author: String?, in state: SyncState, now: Int64
  ) throws(SyncError) -> SyncOp {
    var payload = try conflict.resolution(choice)
    // A restore saw the whole record as it stands (every delete, not only the one in the conflict).
    if case .restore = payload { payload = .restore(seen: state.seenStamps(of: conflict.record)) }
    observe(state)
    return makeOp(author: author, record: conflict.record, payload: payload, now: now)
  }

  /// The ops a local change set implies, based on what `state` (this device's merged view) holds:
  /// a create, a delete, or per field a put (groups whole), per set element an add or remove, and
  /// the entries appended to logs. Apply them to `state` afterwards.
  public mutating func ops(
    for change: ChangeSet, in state: SyncState, now: Int64
  ) throws(SyncError) -> [SyncOp] {
    observe(state)
    var out: [SyncOp] = []
    for c in change.changes {
      let ref = SyncRecordRef(c.collection.rawValue, c.id)
      for payload in try Self.payloads(before: c.before, after: c.after, ref: ref, in: state) {
        out.append(makeOp(author: change.actor, record: ref, payload: payload, now: now))
      }
    }
    return out
  }

  /// The payloads that turn `before` into `after` (nil: absent), with bases from `state`.
  static func payloads(
    before: Record?, after: Record?, ref: SyncRecordRef, in state: SyncState
  ) throws(SyncError) -> [SyncPayload] {
    let known = state.view(ref)
    guard let after else {
      return before == nil && known?.exists != true ? [] : [.delete(seen: state.seenStamps(of: ref))]
    }
    let new = try after.syncFields()
    // A record sync has not seen (made before this device joined, or created here) starts whole.
    guard let known else { return [.create(new)] }
    if let before {
      return diff(from: try before.syncFields(), to: new, ref: ref, in: state)
    }
    // Re-created (an undone delete, or a record sync holds but the journal did not): restore it
    // and write what differs from the merged version.
    let restore: [SyncPayload] = known.exists ? [] : [.restore(seen: state.seenStamps(of: ref))]
    return restore + diff(from: known.fields, to: new, ref: ref, in: state)
  }

  /// Field by field: registers that differ (a group as a whole), set elements in and out, new log
  /// entries (those of `new` beyond the ones `old` has, counted as a multiset).
  static func diff(
    from old: [String: SyncValue], to new: [String: SyncValue], ref: SyncRecordRef, in state: SyncState
  ) -> [SyncPayload] {
    let schema = SyncSchema.of(ref.collection)
    var out: [SyncPayload] = []
    var registers: [String: [String]] = [:]
    for field in Set(old.keys).union(new.keys) where schema.isRegisterField(field) {
      registers[schema.registerName(of: field), default: []].append(field)
    }
    var writes: [SyncFieldWrite] = []
    for name in registers.keys.sorted(by: SyncValue.byteOrder) {
      let members = schema.members(of: name)
      guard members.contains(where: { (old[$0] ?? .null) != (new[$0] ?? .null) }) else { continue }
      var fields: [String: SyncValue] = [:]
      for m in members { fields[m] = new[m] ?? .null }
      writes.append(SyncFieldWrite(fields: fields, base: state.base(of: ref, SyncRegister(name: name))))
    }
    if !writes.isEmpty { out.append(.put(writes)) }
    for (field, shape) in schema.sets.sorted(by: { SyncValue.byteOrder($0.key, $1.key) }) {
      let before = schema.elements(of: old[field], shape: shape)
      let after = schema.elements(of: new[field], shape: shape)
      let had = Set(before)
      let has = Set(after)
      let changes =
        before.filter { !has.contains($0) }.map { ($0, false) }
        + after.filter { !had.contains($0) }.map { ($0, true) }
      guard !changes.isEmpty else { continue }
      out.append(
        .elements(
          field: field,
          changes.map { e, present in
            SyncElementWrite(
              element: e, present: present, base: state.base(of: ref, SyncRegister(name: field, element: e)))
          }))
    }
    for field in schema.logs.sorted(by: SyncValue.byteOrder) {
      var remaining: [SyncValue: Int] = [:]
      for e in old[field]?.arrayValue ?? [] { remaining[e, default: 0] += 1 }
      var added: [SyncValue] = []
      for e in new[field]?.arrayValue ?? [] {
        if let n = remaining[e], n > 0 { remaining[e] = n - 1 } else { added.append(e) }
      }
      if !added.isEmpty { out.append(.append(field: field, entries: added)) }
    }
    return out
  }
}
