import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceStore {
  /// Folds the journal into the collection files and starts an empty journal.
  ///
  /// Under the exclusive lock: catch up; for each changed collection keep the current file as
  /// `<name>.json.bak` (hard link, renamed into place) and write the new one temp → fsync → rename;
  /// fsync the folder; then replace `journal.jsonl` by an empty file the same way.
  ///
  /// Safe to kill at any point, because journal operations are whole-record puts and deletes by
  /// id, which are idempotent: until the empty journal is renamed into place, opening replays the
  /// full old journal over whichever mix of old and new files exists, and gets the same workspace.
  /// The journal is replaced only after every new file has been renamed and the folder fsync'd.
  public func compact() throws {
    try locked { try compactLocked() }
  }

  func compactLocked() throws {
    if let reason = state.readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
    let start = ContinuousClock.now
    let lines = state.journal.lineCount
    Self.log.debug("compaction started in \(folderPath): \(lines) journal lines")
    do {
      try foldJournalLocked()
    } catch {
      Self.log.error("compaction failed in \(folderPath): \(error)")
      throw error
    }
    let ms = SalesFloorLog.milliseconds(since: start)
    Self.log.info("compaction finished in \(folderPath): \(lines) journal lines in \(ms) ms")
  }

  /// `compactLocked` without the log lines.
  private func foldJournalLocked() throws {
    let folder = folderPath
    let codec = self.codec
    let hook = faultHook
    try state.withLock(LOCK_EX, folder: folder) { s in
      try s.catchUp(folder: folder, codec: codec)
      if let limit = syncExportLimit(journalFD: s.journal.fd, size: s.journal.offset),
        limit < s.journal.offset
      {
        Self.log.debug("compaction deferred in \(folder): journal lines not yet exported to sync")
        return
      }
      Self.removeStaleTempFiles(in: folder)
      for c in CollectionName.allCases where s.dirty.contains(c) {
        let bytes = try codec.encodeFile(c, of: s.workspace, schemaVersion: Self.schemaVersion)
        let path = folder + "/" + c.fileName
        try Self.keepBackup(of: path, folder: folder, modes: s.modes, hook: hook)
        try DurableIO.replaceFile(path, with: bytes, folder: folder, modes: s.modes, hook: hook)
      }
      try DurableIO.fsyncFolder(folder)
      let journalPath = folder + "/" + StoreState.journalName
      try DurableIO.replaceFile(journalPath, with: [], folder: folder, modes: s.modes, hook: hook)
      try DurableIO.fsyncFolder(folder)
      s.dirty = []
      // Switch to the new, empty journal: nothing in it, so this reads nothing.
      try s.catchUp(folder: folder, codec: codec)
    }
  }

  /// Makes `<path>.bak` the current file's content without copying: a hard link to the current
  /// inode (which is never written again, only replaced by rename), renamed over the old backup.
  static func keepBackup(
    of path: String, folder: String, modes: FileModes, hook: (StoreFaultPoint) throws -> Void
  ) throws {
    guard let current = try DurableIO.identity(path: path) else { return }
    let bak = path + ".bak"
    // Already the backup (a killed compaction got this far): rename() between two links of one
    // inode would do nothing and leave the temp link behind.
    if let old = try DurableIO.identity(path: bak), old.inode == current.inode, old.device == current.device {
      return
    }
    let name = String(bak.split(separator: "/").last ?? "bak")
    let temp = folder + "/." + name + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    if link(path, temp) == 0 {
      defer { DurableIO.remove(temp) }  // no-op after a successful rename
      try DurableIO.move(temp, bak)
      try hook(.renamed(bak))
    } else if let bytes = try DurableIO.readFile(path) {
      // Filesystems without hard links: copy.
      try DurableIO.replaceFile(bak, with: bytes, folder: folder, modes: modes, hook: hook)
    }
  }

  /// Removes temp files a killed compaction left behind (only while holding the exclusive lock,
  /// so no live compaction is using them).
  private static func removeStaleTempFiles(in folder: String) {
    for name in DurableIO.listFolder(folder) where name.hasPrefix(".") && name.contains(".tmp-") {
      DurableIO.remove(folder + "/" + name)
    }
  }
}
