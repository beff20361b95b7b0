import Foundation
import SalesFloorKit

extension SyncEngine {
  /// One round: export → push → fetch → merge → apply → status. With `network: false` it only
  /// exports and applies what a manual `git fetch` brought (no hub contact). With `wait: false`
  /// it returns nil at once when another round holds the folder's sync lock.
  ///
  /// An unreachable hub is a status (`offline`), not an error: edits stay queued in this device's
  /// log. A hub that refuses this device's log, a copied folder or a revoked device stop the
  /// round with a `stopped` status that says what to run. Thrown errors are local failures (the
  /// workspace cannot be read or written).
  @discardableResult
  public func round(network: Bool = true, wait: Bool = true) throws(SyncRunError) -> SyncStatus? {
    try locked { () throws(SyncRunError) -> SyncStatus? in
      try withSyncLock(wait: wait) { () throws(SyncRunError) -> SyncStatus in
        try catchUp()
        if let stop = try stopReason() { return try finish(.stopped, message: stop) }
        try exportPending()
        var offline: String?
        if network {
          let own = try repository.resolve(SyncRepository.deviceRef(device.id))
          if let own, try own != repository.resolve(SyncRepository.hubDeviceRef(device.id)) {
            switch try repository.push(deviceFile.hub, refs: [SyncRepository.deviceRef(device.id)]) {
            case .pushed: SyncFault.point(.afterPush)
            case .rejected(let why): return try finish(.stopped, message: Self.copiedMessage(deviceFile, why))
            case .unreachable(let why): offline = why
            }
          }
          if offline == nil { offline = try repository.fetch(deviceFile.hub) }
          if offline == nil, let stop = try hubHoldsAnotherLog() {
            return try finish(.stopped, message: stop)
          }
        }
        let incoming = try readNewOps(includeOwn: false)
        let result = try apply(incoming)
        // A revocation arrives with the fetch: the round that brings it stops this copy.
        if let stop = try stopReason() { return try finish(.stopped, message: stop) }
        if offline == nil { lastSynced = Timestamp.now }
        return try finish(
          offline == nil ? .synced : .offline, message: offline.map { "hub not reachable: \($0)" },
          pulled: incoming.count, changed: result?.changes.count ?? 0)
      }
    }
  }

  /// Folds the others' new ops and writes what they change as one journal transaction, under the
  /// store's write lock, after exporting any line written since the round's export (so the
  /// merged state is this copy's journal right up to the apply line).
  func apply(_ incoming: [SyncOp]) throws(SyncRunError) -> ChangeSet? {
    var failure: SyncRunError?
    let change: ChangeSet?
    do {
      change = try store.commitInBackground { ws in
        do throws(SyncRunError) {
          try exportPending()
          let touched = try fold(incoming).union(unapplied)
          unapplied = touched
          let mutations = mutations(for: touched, in: ws)
          guard !mutations.isEmpty else { return nil }
          return Transaction(
            id: SyncFiles.applyTransactionPrefix + Self.randomSuffix(), at: .now,
            actor: soleAuthor(of: incoming),
            summary: summary(of: incoming, changed: mutations.count), mutations: mutations)
        } catch {
          failure = error
          throw error
        }
      }
    } catch {
      throw failure ?? SyncRunError("cannot apply the team's changes to \(workspacePath): \(error)")
    }
    SyncFault.point(.midApply)
    unapplied = []
    try writeApplied()
    SyncFault.point(.afterApply)
    try exportPending()  // moves the cursor past the apply line
    return change
  }

  /// Puts and deletes that make the workspace's records what the merge says.
  func mutations(for refs: Set<SyncRecordRef>, in ws: Workspace) -> [Mutation] {
    var out: [Mutation] = []
    for ref in refs.sorted() {
      guard let c = CollectionName(rawValue: ref.collection), snapshot.syncs(ref.collection) else { continue }
      let want: Record?
      do throws(SyncError) {
        want = try merged.record(c, id: ref.id)
      } catch {
        applyIssues[ref] = error.message
        continue
      }
      applyIssues[ref] = nil
      let have = ws.record(c, id: ref.id)
      if want == have { continue }
      if let want {
        out.append(.put(want))
      } else if have != nil, c != .settings {
        out.append(.delete(c, id: ref.id))
      }
    }
    return out
  }

