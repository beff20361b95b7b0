/// How the merge treats the fields of one collection's records; every field not named here is a
/// register of its own (last stamp wins, concurrent writes are conflicts).
///
/// Why per field: a list stored as one value loses concurrent additions (TaskChampion turned tags
/// into one key per tag for that reason), and fields that only make sense together (an amount and
/// its currency) must never be mixed from two edits.
public struct SyncSchema: Sendable {
  /// The shapes of set-like fields.
  public enum SetShape: Sendable {
    /// An array of distinct values (deal tags), kept in the order elements were added.
    case list
    /// An object of arrays of integers (deal checklist progress per play id), elements `[key, n]`,
    /// each array sorted.
    case indexesByKey
  }

  /// Fields that change together, each group one register named by its members joined with `+`.
  public var groups: [[String]]
  public var sets: [String: SetShape]
  /// Grow-only logs: arrays whose entries are only ever appended.
  public var logs: Set<String>
  /// Bookkeeping fields every edit touches (`updatedAt`): the later stamp wins without a conflict.
  public var quiet: Set<String>

  public init(
    groups: [[String]] = [], sets: [String: SetShape] = [:], logs: Set<String> = [], quiet: Set<String> = []
  ) {
    self.groups = groups.map { $0.sorted(by: SyncValue.byteOrder) }
    self.sets = sets
    self.logs = logs
    self.quiet = quiet
  }

  /// The schema of a collection (by raw name; unknown collections have only plain registers).
  public static func of(_ collection: String) -> SyncSchema {
    switch CollectionName(rawValue: collection) {
    case .deals?:
      return SyncSchema(
        groups: [["amount", "currency"], ["stage", "lostReason"], ["nextStep", "nextStepDate"]],
        sets: ["tags": .list, "playProgress": .indexesByKey], logs: ["history"], quiet: ["updatedAt"])
    case .coaching?: return SyncSchema(logs: ["notes"])
    default: return SyncSchema()
    }
  }

  /// The register a field is written through: its group's name, or the field itself.
  public func registerName(of field: String) -> String {
    for g in groups where g.contains(field) { return g.joined(separator: "+") }
    return field
  }

  /// The fields a register holds: a group's members, or the one field.
  public func members(of register: String) -> [String] {
    for g in groups where g.joined(separator: "+") == register { return g }
    return [register]
  }

  /// Whether `field` is written through registers of its own (not a set or a log).
  func isRegisterField(_ field: String) -> Bool { sets[field] == nil && !logs.contains(field) }

  /// The elements of a set field's value, in order.
  func elements(of value: SyncValue?, shape: SetShape) -> [SyncValue] {
    switch shape {
    case .list:
      var seen = Set<SyncValue>()
      return (value?.arrayValue ?? []).filter { seen.insert($0).inserted }
    case .indexesByKey:
      guard let o = value?.objectValue else { return [] }
      return o.keys.sorted(by: SyncValue.byteOrder).flatMap { key in
        (o[key]?.arrayValue ?? []).map { SyncValue.array([.string(key), $0]) }
      }
    }
  }

  /// A set field's value from its present elements (given in the order they were added).
  func value(ofElements elements: [SyncValue], shape: SetShape) -> SyncValue {
    switch shape {
    case .list: return .array(elements)
    case .indexesByKey:
      var byKey: [String: [SyncValue]] = [:]
      for e in elements {
        guard let pair = e.arrayValue, pair.count == 2, let key = pair[0].stringValue else { continue }
        byKey[key, default: []].append(pair[1])
      }
      return .object(
        byKey.mapValues { .array($0.sorted { SyncValue.byteOrder($0.canonical, $1.canonical) }) })
    }
  }
}
