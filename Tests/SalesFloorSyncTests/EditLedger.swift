import SalesFloorKit

@testable import SalesFloorSync

/// What the convergence test checks about each acknowledged edit, and who had seen it.
///
/// The rule ("no acknowledged edit is missing"): after every copy synced twice, each fact an
/// edit set (a field's value, a tag or checklist step in or out, a record created or deleted, a
/// coaching note added) must
/// 1. hold in the final workspace, or
/// 2. be a side of a conflict in the final conflict list (a write overwritten, or deleted, by
///    someone who had not seen it), or
/// 3. have been superseded knowingly: a later edit of the same register (the same field or group,
///    the same set element, the record's existence) or a delete of the record was made on a copy
///    that had already seen this edit (its own earlier edit, or one it had fetched and applied).
///
/// "Seen" is tracked here, independently of the engine: a copy has seen its own edits; a round
/// with the network pushes everything the copy made, then fetches everything the hub holds; an
/// offline round (`network: false`) and a skipped round change nothing.
///
/// Values are compared, not op ids, so a final value equal to the edit's by coincidence (few
/// stages exist) counts as holding: the check can only be more lenient than the rule, never
/// stricter. Lost edits of free-text fields, amounts, tags, steps and notes are caught exactly.
struct EditLedger {
  struct Fact {
    var edit: Int
    var copy: Int
    /// `collection/id/register[/element]`: what a later informed edit supersedes.
    var key: String
    var record: SyncRecordRef
    var what: String
    var holds: (Workspace) -> Bool
    var inConflict: (SyncConflict) -> Bool
    var superseded = false
  }

  private(set) var facts: [Fact] = []
  private var byKey: [String: [Int]] = [:]
  private var byRecord: [SyncRecordRef: [Int]] = [:]
  /// Per copy, the facts (by index) whose effect it has seen.
  private var seen: [Set<Int>]
  private var mine: [Set<Int>]
  private var hub = Set<Int>()
  private(set) var edits = 0

  init(copies: Int) {
    seen = Array(repeating: [], count: copies)
    mine = Array(repeating: [], count: copies)
  }

  /// Records the facts of one acknowledged edit of `copy`. `deletes` names a record the edit
  /// deleted: every fact on it the copy had seen is superseded.
  mutating func acknowledge(copy: Int, _ new: [Fact], deletes: SyncRecordRef? = nil) {
    edits += 1
    if let deletes {
      for i in byRecord[deletes] ?? [] where seen[copy].contains(i) { facts[i].superseded = true }
    }
    for var fact in new {
      fact.edit = edits
      fact.copy = copy
      for i in byKey[fact.key] ?? [] where seen[copy].contains(i) { facts[i].superseded = true }
      let index = facts.count
      facts.append(fact)
      byKey[fact.key, default: []].append(index)
      byRecord[fact.record, default: []].append(index)
      seen[copy].insert(index)
      mine[copy].insert(index)
    }
  }

  /// A round with the hub: push, then fetch.
  mutating func synced(copy: Int) {
    hub.formUnion(mine[copy])
    seen[copy].formUnion(hub)
  }

  /// Facts that break the rule.
  func missing(in ws: Workspace, conflicts: [SyncConflict]) -> [Fact] {
    facts.filter { f in !f.superseded && !f.holds(ws) && !conflicts.contains(where: f.inConflict) }
  }

  var supersededCount: Int { facts.filter(\.superseded).count }
}

extension EditLedger.Fact {
  /// A register field (or a member of a group) set to `value`.
  static func field(
    _ ref: SyncRecordRef, _ field: String, _ value: SyncValue, read: @escaping (Workspace) -> SyncValue?
  ) -> Self {
    let register = SyncSchema.of(ref.collection).registerName(of: field)
    return Self(
      edit: 0, copy: 0, key: "\(ref.collection)/\(ref.id)/\(register)", record: ref,
      what: "\(ref.id).\(field) = \(value.canonical)",
      holds: { read($0) == value },
      inConflict: { c in
        c.record == ref && c.register.name == register && c.register.element == nil
          && [c.applied, c.other].contains { $0.value.objectValue?[field] == value }
      })
  }

  /// One element of a set field put in or taken out.
  static func element(
    _ ref: SyncRecordRef, _ field: String, _ element: SyncValue, present: Bool,
    read: @escaping (Workspace) -> Bool?
  ) -> Self {
    Self(
      edit: 0, copy: 0, key: "\(ref.collection)/\(ref.id)/\(field)/\(element.canonical)", record: ref,
      what: "\(ref.id).\(field) \(present ? "has" : "lacks") \(element.canonical)",
      holds: { read($0) == present },
      inConflict: { c in
        c.record == ref && c.register == SyncRegister(name: field, element: element)
          && [c.applied, c.other].contains { $0.value == .bool(present) }
      })
  }

  /// The record created (true) or deleted (false).
  static func existence(_ ref: SyncRecordRef, _ exists: Bool, read: @escaping (Workspace) -> Bool) -> Self {
    Self(
      edit: 0, copy: 0, key: "\(ref.collection)/\(ref.id)/\(SyncRegister.existence.name)", record: ref,
      what: "\(ref.id) \(exists ? "exists" : "is deleted")",
      holds: { read($0) == exists },
      inConflict: { c in
        c.record == ref && c.register == .existence
          && [c.applied, c.other].contains { $0.value == .bool(exists) }
      })
  }

  /// An entry appended to a grow-only log (never in conflict, never superseded).
  static func logEntry(_ ref: SyncRecordRef, _ what: String, holds: @escaping (Workspace) -> Bool) -> Self {
    Self(
      edit: 0, copy: 0, key: "\(ref.collection)/\(ref.id)/log/\(what)", record: ref, what: what, holds: holds,
      inConflict: { _ in false })
  }
}
