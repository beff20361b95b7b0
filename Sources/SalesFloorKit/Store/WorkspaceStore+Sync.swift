import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WorkspaceStore {
  /// Plans and commits under the write lock for a writer that shares this instance with its owner
  /// (sync's apply step in the cockpit's background): `plan` returns nil when there is nothing to
  /// write. Unlike `commit`, the change sets stay queued for `changes()`, the other writers' and
  /// this one (marked external), so the owner, which did not make the edit, sees it as news.
  @discardableResult
  public func commitInBackground(planning plan: (Workspace) throws -> Transaction?) throws -> ChangeSet? {
    try backgroundCommit { ws in
      guard let transaction = try plan(ws) else { return nil }
      return (transaction, try journalLine(for: transaction))
    }
  }

  /// `commitInBackground` for a transaction planned and encoded before the lock: under it, only
  /// `stillValid` runs (cheap checks that what it was planned on has not changed), then the line
  /// is appended. Returns nil when `stillValid` says no (nothing written: plan again under the
  /// lock). Why: a sync round's apply of a thousand records would otherwise encode them while a
  /// keystroke waits for the store.
  public func commitInBackground(
    prepared transaction: Transaction, line: [UInt8], if stillValid: (Workspace) -> Bool
  ) throws -> ChangeSet? {
    try backgroundCommit { ws in stillValid(ws) ? (transaction, line) : nil }
  }

  /// Under the mutex and the exclusive lock, caught up: `make` gives the transaction and its line
  /// (nil: nothing to write); the change set is queued for the owner's `changes()`.
  private func backgroundCommit(
    _ make: (Workspace) throws -> (Transaction, [UInt8])?
  ) throws -> ChangeSet? {
    try locked {
      if let reason = state.readOnlyReason { throw WorkspaceError.readOnly(reason: reason) }
      let folder = folderPath
      let codec = self.codec
      let change: ChangeSet? = try state.withLock(LOCK_EX, folder: folder) { s in
        try s.catchUp(folder: folder, codec: codec)
        guard let (transaction, line) = try make(s.workspace) else { return nil }
        try s.append(line, folder: folder)
        var change = s.apply(transaction, origin: .own)
        change.origin = .external
        s.external.append(change)
        return change
      }
      scheduleCompactionIfDue()
      return change
    }
  }

  /// The journal line this store writes for a transaction (newline-terminated), made without
  /// any lock, for `commitInBackground(prepared:line:if:)`.
  public func journalLine(for transaction: Transaction) throws -> [UInt8] {
    try Self.journalLine(transaction, codec: codec, path: folderPath)
  }

  /// In a synced workspace, the journal offset through which every line is exported to the op log
  /// (compaction may fold only that far); nil when the workspace does not sync (no limit).
  ///
  /// Why here: compaction is the store's, and it must never drop a transaction sync has not
  /// exported. The cursor is the id of the last exported transaction (`SyncFiles.exported`);
  /// its line, found by its `"tx":"ID"` key, ends the exported part.
  func syncExportLimit(journalFD fd: Int32?, size: Int) -> Int? {
    guard access(SyncFiles.path(folderPath, SyncFiles.device), F_OK) == 0 else { return nil }
    guard let fd, size > 0 else { return 0 }
    guard let cursor = try? DurableIO.readFile(SyncFiles.path(folderPath, SyncFiles.exported)),
      let id = String(bytes: cursor, encoding: .utf8)?.split(whereSeparator: \.isWhitespace).first.map(
        String.init),
      !id.isEmpty,
      let journal = try? DurableIO.readAt(fd, from: 0, count: size, path: path(StoreState.journalName))
    else { return 0 }
    let marker = Array("\"tx\":\"\(id)\"".utf8)
    guard let at = Self.lastIndex(of: marker, in: journal) else { return 0 }
    var end = at + marker.count
    while end < journal.count, journal[end] != 0x0A { end += 1 }
    return min(end + 1, journal.count)
  }

  private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard needle.count <= haystack.count, let first = needle.first else { return nil }
    var i = haystack.count - needle.count
    while i >= 0 {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i -= 1
    }
    return nil
  }
}
