/// The fast `WorkspaceCodec`: a hand-written, validating JSON reader that decodes straight into the
/// model structs, and a byte-level writer that produces exactly what `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys]` produces for the same workspace.
///
/// Why: Foundation's `JSONDecoder` needs seconds for a 100k-deal workspace; opening must beat that
/// by a wide margin. Errors carry the 1-based line and byte column of the offending byte.
public struct FastCodec: WorkspaceCodec {
  /// Whether `/` is written as `\/` (JSONEncoder's default; keep true for byte-identical files).
  public var escapeSlashes: Bool

  public init(escapeSlashes: Bool = true) {
    self.escapeSlashes = escapeSlashes
  }

  private enum FileKey: Int, JSONKeys {
    case items, schemaVersion, settings
    static let keys = table()
  }

  public func decodeFile(
    _ collection: CollectionName, bytes: UnsafeRawBufferPointer, into workspace: inout Workspace
  ) throws -> Int {
    var r = JSONReader(bytes)
    do throws(JSONFailure) {
      var version: Int?
      var sawBody = false
      let at = try r.object(FileKey.keys) { r, k throws(JSONFailure) in
        switch FileKey(rawValue: k) {
        case .schemaVersion: version = try r.readInt()
        case .items where collection != .settings:
          sawBody = true
          try r.decodeItems(collection, into: &workspace)
        case .settings where collection == .settings:
          sawBody = true
          workspace.settings = try r.decodeSettings()
        default: try r.skipValue()
        }
      }
      try r.expectEnd()
      let version2 = try r.req(version, "schemaVersion", at)
      if !sawBody { throw r.missing(collection == .settings ? "settings" : "items", objectAt: at) }
      return version2
    } catch {
      throw r.codecError(error)
    }
  }

  public func encodeFile(
    _ collection: CollectionName, of workspace: Workspace, schemaVersion: Int
  ) throws
    -> [UInt8]
  {
    var w = JSONWriter(pretty: true, escapeSlashes: escapeSlashes, capacity: estimate(collection, workspace))
    w.beginObject()
    if collection == .settings {
      w.key("schemaVersion")
      w.int(schemaVersion)
      w.key("settings")
      try w.write(workspace.settings)
    } else {
      w.key("items")
      w.beginArray()
      try w.writeItems(collection, of: workspace)
      w.endArray()
      w.key("schemaVersion")
      w.int(schemaVersion)
    }
    w.endObject()
    return w.out
  }

  private func estimate(_ collection: CollectionName, _ workspace: Workspace) -> Int {
    switch collection {
    case .deals: return 64 + workspace.deals.count * 700
    case .activities: return 64 + workspace.activities.count * 400
    default: return 4096
    }
  }

  public func encodeTransaction(_ transaction: Transaction) throws -> [UInt8] {
    var w = JSONWriter(pretty: false, escapeSlashes: escapeSlashes, capacity: 512)
    try w.write(transaction)
    return w.out
  }

  public func decodeTransaction(_ bytes: UnsafeRawBufferPointer) throws -> Transaction {
    var r = JSONReader(bytes)
    do throws(JSONFailure) {
      let t = try r.decodeTransaction()
      try r.expectEnd()
      return t
    } catch {
      throw r.codecError(error)
    }
  }
}

extension JSONReader {
  /// Decodes the `items` array of a collection file into the workspace, record by record.
  mutating func decodeItems(_ collection: CollectionName, into ws: inout Workspace) throws(JSONFailure) {
    try beginArray("an array of records")
    var first = true
    var index = 0
    while try nextElement(first: &first) {
      do throws(JSONFailure) {
        switch collection {
        case .deals: ws.deals.upsert(try decodeDeal())
        case .activities: ws.activities.upsert(try decodeActivity())
        case .settings: ws.settings = try decodeSettings()
        default: ws.apply(.put(try decodeRecord(collection)))
        }
      } catch {
        throw error.prefixed(.index(index))
      }
      index += 1
    }
  }

