import SalesFloorKit

/// The team's devices, kept as records of a collection only the sync log knows (`$devices`):
/// enrolment is an op of the new device's own log, revocation an op of whoever revokes it, so the
/// list converges on every copy like any record.
public struct DeviceEntry: Hashable, Sendable {
  public var device: String
  public var person: String
  public var host: String
  public var enrolled: String
  /// When and by whom it was revoked; nil while it may sync.
  public var revoked: String?
  public var revokedBy: String?
  /// When its newest op was made (ms since the epoch), if any.
  public var lastEdit: Int64?
}

extension SyncEngine {
  static let devicesCollection = "$devices"

  static func deviceRecord(_ id: String) -> SyncRecordRef { SyncRecordRef(devicesCollection, id) }

  func deviceEntry(_ id: String) -> DeviceEntry? {
    guard let v = merged.view(Self.deviceRecord(id)), v.exists else { return nil }
    return DeviceEntry(
      device: id, person: v.fields["person"]?.stringValue ?? "", host: v.fields["host"]?.stringValue ?? "",
      enrolled: v.fields["enrolled"]?.stringValue ?? "", revoked: v.fields["revoked"]?.stringValue,
      revokedBy: v.fields["revokedBy"]?.stringValue, lastEdit: nil)
  }

  /// Every enrolled device, by id, with the time of its newest op.
  public var devices: [DeviceEntry] {
    mutex.lock()
    defer { mutex.unlock() }
    var last: [String: Int64] = [:]
    for op in merged.ops.values where op.collection != Self.devicesCollection {
      last[op.device] = max(last[op.device] ?? 0, op.stamp.wall)
    }
    return merged.liveIds(raw: Self.devicesCollection).compactMap { id in
      guard var e = deviceEntry(id) else { return nil }
      e.lastEdit = last[id]
      return e
    }
  }

  /// The enrolment op of this device.
  func enrolOp() -> SyncOp {
    makeOp(
      record: Self.deviceRecord(device.id),
      payload: .create([
        "person": .string(deviceFile.person), "host": .string(deviceFile.host),
        "enrolled": .string(deviceFile.enrolled.description),
      ]))
  }

  /// Revokes a device: it stops syncing at its next round, and every copy lists it as revoked.
  /// Its log stays on the hub (what it pushed before stays merged).
  public func revoke(_ id: String) throws(SyncRunError) {
    try locked { () throws(SyncRunError) in
      try catchUp()
      guard let entry = deviceEntry(id) else {
        let known = merged.liveIds(raw: Self.devicesCollection).joined(separator: ", ")
        throw SyncRunError(
          "no device \(id) in this team as this copy knows it (devices: \(known.isEmpty ? "none" : known)); "
            + "a device enrolled since this copy last synced is known after salesfloor sync")
      }
      guard entry.revoked == nil else { throw SyncRunError("device \(id) is already revoked") }
      guard id != device.id else {
        throw SyncRunError("this is device \(id): revoke it from another copy, or remove this folder")
      }
      let ref = Self.deviceRecord(id)
      let base = merged.base(of: ref, SyncRegister(name: "revoked"))
      let op = makeOp(
        record: ref,
        payload: .put([
          SyncFieldWrite(fields: ["revoked": .string(Timestamp.now.description)], base: base),
          SyncFieldWrite(
            fields: ["revokedBy": .string(deviceFile.person)],
            base: merged.base(of: ref, SyncRegister(name: "revokedBy"))),
        ]))
      try exportPending(extra: [op])
    }
  }
}
