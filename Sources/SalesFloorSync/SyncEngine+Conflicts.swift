import SalesFloorKit

/// How a person answers a conflict, in their words: the side that is theirs or the other one.
public enum ConflictAnswer: Hashable, Sendable {
  /// Keep this copy's person's side (when neither side is theirs: the value in effect).
  case keepMine
  /// Take the other person's side (when neither side is theirs: the overwritten value).
  case takeTheirs
  /// A new value for the register's fields (`field → JSON value`).
  case edit([String: SyncValue])
}

extension SyncEngine {
  /// The conflict with this id, or the one a unique id prefix names.
  public func conflict(_ id: String) throws(SyncRunError) -> SyncConflict {
    let all = conflicts
    if let exact = all.first(where: { $0.id == id }) { return exact }
    let matches = all.filter { $0.id.hasPrefix(id) }
    guard matches.count == 1, let only = matches.first else {
      throw SyncRunError(
        matches.isEmpty
          ? "no open conflict \(id) (salesfloor conflicts list shows them)"
          : "\(id) names \(matches.count) conflicts: give more of the id")
    }
    return only
  }

  /// Whether a side of a conflict was written by this copy's person (or on this device).
  public func isMine(_ side: SyncConflict.Side) -> Bool {
    side.isMine(device: device.id, person: deviceFile.person)
  }

  /// Answers a conflict: one op of this device's log (so every copy's list converges once it
  /// syncs), applied to this workspace at once. The next round pushes it.
  @discardableResult
  public func resolve(_ id: String, _ answer: ConflictAnswer) throws(SyncRunError) -> ChangeSet? {
    let target = try conflict(id)
    let choice: SyncChoice
    switch answer {
    case .edit(let fields): choice = .newValue(fields)
    case .keepMine: choice = isMine(target.other) && !isMine(target.applied) ? .takeOther : .keepApplied
    case .takeTheirs: choice = isMine(target.other) && !isMine(target.applied) ? .keepApplied : .takeOther
    }
    return try locked { () throws(SyncRunError) -> ChangeSet? in
      try catchUp()
      var failure: SyncRunError?
      do {
        let change = try store.commitInBackground { ws in
          do throws(SyncRunError) {
            try exportPending()
            let op: SyncOp
            do throws(SyncError) {
              op = try device.resolve(target, choice, author: deviceFile.person, in: merged, now: now())
            } catch {
              throw SyncRunError(error.message)
            }
            merged.apply(op)
            conflictCache = nil
            try writeBatch([op], cursor: nil)
            let mutations = Self.mutations(wantedRecords([target.record]), in: ws)
            guard !mutations.isEmpty else { return nil }
            return Transaction(
              id: WorkspaceStore.newId(prefix: SyncFiles.applyTransactionPrefix), at: .now,
              actor: deviceFile.person,
              summary: "resolved a conflict on \(target.record.collection) \(target.record.id)",
              mutations: mutations)
          } catch {
            failure = error
            throw error
          }
        }
        try exportPending()
        let before = Self.readStatus(workspacePath)
        _ = try finish(before?.state ?? .offline, message: before?.message)
        return change
      } catch let error as SyncRunError {
        throw error
      } catch {
        throw failure ?? SyncRunError("cannot apply the answer to \(target.id): \(error)")
      }
    }
  }
}