  /// One record of any collection (journal `put` values and cold collection items).
  mutating func decodeRecord(_ collection: CollectionName) throws(JSONFailure) -> Record {
    switch collection {
    case .settings: return .settings(try decodeSettings())
    case .people: return .person(try decodePerson())
    case .accounts: return .account(try decodeAccount())
    case .deals: return .deal(try decodeDeal())
    case .activities: return .activity(try decodeActivity())
    case .quotas: return .quota(try decodeQuota())
    case .coaching: return .coaching(try decodeCoaching())
    case .playbooks: return .playbook(try decodePlaybook())
    case .content: return .content(try decodeContent())
    case .training: return .trainingModule(try decodeTrainingModule())
    case .assignments: return .assignment(try decodeAssignment())
    case .compPlans: return .compPlan(try decodeCompPlan())
    case .territories: return .territory(try decodeTerritory())
    case .forecastSubmissions: return .forecastSubmission(try decodeForecastSubmission())
    case .forecastSnapshots: return .forecastSnapshot(try decodeForecastSnapshot())
    case .rampPlans: return .rampPlan(try decodeRampPlan())
    case .contacts: return .contact(try decodeContact())
    case .products: return .product(try decodeProduct())
    case .activityGoals: return .activityGoal(try decodeActivityGoal())
    }
  }
}

extension JSONWriter {
  /// Writes a collection's records in id order (byte order of the ids, like `sortedById`).
  mutating func writeItems(_ c: CollectionName, of ws: Workspace) throws(CodecError) {
    switch c {
    case .settings: break
    case .people: for v in sorted(ws.people) { element(); write(v) }
    case .accounts: for v in sorted(ws.accounts) { element(); write(v) }
    case .deals: for v in sorted(ws.deals) { element(); write(v) }
    case .activities: for v in sorted(ws.activities) { element(); write(v) }
    case .quotas: for v in sorted(ws.quotas) { element(); write(v) }
    case .coaching: for v in sorted(ws.coaching) { element(); write(v) }
    case .playbooks: for v in sorted(ws.playbooks) { element(); write(v) }
    case .content: for v in sorted(ws.content) { element(); write(v) }
    case .training: for v in sorted(ws.training) { element(); write(v) }
    case .assignments: for v in sorted(ws.assignments) { element(); write(v) }
    case .compPlans: for v in sorted(ws.compPlans) { element(); try write(v) }
    case .territories: for v in sorted(ws.territories) { element(); write(v) }
    case .forecastSubmissions: for v in sorted(ws.forecastSubmissions) { element(); write(v) }
    case .forecastSnapshots: for v in sorted(ws.forecastSnapshots) { element(); write(v) }
    case .rampPlans: for v in sorted(ws.rampPlans) { element(); write(v) }
    case .contacts: for v in sorted(ws.contacts) { element(); write(v) }
    case .products: for v in sorted(ws.products) { element(); write(v) }
    case .activityGoals: for v in sorted(ws.activityGoals) { element(); write(v) }
    }
  }

  private func sorted<T>(_ t: RecordTable<T>) -> [T] { t.sortedById }

  /// One record of any collection, as a journal `put` value.
  mutating func write(_ record: Record) throws(CodecError) {
    switch record {
    case .settings(let v): try write(v)
    case .person(let v): write(v)
    case .account(let v): write(v)
    case .deal(let v): write(v)
    case .activity(let v): write(v)
    case .quota(let v): write(v)
    case .coaching(let v): write(v)
    case .playbook(let v): write(v)
    case .content(let v): write(v)
    case .trainingModule(let v): write(v)
    case .assignment(let v): write(v)
    case .compPlan(let v): try write(v)
    case .territory(let v): write(v)
    case .forecastSubmission(let v): write(v)
    case .forecastSnapshot(let v): write(v)
    case .rampPlan(let v): write(v)
    case .contact(let v): write(v)
    case .product(let v): write(v)
    case .activityGoal(let v): write(v)
    }
  }
}
