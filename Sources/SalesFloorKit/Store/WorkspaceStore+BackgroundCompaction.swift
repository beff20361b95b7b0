import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceStore {
  /// Blocks until an automatic compaction that `commit` started has finished (tests, benchmarks, `close`).
  public func waitForCompaction() { compactionGroup.wait() }

  /// Starts a background compaction when the journal is over its limits and none is running.
  /// The caller holds the mutex.
  func scheduleCompactionIfDue() {
    guard state.dirtySinceSnapshot == nil, state.readOnlyReason == nil, !state.closed,
      state.journal.lineCount >= autoCompactLines || state.journal.offset >= autoCompactBytes
    else { return }
    state.dirtySinceSnapshot = []
    let lines = state.journal.lineCount
    compactionGroup.enter()
    compactionQueue.async { [self] in
      defer { compactionGroup.leave() }
      let start = ContinuousClock.now
      Self.log.debug("automatic compaction started in \(folderPath): \(lines) journal lines")
      do {
        try compactInBackground()
        let ms = SalesFloorLog.milliseconds(since: start)
        Self.log.info("automatic compaction finished in \(folderPath): \(lines) journal lines in \(ms) ms")
      } catch {
        Self.log.error("automatic compaction failed in \(folderPath): \(error)")
        locked {
          recordNotice(
            "compaction failed: \(Self.shortReason(error)) (edits are safe in the journal; see the log)",
            level: .debug)
        }
      }
      locked { state.dirtySinceSnapshot = nil }
    }
  }

  /// What a background compaction folds: the workspace as of a journal position.
  private struct Snapshot {
    var workspace: Workspace
    var dirty: Set<CollectionName>
    var offset: Int
    var lines: Int
    var identity: DurableIO.FileIdentity?
  }

  /// Compaction that holds the store's mutex and the folder lock only for renames, never while
  /// encoding or writing the big files, so commits (typing) go on meanwhile.
  ///
  /// 1. Under the mutex: take the workspace value and the journal position it reflects.
  /// 2. Unlocked: encode the changed collections and write them to fsync'd temp files.
  /// 3. Under the mutex and the exclusive `flock`: catch up; if another compaction replaced the
  ///    journal meanwhile, drop the temp files (theirs are newer); else keep backups, rename the
  ///    files in, fsync the folder, and replace the journal by its lines after the snapshot
  ///    position (edits made while encoding), temp → fsync → rename → fsync folder.
  ///
  /// Crash safety is that of `compact()`: until the new journal is renamed in, the old one replays
  /// idempotently over any mix of files; afterwards the files hold everything up to the snapshot
  /// and the journal everything after it.
  func compactInBackground() throws {
    let taken: (Snapshot, (StoreFaultPoint) throws -> Void)? = locked {
      guard !state.closed, state.readOnlyReason == nil else { return nil }
      if let limit = syncExportLimit(journalFD: state.journal.fd, size: state.journal.offset),
        limit < state.journal.offset
      {
        return nil  // lines sync has not exported yet: fold them after the next sync round
      }
      let snapshot = Snapshot(
        workspace: state.workspace, dirty: state.dirty, offset: state.journal.offset,
        lines: state.journal.lineCount, identity: state.journal.identity)
      return (snapshot, faultHook)
    }
    guard let taken else { return }
    let (snapshot, hook) = taken
    let modes = locked { state.modes }
    // Give the store its own copy of what commits will change, so the first commit during the
    // encoding does not pay for copying every record of the shared value.
    unshare(from: snapshot)
    let folder = folderPath
    var staged: [(path: String, temp: String)] = []
    defer { for s in staged { DurableIO.remove(s.temp) } }  // no-op once renamed
    for c in CollectionName.allCases where snapshot.dirty.contains(c) {
      let bytes = try codec.encodeFile(c, of: snapshot.workspace, schemaVersion: Self.schemaVersion)
      let path = folder + "/" + c.fileName
      staged.append(
        (path, try DurableIO.writeTemp(for: path, bytes: bytes, folder: folder, modes: modes, hook: hook)))
    }
    try locked {
      guard !state.closed, state.readOnlyReason == nil else { return }
      let codec = self.codec
      try state.withLock(LOCK_EX, folder: folder) { s in
        try s.catchUp(folder: folder, codec: codec)
        guard let id = s.journal.identity, let snapId = snapshot.identity, id.inode == snapId.inode,
          id.device == snapId.device, s.journal.offset >= snapshot.offset, let fd = s.journal.fd
        else { return }  // the journal was replaced by another compaction: its files are newer
        if let limit = syncExportLimit(journalFD: fd, size: s.journal.offset), limit < snapshot.offset {
          return
        }
        for (path, temp) in staged {
          try Self.keepBackup(of: path, folder: folder, modes: s.modes, hook: hook)
          try DurableIO.move(temp, path)
        }
        try DurableIO.fsyncFolder(folder)
        let journalPath = folder + "/" + StoreState.journalName
        let tail =
          s.journal.offset > snapshot.offset
          ? try DurableIO.readAt(
            fd, from: snapshot.offset, count: s.journal.offset - snapshot.offset, path: journalPath) : []
        try DurableIO.replaceFile(journalPath, with: tail, folder: folder, modes: s.modes)
        try DurableIO.fsyncFolder(folder)
        // Follow the new journal without re-applying its lines (they are already in memory).
        let remaining = s.journal.lineCount - snapshot.lines
        DurableIO.closeFile(fd)
        var cursor = JournalCursor()
        cursor.fd = try DurableIO.openFile(journalPath, O_RDWR | O_APPEND)
        if let newFD = cursor.fd {
          let newId = try DurableIO.identity(newFD, path: journalPath)
          cursor.identity = newId
          cursor.seenSize = newId.size
          cursor.seenModified = newId.modified
        }
        cursor.offset = tail.count
        cursor.lineCount = remaining
        s.journal = cursor
        s.dirty = s.dirtySinceSnapshot ?? s.dirty
      }
    }
  }

  /// Replaces the store's shared collections by private copies (made outside the mutex), when no
  /// commit happened meanwhile.
  private func unshare(from snapshot: Snapshot) {
    var copy = snapshot.workspace
    copy.deals.makeUnique()
    copy.activities.makeUnique()
    locked {
      if state.journal.offset == snapshot.offset, state.journal.identity == snapshot.identity {
        state.workspace = copy
      }
    }
  }
}

extension RecordTable {
  /// Gives this value its own storage (a copy when shared), ahead of a mutation that would copy anyway.
  mutating func makeUnique() {
    reserveCapacity(count + 1)
  }
}

extension DurableIO {
  /// Writes `bytes` to a new fsync'd temp file (`modes`) beside `path` and returns its path; the
  /// caller renames it into place (or removes it). `hook` is the store's test hook.
  static func writeTemp(
    for path: String, bytes: [UInt8], folder: String, modes: FileModes,
    hook: (StoreFaultPoint) throws -> Void = { _ in }
  ) throws -> String {
    let name = String(path.split(separator: "/").last ?? "file")
    let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = try createFile(temp, O_WRONLY | O_EXCL, modes: modes)
    do {
      try writeAll(fd, bytes, path: temp)
      try hook(.tempWritten(temp))
      try sync(fd, path: temp)
      closeFile(fd)
    } catch {
      closeFile(fd)
      remove(temp)
      throw error
    }
    return temp
  }
}