  private func soleAuthor(of ops: [SyncOp]) -> String? {
    let authors = Set(ops.compactMap(\.author))
    return authors.count == 1 ? authors.first : nil
  }

  private func summary(of ops: [SyncOp], changed: Int) -> String {
    let people = Set(ops.compactMap(\.author)).sorted()
    let who =
      people.isEmpty ? "the team" : people.prefix(3).joined(separator: ", ") + (people.count > 3 ? " …" : "")
    return "sync: \(changed) record\(changed == 1 ? "" : "s") changed by \(who)"
  }

  static func randomSuffix() -> String {
    let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
    return String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
  }

  /// Why this copy must not sync, or nil: a copied folder, or this device revoked.
  func stopReason() throws(SyncRunError) -> String? {
    if Self.folderIdentity(workspacePath) != deviceFile.folder {
      return Self.copiedMessage(
        deviceFile, "this folder is not the one device \(deviceFile.device) was enrolled in")
    }
    if let revoked = deviceEntry(device.id), revoked.revoked != nil {
      return
        "device \(device.id) was revoked by \(revoked.revokedBy ?? "someone") on \(revoked.revoked ?? ""); "
        + "edits made here since stay here. Enrol again with salesfloor team join \(deviceFile.hub) --data NEWDIR --as PERSON"
    }
    return nil
  }

  /// After a fetch: the hub's copy of this device's log must be part of ours; if it has commits we
  /// lack, another folder writes under our id.
  private func hubHoldsAnotherLog() throws(SyncRunError) -> String? {
    guard let hub = try repository.resolve(SyncRepository.hubDeviceRef(device.id)) else { return nil }
    guard let own = try repository.resolve(SyncRepository.deviceRef(device.id)) else {
      return Self.copiedMessage(deviceFile, "the hub has a log for \(device.id) and this copy has none")
    }
    return try repository.isAncestor(hub, of: own)
      ? nil : Self.copiedMessage(deviceFile, "the hub's log for \(device.id) has edits this copy never made")
  }

  static func copiedMessage(_ file: SyncDeviceFile, _ why: String) -> String {
    "\(why). Is this workspace a copy of another machine's (the same device id twice)? Nothing was pushed or "
      + "forced. Give this copy its own device: salesfloor team reenrol --data <this folder>"
  }

  /// Writes the status and the conflict list, and returns the status.
  func finish(
    _ state: SyncStatus.State, message: String?, pulled: Int = 0, changed: Int = 0
  ) throws(SyncRunError) -> SyncStatus {
    let conflicts = currentConflicts()
    let status = SyncStatus(
      state: state, device: device.id, person: deviceFile.person, attempted: .now, lastSynced: lastSynced,
      pulled: pulled, changedRecords: changed, conflicts: conflicts.count, waiting: try waitingOps(),
      message: message)
    try writeFile(SyncFiles.conflicts, Array(conflicts.map { $0.jsonValue.canonical + "\n" }.joined().utf8))
    do {
      try writeFile(SyncFiles.status, Array(try JSONEncoder.sorted.encode(status)))
    } catch let error as SyncRunError {
      throw error
    } catch {
      throw SyncRunError("cannot encode the sync status: \(error)")
    }
    return status
  }

  /// This device's ops not on the hub (as far as the last fetch or push knows).
  func waitingOps() throws(SyncRunError) -> Int {
    let mine = device.nextSeq - 1
    guard let hub = try repository.resolve(SyncRepository.hubDeviceRef(device.id)) else { return mine }
    return max(0, mine - (OpBatch.lastSeq(inSubject: try repository.subject(hub)) ?? 0))
  }
}
