/// Two writes of which one was applied and the other overwritten (or deleted) without anyone
/// having seen it: listed so a person decides, and the same on every replica.
public struct SyncConflict: Hashable, Comparable, Sendable {
  public enum Kind: String, Sendable {
    /// Two edits of one register (field, group or set element); the later stamp applies.
    case concurrentEdit
    /// An edit the deleter had not seen; the record stays deleted until restored.
    case editVersusDelete
  }

  /// One write in a conflict. `value` is the register's value (an object of fields, or true/false
  /// for a set element or the record's existence).
  public struct Side: Hashable, Sendable {
    public var opId: String
    public var author: String?
    public var device: String
    public var stamp: Stamp
    public var value: SyncValue
  }

  /// Derived from the record, register and overwritten write: stable while the conflict is open.
  public var id: String
  public var kind: Kind
  public var record: SyncRecordRef
  public var register: SyncRegister
  /// The write in effect (for `editVersusDelete`: the delete).
  public var applied: Side
  /// The write that was overwritten unseen (for `editVersusDelete`: the edit).
  public var other: Side

  init(kind: Kind, record: SyncRecordRef, register: SyncRegister, applied: Side, other: Side) {
    self.kind = kind
    self.record = record
    self.register = register
    self.applied = applied
    self.other = other
    self.id = DerivedId.make(
      prefix: "x-",
      from: [record.collection, record.id, register.name, register.element?.canonical ?? "", other.opId])
  }

  public static func < (a: SyncConflict, b: SyncConflict) -> Bool {
    if a.record != b.record { return a.record < b.record }
    if a.register != b.register { return a.register < b.register }
    if a.other.stamp != b.other.stamp { return a.other.stamp < b.other.stamp }
    return SyncValue.byteOrder(a.id, b.id)
  }

  /// The conflict as a JSON object (the conflict list's line format).
  public var jsonValue: SyncValue {
    func side(_ s: Side) -> SyncValue {
      var o: [String: SyncValue] = [
        "op": .string(s.opId), "device": .string(s.device), "stamp": .string(s.stamp.description),
        "value": s.value,
      ]
      if let a = s.author { o["author"] = .string(a) }
      return .object(o)
    }
    var o: [String: SyncValue] = [
      "id": .string(id), "kind": .string(kind.rawValue), "collection": .string(record.collection),
      "record": .string(record.id), "register": .string(register.name), "applied": side(applied),
      "other": side(other),
    ]
    if let e = register.element { o["element"] = e }
    return .object(o)
  }
}

/// How a person answers a conflict.
public enum SyncChoice: Hashable, Sendable {
  /// Keep the value in effect (for an edit versus a delete: keep it deleted).
  case keepApplied
  /// Take the overwritten value (for an edit versus a delete: restore the record).
  case takeOther
  /// A new value for the fields of the register (a field or a group; not for set elements).
  case newValue([String: SyncValue])
}

extension SyncConflict {
  /// The payload of the op that answers this conflict; once merged, the conflict is gone on every
  /// replica, because the answer is a write that saw both sides.
  public func resolution(_ choice: SyncChoice) throws(SyncError) -> SyncPayload {
    switch (kind, choice) {
    case (.editVersusDelete, .keepApplied): return .delete(seen: [applied.stamp, other.stamp])
    case (.editVersusDelete, .takeOther): return .restore(seen: [applied.stamp])
    case (.editVersusDelete, .newValue):
      throw SyncError("an edit of a deleted record is answered by keeping it deleted or restoring it")
    case (.concurrentEdit, .newValue(let fields)):
      guard register.element == nil, register != .existence else {
        throw SyncError("\(register.name) holds yes or no: keep one side or take the other")
      }
      let members = SyncSchema.of(record.collection).members(of: register.name)
      guard Set(fields.keys) == Set(members) else {
        throw SyncError(
          "a new value of \(register.name) must give exactly: \(members.joined(separator: ", "))")
      }
      return resolve(.object(fields))
    case (.concurrentEdit, .keepApplied): return resolve(applied.value)
    case (.concurrentEdit, .takeOther): return resolve(other.value)
    }
  }

  private func resolve(_ value: SyncValue) -> SyncPayload {
    .resolve(
      SyncResolution(conflict: id, register: register, value: value, seen: [applied.stamp, other.stamp]))
  }
}

extension SyncState {
  /// The open conflicts, sorted: a write is in conflict when it was overwritten (or its record
  /// deleted) and no later write on the same register (or delete) saw it.
  public func conflicts() -> [SyncConflict] {
    var out: [SyncConflict] = []
    for ref in recordRefs {
      guard let state = records[ref], let lifeWrites = state.registers[.existence],
        let life = Self.winner(lifeWrites)
      else { continue }
      let quiet = SyncSchema.of(ref.collection).quiet
      let exists = life.value == .bool(true)
      let deleteSaw = Set(lifeWrites.flatMap(\.knows))
      for (register, writes) in state.registers where !quiet.contains(register.name) {
        let open = Self.openWrites(writes)
        guard let winner = open.first else { continue }
        if exists || register == .existence {
          for w in open.dropFirst() where w.value != winner.value {
            out.append(
              SyncConflict(kind: .concurrentEdit, record: ref, register: register, applied: winner, other: w))
          }
        } else {
          for w in open where !deleteSaw.contains(w.stamp) {
            out.append(
              SyncConflict(kind: .editVersusDelete, record: ref, register: register, applied: life, other: w))
          }
        }
      }
    }
    return out.sorted()
  }
}

extension SyncConflict.Side {
  init(_ w: RegisterWrite) {
    self.init(opId: w.opId, author: w.author, device: w.device, stamp: w.stamp, value: w.value)
  }
}

extension SyncConflict {
  init(
    kind: Kind, record: SyncRecordRef, register: SyncRegister, applied: RegisterWrite, other: RegisterWrite
  ) {
    self.init(kind: kind, record: record, register: register, applied: Side(applied), other: Side(other))
  }
}
