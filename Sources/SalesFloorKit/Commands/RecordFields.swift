import Foundation

/// A record seen as its top-level JSON fields (the public format of `docs/format.md`), so an edit
/// can be compared field by field with whatever another writer did to the same record, for every
/// collection, without a hand-written list of fields per type.
struct RecordFields: Equatable {
  /// Field name → canonical JSON of its value (sorted keys); an absent field is `null`.
  var values: [String: Data]

  /// Bookkeeping that every edit touches and that says nothing about what the user changed.
  /// `history` is append-only: a rebased edit appends to the latest history, so it is never
  /// compared (both writers' entries survive).
  static let bookkeeping: Set<String> = ["updatedAt", "history"]

  init(_ record: Record) {
    values = Self.encode(record)
  }

  subscript(field: String) -> Data { values[field] ?? Self.null }

  /// The fields whose values differ between two versions of one record, bookkeeping ignored,
  /// in name order.
  func changed(to other: RecordFields) -> [String] {
    Set(values.keys).union(other.values.keys).subtracting(Self.bookkeeping)
      .filter { self[$0] != other[$0] }.sorted()
  }

  /// Every field but the bookkeeping ones (what deleting a record touches).
  var fieldNames: [String] { Set(values.keys).subtracting(Self.bookkeeping).sorted() }

  /// A value as short text for a message (`12000`, `"proposal"`, `null`).
  func text(_ field: String) -> String {
    let s = String(decoding: self[field], as: UTF8.self)
    return s.count > 40 ? String(s.prefix(39)) + "…" : s
  }

  /// What a user calls the record: its name, subject or title, when it has one.
  var displayName: String? {
    for key in ["name", "subject", "title"] {
      if let d = values[key], let s = try? JSONDecoder().decode(String.self, from: d) { return s }
    }
    return nil
  }

  private static let null = Data("null".utf8)

  private static func encode(_ record: Record) -> [String: Data] {
    switch record {
    case .settings(let v): return fields(v)
    case .person(let v): return fields(v)
    case .account(let v): return fields(v)
    case .deal(let v): return fields(v)
    case .activity(let v): return fields(v)
    case .quota(let v): return fields(v)
    case .coaching(let v): return fields(v)
    case .playbook(let v): return fields(v)
    case .content(let v): return fields(v)
    case .trainingModule(let v): return fields(v)
    case .assignment(let v): return fields(v)
    case .compPlan(let v): return fields(v)
    case .territory(let v): return fields(v)
    case .forecastSubmission(let v): return fields(v)
    case .forecastSnapshot(let v): return fields(v)
    case .rampPlan(let v): return fields(v)
    case .contact(let v): return fields(v)
    case .product(let v): return fields(v)
    case .activityGoal(let v): return fields(v)
    }
  }

  private static func fields(_ value: some Encodable) -> [String: Data] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(value),
      let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
      let dict = object as? [String: Any]
    else { return [:] }
    var out: [String: Data] = [:]
    for (key, v) in dict {
      out[key] =
        (try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .fragmentsAllowed])) ?? null
    }
    return out
  }
}

extension Edit {
  /// True when committing the edit would change nothing in `workspace`: every record it puts is
  /// already there with the same fields (bookkeeping aside) and every record it deletes is gone.
  /// Such an edit is not written (no journal line): "nothing to change".
  public func changesNothing(in workspace: Workspace) -> Bool {
    mutations.allSatisfy { m in
      switch m {
      case .delete(let c, let id): return workspace.record(c, id: id) == nil
      case .put(let r):
        guard let old = workspace.record(r.collection, id: r.id) else { return false }
        if old == r { return true }
        if case .deal(var a) = old, case .deal(var b) = r {
          // The common case (a stage move, a form save), compared as values: encoding both
          // deals field by field costs ~15 ms at keystroke time.
          (a.updatedAt, a.history, b.updatedAt, b.history) = (b.updatedAt, [], b.updatedAt, [])
          return a == b
        }
        return RecordFields(old).changed(to: RecordFields(r)).isEmpty
      }
    }
  }
}
