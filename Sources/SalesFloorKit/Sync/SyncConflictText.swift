/// How a conflict reads to a person: the record's name, the field, each side's value.
///
/// Why in the domain: `salesfloor conflicts` and the cockpit's Conflicts view list the same
/// conflicts; one set of words keeps the two saying the same thing.
public enum SyncConflictText {
  /// "deal Acme renewal" (the record's name where it has one, else its id).
  public static func record(_ c: SyncConflict, in ws: Workspace) -> String { record(c.record, in: ws) }

  /// The same for any record a sync op names (`salesfloor log` too).
  public static func record(_ ref: SyncRecordRef, in ws: Workspace) -> String {
    switch CollectionName(rawValue: ref.collection) {
    case .deals?: return ws.deals[id: ref.id].map { "deal \($0.name)" } ?? "deal \(ref.id)"
    case .people?: return ws.people[id: ref.id].map { "person \($0.name)" } ?? "person \(ref.id)"
    case .accounts?: return ws.accounts[id: ref.id].map { "account \($0.name)" } ?? "account \(ref.id)"
    default: return "\(ref.collection) \(ref.id)"
    }
  }

  /// The field (or group of fields) the two writes disagree on.
  public static func field(_ c: SyncConflict) -> String {
    if c.kind == .editVersusDelete {
      return c.register == .existence ? "deleted" : "\(c.register.name) (deleted)"
    }
    if let e = c.register.element { return "\(c.register.name) \(e.canonical)" }
    return c.register.name
  }

  /// One side's value: the field's text, `k=v` pairs for a group, or exists / deleted.
  public static func value(_ side: SyncConflict.Side, _ c: SyncConflict) -> String {
    if c.kind == .editVersusDelete, side == c.applied { return "deleted" }
    if c.register == .existence || c.register.element != nil {
      if c.register == .existence { return side.value == .bool(true) ? "exists" : "deleted" }
      return side.value == .bool(true) ? "present" : "removed"
    }
    guard let fields = side.value.objectValue else { return side.value.canonical }
    return fields.keys.sorted().map { k in
      let v = fields[k] ?? .null
      return fields.count == 1 ? v.display : "\(k)=\(v.display)"
    }.joined(separator: ", ")
  }

  /// Who wrote a side: the author's name where the workspace knows it, else the id or the device.
  public static func author(_ side: SyncConflict.Side, in ws: Workspace) -> String {
    side.author.flatMap { ws.people[id: $0]?.name } ?? side.author ?? side.device
  }
}

extension SyncConflict.Side {
  /// Whether this write is "mine" for a copy: made on its device, or by its person.
  public func isMine(device: String, person: String?) -> Bool {
    self.device == device || (person != nil && author == person)
  }
}

extension SyncValue {
  /// A value as a person reads it: text without quotes, null as "-".
  public var display: String {
    if let s = stringValue { return s }
    if self == .null { return "-" }
    return canonical
  }
}
