/// The merged records: each register's winning value, each set's present elements, each log's
/// entries in stamp order.
extension SyncState {
  /// One record as merged: its fields in `Codable` form, and whether it exists or is deleted
  /// (a deleted record keeps its fields, so "restore" brings back the latest values).
  public struct RecordView: Hashable, Sendable {
    public var fields: [String: SyncValue]
    public var exists: Bool
  }

  /// The merged record; nil when no op created it (yet).
  public func view(_ ref: SyncRecordRef) -> RecordView? {
    guard let state = records[ref], let existence = state.registers[.existence].flatMap(Self.winner)
    else { return nil }
    let schema = SyncSchema.of(ref.collection)
    var fields: [String: SyncValue] = [:]
    var elements: [String: [(write: RegisterWrite, element: SyncValue)]] = [:]
    for (register, writes) in state.registers where register != .existence {
      guard let w = Self.winner(writes) else { continue }
      if let e = register.element {
        if w.value == .bool(true) { elements[register.name, default: []].append((w, e)) }
      } else if let values = w.value.objectValue {
        for (k, v) in values { fields[k] = v }
      }
    }
    for (field, shape) in schema.sets {
      let present = (elements[field] ?? []).sorted { a, b in
        a.write != b.write
          ? RegisterWrite.ranksBelow(a.write, b.write)
          : SyncValue.byteOrder(a.element.canonical, b.element.canonical)
      }
      fields[field] = schema.value(ofElements: present.map(\.element), shape: shape)
    }
    for field in schema.logs {
      let entries = (state.logs[field] ?? []).sorted { a, b in
        a.stamp != b.stamp
          ? a.stamp < b.stamp : a.opId != b.opId ? SyncValue.byteOrder(a.opId, b.opId) : a.ordinal < b.ordinal
      }
      fields[field] = .array(entries.map(\.value))
    }
    return RecordView(fields: fields, exists: existence.value == .bool(true))
  }

  /// The merged record as its model type; nil when it does not exist (deleted, never created, or a
  /// collection this version does not know). Throws when the merged fields do not make a record.
  public func record(_ collection: CollectionName, id: String) throws(SyncError) -> Record? {
    guard let v = view(SyncRecordRef(collection.rawValue, id)), v.exists else { return nil }
    return try Record(collection, syncFields: v.fields)
  }

  /// The ids of the existing records of a collection, sorted.
  public func liveIds(_ collection: CollectionName) -> [String] { liveIds(raw: collection.rawValue) }

  /// The same by raw collection name, for collections only the sync log knows (`$devices`).
  public func liveIds(raw collection: String) -> [String] {
    records.keys.filter { $0.collection == collection && exists($0) }.map(\.id).sorted(
      by: SyncValue.byteOrder)
  }

  /// Whether the record exists (created or restored, and not deleted since); false when unknown.
  public func exists(_ ref: SyncRecordRef) -> Bool {
    records[ref]?.registers[.existence].flatMap(Self.winner)?.value == .bool(true)
  }

  /// Everything merged: the records as a `Workspace`, the conflict list, and what had to be left out.
  public func snapshot() -> SyncSnapshot {
    var workspace = Workspace()
    var issues = self.issues
    for ref in recordRefs {
      guard let collection = CollectionName(rawValue: ref.collection), let v = view(ref), v.exists else {
        continue
      }
      do throws(SyncError) {
        workspace.apply(.put(try Record(collection, syncFields: v.fields)))
      } catch {
        issues.append(SyncIssue(opId: nil, record: ref, message: error.message))
      }
    }
    return SyncSnapshot(workspace: workspace, conflicts: conflicts(), issues: issues.sorted())
  }
}

/// The output of a merge, the same on every replica that has the same ops.
public struct SyncSnapshot: Sendable {
  /// The existing records, as the model types.
  public var workspace: Workspace
  /// Sorted by record, register and the other side's stamp.
  public var conflicts: [SyncConflict]
  public var issues: [SyncIssue]

  /// A collection's file exactly as `WorkspaceStore` writes it (sorted keys, items in id order):
  /// byte-identical on replicas that merged the same ops.
  public func encoded(_ collection: CollectionName) throws -> [UInt8] {
    try FastCodec().encodeFile(collection, of: workspace, schemaVersion: WorkspaceStore.schemaVersion)
  }

  /// The conflict list as JSON Lines, one conflict per line, in list order.
  public var encodedConflicts: [UInt8] {
    Array(conflicts.map { $0.jsonValue.canonical + "\n" }.joined().utf8)
  }
}
