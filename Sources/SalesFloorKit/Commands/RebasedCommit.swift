/// How a one-shot writer (a CLI command, an import) makes an edit without losing anyone else's:
/// the command runs against the workspace it opened (what the user's command saw), then again,
/// under the write lock, against the latest version. Fields the edit changes that nobody else
/// touched are applied on top of the latest version (so another writer's other fields and deal
/// history survive); a field the edit changes that another writer changed meanwhile is a conflict.
public enum RebasedEdit {
  /// The edit to commit on `latest`, or nil when it would change nothing there.
  ///
  /// Throws `EditConflict` when a field this edit changes differs between the opened and the
  /// latest version of a record (unless the latest already holds the edit's value), or when a
  /// record the edit changes was deleted; throws the command's own `CommandError` otherwise.
  public static func plan(
    _ command: some WorkspaceCommand, seen: CommandContext, latest: Workspace
  ) throws -> Edit? {
    let seenEdit = try command.edit(in: seen)
    try checkConflicts(seenEdit, opened: seen.workspace, latest: latest)
    var fresh = seen
    fresh.workspace = latest
    var edit = try command.edit(in: fresh)
    edit.mutations = HandoffLifecycle.follow(edit.mutations, in: latest, today: fresh.today)
    return edit.changesNothing(in: latest) ? nil : edit
  }

  /// Compares, per record the edit touches, the fields it changes in the opened and the latest
  /// version. Records the edit creates are new to everyone and never conflict.
  static func checkConflicts(_ edit: Edit, opened: Workspace, latest: Workspace) throws(EditConflict) {
    for m in edit.mutations {
      guard let before = opened.record(m.collection, id: m.recordId) else { continue }
      guard let now = latest.record(m.collection, id: m.recordId) else {
        throw EditConflict(
          collection: m.collection, id: m.recordId, recordName: RecordFields(before).displayName,
          fields: [.init(name: "record", was: "present", now: nil)])
      }
      // Untouched underneath (the common case, and every row of a large import): no encoding.
      if now == before { continue }
      let base = RecordFields(before)
      let current = RecordFields(now)
      let touched: [String]
      let wanted: RecordFields?
      switch m {
      case .put(let r):
        wanted = RecordFields(r)
        touched = base.changed(to: wanted ?? base)
      case .delete:
        wanted = nil
        touched = base.fieldNames
      }
      let moved = touched.filter { f in
        current[f] != base[f] && wanted.map { current[f] != $0[f] } ?? true
      }
      guard !moved.isEmpty else { continue }
      throw EditConflict(
        collection: m.collection, id: m.recordId, recordName: base.displayName,
        fields: moved.map { .init(name: $0, was: base.text($0), now: current.text($0)) })
    }
  }
}

extension WorkspaceStore {
  /// Runs a command as a one-shot writer: plans it on `seen` (the workspace as opened), then
  /// re-plans and commits it under the exclusive lock on the latest version (`RebasedEdit`), so a
  /// concurrent writer's edit is never overwritten and a find-or-create by name (an account for
  /// `deal add --account`) sees every other writer's records. Returns the edit committed, or nil
  /// when there was nothing to change (then nothing is written: no journal line).
  ///
  /// The cockpit, which shows a version to the user first, commits with `expecting` instead.
  public func commit(_ command: some WorkspaceCommand, seen: CommandContext) throws -> Edit? {
    var planned: Edit?
    do {
      try commit(planning: { latest in
        guard let edit = try RebasedEdit.plan(command, seen: seen, latest: latest) else {
          throw NothingToChange()
        }
        planned = edit
        return Transaction(
          id: WorkspaceStore.newId(prefix: "tx-"), at: seen.now, actor: seen.actor, summary: edit.summary,
          mutations: edit.mutations)
      })
    } catch is NothingToChange {
      return nil
    }
    return planned
  }
}

/// Aborts a planned commit that would write nothing (never leaves `commit(_:seen:)`).
struct NothingToChange: Error {}
