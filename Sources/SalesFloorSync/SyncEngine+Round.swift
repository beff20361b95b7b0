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
        var steps = RoundSteps()
        defer { steps.log("sync round on \(device.id)") }
        var refs = try repository.refs(["refs/salesfloor/", "refs/hub/"])
        try catchUpWithOtherRounds(refs)
        if let stop = try stopReason() { return try finish(.stopped, message: stop, refs: refs) }
        try exportPending()
        steps.mark("export")
        var offline: String?
        if network {
          if let own = ownHead, own != refs[SyncRepository.hubDeviceRef(device.id)] {
            switch try repository.push(deviceFile.hub, refs: [SyncRepository.deviceRef(device.id)]) {
            case .pushed: SyncFault.point(.afterPush)
            case .rejected(let why):
              return try finish(.stopped, message: Self.copiedMessage(deviceFile, why), refs: refs)
            case .unreachable(let why): offline = why
            }
          }
          steps.mark("push")
          if offline == nil { offline = try repository.fetch(deviceFile.hub) }
          steps.mark("fetch")
          if offline == nil {
            refs = try repository.refs(["refs/salesfloor/", "refs/hub/"])
            if let stop = try hubHoldsAnotherLog(refs) {
              return try finish(.stopped, message: stop, refs: refs)
            }
          }
        }
        let incoming = try readNewOps(refs)
        steps.mark("read \(incoming.count) ops")
        let result = incoming.isEmpty && unapplied.isEmpty ? nil : try apply(incoming)
        steps.mark("apply \(result?.changes.count ?? 0) records")
        // A revocation arrives with the fetch: the round that brings it stops this copy.
        if let stop = try stopReason() { return try finish(.stopped, message: stop, refs: refs) }
        if offline == nil { lastSynced = Timestamp.now }
        return try finish(
          offline == nil ? .synced : .offline, message: offline.map { "hub not reachable: \($0)" },
          pulled: incoming.count, changed: result?.changes.count ?? 0, refs: refs)
      }
    }
  }

  /// Folds the others' new ops and writes what they change as one journal transaction.
  ///
  /// The merged state must be this copy's journal up to the apply line (see the type), so every
  /// pending local line is exported before the fold. The fold and the merged records are computed
  /// outside the store's write lock (a keystroke's edit never waits for them); under it, only a
  /// `stat` proves no line slipped in meanwhile, and the records are compared and written. If one
  /// did slip in, nothing is written and the state is reloaded: the next round applies the ops.
  func apply(_ incoming: [SyncOp]) throws(SyncRunError) -> ChangeSet? {
    var steps = RoundSteps()
    try preseed(incoming)
    try exportPending()
    steps.mark("seed+export")
    let touched = try fold(incoming).union(unapplied)
    unapplied = touched
    let wanted = wantedRecords(touched)
    steps.mark("fold+records")
    var raced = false
    var change: ChangeSet?
    do {
      // Planned and encoded on the workspace as this instance holds it; under the store's lock
      // only a check that the journal and those records are unchanged (else: plan under it).
      // Only the records are kept, not the workspace: a kept copy would make the commit below
      // copy every record of the store's tables under its lock.
      let (planned, seen) = { () -> ([Mutation], [Record?]) in
        let before = store.workspace
        return (Self.mutations(wanted, in: before), wanted.map { before.record($0.collection, id: $0.id) })
      }()
      var prepared = false
      if !planned.isEmpty {
        let tx = Transaction(
          id: WorkspaceStore.newId(prefix: SyncFiles.applyTransactionPrefix), at: .now,
          actor: soleAuthor(of: incoming),
          summary: summary(of: incoming, changed: planned.count), mutations: planned)
        change = try store.commitInBackground(prepared: tx, line: try store.journalLine(for: tx)) { ws in
          journalUnchanged()
            && zip(wanted, seen).allSatisfy { w, old in ws.record(w.collection, id: w.id) == old }
        }
        prepared = change != nil
      }
      if !prepared {
        change = try store.commitInBackground { ws in
          guard journalUnchanged() else {
            raced = true
            return nil
          }
          let mutations = Self.mutations(wanted, in: ws)
          guard !mutations.isEmpty else { return nil }
          return Transaction(
            id: WorkspaceStore.newId(prefix: SyncFiles.applyTransactionPrefix), at: .now,
            actor: soleAuthor(of: incoming),
            summary: summary(of: incoming, changed: mutations.count), mutations: mutations)
        }
      }
    } catch {
      throw SyncRunError("cannot apply the team's changes to \(workspacePath): \(error)")
    }
    steps.mark("commit")
    if raced {
      RoundSteps.log.debug(
        "apply on \(device.id): a local edit came in meanwhile; reloading, next round applies")
      try reload()
      return nil
    }
    SyncFault.point(.midApply)
    unapplied = []
    try writeApplied()
    SyncFault.point(.afterApply)
    try exportPending()  // moves the cursor past the apply line
    steps.log("apply on \(device.id)")
    return change
  }

  /// Starts again from the folder: this device's log and the others' up to the heads applied.
  func reload() throws(SyncRunError) {
    merged = SyncState()
    folded = [:]
    unapplied = []
    conflictCache = nil
    exportedJournal = nil
    try loadApplied()
  }

  /// What the merge says each record is (nil: absent), for the synced collections.
  func wantedRecords(
    _ refs: Set<SyncRecordRef>
  ) -> [(collection: CollectionName, id: String, record: Record?)] {
    var out: [(collection: CollectionName, id: String, record: Record?)] = []
    for ref in refs.sorted() {
      guard let c = CollectionName(rawValue: ref.collection), snapshot.syncs(ref.collection) else { continue }
      do throws(SyncError) {
        out.append((c, ref.id, try merged.record(c, id: ref.id)))
        applyIssues[ref] = nil
      } catch {
        applyIssues[ref] = error.message
      }
    }
    return out
  }

  /// Puts and deletes that make the workspace's records what the merge says.
  static func mutations(
    _ wanted: [(collection: CollectionName, id: String, record: Record?)], in ws: Workspace
  ) -> [Mutation] {
    var out: [Mutation] = []
    for (c, id, want) in wanted {
      let have = ws.record(c, id: id)
      if want == have { continue }
      if let want {
        out.append(.put(want))
      } else if have != nil, c != .settings {
        out.append(.delete(c, id: id))
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
  private func hubHoldsAnotherLog(_ refs: [String: String]) throws(SyncRunError) -> String? {
    guard let hub = refs[SyncRepository.hubDeviceRef(device.id)], hub != checkedHubOwn else { return nil }
    guard let own = ownHead else {
      return Self.copiedMessage(deviceFile, "the hub has a log for \(device.id) and this copy has none")
    }
    let contained = try hub == own ? true : repository.isAncestor(hub, of: own)
    guard contained else {
      return Self.copiedMessage(deviceFile, "the hub's log for \(device.id) has edits this copy never made")
    }
    checkedHubOwn = hub
    return nil
  }

  static func copiedMessage(_ file: SyncDeviceFile, _ why: String) -> String {
    "\(why). Is this workspace a copy of another machine's (the same device id twice)? Nothing was pushed or "
      + "forced. Give this copy its own device: salesfloor team reenrol --data <this folder>"
  }

  /// Writes the status and the conflict list, and returns the status.
  func finish(
    _ state: SyncStatus.State, message: String?, pulled: Int = 0, changed: Int = 0,
    refs: [String: String]? = nil
  ) throws(SyncRunError) -> SyncStatus {
    let conflicts = currentConflicts()
    let known: [String: String]
    if let refs { known = refs } else { known = try repository.refs(["refs/hub/dev/"]) }
    let status = SyncStatus(
      state: state, device: device.id, person: deviceFile.person, attempted: .now, lastSynced: lastSynced,
      pulled: pulled, changedRecords: changed, conflicts: conflicts.count,
      waiting: try waitingOps(known),
      message: message)
    let list = Array(conflicts.map { $0.jsonValue.canonical + "\n" }.joined().utf8)
    if list != lastConflicts {
      try writeFile(SyncFiles.conflicts, list)
      lastConflicts = list
    }
    do {
      try writeFile(SyncFiles.status, Array(try JSONEncoder.sorted.encode(status)))
    } catch let error as SyncRunError {
      throw error
    } catch {
      throw SyncRunError("cannot encode the sync status: \(error)")
    }
    return status
  }

  /// This device's edits not on the hub (as far as the last fetch or push knows): its ops there,
  /// counted once per moment they were made (the ops of one edit share it), enrolment left out.
  func waitingOps(_ refs: [String: String]) throws(SyncRunError) -> Int {
    let mine = device.nextSeq - 1
    var pushed = 0
    if let hub = refs[SyncRepository.hubDeviceRef(device.id)] {
      if hubOwnSubject?.commit != hub { hubOwnSubject = (hub, try repository.subject(hub)) }
      pushed = OpBatch.lastSeq(inSubject: hubOwnSubject?.subject ?? "") ?? 0
    }
    guard mine > pushed else { return 0 }
    var moments = Set<Int64>()
    for seq in (pushed + 1)...mine {
      guard let op = merged.ops["\(device.id):\(seq)"], op.collection != Self.devicesCollection else {
        continue
      }
      moments.insert(op.stamp.wall)
    }
    return moments.count
  }
}

/// Step timings of one round, logged at debug level (`--log-level debug`): where a slow round
/// spends its time.
struct RoundSteps {
  static let log = SalesFloorLog.logger("salesfloor.sync")
  private var last = ContinuousClock.now
  private let start = ContinuousClock.now
  private var parts: [String] = []

  mutating func mark(_ step: String) {
    let now = ContinuousClock.now
    parts.append("\(step) \(Self.ms(now - last)) ms")
    last = now
  }

  func log(_ what: String) {
    Self.log.debug("\(what): \(parts.joined(separator: ", ")); \(Self.ms(ContinuousClock.now - start)) ms")
  }

  private static func ms(_ d: Duration) -> Int {
    Int(d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000)
  }
}
