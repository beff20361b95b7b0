/// One immutable entry of a device's sync log: who changed which record, when (a `Stamp`), and how.
///
/// Why operations instead of records: the journal puts whole records, which is last-writer-wins per
/// record, so two people editing different fields of one deal would lose one edit. An operation
/// carries only what changed and the stamp of the value its author saw, which is what the merge
/// needs to keep both edits and to tell a concurrent write from an informed one.
public struct SyncOp: Hashable, Sendable {
  /// The device that wrote it; it appends only to its own log.
  public var device: String
  /// 1, 2, 3 … per device, without gaps, so a missing op is noticed.
  public var seq: Int
  /// Person id of who made the change, when known.
  public var author: String?
  public var stamp: Stamp
  /// The collection's raw name (`CollectionName.rawValue`); kept as text so a collection a newer
  /// version adds is carried along, not refused.
  public var collection: String
  public var recordId: String
  public var payload: SyncPayload
  /// Keys this version does not know, kept so the op re-encodes unchanged.
  public var extra: [String: SyncValue]

  public init(
    device: String, seq: Int, author: String?, stamp: Stamp, collection: String, recordId: String,
    payload: SyncPayload, extra: [String: SyncValue] = [:]
  ) {
    self.device = device
    self.seq = seq
    self.author = author
    self.stamp = stamp
    self.collection = collection
    self.recordId = recordId
    self.payload = payload
    self.extra = extra
  }

  /// `<deviceId>:<seq>`: unique in the team, the key that deduplicates redelivered ops.
  public var id: String { "\(device):\(seq)" }
}

/// What an operation does to its record.
public enum SyncPayload: Hashable, Sendable {
  /// A new record, every field as in its `Codable` form.
  case create([String: SyncValue])
  /// New values of some fields; each write holds one field or one group that changes together.
  case put([SyncFieldWrite])
  /// Elements added to or removed from a set-like field (deal tags, checklist steps).
  case elements(field: String, [SyncElementWrite])
  /// Entries appended to a grow-only log (deal history, coaching notes).
  case append(field: String, entries: [SyncValue])
  /// A tombstone. `seen`: the stamps of every write on the record its author had seen, so an edit
  /// they had not seen becomes a conflict instead of vanishing.
  case delete(seen: [Stamp])
  /// Brings a deleted record back (the "restore" answer to an edit-versus-delete conflict).
  case restore(seen: [Stamp])
  /// An answer to a conflict: a new value for one register that saw both sides.
  case resolve(SyncResolution)
  /// A kind this version does not know: kept and re-encoded as it came, ignored by the merge.
  case unknown(kind: String, body: [String: SyncValue])
}

/// A new value for one field, or for a group of fields that only change together (a deal's amount
/// and currency), with the stamp of the value its author saw (nil: none, e.g. the field was unset).
public struct SyncFieldWrite: Hashable, Sendable {
  public var fields: [String: SyncValue]
  public var base: Stamp?

  public init(fields: [String: SyncValue], base: Stamp?) {
    self.fields = fields
    self.base = base
  }
}

/// One element of a set-like field put in (`present`) or taken out, with the stamp its author saw.
public struct SyncElementWrite: Hashable, Sendable {
  public var element: SyncValue
  public var present: Bool
  public var base: Stamp?

  public init(element: SyncValue, present: Bool, base: Stamp?) {
    self.element = element
    self.present = present
    self.base = base
  }
}

/// The answer to a conflict as an op, so every replica's conflict list converges: it writes
/// `value` to `register` as a write that saw both sides (`seen`).
public struct SyncResolution: Hashable, Sendable {
  /// The id of the conflict answered (`SyncConflict.id`); informative, the merge uses `seen`.
  public var conflict: String
  public var register: SyncRegister
  public var value: SyncValue
  public var seen: [Stamp]

  public init(conflict: String, register: SyncRegister, value: SyncValue, seen: [Stamp]) {
    self.conflict = conflict
    self.register = register
    self.value = value
    self.seen = seen
  }
}

/// The unit the merge picks a winner for: a field, a group of fields (`amount+currency`), one
/// element of a set (`tags` + `"vip"`), or the record's existence (`$record`).
public struct SyncRegister: Hashable, Comparable, Sendable {
  public var name: String
  public var element: SyncValue?

  public init(name: String, element: SyncValue? = nil) {
    self.name = name
    self.element = element
  }

  /// The register that says whether the record exists (true) or is deleted (false).
  public static let existence = SyncRegister(name: "$record")

  public static func < (a: SyncRegister, b: SyncRegister) -> Bool {
    if a.name != b.name { return SyncValue.byteOrder(a.name, b.name) }
    return SyncValue.byteOrder(a.element?.canonical ?? "", b.element?.canonical ?? "")
  }
}
